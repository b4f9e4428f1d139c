"""evalclient.wait_for_run / wait_for_run_async against a scripted peer, with fake time."""

from __future__ import annotations

import asyncio
import copy
import enum
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest

import evalclient
from bland_evals_client.api.eval_runs import get_eval_run
from bland_evals_client.models.eval_run import EvalRun
from bland_evals_client.models.run_status import RunStatus
from evalclient import NotFoundError, RetryPolicy, RunFailed, RunProgress, WaitTimeout
from evalclient._run_status import _TERMINAL_BY_RUN_TYPE
from evalclient.testing import ManualClock
from evalclient.waiting import (
    BATCH_PROCESSOR_RUN_TERMINAL,
    EVAL_RUN_TERMINAL,
    EVALUATION_SET_RUN_TERMINAL,
    GENERIC_TERMINAL,
)
from extend_evals_client.api.batch_processor_runs import get_batch_processor_run
from extend_evals_client.api.evaluation_set_items import list_evaluation_set_items
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run
from extend_evals_client.models.batch_run_status import BatchRunStatus
from extend_evals_client.models.evaluation_set_run import EvaluationSetRun
from extend_evals_client.models.legacy_batch_processor_run import LegacyBatchProcessorRun
from extend_evals_client.models.legacy_batch_processor_run_status import LegacyBatchProcessorRunStatus
from extend_evals_client_2025_04_21.models import BatchProcessorRun as BatchProcessorRun2025
from extend_evals_client_2025_04_21.models import BatchProcessorRunStatus as BatchProcessorRunStatus2025

pytestmark = pytest.mark.unit

FIXTURES = Path(__file__).parent / "fixtures"
Body = dict[str, Any]
# One poll's answer: (status, done, total), or an HTTP error status.
State = tuple[str, int | None, int | None] | int


def _fixture(name: str) -> Body:
    loaded: Body = json.loads((FIXTURES / name).read_text())
    return loaded


EXTEND_RUN = _fixture("extend_2026-02-09_get_evaluation_set_run.seed001.json")
LEGACY_RUN = _fixture("extend_legacy_get_batch_processor_run.seed003.json")


def extend_body(run_id: str, status: str, done: int | None, total: int | None) -> Body:
    body = copy.deepcopy(EXTEND_RUN)
    counts = {"numFilesProcessed": done, "numFilesTotal": total}
    body.update(id=run_id, status=status, metrics={k: v for k, v in counts.items() if v is not None})
    return body


def legacy_body(run_id: str, status: str, done: int | None, total: int | None) -> Body:
    body = copy.deepcopy(LEGACY_RUN)
    body["batchProcessorRun"].update(id=run_id, status=status, metrics={} if done is None else {"numFiles": done})
    return body


def bland_body(run_id: str, status: str, done: int | None, total: int | None) -> Body:
    run = {
        "id": run_id,
        "org_id": "org_1",
        "status": status,
        "triggered_by": "manual",
        "run_mode": "text",
        "submitted_call_ids": ["call_1"],
        "submitted_attached_agents": [],
        "workbench_setup_id": None,
        "workbench_setup_version_id": None,
        "resolved_call_count": 1,
        "resolved_agent_count": 1,
        "resolved_atom_count": total or 0,
        "completed_atom_count": done or 0,
        "summary": None,
        "billable_cost_usd": None,
        "error_code": "E_AGENT" if status == "FAILED" else None,
        "error_message": "agent crashed" if status == "FAILED" else None,
        "metadata": {},
        "created_at": "2026-03-01T12:00:00Z",
        "started_at": None,
        "completed_at": None,
    }
    return {"data": run, "errors": None}


@dataclass(frozen=True)
class RunKind:
    """One get-run operation as the tests drive it."""

    name: str
    operation: ModuleType
    id_param: str
    body: Callable[[str, str, int | None, int | None], Body]
    run_type: type
    vendor: str

    def client(self, server: RunServer) -> Any:
        factory = evalclient.extend_client if self.vendor == "extend" else evalclient.bland_client
        return factory(token="k", transport=httpx.MockTransport(server), retry=RetryPolicy.none())


EXTEND = RunKind("extend", get_evaluation_set_run, "id", extend_body, EvaluationSetRun, "extend")
LEGACY = RunKind("legacy", get_batch_processor_run, "id", legacy_body, LegacyBatchProcessorRun, "extend")
BLAND = RunKind("bland", get_eval_run, "run_id", bland_body, EvalRun, "bland")
KINDS = pytest.mark.parametrize("kind", [EXTEND, LEGACY, BLAND], ids=["extend", "legacy", "bland"])
DONE = {"extend": "PROCESSED", "legacy": "PROCESSED", "bland": "COMPLETE"}
WORKING = {"extend": "PROCESSING", "legacy": "PROCESSING", "bland": "RUNNING"}


@dataclass
class RunServer:
    """A get-run endpoint: run `id` answers its n-th poll with `script(id)[n]`, then repeats the last."""

    kind: RunKind
    script: Callable[[str], list[State]]
    polls: Counter[str] = field(default_factory=Counter)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        run_id = request.url.path.rsplit("/", 1)[-1]
        states = self.script(run_id)
        state = states[min(self.polls[run_id], len(states) - 1)]
        self.polls[run_id] += 1
        if isinstance(state, int):
            return httpx.Response(state, json={"message": "no such run"})
        return httpx.Response(200, json=self.kind.body(run_id, *state))


class RecordingClock(ManualClock):
    """The fake's ManualClock, also recording every sleep; its async sleep yields like asyncio.sleep(0)."""

    def __init__(self) -> None:
        super().__init__()
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        super().sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


def wait(kind: RunKind, states: list[State], **options: Any) -> tuple[Any, RecordingClock, RunServer]:
    """Wait for run `r1` going through `states`, with fake time and rng 0.5 unless told otherwise."""
    server = RunServer(kind, lambda run_id: states)
    fake = RecordingClock()
    options = {"clock": fake, "sleep": fake.sleep, "rng": lambda: 0.5, **options}
    run = evalclient.wait_for_run(kind.operation, client=kind.client(server), **{kind.id_param: "r1"}, **options)
    return run, fake, server


def working(kind: RunKind, times: int) -> list[State]:
    return [(WORKING[kind.name], 0, 3)] * times


@KINDS
def test_returns_the_final_run_unwrapped(kind: RunKind) -> None:
    run, fake, server = wait(kind, [*working(kind, 2), (DONE[kind.name], 3, 3)])
    assert type(run) is kind.run_type
    assert run.id == "r1"
    assert run.status == DONE[kind.name]
    assert server.polls["r1"] == 3
    assert len(fake.sleeps) == 2


def test_backoff_schedule_doubles_to_the_cap_with_jitter() -> None:
    _, fake, _ = wait(EXTEND, [*working(EXTEND, 8), ("PROCESSED", 3, 3)])
    # rng 0.5 puts each sleep at three quarters of the interval: 0.5, 1, 2, 4, 8, then 10 (the cap).
    assert fake.sleeps == [0.375, 0.75, 1.5, 3.0, 6.0, 7.5, 7.5, 7.5]


@pytest.mark.parametrize(("rng", "first"), [(0.0, 0.25), (0.5, 0.375), (0.999, 0.49975)])
def test_jitter_keeps_each_sleep_between_half_and_all_of_the_interval(rng: float, first: float) -> None:
    _, fake, _ = wait(EXTEND, [*working(EXTEND, 1), ("PROCESSED", 3, 3)], rng=lambda: rng)
    assert fake.sleeps == [pytest.approx(first)]


def test_interval_and_cap_are_configurable() -> None:
    polling = evalclient.PollPolicy(interval=1.0, max_interval=3.0)
    _, fake, _ = wait(BLAND, [*working(BLAND, 4), ("COMPLETE", 3, 3)], polling=polling, rng=lambda: 0.0)
    assert fake.sleeps == [0.5, 1.0, 1.5, 1.5]
    tripling = evalclient.PollPolicy(interval=1.0, max_interval=20.0, multiplier=3.0)
    _, fake, _ = wait(BLAND, [*working(BLAND, 4), ("COMPLETE", 3, 3)], polling=tripling, rng=lambda: 0.0)
    assert fake.sleeps == [0.5, 1.5, 4.5, 10.0]


@KINDS
def test_deadline_raises_wait_timeout_with_the_last_run_and_never_sleeps_past_it(kind: RunKind) -> None:
    states: list[State] = [(WORKING[kind.name], i, 9) for i in range(20)]
    with pytest.raises(WaitTimeout) as caught:
        wait(kind, states, timeout=5.0)
    assert isinstance(caught.value, TimeoutError)
    run = caught.value.run
    assert type(run) is kind.run_type
    assert run.status == WORKING[kind.name]
    # Polls at 0, .375, 1.125, 2.625, then the last sleep is cut to land on the deadline (5.0).
    assert evalclient.run_progress(run).done == 4
    assert "r1" in str(caught.value)


def test_the_last_sleep_is_cut_to_land_on_the_deadline() -> None:
    server = RunServer(EXTEND, lambda run_id: working(EXTEND, 50))
    fake = RecordingClock()
    with pytest.raises(WaitTimeout):
        evalclient.wait_for_run(
            get_evaluation_set_run,
            client=EXTEND.client(server),
            id="r1",
            timeout=5.0,
            clock=fake,
            sleep=fake.sleep,
            rng=lambda: 0.5,
        )
    # 0.375 + 0.75 + 1.5 = 2.625 s slept; the next sleep would be 3 s but only 2.375 s remain.
    assert fake.sleeps == [0.375, 0.75, 1.5, 2.375]
    assert server.polls["r1"] == 5  # the last poll is at the deadline itself


def test_timeout_zero_polls_once() -> None:
    with pytest.raises(WaitTimeout):
        wait(EXTEND, working(EXTEND, 1), timeout=0)


def test_a_run_finishing_at_the_deadline_is_returned() -> None:
    run, fake, _ = wait(EXTEND, [*working(EXTEND, 2), ("PROCESSED", 3, 3)], timeout=1.125)
    assert run.status == "PROCESSED"
    assert fake.sleeps == [0.375, 0.75]


def test_no_timeout_waits_as_long_as_it_takes() -> None:
    run, fake, _ = wait(EXTEND, [*working(EXTEND, 300), ("PROCESSED", 3, 3)], timeout=None)
    assert run.status == "PROCESSED"
    assert fake() > 900


FAILURES = [
    pytest.param(EXTEND, "FAILED", id="extend-failed"),
    pytest.param(EXTEND, "CANCELLED", id="extend-cancelled"),
    pytest.param(LEGACY, "FAILED", id="legacy-failed"),
    pytest.param(BLAND, "FAILED", id="bland-failed"),
    pytest.param(BLAND, "CANCELLED", id="bland-cancelled"),
]


@pytest.mark.parametrize(("kind", "status"), FAILURES)
def test_failed_or_cancelled_raises_run_failed_with_the_run(kind: RunKind, status: str) -> None:
    with pytest.raises(RunFailed) as caught:
        wait(kind, [*working(kind, 1), (status, 1, 3)])
    assert type(caught.value.run) is kind.run_type
    assert caught.value.run.status == status
    assert f"run r1 ended {status}" in str(caught.value)


def test_run_failed_message_carries_blands_reason() -> None:
    with pytest.raises(RunFailed, match="ended FAILED: agent crashed"):
        wait(BLAND, [("FAILED", 0, 1)])


@pytest.mark.parametrize(("kind", "status"), FAILURES)
def test_raise_on_failure_false_returns_the_failed_run(kind: RunKind, status: str) -> None:
    run, _, _ = wait(kind, [*working(kind, 1), (status, 1, 3)], raise_on_failure=False)
    assert run.status == status


def test_bland_partial_is_terminal_and_not_a_failure() -> None:
    run, _, server = wait(BLAND, [*working(BLAND, 1), ("PARTIAL", 2, 3)])
    assert run.status == "PARTIAL"
    assert server.polls["r1"] == 2


@pytest.mark.parametrize(
    ("kind", "unknown", "final"),
    [
        pytest.param(EXTEND, "ARCHIVED", "PROCESSED", id="extend"),
        pytest.param(LEGACY, "CANCELLED", "PROCESSED", id="legacy-has-no-cancelled"),
        pytest.param(BLAND, "SCORING", "COMPLETE", id="bland"),
    ],
)
def test_unknown_status_keeps_waiting(kind: RunKind, unknown: str, final: str) -> None:
    run, fake, server = wait(kind, [(unknown, 1, 3), (unknown, 2, 3), (final, 3, 3)])
    assert run.status == final
    assert server.polls["r1"] == 3
    assert len(fake.sleeps) == 2


def test_on_update_on_first_poll_and_on_each_change_of_status_or_progress() -> None:
    states: list[State] = [
        ("PENDING", 0, 3),
        ("PROCESSING", 0, 3),
        ("PROCESSING", 0, 3),
        ("PROCESSING", 1, 3),
        ("PROCESSING", 1, 3),
        ("PROCESSED", 3, 3),
    ]
    seen: list[RunProgress] = []
    wait(EXTEND, states, on_update=lambda run: seen.append(evalclient.run_progress(run)))
    assert seen == [
        RunProgress("PENDING", 0, 3),
        RunProgress("PROCESSING", 0, 3),
        RunProgress("PROCESSING", 1, 3),
        RunProgress("PROCESSED", 3, 3),
    ]


def test_on_update_receives_the_unwrapped_run() -> None:
    seen: list[object] = []
    wait(BLAND, [("RUNNING", 1, 4), ("COMPLETE", 4, 4)], on_update=seen.append)
    assert [type(run) for run in seen] == [EvalRun, EvalRun]


@pytest.mark.parametrize(
    ("kind", "state", "expected"),
    [
        pytest.param(EXTEND, ("PROCESSING", 1, 3), RunProgress("PROCESSING", 1, 3), id="extend"),
        pytest.param(EXTEND, ("PENDING", None, None), RunProgress("PENDING", None, None), id="extend-no-metrics"),
        pytest.param(LEGACY, ("PROCESSING", 2, None), RunProgress("PROCESSING", 2, None), id="legacy-num-files"),
        pytest.param(BLAND, ("RUNNING", 5, 8), RunProgress("RUNNING", 5, 8), id="bland-atoms"),
    ],
)
def test_run_progress(kind: RunKind, state: tuple[str, int | None, int | None], expected: RunProgress) -> None:
    seen: list[RunProgress] = []
    wait(kind, [state, (DONE[kind.name], 0, 0)], on_update=lambda run: seen.append(evalclient.run_progress(run)))
    assert seen[0] == expected


def test_run_progress_reads_the_deprecated_num_files_when_it_is_all_there_is() -> None:
    run = EvaluationSetRun.from_dict(EXTEND_RUN)  # metrics: {numFiles: 1.1, numPages: 1.1}
    assert evalclient.run_progress(run) == RunProgress("PROCESSING", 1, None)


def test_terminal_constants() -> None:
    assert {"PROCESSED", "FAILED", "CANCELLED"} == EVALUATION_SET_RUN_TERMINAL
    assert {"PROCESSED", "FAILED"} == BATCH_PROCESSOR_RUN_TERMINAL
    assert {"COMPLETE", "PARTIAL", "FAILED", "CANCELLED"} == EVAL_RUN_TERMINAL
    assert {"PROCESSED", "COMPLETE", "PARTIAL", "FAILED", "CANCELLED"} == GENERIC_TERMINAL
    assert BatchRunStatus("ARCHIVED") not in EVALUATION_SET_RUN_TERMINAL


@pytest.mark.parametrize(
    ("run_type", "status_enum", "terminal"),
    [
        (EvaluationSetRun, BatchRunStatus, EVALUATION_SET_RUN_TERMINAL),
        (LegacyBatchProcessorRun, LegacyBatchProcessorRunStatus, BATCH_PROCESSOR_RUN_TERMINAL),
        (BatchProcessorRun2025, BatchProcessorRunStatus2025, BATCH_PROCESSOR_RUN_TERMINAL),
        (EvalRun, RunStatus, EVAL_RUN_TERMINAL),
    ],
)
def test_terminal_tables_name_real_models_and_statuses(
    run_type: type[attrs.AttrsInstance], status_enum: type[enum.Enum], terminal: frozenset[str]
) -> None:
    # _run_status names run types and statuses as strings so that importing evalclient loads no
    # model: a renamed model, status enum or status member must fail here instead.
    assert attrs.fields(run_type).status.type == status_enum.__name__
    assert terminal <= {member.value for member in status_enum}
    assert _TERMINAL_BY_RUN_TYPE[f"{run_type.__module__}.{run_type.__qualname__}"] is terminal
    assert len(_TERMINAL_BY_RUN_TYPE) == 4  # every entry is checked by one of these cases


@pytest.mark.parametrize(("working_status", "final"), [("RUNNING", "COMPLETE"), ("QUEUED", "PROCESSED")])
def test_a_new_run_type_with_the_same_vocabulary_uses_the_generic_rule(working_status: str, final: str) -> None:
    # A run type and envelope this client was not written for, shaped like generated models (attrs).
    @attrs.define
    class ReportRun:
        id: str
        status: str

    @attrs.define
    class ReportRunEnvelope:
        data: ReportRun
        errors: None = None

    answers = iter(ReportRunEnvelope(ReportRun("rep_1", status)) for status in (working_status, final))
    operation = ModuleType("get_report_run")
    operation.sync = lambda *, client, report_id: next(answers)  # type: ignore[attr-defined]
    operation.asyncio = operation.sync  # type: ignore[attr-defined]
    sleeps: list[float] = []
    run = evalclient.wait_for_run(operation, client=None, report_id="rep_1", sleep=sleeps.append)
    assert run == ReportRun("rep_1", final)
    assert len(sleeps) == 1


def test_an_api_error_propagates_without_the_poller_retrying() -> None:
    with pytest.raises(NotFoundError) as caught:
        wait(EXTEND, [*working(EXTEND, 1), 404])
    assert caught.value.status_code == 404


@pytest.mark.parametrize(
    ("operation", "kwargs", "message"),
    [
        pytest.param(get_evaluation_set_run, {}, "get_evaluation_set_run: missing a required argument", id="missing"),
        pytest.param(get_eval_run, {"id": "x"}, "get_eval_run:", id="wrong-id-name"),
        pytest.param(get_eval_run.sync, {"run_id": "x"}, "needs a generated operation module", id="function"),
    ],
)
def test_wrong_arguments_are_a_type_error_before_any_request(
    operation: Any, kwargs: dict[str, Any], message: str
) -> None:
    server = RunServer(BLAND, lambda run_id: [("COMPLETE", 1, 1)])
    with pytest.raises(TypeError, match=message):
        evalclient.wait_for_run(operation, client=BLAND.client(server), **kwargs)
    assert not server.polls


def test_a_list_operation_is_a_type_error_naming_it() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"object": "list", "data": []})

    client = evalclient.extend_client(token="k", transport=httpx.MockTransport(respond))
    with pytest.raises(TypeError, match="list_evaluation_set_items returned EvaluationSetItemsListResponse"):
        evalclient.wait_for_run(list_evaluation_set_items, client=client, evaluation_set_id="ev_1")


def test_invalid_timeout() -> None:
    with pytest.raises(ValueError, match="timeout"):
        wait(EXTEND, [("PROCESSED", 1, 1)], timeout=-1)


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"interval": 0}, "interval <= max_interval"),
        ({"interval": 5, "max_interval": 1}, "interval <= max_interval"),
        ({"multiplier": 0.5}, "multiplier"),
        ({"max_interval": float("nan")}, "max_interval"),
        ({"interval": True}, "interval"),
    ],
)
def test_an_invalid_poll_policy_is_refused_when_it_is_made(settings: dict[str, Any], named: str) -> None:
    with pytest.raises(evalclient.ConfigurationError, match=named):
        evalclient.PollPolicy(**settings)


def test_polling_takes_a_poll_policy_only() -> None:
    with pytest.raises(TypeError, match="PollPolicy"):
        wait(EXTEND, [("PROCESSED", 1, 1)], polling={"interval": 1.0})


@KINDS
def test_async_twin_has_the_same_schedule_and_result(kind: RunKind) -> None:
    server = RunServer(kind, lambda run_id: [*working(kind, 3), (DONE[kind.name], 3, 3)])
    fake = RecordingClock()
    run = asyncio.run(
        evalclient.wait_for_run_async(
            kind.operation,
            client=kind.client(server),
            clock=fake,
            sleep=fake.async_sleep,
            rng=lambda: 0.5,
            **{kind.id_param: "r1"},
        )
    )
    assert type(run) is kind.run_type
    assert fake.sleeps == [0.375, 0.75, 1.5]


def test_async_deadline_and_failure() -> None:
    fake = RecordingClock()
    running = RunServer(BLAND, lambda run_id: working(BLAND, 100))
    failing = RunServer(BLAND, lambda run_id: [("FAILED", 0, 1)])

    async def both() -> None:
        with pytest.raises(WaitTimeout):
            await evalclient.wait_for_run_async(
                get_eval_run,
                client=BLAND.client(running),
                run_id="r1",
                timeout=3,
                clock=fake,
                sleep=fake.async_sleep,
            )
        with pytest.raises(RunFailed):
            await evalclient.wait_for_run_async(get_eval_run, client=BLAND.client(failing), run_id="r2")

    asyncio.run(both())
    assert sum(fake.sleeps) == pytest.approx(3.0)


def test_200_runs_awaited_concurrently_on_one_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    def blocking_sleep(seconds: float) -> None:
        raise AssertionError("the async path must not block")

    monkeypatch.setattr(time, "sleep", blocking_sleep)
    server = RunServer(BLAND, lambda run_id: [*working(BLAND, int(run_id[1:]) % 5), ("COMPLETE", 3, 3)])
    client = BLAND.client(server)
    in_flight = 0
    most_in_flight = 0
    slept: list[float] = []

    async def virtual_sleep(seconds: float) -> None:
        nonlocal in_flight, most_in_flight
        slept.append(seconds)
        in_flight += 1
        most_in_flight = max(most_in_flight, in_flight)
        await asyncio.sleep(0)
        in_flight -= 1

    async def all_runs() -> list[EvalRun]:
        return await asyncio.gather(
            *(
                evalclient.wait_for_run_async(
                    get_eval_run, client=client, run_id=f"r{i}", clock=lambda: 0.0, sleep=virtual_sleep
                )
                for i in range(200)
            )
        )

    threads = threading.active_count()
    runs = asyncio.run(all_runs())
    assert [run.id for run in runs] == [f"r{i}" for i in range(200)]
    assert {run.status for run in runs} == {"COMPLETE"}
    assert sum(server.polls.values()) == sum(i % 5 + 1 for i in range(200))
    assert len(slept) == sum(i % 5 for i in range(200))
    assert most_in_flight > 100  # the waits really were interleaved, not run one after another
    assert threading.active_count() == threads
