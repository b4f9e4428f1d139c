"""The fake's webhook deliveries (`fake.webhooks`), in process: signed, retried, logged, faulted, and waking waits."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

import evalclient
from evalclient.testing import FakeAPI, Fault, ManualClock, WebhookDelivery
from evalclient.webhooks import verify
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run

pytestmark = pytest.mark.unit

SECRET = "wss_fake_deliveries_3c9d"
URL = "http://receiver.test/hooks/extend"
RUN_SECONDS = 10.0


class Receiver:
    """An in-process webhook endpoint: verifies each delivery and publishes it; `answers` scripts its statuses."""

    def __init__(self, hub: evalclient.RunEvents | None = None, answers: list[int] | None = None) -> None:
        self.hub = hub or evalclient.RunEvents()
        self.answers = answers or []
        self.events: list[evalclient.webhooks.WebhookEvent] = []
        self.transport = httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert request.url == URL
        event = verify(request.content, request.headers, SECRET)  # raises on anything not signed right
        self.events.append(event)
        status = self.answers.pop(0) if self.answers else 204
        if status < 300:
            self.hub.publish(event)
        return httpx.Response(status)


def configured(fake: FakeAPI, receiver: Receiver | httpx.MockTransport, **options: float) -> None:
    transport = receiver.transport if isinstance(receiver, Receiver) else receiver
    fake.webhooks.configure(URL, SECRET, transport=transport, **options)  # type: ignore[arg-type]


def start_runs(fake: FakeAPI, count: int) -> list[str]:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 2)
    return [fake.extend.seed_run(set_id) for _ in range(count)]


def test_a_run_that_ends_is_announced_once_signed_and_typed(fake: FakeAPI, clock: ManualClock) -> None:
    receiver = Receiver()
    configured(fake, receiver)
    runs = start_runs(fake, 3)
    assert fake.webhooks.deliver_due() == 0  # nothing has ended yet
    clock.advance(RUN_SECONDS)
    assert fake.webhooks.deliver_due() == 3
    assert fake.webhooks.deliver_due() == 0  # each run once
    assert [event.payload.id for event in receiver.events] == runs
    event = receiver.events[0]
    assert event.event_type == "batch_processor_run.processed"
    assert event.event_id.startswith("evt_")
    assert event.payload.to_dict()["object"] == "batch_run"
    assert (event.payload.status, event.payload.run_count) == ("PROCESSED", 2)
    assert list(fake.webhooks.deliveries) == [
        WebhookDelivery(e.event_id, "batch_processor_run.processed", e.payload.id, 1, 204, None)
        for e in receiver.events
    ]


def test_failed_runs_send_the_failed_event_and_cancelled_runs_send_none(fake: FakeAPI, clock: ManualClock) -> None:
    receiver = Receiver()
    configured(fake, receiver)
    failed, cancelled = start_runs(fake, 2)
    fake.extend.set_run_outcome(failed, "FAILED")
    fake.extend.set_run_outcome(cancelled, "CANCELLED")
    clock.advance(RUN_SECONDS)
    fake.webhooks.deliver_due()
    assert [(e.event_type, e.payload.id, e.payload.status) for e in receiver.events] == [
        ("batch_processor_run.failed", failed, "FAILED")
    ]


def test_runs_finished_before_the_webhook_was_configured_are_not_announced(fake: FakeAPI, clock: ManualClock) -> None:
    start_runs(fake, 2)
    clock.advance(RUN_SECONDS)
    receiver = Receiver()
    configured(fake, receiver)
    later = start_runs(fake, 1)
    clock.advance(RUN_SECONDS)
    assert fake.webhooks.deliver_due() == 1
    assert [event.payload.id for event in receiver.events] == later


def test_a_failed_delivery_is_retried_with_backoff_re_signed_each_time(fake: FakeAPI, clock: ManualClock) -> None:
    receiver = Receiver(answers=[500, 503])
    configured(fake, receiver)
    start_runs(fake, 1)
    clock.advance(RUN_SECONDS)
    before = clock()
    fake.webhooks.deliver_due()
    assert [(d.attempt, d.status) for d in fake.webhooks.deliveries] == [(1, 500), (2, 503), (3, 204)]
    assert clock() - before == 0.5 + 1.0  # the fake's sleep: no real waiting
    assert len({event.event_id for event in receiver.events}) == 1  # one event, three attempts


def test_delivery_gives_up_after_its_attempts_and_survives_a_dead_receiver(fake: FakeAPI, clock: ManualClock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    configured(fake, httpx.MockTransport(refuse), attempts=3, backoff=2.0)
    start_runs(fake, 1)
    clock.advance(RUN_SECONDS)
    before = clock()
    fake.webhooks.deliver_due()
    assert [(d.attempt, d.status, d.error) for d in fake.webhooks.deliveries] == [
        (1, 0, "ConnectError"),
        (2, 0, "ConnectError"),
        (3, 0, "ConnectError"),
    ]
    assert clock() - before == 2.0 + 4.0


def test_faults_drop_or_delay_one_delivery(fake: FakeAPI, clock: ManualClock) -> None:
    receiver = Receiver()
    configured(fake, receiver)
    fake.webhooks.faults.add("*", Fault.drop())
    fake.webhooks.faults.add("batch_processor_run.processed", Fault.delay(5))
    dropped, delayed, normal = start_runs(fake, 3)
    clock.advance(RUN_SECONDS)
    before = clock()
    fake.webhooks.deliver_due()
    assert [event.payload.id for event in receiver.events] == [delayed, normal]
    assert clock() - before == 5
    first = fake.webhooks.deliveries[0]
    assert (first.run_id, first.attempt, first.status, first.error) == (dropped, 0, 0, "dropped by a scripted fault")
    with pytest.raises(ValueError, match=r"Fault\.drop"):
        fake.webhooks.faults.add("*", Fault.status(500))
    with pytest.raises(ValueError, match="unknown route"):
        fake.webhooks.faults.add("extract_run.processed", Fault.drop())


def test_deliveries_wake_a_wait_that_polls_twice(fake: FakeAPI, clock: ManualClock) -> None:
    hub = evalclient.RunEvents()
    configured(fake, Receiver(hub))
    client = evalclient.extend_client(token="test-token", base_url="http://fake.test", transport=fake.transport)
    (run_id,) = start_runs(fake, 1)
    slept: list[float] = []

    def sleep(seconds: float) -> None:  # the run ends during the wait's (long) fallback sleep
        slept.append(seconds)
        clock.advance(RUN_SECONDS)
        fake.webhooks.deliver_due()

    run = evalclient.wait_for_run(
        get_evaluation_set_run, client=client, id=run_id, events=hub, sleep=sleep, clock=clock
    )
    assert run.status == "PROCESSED"
    assert len(slept) == 1
    assert [r.path for r in fake.requests] == [f"/evaluation_set_runs/{run_id}"] * 2


def test_the_secret_is_in_no_repr_and_no_log(
    fake: FakeAPI, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="evalclient.testing")
    configured(fake, Receiver(answers=[500]))
    start_runs(fake, 1)
    clock.advance(RUN_SECONDS)
    fake.webhooks.deliver_due()
    assert "webhook batch_processor_run.processed evt_" in caplog.text
    assert "HTTP 500 (attempt 1)" in caplog.text
    assert "HTTP 204 (attempt 2)" in caplog.text
    for shown in (caplog.text, repr(fake.webhooks), repr(list(fake.webhooks.deliveries))):
        assert SECRET not in shown
    assert repr(fake.webhooks) == f"WebhookSender(url={URL!r}, running=False)"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: FakeAPI(webhook_url=URL), "together"),
        (lambda: FakeAPI(webhook_url="ftp://x", webhook_secret=SECRET), "http"),
        (lambda: FakeAPI(webhook_url=URL, webhook_secret=""), "secret"),
    ],
    ids=["url without secret", "not http", "empty secret"],
)
def test_a_webhook_setting_that_cannot_work_is_refused(make: Callable[[], FakeAPI], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()


def test_an_unconfigured_fake_delivers_nothing_and_start_is_a_no_op(fake: FakeAPI, clock: ManualClock) -> None:
    start_runs(fake, 1)
    clock.advance(RUN_SECONDS)
    assert fake.webhooks.deliver_due() == 0
    fake.webhooks.start()
    assert not fake.webhooks.running
    fake.webhooks.stop()
