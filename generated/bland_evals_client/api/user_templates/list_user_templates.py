from http import HTTPStatus
from typing import Any, cast

import httpx
from evalclient._request_ids import remember as remember_request_id

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.user_template_list_envelope import UserTemplateListEnvelope
from ...types import UNSET, Response, Unset

# The operation's id and path template, for evalclient's tracing (`url.template`, never the ids).
_EXTENSIONS = {"evalclient_operation": ("list_user_templates", "/v1/evals/user-templates")}


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["ending_before"] = ending_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": _EXTENSIONS,
        "url": "/v1/evals/user-templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UserTemplateListEnvelope | None:
    if response.status_code == 200:
        response_200 = UserTemplateListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | UserTemplateListEnvelope]:
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


def _success(response: Response[ErrorEnvelope | UserTemplateListEnvelope]) -> UserTemplateListEnvelope:
    # evalclient's transport has already raised for every non-2xx; without it (a hand-built
    # client) an error answer or an undocumented 2xx is still an exception, never a None.
    if not 200 <= response.status_code <= 299 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(UserTemplateListEnvelope, remember_request_id(response.parsed, response.headers))


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> Response[ErrorEnvelope | UserTemplateListEnvelope]:
    """List user templates

     The organization's own judge templates (agents can start from one with `user_template_id`);
    cursor-paginated.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (str | Unset):
        ending_before (str | Unset):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        Response[ErrorEnvelope | UserTemplateListEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> UserTemplateListEnvelope:
    """List user templates

     The organization's own judge templates (agents can start from one with `user_template_id`);
    cursor-paginated.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (str | Unset):
        ending_before (str | Unset):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        UserTemplateListEnvelope
    """

    response = sync_detailed(
        client=client,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
    )
    return _success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> Response[ErrorEnvelope | UserTemplateListEnvelope]:
    """List user templates

     The organization's own judge templates (agents can start from one with `user_template_id`);
    cursor-paginated.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (str | Unset):
        ending_before (str | Unset):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        Response[ErrorEnvelope | UserTemplateListEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
) -> UserTemplateListEnvelope:
    """List user templates

     The organization's own judge templates (agents can start from one with `user_template_id`);
    cursor-paginated.

    Args:
        limit (int | Unset):  Default: 25.
        starting_after (str | Unset):
        ending_before (str | Unset):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        UserTemplateListEnvelope
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
    )
    return _success(response)
