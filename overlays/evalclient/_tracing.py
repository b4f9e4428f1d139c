"""OpenTelemetry: a CLIENT span per HTTP attempt, when the application uses OpenTelemetry.

Nothing is imported here: spans are made only once the application itself has imported
`opentelemetry.trace` (it has, if it configured a tracer provider), so a service without
OpenTelemetry pays one dictionary lookup per request. Attributes follow OpenTelemetry's HTTP
client conventions; a span never holds a key, a header, a query string or a body.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from evalclient._version import __version__

# Set by the generated `_get_kwargs` on every request: (operation name, path template); the name is
# the operationId in snake case, as the generated module is named.
OPERATION = "evalclient_operation"

_tracer: Any = None


def current_tracer() -> Any:
    """The evalclient tracer, or None while the application has not imported OpenTelemetry."""
    global _tracer  # made once; a ProxyTracer follows a provider set later
    if _tracer is None:
        trace = sys.modules.get("opentelemetry.trace")
        if trace is None:
            return None
        _tracer = trace.get_tracer("evalclient", __version__)
    return _tracer


def _start(tracer: Any, request: httpx.Request, attempt: int) -> Any:
    from opentelemetry.trace import SpanKind  # loaded already: the application imported it

    operation_id, template = request.extensions.get(OPERATION, (None, None))
    url = request.url
    attributes: dict[str, Any] = {
        "http.request.method": request.method,
        "server.address": url.host,
        "server.port": url.port or (443 if url.scheme == "https" else 80),
    }
    if template is not None:
        attributes["url.template"] = template
    if operation_id is not None:
        attributes["evalclient.operation"] = operation_id
    if attempt > 1:
        attributes["http.request.resend_count"] = attempt - 1
    name = f"{request.method} {template}" if template is not None else request.method
    return tracer.start_span(name, kind=SpanKind.CLIENT, attributes=attributes)


def _finish(span: Any, outcome: httpx.Response | BaseException) -> None:
    if isinstance(outcome, httpx.Response):
        span.set_attribute("http.response.status_code", outcome.status_code)
        if outcome.status_code >= 400:
            _fail(span, str(outcome.status_code))
    else:
        _fail(span, type(outcome).__name__)
    span.end()


def _fail(span: Any, error_type: str) -> None:
    from opentelemetry.trace import Status, StatusCode

    span.set_attribute("error.type", error_type)
    span.set_status(Status(StatusCode.ERROR))


def traced_send(
    tracer: Any, send: Callable[[httpx.Request], httpx.Response], request: httpx.Request, attempt: int
) -> httpx.Response:
    span = _start(tracer, request, attempt)
    try:
        response = send(request)
    except BaseException as exc:
        _finish(span, exc)
        raise
    _finish(span, response)
    return response


async def traced_async_send(
    tracer: Any, send: Callable[[httpx.Request], Awaitable[httpx.Response]], request: httpx.Request, attempt: int
) -> httpx.Response:
    span = _start(tracer, request, attempt)
    try:
        response = await send(request)
    except BaseException as exc:
        _finish(span, exc)
        raise
    _finish(span, response)
    return response
