"""evalclient.RunEvents: waits woken by webhook events, polling as the fallback, on the fake and a manual clock."""

from __future__ import annotations

import asyncio
import math
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import evalclient
from evalclient import ConfigurationError, PollPolicy, RunEvents, RunFailed, WaitTimeout, _gate
from evalclient.testing import FakeAPI, ManualClock
from extend_evals_client.api.batch_processor_runs import get_batch_processor_run
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run
from extend_evals_client.client import AuthenticatedClient
from extend_evals_client.models import WebhookEvent

pytestmark = pytest.mark.unit

RUN_SECONDS = 10.0  # the `fake` fixture's run duration, on the test's clock


@pytest.fixture
def client(fake: FakeAPI) -> AuthenticatedClient:
    return evalclient.extend_client(token="test-token", base_url="http://fake.test", transport=fake.transport)


def start_runs(fake: FakeAPI, count: int) -> list[str]:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 2)
    return [fake.extend.seed_run(set_id) for _ in range(count)]


def event(run_id: str, event_type: str = "batch_processor_run.processed", status: str = "PROCESSED") -> WebhookEvent:
    payload = {
        "object": "batch_run",
        "id": run_id,
        "status": status,
        "runCount": 2,
        "createdAt": "2026-01-01T00:00:00Z",
    }
    return WebhookEvent.from_dict({"eventId": f"evt_{run_id}", "eventType": event_type, "payload": payload})


def run_gets(fake: FakeAPI, run_id: str | None = None) -> int:
    prefix = f"/evaluation_set_runs/{run_id}" if run_id else "/evaluation_set_runs/"
    return sum(1 for logged in fake.requests if logged.method == "GET" and logged.path.startswith(prefix))


class Parked:
    """An async `sleep` that never ends by itself: only an event can end a wait's sleep.

    It records each requested delay, and `all_parked` is set once `expected` sleeps are pending.
    """

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.delays: list[float] = []
        self.all_parked = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if len(self.delays) >= self.expected:
            self.all_parked.set()
        await asyncio.Event().wait()  # cancelled by the wait when an event wins the race


def test_a_hub_wakes_50_async_waits_with_two_gets_each(
    fake: FakeAPI, client: AuthenticatedClient, clock: ManualClock
) -> None:
    runs = start_runs(fake, 50)
    hub = RunEvents(fallback_interval=60)
    parked = Parked(expected=50)

    async def main() -> list[Any]:
        waits = [
            asyncio.ensure_future(
                evalclient.wait_for_run_async(
                    get_evaluation_set_run, client=client, id=run_id, events=hub, sleep=parked, clock=clock
                )
            )
            for run_id in runs
        ]
        await parked.all_parked.wait()  # every wait polled once (PENDING) and sleeps
        assert hub.waiting == 50
        clock.advance(RUN_SECONDS)  # every run ends; no wait notices by itself
        woken = [hub.publish(event(run_id)) for run_id in runs[:25]]
        # The other half from another thread, as a threaded web server's handler would.
        publisher = threading.Thread(target=lambda: woken.extend(hub.publish(event(r)) for r in runs[25:]))
        publisher.start()
        publisher.join()
        assert woken == [1] * 50
        return await asyncio.gather(*waits)

    finished = asyncio.run(main())
    assert [run.id for run in finished] == runs
    assert {run.status for run in finished} == {"PROCESSED"}
    assert run_gets(fake) == 100  # the first poll and the confirming GET, for each run
    assert len(parked.delays) == 50  # nobody slept twice
    assert all(30 <= delay <= 60 for delay in parked.delays)  # the fallback interval, jittered
    assert hub.waiting == 0


def test_a_lost_event_falls_back_to_polling_within_the_fallback_interval(
    fake: FakeAPI, client: AuthenticatedClient, clock: ManualClock
) -> None:
    (run_id,) = start_runs(fake, 1)
    hub = RunEvents(fallback_interval=45)
    run = evalclient.wait_for_run(
        get_evaluation_set_run, client=client, id=run_id, events=hub, sleep=clock.sleep, clock=clock
    )
    assert run.status == "PROCESSED"
    assert RUN_SECONDS <= clock() <= RUN_SECONDS + 45  # at most one fallback interval late
    assert run_gets(fake, run_id) == 2  # no fast polling while an event could still come
    assert hub.waiting == 0


@pytest.mark.parametrize("policy", [PollPolicy(), PollPolicy(interval=5, max_interval=120)], ids=["default", "slower"])
def test_while_no_event_comes_the_wait_polls_on_the_hubs_fallback_not_on_polling(
    fake: FakeAPI, client: AuthenticatedClient, clock: ManualClock, policy: PollPolicy
) -> None:
    (run_id,) = start_runs(fake, 1)
    delays: list[float] = []

    def sleep(seconds: float) -> None:
        delays.append(seconds)
        clock.sleep(seconds)

    hub = RunEvents(fallback_interval=4)
    evalclient.wait_for_run(
        get_evaluation_set_run,
        client=client,
        id=run_id,
        events=hub,
        polling=policy,
        sleep=sleep,
        clock=clock,
        rng=lambda: 1.0,
    )
    assert delays == [4, 4, 4]  # the run ends at 10 s


def test_an_event_during_a_sync_sleep_is_taken_at_once_and_confirmed_by_one_get(
    fake: FakeAPI, client: AuthenticatedClient, clock: ManualClock
) -> None:
    (run_id,) = start_runs(fake, 1)
    hub = RunEvents(fallback_interval=60)
    delays: list[float] = []

    def sleep(seconds: float) -> None:  # a test clock's sleep runs whole; the event is taken after it
        delays.append(seconds)
        clock.advance(RUN_SECONDS)
        hub.publish(event(run_id))

    run = evalclient.wait_for_run(
        get_evaluation_set_run, client=client, id=run_id, events=hub, sleep=sleep, clock=clock
    )
    assert run.status == "PROCESSED"
    assert len(delays) == 1
    assert run_gets(fake, run_id) == 2


def test_a_sync_wait_with_the_default_sleep_ends_the_moment_the_event_comes(
    fake: FakeAPI, client: AuthenticatedClient, clock: ManualClock
) -> None:
    # The default sleep is interruptible: a wait sleeping its 10-minute fallback in a thread
    # returns as soon as another thread publishes (the join's timeout only guards a hang).
    (run_id,) = start_runs(fake, 1)
    hub = RunEvents(fallback_interval=600)
    polled = threading.Event()
    result: list[Any] = []

    def wait() -> None:
        result.append(
            evalclient.wait_for_run(
                get_evaluation_set_run,
                client=client,
                id=run_id,
                events=hub,
                clock=clock,
                on_update=lambda run: polled.set(),
            )
        )

    waiter = threading.Thread(target=wait)
    waiter.start()
    assert polled.wait(30)
    clock.advance(RUN_SECONDS)
    assert hub.publish(event(run_id)) == 1
    waiter.join(30)
    assert not waiter.is_alive()
    assert result[0].status == "PROCESSED"
    assert run_gets(fake, run_id) == 2


def test_an_event_ahead_of_the_run_switches_to_fast_polling_until_the_get_agrees(
    fake: FakeAPI, client: AuthenticatedClient, clock: ManualClock
) -> None:
    # The event came, but the GET still says PROCESSING (the API lags its own webhook): the wait
    # polls on `polling`'s schedule from its start, not on the slow fallback.
    (run_id,) = start_runs(fake, 1)
    hub = RunEvents(fallback_interval=60)
    delays: list[float] = []

    def sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 1:  # the event comes 1 s into the first sleep, 9 s before the GET will agree
            clock.advance(1)
            hub.publish(event(run_id))
        else:
            clock.sleep(seconds)

    run = evalclient.wait_for_run(
        get_evaluation_set_run, client=client, id=run_id, events=hub, sleep=sleep, clock=clock, rng=lambda: 1.0
    )
    assert run.status == "PROCESSED"
    assert delays[0] == 60
    assert delays[1:] == [0.5, 1.0, 2.0, 4.0, 8.0]  # PollPolicy()'s own schedule, from its start
    assert clock() == 1 + 15.5


def test_a_failed_event_wakes_the_wait_which_raises_run_failed(
    fake: FakeAPI, client: AuthenticatedClient, clock: ManualClock
) -> None:
    (run_id,) = start_runs(fake, 1)
    fake.extend.set_run_outcome(run_id, "FAILED")
    hub = RunEvents()

    def sleep(seconds: float) -> None:
        clock.advance(RUN_SECONDS)
        hub.publish(
            {"eventId": "e", "eventType": "batch_processor_run.failed", "payload": {"id": run_id, "status": "FAILED"}}
        )

    with pytest.raises(RunFailed) as caught:
        evalclient.wait_for_run(get_evaluation_set_run, client=client, id=run_id, events=hub, sleep=sleep, clock=clock)
    assert caught.value.run.status == "FAILED"
    assert run_gets(fake, run_id) == 2
    assert hub.waiting == 0


def test_the_legacy_get_run_operation_takes_events_too(
    fake: FakeAPI, client: AuthenticatedClient, clock: ManualClock
) -> None:
    (run_id,) = start_runs(fake, 1)
    hub = RunEvents()
    gets: list[int] = []

    def sleep(seconds: float) -> None:
        gets.append(1)
        clock.advance(RUN_SECONDS)
        hub.publish(event(run_id))

    run = evalclient.wait_for_run(
        get_batch_processor_run, client=client, id=run_id, events=hub, sleep=sleep, clock=clock
    )
    assert run.status == "PROCESSED"
    assert gets == [1]


@pytest.mark.parametrize(
    ("published", "wakes"),
    [
        (lambda run_id: event(run_id), 1),
        (lambda run_id: event(run_id, "batch_processor_run.failed", "FAILED"), 1),
        (lambda run_id: event(run_id, "batch_run.cancelled", "CANCELLED"), 1),  # an unknown type, a terminal status
        (lambda run_id: event(run_id, "batch_run.progress", "PROCESSING"), 0),
        (lambda run_id: event("bpr_someone_else"), 0),
        (lambda run_id: {"eventId": "e", "eventType": "batch_processor_run.processed", "payload": {"id": run_id}}, 1),
        (
            lambda run_id: {
                "eventId": "e",
                "eventType": "batch_processor_run.processed",
                "payload": {"data": "https://x"},
            },
            0,
        ),
        (lambda run_id: {"eventId": "e", "eventType": "batch_processor_run.processed", "payload": "text"}, 0),
    ],
    ids=[
        "processed",
        "failed",
        "unknown type, terminal status",
        "not terminal",
        "another run",
        "dict",
        "no run id",
        "no payload",
    ],
)
def test_which_events_wake_a_wait(published: Callable[[str], object], wakes: int) -> None:
    hub = RunEvents()
    watch = hub._watch("bpr_1")
    try:
        assert hub.publish(published("bpr_1")) == wakes
        assert watch.take() is bool(wakes)
    finally:
        watch.close()


def test_events_for_runs_nobody_waits_for_are_dropped_and_a_wait_leaves_nothing_behind(
    fake: FakeAPI, client: AuthenticatedClient, clock: ManualClock
) -> None:
    hub = RunEvents()
    assert sum(hub.publish(event(f"bpr_{number}")) for number in range(10_000)) == 0
    assert hub._watches == {}
    (run_id,) = start_runs(fake, 1)
    with pytest.raises(WaitTimeout):
        evalclient.wait_for_run(
            get_evaluation_set_run, client=client, id=run_id, events=hub, timeout=5, sleep=clock.sleep, clock=clock
        )
    assert hub._watches == {}
    assert repr(hub) == "RunEvents(fallback_interval=30, waiting=0)"


def test_two_waits_for_one_run_are_both_woken() -> None:
    hub = RunEvents()
    first, second = hub._watch("bpr_1"), hub._watch("bpr_1")
    assert hub.publish(event("bpr_1")) == 2
    assert first.take()
    assert second.take()
    first.close()
    assert hub.waiting == 1
    second.close()
    assert hub._watches == {}


@pytest.mark.parametrize("value", [0, -1, math.inf, math.nan, "30", True])
def test_a_fallback_interval_that_is_not_a_positive_number_is_refused(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="fallback_interval"):
        RunEvents(fallback_interval=value)


def test_events_must_be_a_hub_and_publish_an_event(client: AuthenticatedClient) -> None:
    with pytest.raises(TypeError, match=r"evalclient\.RunEvents"):
        evalclient.wait_for_run(get_evaluation_set_run, client=client, id="bpr_1", events=object())  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"webhooks\.verify"):
        RunEvents().publish("batch_processor_run.processed")


class HeldTransport:
    """The fake's transport, but each request waits for `opened` first; records the order requests came."""

    def __init__(self, fake: FakeAPI, expected: int) -> None:
        self.fake = fake
        self.order: list[str] = []
        self.expected = expected
        self.all_arrived = asyncio.Event()
        self.opened = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.order.append(request.url.path.rsplit("/", 1)[1])
        if len(self.order) == self.expected:
            self.all_arrived.set()
        await self.opened.wait()
        return await self.fake.transport.handle_async_request(request)


def wait_in_tasks(client: AuthenticatedClient, hub: RunEvents, clock: ManualClock, runs: list[str]) -> list[Any]:
    """One `wait_for_run_async` task per run, started in this order on the running loop."""
    return [
        asyncio.ensure_future(
            evalclient.wait_for_run_async(get_evaluation_set_run, client=client, id=run_id, events=hub, clock=clock)
        )
        for run_id in runs
    ]


def test_a_wait_whose_run_announced_its_end_polls_before_the_waits_queued_ahead_of_it(
    fake: FakeAPI, clock: ManualClock
) -> None:
    runs = start_runs(fake, 130)
    hub = RunEvents(fallback_interval=60)
    held = HeldTransport(fake, expected=100)
    client = evalclient.extend_client(token="test-token", base_url="http://fake.test", transport=held)

    async def main() -> list[Any]:
        waits = wait_in_tasks(client, hub, clock, runs)
        await held.all_arrived.wait()  # 100 first polls are being sent; 30 wait their turn
        for _ in range(3):
            await asyncio.sleep(0)
        assert len(held.order) == 100
        # The 30 wait before the transport, holding no request yet: 30 waits do not hold 30 requests.
        assert _gate._POLLS[asyncio.get_running_loop()].queued == 30
        clock.advance(RUN_SECONDS)  # every run ends
        assert hub.publish(event(runs[120])) == 1
        for _ in range(3):
            await asyncio.sleep(0)  # the wake-up reaches the loop
        held.opened.set()
        return await asyncio.gather(*waits)

    finished = asyncio.run(main())
    assert {run.status for run in finished} == {"PROCESSED"}
    assert held.order[:100] == runs[:100]
    assert held.order[100:] == [runs[120], *runs[100:120], *runs[121:]]  # it went first; the rest in order
    assert hub.waiting == 0


def test_an_event_that_comes_before_its_wait_starts_makes_the_wait_go_first_and_return_after_one_get(
    fake: FakeAPI, clock: ManualClock
) -> None:
    runs = start_runs(fake, 130)
    hub = RunEvents(fallback_interval=60)
    held = HeldTransport(fake, expected=100)
    client = evalclient.extend_client(token="test-token", base_url="http://fake.test", transport=held)
    clock.advance(RUN_SECONDS)  # the runs end before anybody waits: a short run, a late waiter
    assert hub.publish(event(runs[0])) == 0  # nobody waits yet: remembered

    async def main() -> list[Any]:
        waits = wait_in_tasks(client, hub, clock, [*runs[1:111], runs[0], *runs[111:]])  # runs[0] queues 11th of 30
        await held.all_arrived.wait()
        held.opened.set()
        return await asyncio.gather(*waits)

    asyncio.run(main())
    assert held.order[100:102] == [runs[0], runs[101]]  # it went first of the 30 queued
    assert run_gets(fake, runs[0]) == 1


def test_the_hub_remembers_the_last_10000_runs_nobody_waited_for() -> None:
    hub = RunEvents()
    for number in range(10_001):
        hub.publish(event(f"bpr_{number}"))
    assert len(hub._ended) == 10_000
    assert not hub._watch("bpr_0").take()  # the oldest is forgotten
    assert hub._watch("bpr_1").take()
    assert hub._watch("bpr_10000").take()
