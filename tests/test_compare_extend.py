"""evalclient.compare_runs for Extend runs (#17): every metrics type, both Extend packages, legacy runs,
missing and one-sided figures, zero denominators, unknown metrics types, and runs it must refuse."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import evalclient
from evalclient.compare import RunComparison, describe_run
from evalclient.testing import FakeAPI, ManualClock
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run
from extend_evals_client.models import BatchProcessorRunResponse, EvaluationSetRun, RunMetrics
from extend_evals_client_2025_04_21.models import BatchProcessorRunResponse as BatchProcessorRunResponse2025

pytestmark = pytest.mark.unit

FIXTURES = Path(__file__).parent / "fixtures"
STAMP = "2026-05-27T10:00:00.000Z"
KIND_OF = {"EXTRACT": ("extractor", "ex_"), "CLASSIFY": ("classifier", "cl_"), "SPLITTER": ("splitter", "spl_")}


def run_payload(run_id: str, metrics: dict[str, Any], *, status: str = "PROCESSED", **changes: Any) -> dict[str, Any]:
    """An evaluation set run as the API sends it (2026-02-09), for the metrics given."""
    kind, prefix = KIND_OF.get(str(metrics.get("type")), ("extractor", "ex_"))
    entity_id = changes.pop("entity_id", f"{prefix}Xj8mK2pL9nR4")
    version = changes.pop("version", "1.0")
    payload = {
        "object": "evaluation_set_run",
        "id": run_id,
        "evaluationSetId": changes.pop("evaluation_set_id", "ev_2LcgeY_mp2T5yPaEuq5Lw"),
        "entity": {"object": kind, "id": entity_id, "name": f"Invoice {kind}", "createdAt": STAMP, "updatedAt": STAMP},
        "entityVersion": {
            "object": f"{kind}_version",
            "id": f"{prefix}v_{version}",
            "version": version,
            f"{kind}Id": entity_id,
            "createdAt": STAMP,
        },
        "metrics": metrics,
        "status": status,
        "options": {"fuzzyMatchFields": [], "excludeFields": []},
        "createdAt": STAMP,
        "updatedAt": STAMP,
    }
    return payload


def field(accurate: int, expected: int, *, total: int | None = None, present: int | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "countTotal": total if total is not None else expected,
        "countPresent": present if present is not None else expected,
        "countExpected": expected,
        "countAccurate": accurate,
    }
    if expected:
        entry["accuracy"] = round(accurate / expected, 4)
    return entry


BASE = {"numFilesTotal": 50, "numFilesProcessed": 50, "numFiles": 50, "numPages": 212, "meanLatencyMs": 2100.5,
        "p50LatencyMs": 1890.0, "p90LatencyMs": 2730.6, "p95LatencyMs": 3045.7, "p99LatencyMs": 3780.9}  # fmt: skip


def extract(accuracy: float, fields: dict[str, Any]) -> dict[str, Any]:
    return {"type": "EXTRACT", **BASE, "accuracy": accuracy, "fieldMetrics": fields}


def parsed(payload: dict[str, Any]) -> EvaluationSetRun:
    return EvaluationSetRun.from_dict(copy.deepcopy(payload))


def row(comparison: RunComparison, section: str, key: str) -> evalclient.compare.Delta:
    found = [d for d in (*comparison.metrics, *comparison.breakdown) if (d.section, d.key) == (section, key)]
    assert len(found) == 1, (section, key, [(d.section, d.key) for d in (*comparison.metrics, *comparison.breakdown)])
    return found[0]


def reasons(comparison: RunComparison, **thresholds: float | None) -> list[str]:
    return [regression.reason for regression in comparison.regressions(**thresholds)]


# -- extraction


def test_extraction_per_field_path_with_counts_nested_paths_included() -> None:
    baseline = extract(0.9, {"vendor_name": field(48, 50), "total": field(45, 50), "line_items.amount": field(95, 100)})
    candidate = extract(
        0.86, {"vendor_name": field(49, 50), "total": field(40, 50), "line_items.amount": field(80, 100)}
    )

    comparison = evalclient.compare_runs(
        parsed(run_payload("bpr_base", baseline)), parsed(run_payload("bpr_new", candidate))
    )

    assert comparison.vendor == "extend"
    assert comparison.headline == "accuracy"
    assert comparison.metrics[0].key == "accuracy"  # the headline first
    assert (comparison.headline_delta.baseline, comparison.headline_delta.candidate) == (0.9, 0.86)
    amount = row(comparison, "field", "line_items.amount")  # a nested field, by its dot-joined path
    assert (amount.baseline, amount.candidate, amount.delta) == (0.95, 0.8, -0.15)
    assert amount.baseline_detail == "95/100 accurate, 100/100 present"
    assert amount.candidate_detail == "80/100 accurate, 100/100 present"
    # The breakdown comes largest drop first.
    assert [d.key for d in comparison.breakdown] == ["line_items.amount", "total", "vendor_name"]
    assert (comparison.baseline.processor, comparison.baseline.version, comparison.candidate.metrics_type) == (
        "ex_Xj8mK2pL9nR4", "1.0", "EXTRACT",
    )  # fmt: skip
    assert row(comparison, "count", "numPages").delta == 0
    assert ("count", "numFiles") not in {(d.section, d.key) for d in comparison.metrics}  # the deprecated twin
    assert row(comparison, "latency", "p99LatencyMs").better == "lower"


def test_regressions_by_level_with_thresholds_exclusive_of_float_noise() -> None:
    baseline = extract(0.9, {"total": field(45, 50), "vendor_name": field(48, 50)})
    candidate = extract(0.85, {"total": field(40, 50), "vendor_name": field(47, 50)})
    comparison = evalclient.compare_runs(run_payload("bpr_a", baseline), run_payload("bpr_b", candidate))

    assert reasons(comparison) == ["accuracy 0.9 -> 0.85 (-0.05, more than 0)"]  # any drop of the headline, by default
    assert reasons(comparison, max_drop=0.05) == []  # 0.9 - 0.85 is 0.05000000000000004 in floats: not "more"
    assert reasons(comparison, max_drop=None, max_field_drop=0.05) == [
        "field total: accuracy 0.9 -> 0.8 (-0.1, more than 0.05)"
    ]
    assert [r.level for r in comparison.regressions(max_field_drop=0.0)] == ["run", "field", "field"]
    assert comparison.regressions(max_drop=None) == ()
    with pytest.raises(ValueError, match="max_field_drop must be a number of 0 or more"):
        comparison.regressions(max_field_drop=-0.1)


def test_a_field_in_one_run_only_is_shown_and_not_judged() -> None:
    baseline = extract(0.9, {"total": field(45, 50), "po_number": field(30, 50)})
    candidate = extract(0.9, {"total": field(45, 50), "currency": field(50, 50)})

    comparison = evalclient.compare_runs(run_payload("bpr_a", baseline), run_payload("bpr_b", candidate))

    po, currency = row(comparison, "field", "po_number"), row(comparison, "field", "currency")
    assert (po.baseline, po.candidate, po.delta, po.note) == (0.6, None, None, "only in the baseline")
    assert (currency.baseline, currency.candidate, currency.note) == (None, 1.0, "only in the candidate")
    assert "1 field only in the baseline: po_number" in comparison.notes
    assert "1 field only in the candidate: currency" in comparison.notes
    assert comparison.regressions(max_field_drop=0.0) == ()


def test_zero_denominators_leave_accuracy_undefined_and_missing_accuracy_is_derived_from_counts() -> None:
    baseline = extract(
        0.9, {"notes": field(0, 0, total=50, present=2), "total": {"countExpected": 50, "countAccurate": 45}}
    )
    candidate = extract(0.9, {"notes": field(0, 0, total=50, present=5), "total": field(40, 50)})

    comparison = evalclient.compare_runs(run_payload("bpr_a", baseline), run_payload("bpr_b", candidate))

    notes = row(comparison, "field", "notes")
    assert (notes.metric, notes.baseline, notes.candidate, notes.delta) == ("accuracy", None, None, None)
    assert notes.note == "no expected values (accuracy undefined)"
    assert notes.baseline_detail == "0/0 accurate, 2/50 present"
    assert row(comparison, "field", "total").baseline == 0.9  # 45/50, the accuracy the API left out
    assert reasons(comparison, max_field_drop=0.05) == ["field total: accuracy 0.9 -> 0.8 (-0.1, more than 0.05)"]


def test_the_2024_nested_field_shape_is_flattened_and_its_measures_carried_by_name() -> None:
    def legacy(city: float, street: float) -> dict[str, Any]:
        city_metrics = {"recallPerc": city, "precisionPerc": 0.9}
        street_metrics = {"recallPerc": street, "meanConfidence": 0.8}
        address = {"meanConfidence": 0.9, "fieldMetrics": {"city": city_metrics, "street": street_metrics}}
        return {"type": "EXTRACT", "numFiles": 10, "fieldMetrics": {"address": address}}

    comparison = evalclient.compare_runs(
        run_payload("bpr_a", legacy(0.95, 0.9)), run_payload("bpr_b", legacy(0.8, 0.9))
    )

    city = row(comparison, "field", "address.city")
    assert (city.metric, city.baseline, city.candidate, city.baseline_detail) == (
        "recallPerc",
        0.95,
        0.8,
        "precisionPerc 0.9",
    )
    assert row(comparison, "field", "address.street").delta == 0
    assert row(comparison, "field", "address").metric == "value"  # the parent keeps its own numbers
    assert reasons(comparison, max_drop=None, max_field_drop=0.1) == [
        "field address.city: recallPerc 0.95 -> 0.8 (-0.15, more than 0.1)"
    ]


# -- classification and splitting


def classify(accuracy: float, classes: dict[str, tuple[int, int, int]]) -> dict[str, Any]:
    metrics = {}
    for name, (expected, predicted, correct) in classes.items():
        entry: dict[str, Any] = {"countExpected": expected, "countPredicted": predicted, "countCorrect": correct}
        if predicted:
            entry["precision"] = round(correct / predicted, 4)
        if expected:
            entry["recall"] = round(correct / expected, 4)
        if predicted and expected and correct:
            p, r = correct / predicted, correct / expected
            entry["f1"] = round(2 * p * r / (p + r), 4)
        metrics[name] = entry
    return {"type": "CLASSIFY", **BASE, "accuracy": accuracy, "classificationMetrics": metrics}


def test_classification_per_class_f1_with_precision_recall_and_zero_denominators() -> None:
    baseline = classify(0.92, {"invoice": (20, 20, 19), "receipt": (20, 21, 18), "contract": (0, 0, 0)})
    candidate = classify(0.88, {"invoice": (20, 24, 19), "receipt": (20, 16, 15), "contract": (0, 2, 0)})

    comparison = evalclient.compare_runs(
        parsed(run_payload("bpr_a", baseline)), parsed(run_payload("bpr_b", candidate))
    )

    receipt = row(comparison, "class", "receipt")
    assert receipt.metric == "f1"
    assert receipt.delta is not None
    assert receipt.delta < 0
    assert receipt.baseline_detail == "P 0.8571, R 0.9, 18/20 correct, 21 predicted"
    contract = row(comparison, "class", "contract")
    assert (contract.baseline, contract.candidate, contract.note) == (None, None, "never expected")
    assert [r.name for r in comparison.regressions(max_drop=None, max_field_drop=0.02)] == ["invoice", "receipt"]


def test_splitter_runs_are_judged_on_f1_precision_and_recall() -> None:
    def split(precision: float, recall: float, f1: float, correct: int) -> dict[str, Any]:
        return {"type": "SPLITTER", **BASE, "precision": precision, "recall": recall, "f1": f1,
                "numSplitsExpected": 80, "numSplitsPredicted": 84, "numSplitsCorrect": correct}  # fmt: skip

    comparison = evalclient.compare_runs(
        parsed(run_payload("bpr_a", split(0.9, 0.95, 0.9243, 76))),
        parsed(run_payload("bpr_b", split(0.85, 0.95, 0.8972, 71))),
    )

    assert comparison.headline == "f1"
    assert [d.key for d in comparison.metrics if d.section == "run"] == ["f1", "precision", "recall"]
    assert row(comparison, "count", "numSplitsCorrect").delta == -5
    assert comparison.breakdown == ()
    assert reasons(comparison, max_drop=0.03) == ["precision 0.9 -> 0.85 (-0.05, more than 0.03)"]


# -- what is not there, what is not known, what is not comparable


def test_an_unknown_metrics_type_is_carried_by_name() -> None:
    def edit(accuracy: float, header: float) -> dict[str, Any]:
        per_part = {"header": {"accuracy": header, "countChecked": 12}, "table": {"accuracy": 0.7}}
        return {"type": "EDIT", "numFilesProcessed": 12, "editAccuracy": accuracy, "meanEditDistance": 3.5,
                "editMetrics": per_part}  # fmt: skip

    baseline, candidate = parsed(run_payload("bpr_a", edit(0.9, 0.95))), parsed(run_payload("bpr_b", edit(0.8, 0.9)))
    assert isinstance(candidate.metrics, RunMetrics)  # the catch-all member, every field kept

    comparison = evalclient.compare_runs(baseline, candidate)

    assert (comparison.baseline.metrics_type, comparison.headline) == ("EDIT", "accuracy")
    assert row(comparison, "run", "editAccuracy").delta == -0.1  # named like a score: a quality figure
    assert row(comparison, "other", "meanEditDistance").better is None  # context, kept by name
    header = row(comparison, "editMetrics", "header")
    assert (header.metric, header.baseline, header.candidate, header.baseline_detail) == (
        "accuracy",
        0.95,
        0.9,
        "countChecked 12",
    )
    assert reasons(comparison, max_drop=0.05, max_field_drop=0.01) == [
        "editAccuracy 0.9 -> 0.8 (-0.1, more than 0.05)",
        "editMetrics header: accuracy 0.95 -> 0.9 (-0.05, more than 0.01)",
    ]


def test_missing_metrics_are_reported_and_a_lost_headline_is_a_regression() -> None:
    baseline = run_payload("bpr_a", extract(0.9, {"total": field(45, 50)}))
    candidate = run_payload("bpr_b", {"type": "EXTRACT"}, status="FAILED")

    comparison = evalclient.compare_runs(baseline, candidate)

    assert row(comparison, "run", "accuracy").candidate is None
    assert "the candidate ended FAILED: its figures cover only what it finished" in comparison.notes
    assert reasons(comparison) == ["accuracy 0.9 -> none (the candidate reports no accuracy)"]
    assert reasons(comparison, max_drop=None) == []


def test_runs_still_in_progress_are_refused_with_what_to_do() -> None:
    in_progress = json.loads((FIXTURES / "extend_2026-02-09_get_evaluation_set_run.seed001.json").read_text())
    done = run_payload("bpr_done", extract(0.9, {}))
    with pytest.raises(ValueError, match=r"the candidate run eval_set_run_\w+ is still PROCESSING") as refused:
        evalclient.compare_runs(done, parsed(in_progress))
    assert "wait_for_run" in str(refused.value)
    with pytest.raises(ValueError, match="the baseline run bpr_x is still PENDING"):
        evalclient.compare_runs(run_payload("bpr_x", {}, status="PENDING"), done)
    with pytest.raises(ValueError, match="cannot report: run run_1 is still PROCESSING"):
        describe_run(run_payload("run_1", {}, status="PROCESSING"))


def test_different_processors_and_sets_compare_fields_by_name_and_say_so() -> None:
    baseline = run_payload("bpr_a", extract(0.9, {"total": field(45, 50)}))
    candidate = run_payload(
        "bpr_b", extract(0.8, {"total": field(40, 50)}), entity_id="ex_OtherOne", evaluation_set_id="ev_other"
    )

    comparison = evalclient.compare_runs(baseline, candidate)

    assert row(comparison, "field", "total").delta == -0.1
    assert any(
        note.startswith("different processors: the baseline ran Invoice extractor (ex_Xj8mK2pL9nR4)")
        for note in comparison.notes
    )
    assert (
        "different evaluation sets (ev_2LcgeY_mp2T5yPaEuq5Lw vs ev_other): the figures cover different items"
        in comparison.notes
    )


def test_different_metrics_types_compare_only_files_pages_and_latency() -> None:
    baseline = run_payload("bpr_a", extract(0.9, {"total": field(45, 50)}))
    candidate = run_payload("bpr_b", classify(0.95, {"invoice": (20, 20, 20)}))

    comparison = evalclient.compare_runs(baseline, candidate)

    assert comparison.breakdown == ()
    assert {d.section for d in comparison.metrics} == {"count", "latency"}
    assert any(note.startswith("metrics types differ (EXTRACT vs CLASSIFY)") for note in comparison.notes)
    assert comparison.regressions(max_drop=0, max_field_drop=0) == ()


def test_legacy_batch_processor_runs_of_both_packages_and_their_wrappers() -> None:
    seed = json.loads((FIXTURES / "extend_legacy_get_batch_processor_run.seed003.json").read_text())
    later = copy.deepcopy(seed)
    later["batchProcessorRun"].update(id="bpr_5678", metrics={"numFiles": 40, "numPages": 180})
    seed["batchProcessorRun"]["metrics"] = {"numFiles": 40, "numPages": 176}
    current = BatchProcessorRunResponse.from_dict(copy.deepcopy(seed))  # extend_evals_client (2026-02-09)
    older = BatchProcessorRunResponse2025.from_dict(copy.deepcopy(later))  # extend_evals_client_2025_04_21

    for baseline, candidate in ((current, older), (older, current), (seed, later)):  # wrappers taken off
        comparison = evalclient.compare_runs(baseline, candidate)
        assert comparison.baseline.kind == comparison.candidate.kind == "batch_processor_run"
        assert comparison.baseline.processor == "dp_5678"
        assert comparison.baseline.version == "dpv_91011"
        assert {d.key: d.baseline for d in comparison.metrics} == {"numFiles": 40, "numPages": 176} | (
            {"numPages": 180} if baseline is older else {}
        )  # fmt: skip
        assert comparison.regressions() == ()

    empty = BatchProcessorRunResponse.from_dict(
        json.loads((FIXTURES / "extend_legacy_get_batch_processor_run.seed003.json").read_text())
    )
    mixed = evalclient.compare_runs(empty, run_payload("bpr_new", extract(0.9, {"total": field(45, 50)})))
    assert "baseline: bpr_1234 is a legacy batch processor run: it reports files and pages only" in mixed.notes
    assert any(
        note.startswith("the runs are of different kinds (batch_processor_run vs evaluation_set_run)")
        for note in mixed.notes
    )
    assert row(mixed, "run", "accuracy").note == "only in the candidate"
    assert mixed.regressions(max_field_drop=0) == ()


def test_runs_of_two_vendors_or_not_runs_at_all_are_refused() -> None:
    bland_run = {"id": "r1", "status": "COMPLETE", "resolved_atom_count": 4, "summary": None}
    with pytest.raises(
        ValueError,
        match="cannot compare runs of two vendors: the baseline bpr_a is an Extend run, the candidate r1 a Bland run",
    ):
        evalclient.compare_runs(run_payload("bpr_a", {}), bland_run)
    with pytest.raises(ValueError, match="the baseline is not a run of either API"):
        evalclient.compare_runs(object(), bland_run)
    with pytest.raises(ValueError, match="the candidate is not a run of either API"):
        evalclient.compare_runs(bland_run, {"id": "x"})


def test_to_dict_is_json_and_carries_every_figure() -> None:
    comparison = evalclient.compare_runs(
        run_payload("bpr_a", extract(0.9, {"total": field(45, 50)})),
        run_payload("bpr_b", extract(0.8, {"total": field(40, 50)})),
    )
    document = json.loads(json.dumps(comparison.to_dict()))
    assert document["vendor"] == "extend"
    assert document["headline"] == "accuracy"
    assert document["baseline"]["id"] == "bpr_a"
    assert document["candidate"]["metrics_type"] == "EXTRACT"
    total = next(entry for entry in document["breakdown"] if entry["key"] == "total")
    assert (total["baseline"], total["candidate"], total["delta"], total["section"]) == (0.9, 0.8, -0.1, "field")
    assert document["calls"] == []
    assert isinstance(document["notes"], list)


def test_runs_from_the_fake_two_versions_of_one_extractor(fake: FakeAPI, clock: ManualClock) -> None:
    client = evalclient.extend_client(token="test-token", base_url="http://fake", transport=fake.transport)
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 40)
    runs = [fake.extend.seed_run(set_id, version=version) for version in ("1.0", "draft")]
    clock.advance(60)
    baseline, candidate = (get_evaluation_set_run.sync(run_id, client=client) for run_id in runs)

    comparison = evalclient.compare_runs(baseline, candidate)

    assert (comparison.baseline.version, comparison.candidate.version) == ("1.0", "draft")
    fields = {d.key for d in comparison.breakdown}
    assert {"vendor_name", "invoice_number", "total", "line_items.amount", "line_items.description", "notes"} == fields
    assert row(comparison, "field", "notes").note == "no expected values (accuracy undefined)"
    assert comparison.notes == ()  # same processor, same set, same kind: nothing to explain
    report = describe_run(candidate)
    assert report.baseline is None
    assert report.regressions() == ()
    assert [d.candidate for d in report.breakdown if d.candidate is not None] == sorted(
        d.candidate for d in report.breakdown if d.candidate is not None
    )  # weakest first
