"""Extend webhook deliveries, verified and typed in one call, whatever the web framework.

    from evalclient.webhooks import verify

    event = verify(raw_body, request_headers, secret=os.environ["EXTEND_WEBHOOK_SECRET"])
    if event.event_type == "batch_processor_run.processed": ...
    hub.publish(event)  # an evalclient.RunEvents, to wake the waits for that run

Extend signs every delivery with the endpoint's signing secret (`wss_...`):
`x-extend-request-timestamp` is the time of signing in integer Unix seconds, and
`x-extend-request-signature` the lowercase hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`
keyed by the secret. `verify` checks, in this order:

1. each header is present exactly once (names compared case-insensitively);
2. the timestamp is an integer;
3. the signature matches, for at least one of the secrets given (several during a rotation),
   compared in constant time;
4. the timestamp is at most `tolerance` seconds old (300 by default) and at most 60 s ahead:
   a replayed delivery is refused. The signature is checked first, so a timestamp is only ever
   reported as stale for a delivery that really was signed with the secret;
5. the body is JSON, and an `{eventId, eventType, payload}` envelope.

It returns the generated `extend_evals_client.models.WebhookEvent`; any failure raises
`evalclient.WebhookVerificationError`, whose `check` says which. These details follow the
official SDK's verifier (extend-ai 1.20.0, `wrapper/webhooks.py`).

Pass the body exactly as received, as bytes, before any JSON parsing: a re-serialised body has
different bytes and fails the signature. An unknown event type or payload parses (`event_type`
is an open enum, the payload a catch-all model), so a service that subscribes to more events
than this client types still verifies them all.

"Signed Download URL" delivery (an endpoint setting for large payloads): the payload is then a
link, `{object: "signed_data_url", data: "<signed url>", id, metadata}`, and `signed_url(event)`
returns the URL (None for an inline payload). evalclient never fetches it: GET it yourself, with
a client that does not send your Extend key, if you need more than the event's id and type.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import Iterable, Mapping, Sequence

from evalclient.errors import ConfigurationError, WebhookVerificationError
from extend_evals_client.models import SignedDataUrlPayload, WebhookEvent

__all__ = [
    "FUTURE_TOLERANCE",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "WebhookEvent",
    "WebhookVerificationError",
    "signed_url",
    "verify",
]

TIMESTAMP_HEADER = "x-extend-request-timestamp"
SIGNATURE_HEADER = "x-extend-request-signature"
# How far ahead of this machine's clock a timestamp may be (clock skew), as the official SDK allows.
FUTURE_TOLERANCE = 60.0

_INTEGER = re.compile(r"[0-9]{1,18}")  # ASCII digits only: str.isdigit would take other scripts' digits


def verify(
    body: bytes,
    headers: Mapping[str, str],
    secret: str | Sequence[str],
    *,
    tolerance: float = 300,
    now: float | None = None,
) -> WebhookEvent:
    """Check that `body` is a fresh delivery signed with `secret`, and return it as a typed event.

    `headers` is the request's headers as any mapping: a dict, or a framework's multi-valued
    headers (Starlette, Werkzeug, `http.server`, httpx), whose repeated header is then noticed.
    `secret` is one signing secret or several (all accepted, for a rotation). `tolerance` is the
    oldest accepted timestamp in seconds; `now` the current Unix time (default `time.time()`),
    for tests. Raises `WebhookVerificationError` (see the module docstring for the checks), and
    `ConfigurationError` for no secret or a negative tolerance: that is the service's mistake,
    not the sender's.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError(
            f"verify() needs the raw request body as bytes, got {type(body).__name__}; pass what the "
            "framework received (Starlette: await request.body(), Flask: request.get_data())"
        )
    body = bytes(body)
    secrets = _secrets(secret)
    if not tolerance >= 0:  # NaN too
        raise ConfigurationError(f"tolerance must be a number of seconds >= 0, got {tolerance!r}")
    timestamp = _one_header(headers, TIMESTAMP_HEADER)
    signature = _one_header(headers, SIGNATURE_HEADER)
    if not _INTEGER.fullmatch(timestamp):
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is not integer Unix seconds", check="bad_timestamp")
    signed = b"v0:" + timestamp.encode("ascii") + b":" + body
    given = signature.encode("utf-8", errors="replace")
    # Every secret is tried (no early exit): the time taken does not tell which one matched.
    matches = [hmac.compare_digest(_sign(key, signed), given) for key in secrets]
    if not any(matches):
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} does not match the body and timestamp for any of the {len(secrets)} secret(s) given",
            check="bad_signature",
        )
    age = (time.time() if now is None else now) - int(timestamp)
    if age > tolerance:
        raise WebhookVerificationError(
            f"signed {age:.0f} s ago, more than the tolerance of {tolerance:g} s (a replay, or a slow queue)",
            check="timestamp_too_old",
        )
    if age < -FUTURE_TOLERANCE:
        raise WebhookVerificationError(
            f"signed {-age:.0f} s in the future, more than the {FUTURE_TOLERANCE:g} s of clock skew allowed",
            check="timestamp_in_future",
        )
    return _parse(body)


def signed_url(event: WebhookEvent) -> str | None:
    """The URL of a "Signed Download URL" delivery's payload, or None when the payload is inline.

    The event's id, type and (usually) `event.payload.id`, the run's id, are readable either way;
    the URL is for the full payload, and expires (after an hour, says the official SDK).
    """
    return event.payload.data if isinstance(event.payload, SignedDataUrlPayload) else None


def _sign(secret: bytes, message: bytes) -> bytes:
    return hmac.new(secret, message, hashlib.sha256).hexdigest().encode("ascii")


def _secrets(secret: str | Sequence[str]) -> list[bytes]:
    found = [secret] if isinstance(secret, str) else list(secret)
    if not found or not all(isinstance(key, str) and key for key in found):
        # Never echo what was given: it may be a secret of the wrong type.
        raise ConfigurationError("verify() needs the endpoint's signing secret (a non-empty str, or several)")
    return [key.encode("utf-8") for key in found]


def _one_header(headers: Mapping[str, str], name: str) -> str:
    """The one value of header `name` (any case); missing or repeated is a verification failure."""
    values = [value for key, value in _items(headers) if isinstance(key, str) and key.lower() == name]
    if not values:
        raise WebhookVerificationError(f"the {name} header is missing", check="missing_header")
    if len(values) > 1:
        # Two timestamps or signatures cannot both be Extend's: refuse rather than pick one.
        raise WebhookVerificationError(
            f"the {name} header is repeated ({len(values)} times)", check="duplicated_header"
        )
    return values[0]


def _items(headers: Mapping[str, str]) -> Iterable[tuple[str, str]]:
    """Every (name, value) pair, a repeated header once per value.

    httpx.Headers.items() joins repeated values with a comma, `multi_items()` does not; Starlette's,
    Werkzeug's and http.server's `items()` already list each. A dict value that is a list (the
    multi-value form some gateways hand over) counts once per element.
    """
    multi = getattr(headers, "multi_items", None)
    pairs: Iterable[tuple[str, object]] = multi() if callable(multi) else headers.items()
    for key, value in pairs:
        if isinstance(value, list | tuple):
            yield from ((key, str(item)) for item in value)
        else:
            yield key, str(value)


def _parse(body: bytes) -> WebhookEvent:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise WebhookVerificationError("the body is not JSON", check="body_not_json") from None
    if not isinstance(data, dict):
        raise WebhookVerificationError(
            f"the body is JSON {type(data).__name__}, not an event object", check="not_an_event"
        )
    try:
        return WebhookEvent.from_dict(data)
    except KeyError as exc:
        raise WebhookVerificationError(f"the event has no {exc.args[0]!r}", check="not_an_event") from None
    except (TypeError, ValueError, AttributeError):
        raise WebhookVerificationError(
            "the event's eventId, eventType or payload has the wrong type", check="not_an_event"
        ) from None
