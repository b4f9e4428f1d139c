"""Extend evaluation set runs: a status timeline on the injected clock and deterministic metrics.

A run spends the first tenth of its duration PENDING, then PROCESSING with `numFilesProcessed`
rising, and is PROCESSED at the end. A run scripted to fail (or be cancelled) stops half-way.
Accuracy figures are hashes of the processor version id, the item ids and field paths: re-running
a version over the same items gives the same numbers, and nothing is random.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Literal

from evalclient.testing._extend_catalog import Processor, ProcessorVersion
from evalclient.testing._ids import Timeline, mix, seed_of, unit
from evalclient.testing._validation import JsonObject

ExtendOutcome = Literal["PROCESSED", "FAILED", "CANCELLED"]
OUTCOMES: tuple[ExtendOutcome, ...] = ("PROCESSED", "FAILED", "CANCELLED")
PENDING_SHARE = 0.1  # of the duration spent PENDING
STOP_SHARE = 0.5  # where a failing or cancelled run stops
RunItem = tuple[str, int, object]  # (item id, pages, expected output), frozen when the run starts


class ExtendRun:
    """One run of a processor version over a snapshot of an evaluation set's items."""

    __slots__ = (
        "_final_metrics",
        "created_at",
        "cumulative_pages",
        "duration",
        "id",
        "items",
        "outcome",
        "processor",
        "set_id",
        "started",
        "version",
    )

    def __init__(
        self,
        run_id: str,
        set_id: str,
        processor: Processor,
        version: ProcessorVersion,
        items: list[RunItem],
        started: float,
        duration: float,
        outcome: ExtendOutcome,
        created_at: str,
    ) -> None:
        self.id = run_id
        self.set_id = set_id
        self.processor = processor
        self.version = version
        self.items = items
        self.cumulative_pages = list(accumulate(pages for _, pages, _ in items))
        self.started = started
        self.duration = duration
        self.outcome: ExtendOutcome = outcome
        self.created_at = created_at
        self._final_metrics: JsonObject | None = None

    def progress(self, now: float) -> tuple[str, int, float]:
        """(status, files processed, clock reading of the last change) at clock reading `now`."""
        total = len(self.items)
        elapsed = now - self.started
        share = elapsed / self.duration if self.duration > 0 else float("inf")
        stop = 1.0 if self.outcome == "PROCESSED" else STOP_SHARE
        if share >= stop:
            done = total if stop == 1.0 else _processed_at(total, stop)
            return self.outcome, done, self.started + min(elapsed, stop * self.duration)
        if share < PENDING_SHARE:
            return "PENDING", 0, self.started
        return "PROCESSING", _processed_at(total, share), now

    def view(self, now: float, timeline: Timeline) -> JsonObject:
        """The `EvaluationSetRun` object."""
        status, done, changed = self.progress(now)
        return {
            "object": "evaluation_set_run",
            "id": self.id,
            "evaluationSetId": self.set_id,
            "entity": self.processor.summary(),
            "entityVersion": self.processor.version_summary(self.version),
            "metrics": self._metrics(status, done),
            "status": status,
            "options": {"fuzzyMatchFields": [], "excludeFields": []},
            "createdAt": self.created_at,
            "updatedAt": timeline.stamp(changed),
        }

    def legacy_view(self, now: float, timeline: Timeline) -> JsonObject:
        """The deprecated `{success, batchProcessorRun}` view; its status has no CANCELLED (shown as FAILED)."""
        status, done, changed = self.progress(now)
        return {
            "success": True,
            "batchProcessorRun": {
                "object": "batch_processor_run",
                "id": self.id,
                "processorId": self.processor.id,
                "processorVersionId": self.version.id,
                "processorName": self.processor.name,
                "metrics": {"numFiles": done, "numPages": self._pages(done)},
                "status": "FAILED" if status == "CANCELLED" else status,
                "source": "EVAL_SET",
                "sourceId": self.set_id,
                "runCount": len(self.items),
                "options": {"fuzzyMatchFields": [], "excludeFields": []},
                "createdAt": self.created_at,
                "updatedAt": timeline.stamp(changed),
            },
        }

    def _pages(self, done: int) -> int:
        return self.cumulative_pages[done - 1] if done else 0

    def _metrics(self, status: str, done: int) -> JsonObject:
        metrics: JsonObject = {
            "type": self.processor.metrics_type,
            "numFilesTotal": len(self.items),
            "numFilesProcessed": done,
            "numFiles": done,
            "numPages": self._pages(done),
        }
        if done:
            mean = 1500 + 3500 * unit(self.id, "latency")
            for name, factor in (("mean", 1.0), ("p50", 0.9), ("p90", 1.3), ("p95", 1.45), ("p99", 1.8)):
                metrics[f"{name}LatencyMs"] = round(mean * factor, 1)
        if status == "PROCESSED":
            if self._final_metrics is None:  # computed once: 100,000 items take a moment
                self._final_metrics = _accuracy(self.processor.kind, self.version.id, self.items)
            metrics.update(self._final_metrics)
        return metrics


def _processed_at(total: int, share: float) -> int:
    return min(total, int(total * (share - PENDING_SHARE) / (1 - PENDING_SHARE)))


def _ratio(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def _accuracy(kind: str, version_id: str, items: list[RunItem]) -> JsonObject:
    if kind == "classifier":
        return _classify_accuracy(version_id, items)
    if kind == "splitter":
        return _split_accuracy(version_id, items)
    return _extract_accuracy(version_id, items)


def _leaves(value: object) -> list[tuple[str, object]]:
    """(dot-joined path, value) of every scalar, in document order; array elements share their
    array's path. Iterative: 100,000 outputs make recursion through generators the slow part."""
    leaves: list[tuple[str, object]] = []
    pending: list[tuple[str, object]] = [("", value)]
    while pending:
        path, node = pending.pop()
        if isinstance(node, dict):
            pending.extend((f"{path}.{key}" if path else str(key), child) for key, child in reversed(node.items()))
        elif isinstance(node, list | tuple):
            pending.extend((path, child) for child in reversed(node))
        else:
            leaves.append((path, node))
    return leaves


def _extract_accuracy(version_id: str, items: list[RunItem]) -> JsonObject:
    # path -> ([total, present, expected, accurate], accuracy rate of the field, path as bytes)
    fields: dict[str, tuple[list[int], float, bytes]] = {}
    for item_id, _, expected in items:
        value = expected.get("value") if isinstance(expected, dict) else None
        item_seed = seed_of(version_id, item_id)
        for ordinal, (path, leaf) in enumerate(_leaves(value)):
            field = fields.get(path)
            if field is None:
                field = fields[path] = ([0, 0, 0, 0], 0.75 + 0.24 * unit(version_id, path), path.encode())
            row, rate, label = field
            seed = (item_seed + ordinal) & 0xFFFFFFFF  # a leaf's own seed: its item and position
            present = mix(seed, label) < (0.97 if leaf is not None else 0.05)
            row[0] += 1
            row[1] += present
            if leaf is not None:
                row[2] += 1
                row[3] += present and mix(seed ^ 0x5BD1E995, label) < rate
    counts = {path: field[0] for path, field in fields.items()}
    field_metrics: JsonObject = {}
    for path, (total, present_count, expected_count, accurate) in counts.items():
        entry: JsonObject = {
            "countTotal": total,
            "countPresent": present_count,
            "countExpected": expected_count,
            "countAccurate": accurate,
        }
        if expected_count:
            entry["accuracy"] = _ratio(accurate, expected_count)
        field_metrics[path] = entry
    expected_sum = sum(row[2] for row in counts.values())
    accurate_sum = sum(row[3] for row in counts.values())
    return {"accuracy": _ratio(accurate_sum, expected_sum), "fieldMetrics": field_metrics}


def _classify_accuracy(version_id: str, items: list[RunItem]) -> JsonObject:
    truths = [(item_id, str(expected.get("type"))) for item_id, _, expected in items if isinstance(expected, dict)]
    classes = sorted({truth for _, truth in truths})
    rate = 0.8 + 0.15 * unit(version_id, "classify")
    counts: dict[str, list[int]] = {}  # class -> [expected, predicted, correct]
    correct_total = 0
    for item_id, truth in truths:
        predicted = truth
        if unit(version_id, item_id) >= rate:
            others = [label for label in classes if label != truth] or ["other"]
            predicted = others[int(unit(version_id, item_id, "miss") * len(others))]
        counts.setdefault(truth, [0, 0, 0])[0] += 1
        counts.setdefault(predicted, [0, 0, 0])[1] += 1
        if predicted == truth:
            counts[truth][2] += 1
            correct_total += 1
    per_class: JsonObject = {}
    for label, (expected_count, predicted_count, correct) in sorted(counts.items()):
        precision, recall = _ratio(correct, predicted_count), _ratio(correct, expected_count)
        per_class[label] = {
            "countExpected": expected_count,
            "countPredicted": predicted_count,
            "countCorrect": correct,
            "precision": precision,
            "recall": recall,
            "f1": _ratio(2 * precision * recall, precision + recall),
        }
    return {"accuracy": _ratio(correct_total, len(truths)), "classificationMetrics": per_class}


def _split_accuracy(version_id: str, items: list[RunItem]) -> JsonObject:
    rate = 0.7 + 0.25 * unit(version_id, "split")
    expected_count = predicted_count = correct = 0
    for item_id, _, expected in items:
        splits = expected.get("splits") if isinstance(expected, dict) else None
        number = len(splits) if isinstance(splits, list) else 0
        expected_count += number
        predicted_count += number + (unit(version_id, item_id, "extra") < 0.1)
        correct += sum(unit(version_id, item_id, str(index)) < rate for index in range(number))
    precision, recall = _ratio(correct, predicted_count), _ratio(correct, expected_count)
    return {
        "precision": precision,
        "recall": recall,
        "f1": _ratio(2 * precision * recall, precision + recall),
        "numSplitsExpected": expected_count,
        "numSplitsPredicted": predicted_count,
        "numSplitsCorrect": correct,
    }
