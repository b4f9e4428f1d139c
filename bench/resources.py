"""Scenario 7: what the resource style costs over the functional call it wraps (#14).

Both contenders send the same getEvaluationSetRun through the same in-memory transport with the
same canned bytes: `evalclient.Extend(...).evaluation_set_runs.retrieve(id)` against
`get_evaluation_set_run.sync(id, client=...)`. The difference is the resource method itself
(attribute lookups, the per-call options check). Target: at most 1.05x, on the paired median.
"""

from __future__ import annotations

from typing import Any

import evalclient
from bench.config import Config
from bench.payloads import BASE_URL, RUN_ID, TOKEN, CannedTransport, evaluation_set_run, to_bytes
from bench.report import Outcome, ratio_row, time_row
from bench.stats import Call, interleaved, paired_ratios, summarize

TARGET = 1.05


def make_calls() -> dict[str, Call]:
    from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run

    body = to_bytes(evaluation_set_run())
    client = evalclient.extend_client(token=TOKEN, base_url=BASE_URL, transport=CannedTransport(body))
    extend = evalclient.Extend(token=TOKEN, base_url=BASE_URL, transport=CannedTransport(body))
    runs = extend.evaluation_set_runs

    def functional() -> object:
        return get_evaluation_set_run.sync(RUN_ID, client=client)

    def resource() -> object:
        return runs.retrieve(RUN_ID)

    calls = {"functional call": functional, "resource method": resource}
    answers = {name: call().id for name, call in calls.items()}  # type: ignore[attr-defined]
    if set(answers.values()) != {RUN_ID}:
        raise AssertionError(f"the contenders disagree on the run they got: {answers}")
    return calls


def run(config: Config) -> Outcome:
    times = interleaved(make_calls(), config.rounds, config.batch_seconds)
    data: dict[str, Any] = {
        "seconds_per_call": {name: summarize(values) for name, values in times.items()},
        "resource_over_functional": summarize(paired_ratios(times["resource method"], times["functional call"])),
        "resource_over_functional_fastest": min(times["resource method"]) / min(times["functional call"]),
    }
    rows = [time_row("7", f"{name}: one call", summary) for name, summary in data["seconds_per_call"].items()]
    rows.append(
        ratio_row(
            "7",
            "resource method / functional call",
            data["resource_over_functional"],
            at_most=TARGET,
            fastest=data["resource_over_functional_fastest"],
        )
    )
    return Outcome("7_resources", "Resource-style method over the functional call (in process)", data, rows)
