"""How Extend objects are shown: JSON via the models' `to_dict()`, or tables and records for people."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from evalclient.cli._gate import extend_quality
from evalclient.cli._output import Output, format_ratio, format_value

if TYPE_CHECKING:  # annotations only: showing a run loads no set or item models
    from extend_evals_client.models.evaluation_set import EvaluationSet
    from extend_evals_client.models.evaluation_set_item import EvaluationSetItem
    from extend_evals_client.models.evaluation_set_item_summary import EvaluationSetItemSummary
    from extend_evals_client.models.evaluation_set_run import EvaluationSetRun

LATENCY_KEYS = (("mean", "meanLatencyMs"), ("p50", "p50LatencyMs"), ("p90", "p90LatencyMs"), ("p99", "p99LatencyMs"))


def show_sets(out: Output, sets: Sequence[EvaluationSet]) -> None:
    rows = [evaluation_set.to_dict() for evaluation_set in sets]
    if out.json_mode:
        out.json_lines(rows)
        return
    columns = [("ID", "id"), ("NAME", "name"), ("PROCESSOR", "processor"), ("UPDATED", "updatedAt")]
    out.table(columns, [{**row, "processor": _processor(row["entity"])} for row in rows], empty="no evaluation sets")


def show_set(out: Output, evaluation_set: EvaluationSet) -> None:
    data = evaluation_set.to_dict()
    if out.json_mode:
        out.document(data)
        return
    out.record(
        [
            ("id", data["id"]),
            ("name", data["name"]),
            ("description", data.get("description")),
            ("processor", _processor(data["entity"])),
            ("created", data["createdAt"]),
            ("updated", data["updatedAt"]),
            ("created by", _creator(data.get("createdBy"))),
        ]
    )


def show_item_summaries(out: Output, items: Sequence[EvaluationSetItemSummary]) -> None:
    rows = [item.to_dict() for item in items]
    if out.json_mode:
        out.json_lines(rows)
        return
    columns = [("ID", "id"), ("FILE", "file_ids"), ("NAME", "file_names")]
    out.table(columns, [{**row, **_files(row)} for row in rows], empty="no items")


def show_item(out: Output, item: EvaluationSetItem) -> None:
    data = item.to_dict()
    if out.json_mode:
        out.document(data)
        return
    files = _files(data)
    out.record(
        [
            ("id", data["id"]),
            ("evaluation set", data["evaluationSetId"]),
            ("file", files["file_ids"]),
            ("name", files["file_names"]),
            ("expected output", json.dumps(data["expectedOutput"], ensure_ascii=False)),
            ("created by", _creator(data.get("createdBy"))),
        ]
    )


def show_run(out: Output, run: EvaluationSetRun) -> None:
    data = run.to_dict()
    if out.json_mode:
        out.document(data)
        return
    metrics: Mapping[str, Any] = data["metrics"]
    quality_name, quality = extend_quality(run)
    fields: list[tuple[str, Any]] = [
        ("id", data["id"]),
        ("status", data["status"]),
        ("evaluation set", data["evaluationSetId"]),
        ("processor", _processor(data["entity"])),
        ("version", data["entityVersion"].get("version")),
        ("files", format_ratio(_processed(metrics), metrics.get("numFilesTotal"), "processed")),
        (quality_name, quality),
    ]
    if metrics.get("type") == "SPLITTER":
        fields += [("precision", metrics.get("precision")), ("recall", metrics.get("recall"))]
    latencies = [f"{label} {format_value(metrics[key])}" for label, key in LATENCY_KEYS if key in metrics]
    fields += [
        ("latency (ms)", ", ".join(latencies)),
        ("created", data["createdAt"]),
        ("updated", data["updatedAt"]),
    ]
    out.record(fields)
    _metric_table(out, "FIELD", metrics.get("fieldMetrics"), FIELD_COLUMNS)
    _metric_table(out, "CLASS", metrics.get("classificationMetrics"), CLASS_COLUMNS)


FIELD_COLUMNS = [
    ("ACCURACY", "accuracy"),
    ("ACCURATE", "countAccurate"),
    ("EXPECTED", "countExpected"),
    ("PRESENT", "countPresent"),
    ("TOTAL", "countTotal"),
]
CLASS_COLUMNS = [
    ("F1", "f1"),
    ("PRECISION", "precision"),
    ("RECALL", "recall"),
    ("CORRECT", "countCorrect"),
    ("PREDICTED", "countPredicted"),
    ("EXPECTED", "countExpected"),
]


def _metric_table(
    out: Output, heading: str, metrics: Mapping[str, Mapping[str, Any]] | None, columns: list[tuple[str, str]]
) -> None:
    """Per-field (extraction) or per-class (classification) metrics, under the run's record."""
    if not metrics:
        return
    out.line()
    rows: Iterable[dict[str, Any]] = ({"name": name, **values} for name, values in sorted(metrics.items()))
    out.table([(heading, "name"), *columns], rows)


def _processed(metrics: Mapping[str, Any]) -> Any:
    # numFiles is the deprecated name of numFilesProcessed; older runs report only it.
    return metrics.get("numFilesProcessed", metrics.get("numFiles"))


def _processor(entity: Mapping[str, Any]) -> str:
    name = entity.get("name")
    return f"{entity.get('object')} {entity.get('id')}" + (f" ({name})" if name else "")


def _files(item: Mapping[str, Any]) -> dict[str, str]:
    files = item.get("files") or ([item["file"]] if item.get("file") else [])
    return {
        "file_ids": ", ".join(str(file.get("id")) for file in files),
        "file_names": ", ".join(str(file.get("name")) for file in files),
    }


def _creator(creator: Mapping[str, Any] | None) -> str | None:
    if not creator:
        return None
    who = creator.get("email") or creator.get("name")
    return f"{creator.get('type')} {who}" if who else str(creator.get("type"))
