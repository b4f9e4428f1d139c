"""docs/webhooks.md: each framework's receiver runs against signed deliveries, where that framework is installed.

None of the frameworks is a dependency of evalclient or of its tests; a block whose framework
cannot be imported is skipped, and says so.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from typing import Any

import pytest

from spec_support import ROOT

pytestmark = pytest.mark.unit

_BLOCK = re.compile(r"^```python framework=(\w+)\n(.*?)^```", re.DOTALL | re.MULTILINE)
BLOCKS = dict(_BLOCK.findall((ROOT / "docs" / "webhooks.md").read_text(encoding="utf-8")))
NEW, OLD = "wss_new_5b1e", "wss_old_92ac"


def test_the_doc_has_a_receiver_for_each_framework() -> None:
    assert set(BLOCKS) == {"starlette", "fastapi", "flask"}


def delivery(secret: str, body: bytes | None = None) -> tuple[bytes, dict[str, str]]:
    event = {
        "eventId": "evt_1",
        "eventType": "batch_processor_run.processed",
        "payload": {
            "object": "batch_run",
            "id": "bpr_1",
            "status": "PROCESSED",
            "runCount": 1,
            "createdAt": "2026-01-01T00:00:00Z",
        },
    }
    body = json.dumps(event).encode() if body is None else body
    timestamp = str(int(time.time()))
    signature = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
    return body, {"x-extend-request-timestamp": timestamp, "x-extend-request-signature": signature}


def post_with(framework: str, app: Any) -> Any:
    """A function posting (body, headers) to the app in process and returning the status code."""
    if framework == "flask":
        client = app.test_client()
        return lambda body, headers: client.post("/webhooks/extend", data=body, headers=headers).status_code
    testclient = pytest.importorskip("starlette.testclient")
    client = testclient.TestClient(app)
    return lambda body, headers: client.post("/webhooks/extend", content=body, headers=headers).status_code


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("framework", ["starlette", "fastapi", "flask"])
def test_the_receiver_verifies_publishes_and_refuses(framework: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip(framework, reason=f"{framework} is not installed: its docs example is not executed")
    monkeypatch.setenv("EXTEND_WEBHOOK_SECRETS", f"{NEW},{OLD}")
    namespace: dict[str, Any] = {"__name__": f"docs_webhooks_{framework}"}
    exec(compile(BLOCKS[framework], f"docs/webhooks.md {framework} block", "exec"), namespace)  # our own docs
    hub, post = namespace["hub"], post_with(framework, namespace["app"])
    watch = hub._watch("bpr_1")  # what wait_for_run(..., events=hub) registers for run bpr_1
    try:
        assert post(*delivery(NEW)) == 204
        assert watch.take()
        assert post(*delivery(OLD)) == 204  # a rotation: both secrets accepted
        body, headers = delivery(NEW)
        assert post(body.replace(b"PROCESSED", b"FAILED"), headers) == 401
        assert post(*delivery("wss_other")) == 401
        assert post(body, {"x-extend-request-timestamp": headers["x-extend-request-timestamp"]}) == 401
        assert post(*delivery(NEW, b"not json")) == 400
    finally:
        watch.close()
