from http import HTTPStatus
from typing import Any, cast

import httpx
from evalclient._request_ids import remember as remember_request_id

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_evaluation_set_item_request import CreateEvaluationSetItemRequest
from ...models.error import Error
from ...models.evaluation_set_item_response import EvaluationSetItemResponse
from ...types import UNSET, Response, Unset

# The operation's id and path template, for evalclient's tracing (`url.template`, never the ids).
_EXTENSIONS = {"evalclient_operation": ("create_evaluation_set_item", "/evaluation_set_items")}


def _get_kwargs(
    *,
    body: CreateEvaluationSetItemRequest,
    x_extend_workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_extend_workspace_id, Unset):
        headers["x-extend-workspace-id"] = x_extend_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": _EXTENSIONS,
        "url": "/evaluation_set_items",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | EvaluationSetItemResponse | None:
    if response.status_code == 200:
        response_200 = EvaluationSetItemResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | EvaluationSetItemResponse]:
    # A body that is not JSON or lacks what the schema requires raises one typed error
    # carrying the status and raw text, never a bare KeyError/ValueError/TypeError.
    try:
        return Response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=_parse_response(client=client, response=response),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.ResponseParseError(response.status_code, response.content) from exc


def _success(response: Response[Error | EvaluationSetItemResponse]) -> EvaluationSetItemResponse:
    # evalclient's transport has already raised for every non-2xx; without it (a hand-built
    # client) an error answer or an undocumented 2xx is still an exception, never a None.
    if not 200 <= response.status_code <= 299 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(EvaluationSetItemResponse, remember_request_id(response.parsed, response.headers))


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationSetItemRequest,
    x_extend_workspace_id: str | Unset = UNSET,
) -> Response[Error | EvaluationSetItemResponse]:
    """Create an evaluation set item

     Adds one file with its expected output to an evaluation set.

    Args:
        x_extend_workspace_id (str | Unset):
        body (CreateEvaluationSetItemRequest):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        Response[Error | EvaluationSetItemResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_extend_workspace_id=x_extend_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationSetItemRequest,
    x_extend_workspace_id: str | Unset = UNSET,
) -> EvaluationSetItemResponse:
    """Create an evaluation set item

     Adds one file with its expected output to an evaluation set.

    Args:
        x_extend_workspace_id (str | Unset):
        body (CreateEvaluationSetItemRequest):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        EvaluationSetItemResponse
    """

    response = sync_detailed(
        client=client,
        body=body,
        x_extend_workspace_id=x_extend_workspace_id,
    )
    return _success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationSetItemRequest,
    x_extend_workspace_id: str | Unset = UNSET,
) -> Response[Error | EvaluationSetItemResponse]:
    """Create an evaluation set item

     Adds one file with its expected output to an evaluation set.

    Args:
        x_extend_workspace_id (str | Unset):
        body (CreateEvaluationSetItemRequest):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        Response[Error | EvaluationSetItemResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_extend_workspace_id=x_extend_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationSetItemRequest,
    x_extend_workspace_id: str | Unset = UNSET,
) -> EvaluationSetItemResponse:
    """Create an evaluation set item

     Adds one file with its expected output to an evaluation set.

    Args:
        x_extend_workspace_id (str | Unset):
        body (CreateEvaluationSetItemRequest):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        EvaluationSetItemResponse
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
        x_extend_workspace_id=x_extend_workspace_id,
    )
    return _success(response)
