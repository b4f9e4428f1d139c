"""Scenario 3: turning one 1,000-item listEvaluationSetItems page (bytes) into objects.

- json.loads: the floor, plain dicts.
- evalclient: `EvaluationSetItemsListResponse.from_dict(json.loads(body))`, what the generated
  list operation does with a 200.
- official SDK: `construct_type(type_=EvaluationSetItemsListResponse, object_=json.loads(body))`,
  exactly what `evaluation_set_items.list` does with a 200 (pydantic models built without
  validation); `model_validate` (validated) is shown too, for context. Left out without extend-ai.
"""

from __future__ import annotations

import json
from typing import Any

from bench.config import Config
from bench.env import sdk_installed
from bench.payloads import items_page, to_bytes
from bench.report import Outcome, ratio_row, time_row
from bench.stats import Call, interleaved, paired_ratios, summarize


def make_parsers(body: bytes) -> dict[str, Call]:
    from extend_evals_client.models.evaluation_set_items_list_response import EvaluationSetItemsListResponse

    def parse_evalclient() -> object:
        return EvaluationSetItemsListResponse.from_dict(json.loads(body))

    def parse_json() -> object:
        return json.loads(body)

    parsers: dict[str, Call] = {"evalclient": parse_evalclient, "json.loads": parse_json}
    if sdk_installed():
        from extend_ai.core.unchecked_base_model import construct_type
        from extend_ai.evaluation_set_items.types.evaluation_set_items_list_response import (
            EvaluationSetItemsListResponse as SdkPage,
        )

        def parse_sdk() -> object:
            return construct_type(type_=SdkPage, object_=json.loads(body))

        def parse_sdk_validated() -> object:
            return SdkPage.model_validate(json.loads(body))

        parsers["official SDK"] = parse_sdk
        parsers["official SDK, validated"] = parse_sdk_validated
    _check(parsers)
    return parsers


def _check(parsers: dict[str, Call]) -> None:
    """All parsers must see the same items, down to the nested file of the last one."""
    seen: dict[str, Any] = {}
    for name, parse in parsers.items():
        page: Any = parse()
        items = page["data"] if isinstance(page, dict) else page.data
        last = items[-1]
        file_id = last["file"]["id"] if isinstance(last, dict) else last.file.id
        seen[name] = (len(items), file_id)
    if len(set(seen.values())) != 1:
        raise AssertionError(f"parsers disagree: {seen}")


def run(config: Config) -> Outcome:
    body = to_bytes(items_page(config.page_size))
    times = interleaved(make_parsers(body), config.parse_rounds, 0.1)
    data: dict[str, Any] = {
        "items": config.page_size,
        "body_bytes": len(body),
        "seconds_per_page": {name: summarize(values) for name, values in times.items()},
        "rounds": times,
        "evalclient_over_json": summarize(paired_ratios(times["evalclient"], times["json.loads"])),
    }
    rows = [time_row("3", f"{name}: parse the page", data["seconds_per_page"][name]) for name in times]
    rows.append(ratio_row("3", "evalclient / json.loads", data["evalclient_over_json"], at_most=3.0))  # #16
    if "official SDK" in times:
        data["sdk_over_evalclient"] = summarize(paired_ratios(times["official SDK"], times["evalclient"]))
        rows.append(ratio_row("3", "official SDK / evalclient", data["sdk_over_evalclient"]))
    title = f"Parsing one listEvaluationSetItems page of {config.page_size:,} items ({len(body):,} bytes)"
    return Outcome("3_parsing", title, data, rows)
