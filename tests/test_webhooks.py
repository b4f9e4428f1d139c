"""evalclient.webhooks.verify: the verification table of #15, header forms, and what never leaks."""

from __future__ import annotations

import email.message
import hashlib
import hmac
import json
import logging
import math
import pickle
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

import evalclient
from evalclient import ConfigurationError, WebhookVerificationError
from evalclient.webhooks import FUTURE_TOLERANCE, SIGNATURE_HEADER, TIMESTAMP_HEADER, signed_url, verify
from extend_evals_client.models import BatchRun, UnknownWebhookPayload, WebhookEvent, WebhookEventType
from spec_support import normalise

pytestmark = pytest.mark.unit

SECRET = "wss_current_8a7d1c"
OLD_SECRET = "wss_previous_31f0b2"
SIGNED_AT = 1_767_225_600  # 2026-01-01T00:00:00Z
EVENT: dict[str, Any] = {
    "eventId": "evt_1",
    "eventType": "batch_processor_run.processed",
    "payload": {
        "object": "batch_run",
        "id": "bpr_1",
        "status": "PROCESSED",
        "runCount": 3,
        "createdAt": "2026-01-01T00:00:00Z",
    },
}
BODY = json.dumps(EVENT).encode()


def signature(body: bytes = BODY, secret: str = SECRET, timestamp: int | str = SIGNED_AT) -> str:
    """Written here from the scheme's description, independently of the code under test."""
    return hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()


def signed_headers(body: bytes = BODY, secret: str = SECRET, timestamp: int = SIGNED_AT) -> dict[str, str]:
    return {TIMESTAMP_HEADER: str(timestamp), SIGNATURE_HEADER: signature(body, secret, timestamp)}


def check_of(call: Any) -> str:
    with pytest.raises(WebhookVerificationError) as caught:
        call()
    return caught.value.check


# (case, body, headers, secret, seconds after signing, tolerance, the failed check or None for accepted)
Case = tuple[str, bytes, Mapping[str, str], str | list[str], float, float, str | None]
TABLE: list[Case] = [
    ("good signature", BODY, signed_headers(), SECRET, 0, 300, None),
    ("tampered body", BODY.replace(b"PROCESSED", b"FAILED"), signed_headers(), SECRET, 0, 300, "bad_signature"),
    ("one byte appended", BODY + b" ", signed_headers(), SECRET, 0, 300, "bad_signature"),
    (
        "tampered timestamp",
        BODY,
        {**signed_headers(), TIMESTAMP_HEADER: str(SIGNED_AT + 1)},
        SECRET,
        1,
        300,
        "bad_signature",
    ),
    ("exactly tolerance old", BODY, signed_headers(), SECRET, 300, 300, None),
    ("one second past tolerance", BODY, signed_headers(), SECRET, 301, 300, "timestamp_too_old"),
    ("a fraction past tolerance", BODY, signed_headers(), SECRET, 300.5, 300, "timestamp_too_old"),
    ("own tolerance, at its edge", BODY, signed_headers(), SECRET, 30, 30, None),
    ("own tolerance, past it", BODY, signed_headers(), SECRET, 31, 30, "timestamp_too_old"),
    ("60 s in the future", BODY, signed_headers(), SECRET, -FUTURE_TOLERANCE, 300, None),
    ("61 s in the future", BODY, signed_headers(), SECRET, -FUTURE_TOLERANCE - 1, 300, "timestamp_in_future"),
    ("wrong secret", BODY, signed_headers(), "wss_someone_else", 0, 300, "bad_signature"),
    ("rotation: signed with the new secret", BODY, signed_headers(), [OLD_SECRET, SECRET], 0, 300, None),
    (
        "rotation: signed with the old secret",
        BODY,
        signed_headers(secret=OLD_SECRET),
        [OLD_SECRET, SECRET],
        0,
        300,
        None,
    ),
    (
        "rotation: signed with neither",
        BODY,
        signed_headers(secret="wss_x"),
        [OLD_SECRET, SECRET],
        0,
        300,
        "bad_signature",
    ),
    ("secrets as a tuple", BODY, signed_headers(), (OLD_SECRET, SECRET), 0, 300, None),  # type: ignore[list-item]
    ("missing timestamp", BODY, {SIGNATURE_HEADER: signature()}, SECRET, 0, 300, "missing_header"),
    ("missing signature", BODY, {TIMESTAMP_HEADER: str(SIGNED_AT)}, SECRET, 0, 300, "missing_header"),
    ("no headers at all", BODY, {}, SECRET, 0, 300, "missing_header"),
    (
        "duplicated signature, two spellings",
        BODY,
        {**signed_headers(), "X-Extend-Request-Signature": signature()},
        SECRET,
        0,
        300,
        "duplicated_header",
    ),
    (
        "upper-case header names",
        BODY,
        {key.upper(): value for key, value in signed_headers().items()},
        SECRET,
        0,
        300,
        None,
    ),
    (
        "title-case header names",
        BODY,
        {key.title(): value for key, value in signed_headers().items()},
        SECRET,
        0,
        300,
        None,
    ),
    (
        "upper-case hex signature",
        BODY,
        {**signed_headers(), SIGNATURE_HEADER: signature().upper()},
        SECRET,
        0,
        300,
        "bad_signature",
    ),
    (
        "timestamp with a fraction",
        BODY,
        {**signed_headers(), TIMESTAMP_HEADER: f"{SIGNED_AT}.0"},
        SECRET,
        0,
        300,
        "bad_timestamp",
    ),
    (
        "timestamp not a number",
        BODY,
        {**signed_headers(), TIMESTAMP_HEADER: "yesterday"},
        SECRET,
        0,
        300,
        "bad_timestamp",
    ),
    (
        "timestamp in other digits",
        BODY,
        {**signed_headers(), TIMESTAMP_HEADER: "\uff11\uff12\uff13"},
        SECRET,
        0,
        300,
        "bad_timestamp",
    ),
    ("non-ASCII signature", BODY, {**signed_headers(), SIGNATURE_HEADER: "é" * 64}, SECRET, 0, 300, "bad_signature"),
]


@pytest.mark.parametrize(
    ("body", "headers", "secret", "elapsed", "tolerance", "failed"),
    [case[1:] for case in TABLE],
    ids=[case[0] for case in TABLE],
)
def test_verification_table(
    body: bytes,
    headers: Mapping[str, str],
    secret: str | list[str],
    elapsed: float,
    tolerance: float,
    failed: str | None,
) -> None:
    def call() -> WebhookEvent:
        return verify(body, headers, secret, tolerance=tolerance, now=SIGNED_AT + elapsed)

    if failed is None:
        event = call()
        assert isinstance(event, WebhookEvent)
        assert normalise(event.to_dict()) == normalise(EVENT)
    else:
        assert check_of(call) == failed


def signed_body(data: bytes) -> tuple[bytes, dict[str, str]]:
    return data, signed_headers(data)


@pytest.mark.parametrize(
    ("body", "failed"),
    [
        (b"<html>502 Bad Gateway</html>", "body_not_json"),
        (b"", "body_not_json"),
        (b"\xff\xfe\xfa not utf-8", "body_not_json"),
        (b"[1, 2]", "not_an_event"),
        (b'{"eventId": "evt_1", "eventType": "batch_processor_run.processed"}', "not_an_event"),
        (b'{"eventId": "evt_1", "eventType": 5, "payload": {}}', "not_an_event"),
        (b'{"eventId": "evt_1", "eventType": "x", "payload": "text"}', "not_an_event"),
    ],
    ids=["html", "empty", "not utf-8", "a list", "no payload", "eventType a number", "payload not an object"],
)
def test_a_signed_body_that_is_not_an_event_is_refused_after_its_signature(body: bytes, failed: str) -> None:
    assert check_of(lambda: verify(body, signed_headers(body), SECRET, now=SIGNED_AT)) == failed
    # An unsigned one of the same kind is refused for its signature first: nothing unsigned is parsed.
    assert check_of(lambda: verify(body, signed_headers(b"other"), SECRET, now=SIGNED_AT)) == "bad_signature"


def test_an_unknown_event_type_and_payload_parse_and_lose_nothing() -> None:
    unknown = {
        "eventId": "evt_2",
        "eventType": "workflow_run.completed",
        "payload": {"object": "workflow_run", "id": "workflow_run_9", "status": "COMPLETED", "outputs": [1, 2]},
        "sentBy": "extend",
    }
    body = json.dumps(unknown).encode()
    event = verify(body, signed_headers(body), SECRET, now=SIGNED_AT)
    assert event.event_type == "workflow_run.completed"
    assert not evalclient.is_known(event.event_type)
    assert isinstance(event.payload, UnknownWebhookPayload)
    assert event.payload.id == "workflow_run_9"
    assert event.to_dict() == unknown


def test_a_known_event_is_typed() -> None:
    event = verify(BODY, signed_headers(), SECRET, now=SIGNED_AT)
    assert event.event_type is WebhookEventType.BATCH_PROCESSOR_RUN_PROCESSED
    assert isinstance(event.payload, BatchRun)
    assert (event.payload.id, event.payload.status, event.payload.run_count) == ("bpr_1", "PROCESSED", 3)
    assert signed_url(event) is None


def test_a_signed_download_url_delivery_is_recognised_and_not_fetched() -> None:
    delivery = {
        "eventId": "evt_3",
        "eventType": "batch_processor_run.failed",
        "payload": {"object": "signed_data_url", "id": "bpr_1", "data": "https://files.invalid/p.json?sig=1"},
    }
    body = json.dumps(delivery).encode()
    event = verify(body, signed_headers(body), SECRET, now=SIGNED_AT)  # the unit lane refuses any socket
    assert signed_url(event) == "https://files.invalid/p.json?sig=1"
    assert event.payload.id == "bpr_1"
    assert event.event_type == "batch_processor_run.failed"


def http_server_headers(pairs: list[tuple[str, str]]) -> email.message.Message:
    """What `http.server.BaseHTTPRequestHandler.headers` is: an email Message, repeats kept."""
    message = email.message.Message()
    for key, value in pairs:
        message[key] = value
    return message


def werkzeug_headers(pairs: list[tuple[str, str]]) -> Mapping[str, str]:
    datastructures = pytest.importorskip("werkzeug.datastructures")  # what Flask's request.headers is
    headers: Mapping[str, str] = datastructures.Headers(pairs)
    return headers


def dict_of_lists(pairs: list[tuple[str, str]]) -> Any:
    """The multi-value form some gateways hand over: {name: [value, ...]}."""
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    return grouped


@pytest.mark.parametrize(
    "headers_of",
    [httpx.Headers, http_server_headers, werkzeug_headers, dict_of_lists],
    ids=["httpx", "http.server", "werkzeug (Flask)", "dict of lists"],
)
def test_framework_header_mappings_are_read_and_their_repeats_noticed(headers_of: Any) -> None:
    pairs = list(signed_headers().items())
    assert verify(BODY, headers_of(pairs), SECRET, now=SIGNED_AT).event_id == "evt_1"
    upper = [(key.upper(), value) for key, value in pairs]
    assert verify(BODY, headers_of(upper), SECRET, now=SIGNED_AT).event_id == "evt_1"
    for repeat in [(TIMESTAMP_HEADER, str(SIGNED_AT)), (SIGNATURE_HEADER.upper(), signature())]:
        repeated = headers_of([*pairs, repeat])
        assert check_of(lambda: verify(BODY, repeated, SECRET, now=SIGNED_AT)) == "duplicated_header"  # noqa: B023


def test_memoryview_and_bytearray_bodies_verify_and_text_is_refused_with_a_hint() -> None:
    assert verify(bytearray(BODY), signed_headers(), SECRET, now=SIGNED_AT).event_id == "evt_1"
    assert verify(memoryview(BODY), signed_headers(), SECRET, now=SIGNED_AT).event_id == "evt_1"
    with pytest.raises(TypeError, match="raw request body as bytes"):
        verify(BODY.decode(), signed_headers(), SECRET, now=SIGNED_AT)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("secret", "tolerance"),
    [("", 300), ([], 300), ([SECRET, ""], 300), ([SECRET, b"wss_bytes"], 300), (SECRET, -1), (SECRET, math.nan)],
    ids=["empty", "none in the list", "one empty", "bytes", "negative tolerance", "NaN tolerance"],
)
def test_a_service_misconfiguration_is_a_configuration_error_that_echoes_nothing(secret: Any, tolerance: float) -> None:
    with pytest.raises(ConfigurationError) as caught:
        verify(BODY, signed_headers(), secret, tolerance=tolerance, now=SIGNED_AT)
    assert "wss_" not in str(caught.value)


def test_the_default_clock_is_unix_time() -> None:
    # Signed "now": accepted without `now=`; signed at SIGNED_AT (years before any test run): too old.
    import time

    fresh = int(time.time())
    assert verify(BODY, signed_headers(timestamp=fresh), SECRET).event_id == "evt_1"
    assert check_of(lambda: verify(BODY, signed_headers(), SECRET)) == "timestamp_too_old"


def test_no_secret_signature_or_body_reaches_an_error_its_pickle_or_a_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = [OLD_SECRET, SECRET]
    expected = signature()
    failures: list[WebhookVerificationError] = []
    for _case, body, headers, secret, elapsed, tolerance, failed in TABLE:
        if failed is None:
            continue
        with pytest.raises(WebhookVerificationError) as caught:
            verify(body, headers, secret, tolerance=tolerance, now=SIGNED_AT + elapsed)
        failures.append(caught.value)
    assert {error.check for error in failures} >= {
        "bad_signature",
        "timestamp_too_old",
        "timestamp_in_future",
        "missing_header",
        "duplicated_header",
        "bad_timestamp",
    }
    for error in failures:
        shown = " ".join([str(error), repr(error), repr(vars(error)), repr(pickle.loads(pickle.dumps(error)).args)])
        for secret_text in [*secrets, expected, "wss_someone_else", BODY.decode()]:
            assert secret_text not in shown
    assert all(secret not in record.getMessage() for record in caplog.records for secret in secrets)


def test_the_error_is_an_evalclient_error_exported_at_the_top() -> None:
    assert issubclass(evalclient.WebhookVerificationError, evalclient.EvalClientError)
    assert "WebhookVerificationError" in evalclient.__all__
