"""What a run's status and progress mean: terminal sets, failure, progress, and finding the run in a response.

Statuses are compared as strings. The generated status enums are open (an unknown value
such as `BatchRunStatus("ARCHIVED")` parses), and an unknown status is never terminal, so
a waiter keeps polling rather than returning a run it cannot interpret.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol, cast

import attrs

# One constant per run type, as plain strings: importing the generated status enums (or any
# generated model) here would load every model of both APIs when evalclient is imported
# (~100 ms: attrs builds each class's methods at class creation, which no bytecode cache
# saves). tests/test_waiting.py checks that every string is a member of its run type's enum.
EVALUATION_SET_RUN_TERMINAL: frozenset[str] = frozenset({"PROCESSED", "FAILED", "CANCELLED"})
BATCH_PROCESSOR_RUN_TERMINAL: frozenset[str] = frozenset({"PROCESSED", "FAILED"})
EVAL_RUN_TERMINAL: frozenset[str] = frozenset({"COMPLETE", "PARTIAL", "FAILED", "CANCELLED"})
# The generic rule, for a run type added to a spec later: every terminal word either API uses.
GENERIC_TERMINAL: frozenset[str] = EVALUATION_SET_RUN_TERMINAL | BATCH_PROCESSOR_RUN_TERMINAL | EVAL_RUN_TERMINAL
# Terminal statuses that mean the run did not do its work; PARTIAL (some calls scored) is not one.
FAILURE_STATUSES: frozenset[str] = frozenset({"FAILED", "CANCELLED"})

# Keyed by the run model's qualified name (`_type_name`), for the same reason: no model imports.
_TERMINAL_BY_RUN_TYPE: dict[str, frozenset[str]] = {
    "extend_evals_client.models.evaluation_set_run.EvaluationSetRun": EVALUATION_SET_RUN_TERMINAL,
    "extend_evals_client.models.legacy_batch_processor_run.LegacyBatchProcessorRun": BATCH_PROCESSOR_RUN_TERMINAL,
    "extend_evals_client_2025_04_21.models.batch_processor_run.BatchProcessorRun": BATCH_PROCESSOR_RUN_TERMINAL,
    "bland_evals_client.models.eval_run.EvalRun": EVAL_RUN_TERMINAL,
}

# Where each API reports progress, as attribute paths tried in order. Extend runs count files
# under `metrics` (numFiles is the deprecated name of numFilesProcessed, and the only count
# legacy batch processor runs have); Bland eval runs count atoms (calls x agents) on the run.
_DONE_PATHS = (("metrics", "num_files_processed"), ("metrics", "num_files"), ("completed_atom_count",))
_TOTAL_PATHS = (("metrics", "num_files_total"), ("resolved_atom_count",))


class Run(Protocol):
    """Any run model: something with a `status` (a str enum in the generated models)."""

    @property
    def status(self) -> str: ...


class RunProgress(NamedTuple):
    """A run's status and how far it got; `done`/`total` are None where the API does not say."""

    status: str
    done: int | None
    total: int | None


def is_terminal(run: Run) -> bool:
    """Whether the run will not change any more: its type's terminal set, else `GENERIC_TERMINAL`."""
    return str(run.status) in _TERMINAL_BY_RUN_TYPE.get(_type_name(type(run)), GENERIC_TERMINAL)


def _type_name(cls: type[object]) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def is_failure(run: Run) -> bool:
    """Whether the run ended FAILED or CANCELLED."""
    return str(run.status) in FAILURE_STATUSES


def run_progress(run: Run) -> RunProgress:
    """The status and progress of a run of either API (as `wait_for_run` returns it), e.g. for a progress bar.

    Extend: `metrics.numFilesProcessed` of `metrics.numFilesTotal` (legacy batch processor
    runs report only `numFiles`, so `total` is None); Bland: `completed_atom_count` of
    `resolved_atom_count`.
    """
    return RunProgress(str(run.status), _first_count(run, _DONE_PATHS), _first_count(run, _TOTAL_PATHS))


def _first_count(run: object, paths: tuple[tuple[str, ...], ...]) -> int | None:
    for path in paths:
        value = run
        for name in path:
            value = getattr(value, name, None)
        # Unset (a falsy marker) and None both mean "not reported"; a bool is not a count.
        if isinstance(value, int | float) and not isinstance(value, bool):
            return int(value)
    return None


def unwrap_run(response: object) -> Run | None:
    """The run inside a get-run response, or None if there is none.

    A run is the object with a `status`. A response without one is a wrapper and the run is
    the value of its field that has one: Bland's `{data, errors}` envelope (`data`), legacy
    Extend's `{success, batchProcessorRun}` (`batch_processor_run`), or any new wrapper alike.
    """
    if hasattr(response, "status"):
        return cast(Run, response)
    wrapper = type(response)
    if not attrs.has(wrapper):
        return None
    for field in attrs.fields(wrapper):
        value = getattr(response, field.name)
        if hasattr(value, "status"):
            return cast(Run, value)
    return None
