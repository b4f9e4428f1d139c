from http import HTTPStatus
from typing import Any, cast

import httpx
from evalclient._request_ids import remember as remember_request_id

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.evaluation_set_response import EvaluationSetResponse
from ...types import UNSET, Response, Unset, path_segment

# The operation's id and path template, for evalclient's tracing (`url.template`, never the ids).
_EXTENSIONS = {"evalclient_operation": ("get_evaluation_set", "/evaluation_sets/{id}")}


def _get_kwargs(
    id: str,
    *,
    x_extend_workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_extend_workspace_id, Unset):
        headers["x-extend-workspace-id"] = x_extend_workspace_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": _EXTENSIONS,
        "url": "/evaluation_sets/{id}".format(
            id=path_segment(id, "id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | EvaluationSetResponse | None:
    if response.status_code == 200:
        response_200 = EvaluationSetResponse.from_dict(response.json())

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
) -> Response[Error | EvaluationSetResponse]:
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


def _success(response: Response[Error | EvaluationSetResponse]) -> EvaluationSetResponse:
    # evalclient's transport has already raised for every non-2xx; without it (a hand-built
    # client) an error answer or an undocumented 2xx is still an exception, never a None.
    if not 200 <= response.status_code <= 299 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(EvaluationSetResponse, remember_request_id(response.parsed, response.headers))


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_workspace_id: str | Unset = UNSET,
) -> Response[Error | EvaluationSetResponse]:
    """Get an evaluation set

     Returns one evaluation set (its items are listed separately).

    Args:
        id (str):
        x_extend_workspace_id (str | Unset):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        Response[Error | EvaluationSetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_extend_workspace_id=x_extend_workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_workspace_id: str | Unset = UNSET,
) -> EvaluationSetResponse:
    """Get an evaluation set

     Returns one evaluation set (its items are listed separately).

    Args:
        id (str):
        x_extend_workspace_id (str | Unset):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        EvaluationSetResponse
    """

    response = sync_detailed(
        id=id,
        client=client,
        x_extend_workspace_id=x_extend_workspace_id,
    )
    return _success(response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_workspace_id: str | Unset = UNSET,
) -> Response[Error | EvaluationSetResponse]:
    """Get an evaluation set

     Returns one evaluation set (its items are listed separately).

    Args:
        id (str):
        x_extend_workspace_id (str | Unset):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        Response[Error | EvaluationSetResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_extend_workspace_id=x_extend_workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_workspace_id: str | Unset = UNSET,
) -> EvaluationSetResponse:
    """Get an evaluation set

     Returns one evaluation set (its items are listed separately).

    Args:
        id (str):
        x_extend_workspace_id (str | Unset):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        EvaluationSetResponse
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        x_extend_workspace_id=x_extend_workspace_id,
    )
    return _success(response)
