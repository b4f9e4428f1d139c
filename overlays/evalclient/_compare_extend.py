"""An Extend run's figures, read from its wire form (`run.to_dict()`), whatever its package or kind.

Reading the wire form serves both Extend packages (2026-02-09 and 2025-04-21), evaluation set
runs and legacy batch processor runs alike, and keeps what no model declares: a metrics `type`
this client does not know, or a field the API adds, lands in `additional_properties` and so in
`to_dict()`, and is carried here by its wire name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from evalclient._compare_model import RUN, Figure, RunInfo, Side, better_by_name, number

COUNTS = ("numFilesTotal", "numFilesProcessed", "numFiles", "numPages")
LATENCIES = ("meanLatencyMs", "p50LatencyMs", "p90LatencyMs", "p95LatencyMs", "p99LatencyMs")
QUALITY = ("accuracy", "f1", "precision", "recall")
SPLIT_COUNTS = ("numSplitsExpected", "numSplitsPredicted", "numSplitsCorrect")
BREAKDOWNS = {"fieldMetrics": "field", "classificationMetrics": "class"}
_KNOWN = {"type", *COUNTS, *LATENCIES, *QUALITY, *SPLIT_COUNTS, *BREAKDOWNS}
_FIELD_COUNTS = ("countTotal", "countPresent", "countExpected", "countAccurate", "accuracy", "fieldMetrics")
_CLASS_COUNTS = ("countExpected", "countPredicted", "countCorrect", "precision", "recall", "f1")


def extend_side(data: Mapping[str, Any]) -> Side:
    metrics = data.get("metrics")
    metrics = metrics if isinstance(metrics, Mapping) else {}
    metrics_type = metrics.get("type")
    metrics_type = str(metrics_type) if isinstance(metrics_type, str) else None
    side = Side("extend", _info(data, metrics_type), _headline(metrics_type, metrics))
    side.numbers(RUN, metrics, QUALITY, "higher")
    for name, value in metrics.items():
        if name in BREAKDOWNS and isinstance(value, Mapping):
            section = BREAKDOWNS[name]
            reader = _field_figures if section == "field" else _class_figures
            for figure in reader(section, value):
                side.add(figure)
        elif name not in _KNOWN:
            _carry(side, name, value)
    # `numFiles` is the deprecated twin of `numFilesProcessed`: shown only when it is the only count.
    counts = [key for key in COUNTS if key != "numFiles" or number(metrics.get("numFilesProcessed")) is None]
    side.numbers("count", metrics, counts)
    side.numbers("count", metrics, SPLIT_COUNTS)
    side.numbers("latency", metrics, LATENCIES, "lower")
    if metrics_type is None and data.get("object") == "batch_processor_run" and not side.figures.get((RUN, "accuracy")):
        side.notes.append(f"{data.get('id')} is a legacy batch processor run: it reports files and pages only")
    return side


def _info(data: Mapping[str, Any], metrics_type: str | None) -> RunInfo:
    kind, status = str(data.get("object") or "run"), str(data.get("status"))
    entity, version = data.get("entity"), data.get("entityVersion")
    if isinstance(entity, Mapping):  # an evaluation set run
        return RunInfo(
            id=str(data.get("id")),
            kind=kind,
            status=status,
            processor=_text(entity.get("id")),
            processor_name=_text(entity.get("name")),
            version=_text(version.get("version")) if isinstance(version, Mapping) else None,
            metrics_type=metrics_type,
            dataset=_text(data.get("evaluationSetId")),
        )
    return RunInfo(  # a legacy batch processor run (either API version)
        id=str(data.get("id")),
        kind=kind,
        status=status,
        processor=_text(data.get("processorId")),
        processor_name=_text(data.get("processorName")),
        version=_text(data.get("processorVersionId")),
        metrics_type=metrics_type,
        dataset=_text(data.get("sourceId")),
    )


def _headline(metrics_type: str | None, metrics: Mapping[str, Any]) -> str:
    """Accuracy, except for splitters (whose metrics have none): f1 - as the quality gate reads them."""
    if metrics_type == "SPLITTER" or (
        number(metrics.get("accuracy")) is None and number(metrics.get("f1")) is not None
    ):
        return "f1"
    return "accuracy"


def _field_figures(section: str, entries: Mapping[str, Any], prefix: str = "") -> Iterator[Figure]:
    """One figure per field path. Paths come dot-joined from the API; a field entry that nests its
    own `fieldMetrics` (the 2024-12-23 shape) is flattened into the same dot-joined paths."""
    for name, entry in entries.items():
        path = f"{prefix}.{name}" if prefix else str(name)
        if not isinstance(entry, Mapping):
            value = number(entry)
            if value is not None:
                yield Figure(section, path, path, "value", value, better_by_name(path))
            continue
        nested = entry.get("fieldMetrics")
        if isinstance(nested, Mapping):
            yield from _field_figures(section, nested, path)
            if not any(number(value) is not None for value in entry.values()):
                continue
        expected, accurate = number(entry.get("countExpected")), number(entry.get("countAccurate"))
        accuracy = number(entry.get("accuracy"))
        if accuracy is None and expected and accurate is not None:
            accuracy = accurate / expected  # what the API omits is derivable from the counts it sent
        metric = "accuracy"
        extras = {key: value for key, value in entry.items() if key not in _FIELD_COUNTS}
        if accuracy is None and expected is None:  # another shape: its first quality figure by name, if any
            metric, accuracy = _first_quality(extras)
            extras.pop(metric, None)
        parts = [f"{_count(accurate)}/{_count(expected)} accurate"] if expected is not None else []
        present, total = number(entry.get("countPresent")), number(entry.get("countTotal"))
        if present is not None and total is not None:
            parts.append(f"{_count(present)}/{_count(total)} present")
        note = "no expected values (accuracy undefined)" if expected == 0 else None
        yield Figure(section, path, path, metric, accuracy, "higher", _detail(parts, extras), note)


def _class_figures(section: str, entries: Mapping[str, Any]) -> Iterator[Figure]:
    """One figure per class: its f1, with precision, recall and counts as the detail."""
    for name, entry in entries.items():
        if not isinstance(entry, Mapping):
            continue
        precision, recall, f1 = (number(entry.get(key)) for key in ("precision", "recall", "f1"))
        if f1 is None and precision is not None and recall is not None:
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else None
        expected, predicted = number(entry.get("countExpected")), number(entry.get("countPredicted"))
        correct = number(entry.get("countCorrect"))
        parts = [f"{label} {_short(value)}" for label, value in (("P", precision), ("R", recall)) if value is not None]
        if expected is not None and correct is not None:
            parts.append(f"{_count(correct)}/{_count(expected)} correct")
        if predicted is not None:
            parts.append(f"{_count(predicted)} predicted")
        note = None
        if expected == 0 or predicted == 0:
            note = "never expected" if expected == 0 else "never predicted"
        extras = {key: value for key, value in entry.items() if key not in _CLASS_COUNTS}
        yield Figure(section, str(name), str(name), "f1", f1, "higher", _detail(parts, extras), note)


def _carry(side: Side, name: str, value: object) -> None:
    """A metrics field this client does not know, kept by its wire name: a number as a run figure
    (quality when named like one, else context), a map of entries as a breakdown of its own."""
    scalar = number(value)
    if scalar is not None:
        better = better_by_name(name)
        side.add(Figure(RUN if better == "higher" else "other", name, name, name, scalar, better))
    elif isinstance(value, Mapping) and value and all(isinstance(entry, Mapping) for entry in value.values()):
        for key, entry in value.items():
            metric, figure = _first_quality(entry)
            if metric == "value":
                metric, figure = next(
                    ((k, number(v)) for k, v in entry.items() if number(v) is not None), ("value", None)
                )
            extras = {k: v for k, v in entry.items() if k != metric}
            side.add(Figure(name, str(key), str(key), metric, figure, better_by_name(metric), _detail([], extras)))


def _first_quality(entry: Mapping[str, Any]) -> tuple[str, float | None]:
    for key, value in entry.items():
        if better_by_name(str(key)) == "higher" and number(value) is not None:
            return str(key), number(value)
    return "value", None


def _detail(parts: list[str], extras: Mapping[str, Any]) -> str | None:
    parts = parts + [f"{key} {_short(number(value))}" for key, value in extras.items() if number(value) is not None]
    return ", ".join(parts) or None


def _count(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def _short(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}".rstrip("0").rstrip(".") if value % 1 else f"{value:g}"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
