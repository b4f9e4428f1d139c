from http import HTTPStatus
from typing import Any, cast

import httpx
from evalclient._request_ids import remember as remember_request_id

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_template_request import CreateUserTemplateRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.user_template_envelope import UserTemplateEnvelope
from ...types import Response

# The operation's id and path template, for evalclient's tracing (`url.template`, never the ids).
_EXTENSIONS = {"evalclient_operation": ("create_user_template", "/v1/evals/user-templates")}


def _get_kwargs(
    *,
    body: CreateUserTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": _EXTENSIONS,
        "url": "/v1/evals/user-templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UserTemplateEnvelope | None:
    if response.status_code == 200:
        response_200 = UserTemplateEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = UserTemplateEnvelope.from_dict(response.json())

        return response_201

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
) -> Response[ErrorEnvelope | UserTemplateEnvelope]:
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


def _success(response: Response[ErrorEnvelope | UserTemplateEnvelope]) -> UserTemplateEnvelope:
    # evalclient's transport has already raised for every non-2xx; without it (a hand-built
    # client) an error answer or an undocumented 2xx is still an exception, never a None.
    if not 200 <= response.status_code <= 299 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(UserTemplateEnvelope, remember_request_id(response.parsed, response.headers))


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserTemplateRequest,
) -> Response[ErrorEnvelope | UserTemplateEnvelope]:
    """Create user template

     Save a judge template: name (up to 120 characters), description (4,000), category (64),
    modality, prompts (50,000 each), levels (at most 5) and target level keys. 200 or 201 (UNCONFIRMED).

    Args:
        body (CreateUserTemplateRequest):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        Response[ErrorEnvelope | UserTemplateEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserTemplateRequest,
) -> UserTemplateEnvelope:
    """Create user template

     Save a judge template: name (up to 120 characters), description (4,000), category (64),
    modality, prompts (50,000 each), levels (at most 5) and target level keys. 200 or 201 (UNCONFIRMED).

    Args:
        body (CreateUserTemplateRequest):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        UserTemplateEnvelope
    """

    response = sync_detailed(
        client=client,
        body=body,
    )
    return _success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserTemplateRequest,
) -> Response[ErrorEnvelope | UserTemplateEnvelope]:
    """Create user template

     Save a judge template: name (up to 120 characters), description (4,000), category (64),
    modality, prompts (50,000 each), levels (at most 5) and target level keys. 200 or 201 (UNCONFIRMED).

    Args:
        body (CreateUserTemplateRequest):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        Response[ErrorEnvelope | UserTemplateEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserTemplateRequest,
) -> UserTemplateEnvelope:
    """Create user template

     Save a judge template: name (up to 120 characters), description (4,000), category (64),
    modality, prompts (50,000 each), levels (at most 5) and target level keys. 200 or 201 (UNCONFIRMED).

    Args:
        body (CreateUserTemplateRequest):

    Raises:
        evalclient.ApiStatusError: A non-2xx answer, once retries are spent (one subclass per status),
            when the client comes from evalclient.extend_client() or evalclient.bland_client().
        evalclient.ApiConnectionError: The network failed or timed out (ApiTimeoutError), after retries.
        errors.ResponseParseError: A 2xx answer whose body does not match the schema.
        errors.UnexpectedStatus: A status this operation does not document reached the parser.
        ValueError: A path id that is empty, "." or "..".

    Returns:
        UserTemplateEnvelope
    """

    response = await asyncio_detailed(
        client=client,
        body=body,
    )
    return _success(response)
