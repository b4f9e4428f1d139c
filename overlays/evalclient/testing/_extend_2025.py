"""The fake Extend API as version 2025-04-21 shows it: the same account, the older shapes.

Data is shared with 2026-02-09, as on the real API: a set created through either version is
listed by both (here with `processorId`, there with `entity`), items carry a `fileId` here and a
`FileSummary` there, and runs (started through 2026-02-09 or seeded) are read here as batch
processor runs. Bodies are wrapped (`{success, evaluationSet}`, ...), item paths name no set,
and `expectedOutput` may also be the legacy fields-array form for extractor sets.
"""

from __future__ import annotations

from evalclient.testing._extend_catalog import StoredFile
from evalclient.testing._extend_items import EvalSet, Item, ItemSpec
from evalclient.testing._extend_state import ExtendState
from evalclient.testing._limits import EXTEND_2025_FIELD_TYPES, EXTEND_2025_MIN_BULK_ITEMS, EXTEND_2025_PAGE_SIZE
from evalclient.testing._routing import Call, Handler
from evalclient.testing._validation import (
    JsonObject,
    bad_request,
    expect_object,
    is_number,
    not_found,
    required_str,
)

_ENVELOPE: JsonObject = {"success": True}


class Extend2025Routes:
    """The nine operations of openapi/extend-2025-04-21.yaml over one `ExtendState`."""

    def __init__(self, state: ExtendState) -> None:
        self._state = state

    def routes(self) -> list[tuple[str, str, Handler]]:
        # `/bulk` before `/{id}`: the router takes the first route that fits.
        return [
            ("GET", "/evaluation_sets", self._list_sets),
            ("POST", "/evaluation_sets", self._post_set),
            ("GET", "/evaluation_sets/{id}", self._get_set),
            ("GET", "/evaluation_sets/{id}/items", self._list_items),
            ("POST", "/evaluation_set_items/bulk", self._post_bulk),
            ("POST", "/evaluation_set_items", self._post_item),
            ("POST", "/evaluation_set_items/{id}", self._update_item),
            ("DELETE", "/evaluation_set_items/{id}", self._delete_item),
            ("GET", "/batch_processor_runs/{id}", self._get_run),
        ]

    def _list_sets(self, call: Call) -> JsonObject:
        processor_id = call.query.text("processorId")
        sets = [s for s in self._state.sets() if processor_id is None or s.processor.id == processor_id]
        return self._state.page(
            call,
            "evaluation_sets",
            sets,
            lambda page: [set_view(eval_set) for eval_set in page],
            (_ENVELOPE, "evaluationSets"),
            EXTEND_2025_PAGE_SIZE,
        )

    def _post_set(self, call: Call) -> JsonObject:
        body = call.json()
        name = required_str(body, "name", min_length=1)
        description = required_str(body, "description")
        processor_id = required_str(body, "processorId", min_length=1)
        return {**_ENVELOPE, "evaluationSet": set_view(self._state.create_set(name, processor_id, description))}

    def _get_set(self, call: Call) -> JsonObject:
        return {**_ENVELOPE, "evaluationSet": set_view(self._state.find_set(call.params["id"]))}

    def _list_items(self, call: Call) -> JsonObject:
        eval_set = self._state.find_set(call.params["id"])
        rows = eval_set.by_created if call.query.text("sortBy") == "createdAt" else eval_set.by_updated
        return self._state.page(
            call,
            eval_set.id,
            rows,
            lambda page: [item_view(item, eval_set.id) for item in page],
            (_ENVELOPE, "evaluationSetItems"),
            EXTEND_2025_PAGE_SIZE,
        )

    def _post_item(self, call: Call) -> JsonObject:
        body = call.json()
        eval_set = self._state.find_set(required_str(body, "evaluationSetId", min_length=1))
        [item] = self._state.add_items(eval_set, [self._spec(body, eval_set, "")])
        return {**_ENVELOPE, "evaluationSetItem": item_view(item, eval_set.id)}

    def _post_bulk(self, call: Call) -> JsonObject:
        body = call.json()
        eval_set = self._state.find_set(required_str(body, "evaluationSetId", min_length=1))
        entries = body.get("items")
        if not isinstance(entries, list):
            bad_request("items is required and must be an array")
        if len(entries) < EXTEND_2025_MIN_BULK_ITEMS:
            bad_request(f"items must hold at least {EXTEND_2025_MIN_BULK_ITEMS} item")
        specs = [
            self._spec(expect_object(entry, f"items[{n}]"), eval_set, f"items[{n}].") for n, entry in enumerate(entries)
        ]
        items = self._state.add_items(eval_set, specs)
        return {**_ENVELOPE, "evaluationSetItems": [item_view(item, eval_set.id) for item in items]}

    def _update_item(self, call: Call) -> JsonObject:
        eval_set, item = self._state.find_item(call.params["id"])
        item.expected = read_output(call.json(), eval_set.processor.kind, "")
        eval_set.touch(item, self._state.next_key())
        return {**_ENVELOPE, "evaluationSetItem": item_view(item, eval_set.id)}

    def _delete_item(self, call: Call) -> JsonObject:
        eval_set, item = self._state.find_item(call.params["id"])
        eval_set.remove(item)
        return {**_ENVELOPE, "evaluationSetItemId": item.id, "message": "Evaluation set item deleted successfully"}

    def _get_run(self, call: Call) -> JsonObject:
        return self._state.legacy_run_view(call.params["id"])

    def _spec(self, entry: JsonObject, eval_set: EvalSet, where: str) -> ItemSpec:
        file_id = required_str(entry, "fileId", where, min_length=1)
        expected = read_output(entry, eval_set.processor.kind, where)
        file = self._state.catalog.files.get(file_id)
        if file is None:
            not_found(f"File {file_id!r} not found")
        files: tuple[StoredFile, ...] = (file,)
        return files, False, expected


def set_view(eval_set: EvalSet) -> JsonObject:
    return {
        "object": "evaluation_set",
        "id": eval_set.id,
        "name": eval_set.name,
        "description": eval_set.description,
        "processorId": eval_set.processor.id,
        "createdAt": eval_set.created_at,
        "updatedAt": eval_set.created_at,
    }


def item_view(item: Item, set_id: str) -> JsonObject:
    """A multifile item (2026-02-09 only) shows its first file: 2025-04-21 has one file per item."""
    return {
        "object": "evaluation_set_item",
        "id": item.id,
        "evaluationSetId": set_id,
        "fileId": item.files[0].id,
        "expectedOutput": _legacy_output(item.expected),
    }


def _legacy_output(output: object) -> object:
    """2025-04-21 requires an `id` on every split; splits stored through 2026-02-09 have none, so
    they are numbered here (the stored output is not changed)."""
    if not (isinstance(output, dict) and isinstance(output.get("splits"), list)):
        return output
    splits = [
        {"id": f"split_{number}", **split} if isinstance(split, dict) and "id" not in split else split
        for number, split in enumerate(output["splits"], 1)
    ]
    return {**output, "splits": splits}


def read_output(container: JsonObject, kind: str, where: str) -> JsonObject:
    """The `expectedOutput` of a 2025-04-21 body, checked against the set's processor kind (a 400:
    this version documents no 422). Extractor sets take `{value}` or the fields-array map."""
    if "expectedOutput" not in container:
        bad_request(f"{where}expectedOutput is required")
    output = expect_object(container["expectedOutput"], f"{where}expectedOutput")
    if kind == "extractor":
        fits = isinstance(output.get("value"), dict) or _is_fields_array(output)
        shape = "{value: {...}} or a map of field name to {id, value}"
    elif kind == "classifier":
        in_range = _is_unit(output.get("confidence", 1))
        fits = isinstance(output.get("id"), str) and isinstance(output.get("type"), str) and in_range
        shape = "{id, type, confidence?: 0-1} from the classifier's config"
    else:
        splits = output.get("splits")
        fits = isinstance(splits, list) and all(_is_split(split) for split in splits)
        shape = "{splits: [{id, classificationId, type, startPage, endPage}]}"
    if not fits:
        bad_request(f"{where}expectedOutput does not fit a {kind}: expected {shape}")
    return output


def _is_fields_array(output: JsonObject) -> bool:
    return bool(output) and all(_is_field_result(field) for field in output.values())


def _is_field_result(field: object) -> bool:
    """`{id, value, type?, confidence?: 0-1, page?}` with `type` one of the documented field types."""
    if not (isinstance(field, dict) and isinstance(field.get("id"), str) and "value" in field):
        return False
    return (
        ("type" not in field or (isinstance(field["type"], str) and field["type"] in EXTEND_2025_FIELD_TYPES))
        and ("confidence" not in field or _is_unit(field["confidence"]))
        and ("page" not in field or is_number(field["page"]))
    )


def _is_unit(value: object) -> bool:
    return isinstance(value, int | float) and is_number(value) and 0 <= value <= 1


def _is_split(split: object) -> bool:
    if not isinstance(split, dict):
        return False
    pages = [split.get("startPage"), split.get("endPage")]
    labels = [split.get("id"), split.get("classificationId"), split.get("type")]
    notes = [split.get(key, "") for key in ("observation", "identifier")]
    return all(isinstance(p, int) and not isinstance(p, bool) for p in pages) and all(
        isinstance(text, str) for text in labels + notes
    )
