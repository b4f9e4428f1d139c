"""The fake's webhook deliveries (`fake.webhooks`): signed Extend events POSTed when runs end.

    fake = FakeAPI(webhook_url="http://127.0.0.1:8001/hooks/extend", webhook_secret="wss_test")
    with FakeServer(fake=fake):             # serving starts the sender; it stops with the server
        ...
    fake.webhooks.deliver_due()             # or, in process on a ManualClock: deliver now, in this thread

When an Extend run ends (the fake's runs end on its clock), the sender POSTs
`batch_processor_run.processed` (PROCESSED) or `batch_processor_run.failed` (FAILED) with a BatchRun
payload, signed as Extend signs: `x-extend-request-timestamp` (Unix seconds) and
`x-extend-request-signature` (hex HMAC-SHA256 of `v0:{timestamp}:{body}`). A CANCELLED run sends
nothing (no source documents an event for it). A failed delivery (no 2xx, or no answer) is retried
`attempts` times in all, re-signed each time, after 0.5 s, 1 s, 2 s... on the fake's `sleep`.
Every attempt is in `fake.webhooks.deliveries` and logged on `evalclient.testing` at INFO.

Faults, per event type or `"*"`: `fake.webhooks.faults.add("*", Fault.drop())` loses the next
delivery (never sent, never retried: the lost webhook a wait must survive); `Fault.delay(s)` sends
it `s` seconds late. Standard library and httpx only, like the rest of the fake: the signing is
written here again rather than shared with `evalclient.webhooks`, so a mistake in one shows up
against the other.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple

import httpx

from evalclient.testing._extend_state import ExtendState
from evalclient.testing._faults import Fault, FaultPlan
from evalclient.testing._ids import IdFactory

_logger = logging.getLogger("evalclient.testing")
EVENT_TYPES = {"PROCESSED": "batch_processor_run.processed", "FAILED": "batch_processor_run.failed"}
_TICK = 0.02  # seconds between looks at the clock while serving: far below the 0.5 s lateness target


class WebhookDelivery(NamedTuple):
    """One entry of `fake.webhooks.deliveries`: an attempt, or a dropped delivery (status 0, attempt 0)."""

    event_id: str
    event_type: str
    run_id: str
    attempt: int
    status: int  # the receiver's HTTP status; 0 when it did not answer or the delivery was dropped
    error: str | None


class _Event(NamedTuple):
    id: str
    type: str
    run_id: str
    payload: dict[str, object]


class _DeliveryFaults(FaultPlan):
    """A FaultPlan keyed by event type; only `drop` and `delay` mean something for an outgoing POST."""

    def add(self, route: str, fault: Fault, *, times: int | None = 1) -> None:
        if fault.kind not in ("drop", "delay"):
            raise ValueError(f"a webhook delivery takes Fault.drop() or Fault.delay(...), not {fault.kind}")
        super().add(route, fault, times=times)


class WebhookSender:
    """Delivers the fake's Extend run events to one URL. Configure with `configure` (or FakeAPI's
    `webhook_url` / `webhook_secret`); the secret is never shown in a repr or a log."""

    def __init__(self, extend: ExtendState, ids: IdFactory, lock: threading.Lock, sleep: Callable[[float], object]):
        self._extend, self._ids, self._lock, self._sleep = extend, ids, lock, sleep
        self._url: str | None = None
        self._secret = b""
        self._client: httpx.Client | None = None
        self._attempts = 4
        self._backoff = 0.5
        self._wall_clock: Callable[[], float] = time.time
        self._announced: set[str] = set()
        self._announce_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pool: ThreadPoolExecutor | None = None
        self.faults = _DeliveryFaults(EVENT_TYPES.values())
        self.deliveries: deque[WebhookDelivery] = deque(maxlen=10_000)

    def __repr__(self) -> str:
        return f"WebhookSender(url={self._url!r}, running={self.running})"

    @property
    def url(self) -> str | None:
        return self._url

    @property
    def running(self) -> bool:
        return self._thread is not None

    def configure(
        self,
        url: str,
        secret: str,
        *,
        attempts: int = 4,
        backoff: float = 0.5,
        timeout: float = 5.0,
        transport: httpx.BaseTransport | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        """Deliver to `url`, signed with `secret`; runs already finished are not announced.

        `transport` (an httpx transport, e.g. `httpx.MockTransport` or an app's) keeps deliveries
        in process; `wall_clock` gives the Unix time signed into each delivery.
        """
        if not url.startswith(("http://", "https://")):
            raise ValueError("the webhook URL must be http(s)")
        if not secret:
            raise ValueError("the webhook needs a signing secret")
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        if self._client is not None:
            self._client.close()
        self._url, self._secret = url, secret.encode()
        self._attempts, self._backoff, self._wall_clock = attempts, backoff, wall_clock
        self._client = httpx.Client(transport=transport, timeout=timeout)
        with self._announce_lock:
            self._announced = {run_id for run_id, *_ in self._extend.finished_runs()}

    def deliver_due(self) -> int:
        """Send, in this thread, the events of runs that ended since the last look; how many were due."""
        due = self._due()
        for event in due:
            self._deliver(event)
        return len(due)

    def start(self) -> None:
        """Deliver from a background thread until `stop()` (FakeServer calls both). A no-op unconfigured."""
        if self._url is None or self._thread is not None:
            return
        self._stop.clear()
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="evalclient-fake-webhook")
        self._thread = threading.Thread(target=self._run, name="evalclient-fake-webhooks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        thread, pool = self._thread, self._pool
        if thread is None or pool is None:
            return
        self._stop.set()
        thread.join()
        pool.shutdown(wait=True, cancel_futures=True)
        self._thread = self._pool = None

    def _run(self) -> None:
        assert self._pool is not None
        while not self._stop.wait(_TICK):
            for event in self._due():
                self._pool.submit(self._deliver, event)

    def _due(self) -> list[_Event]:
        if self._url is None:
            return []
        with self._announce_lock:
            finished = self._extend.finished_runs(self._announced)
            self._announced.update(run_id for run_id, *_ in finished)
        events = []
        for run_id, status, run_count, created_at in finished:
            event_type = EVENT_TYPES.get(status)
            if event_type is None:  # CANCELLED: no event is documented for it
                continue
            with self._lock:
                event_id = self._ids.extend("evt")
            payload = {"object": "batch_run", "id": run_id, "status": status, "runCount": run_count}
            payload["createdAt"] = created_at
            events.append(_Event(event_id, event_type, run_id, payload))
        return events

    def _deliver(self, event: _Event) -> None:
        fault = self.faults.take(event.type)
        if fault is not None and fault.kind == "drop":
            self._record(WebhookDelivery(event.id, event.type, event.run_id, 0, 0, "dropped by a scripted fault"))
            return
        if fault is not None:
            self._sleep(fault.seconds)
        envelope = {"eventId": event.id, "eventType": event.type, "payload": event.payload}
        body = json.dumps(envelope, separators=(",", ":")).encode()
        for attempt in range(1, self._attempts + 1):
            if attempt > 1:
                self._sleep(self._backoff * 2 ** (attempt - 2))
            status, error = self._post(body)
            self._record(WebhookDelivery(event.id, event.type, event.run_id, attempt, status, error))
            if 200 <= status < 300:
                return

    def _post(self, body: bytes) -> tuple[int, str | None]:
        assert self._client is not None
        assert self._url is not None
        timestamp = str(int(self._wall_clock()))
        signature = hmac.new(self._secret, f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
        headers = {
            "content-type": "application/json",
            "x-extend-request-timestamp": timestamp,
            "x-extend-request-signature": signature,
        }
        try:
            response = self._client.post(self._url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return 0, type(exc).__name__
        return response.status_code, None if response.is_success else f"HTTP {response.status_code}"

    def _record(self, delivery: WebhookDelivery) -> None:
        self.deliveries.append(delivery)
        outcome = delivery.error or f"HTTP {delivery.status}"
        _logger.info(
            "webhook %s %s for %s: %s (attempt %d)",
            delivery.event_type,
            delivery.event_id,
            delivery.run_id,
            outcome,
            delivery.attempt,
        )
