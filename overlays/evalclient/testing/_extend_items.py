"""Extend evaluation sets and items as stored, and the request bodies that create and update items.

Wrong JSON types are a 400 (INVALID_REQUEST); an expected output that is well-formed but does not
fit the set's processor (a classification for an extractor set, say) is a 422, as the spec says.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from operator import attrgetter

from evalclient.testing._extend_catalog import CREATED_BY, Processor, StoredFile
from evalclient.testing._limits import EXTEND_FILES_PER_ITEM, EXTEND_ITEMS_PER_REQUEST
from evalclient.testing._routing import encode_json
from evalclient.testing._validation import JsonObject, RequestError, bad_request, expect_object, not_found, str_list

ItemSpec = tuple[tuple[StoredFile, ...], bool, object]  # (files, multifile?, expected output)


class Item:
    __slots__ = ("_encoded_summary", "created_key", "expected", "files", "id", "multifile", "pages", "updated_key")

    def __init__(self, item_id: str, spec: ItemSpec, key: int) -> None:
        self.id = item_id
        self.files, self.multifile, self.expected = spec
        self.pages = sum(file.page_count for file in self.files)
        self.created_key = self.updated_key = key
        self._encoded_summary: bytes | None = None

    def encoded_summary(self) -> bytes:
        """`summary()` as JSON, cached: a summary never changes (an update only touches expectedOutput)."""
        if self._encoded_summary is None:
            self._encoded_summary = encode_json(self.summary())
        return self._encoded_summary

    def summary(self) -> JsonObject:
        """As lists show it: no expectedOutput, no evaluationSetId."""
        return {
            "object": "evaluation_set_item",
            "id": self.id,
            "file": None if self.multifile else self.files[0].summary,
            "files": [file.summary for file in self.files] if self.multifile else None,
            "createdBy": CREATED_BY,
        }

    def full(self, set_id: str) -> JsonObject:
        view = self.summary()
        view["evaluationSetId"] = set_id
        view["expectedOutput"] = self.expected
        return view


class EvalSet:
    __slots__ = (
        "by_created", "by_updated", "created_at", "created_key", "description", "id", "items", "name", "processor",
        "updated_key",
    )  # fmt: skip

    def __init__(self, set_id: str, name: str, description: str, processor: Processor, key: int, stamp: str) -> None:
        self.id, self.name, self.description, self.processor = set_id, name, description, processor
        self.created_key = self.updated_key = key
        self.created_at = stamp
        self.items: dict[str, Item] = {}
        # Both kept sorted ascending by their key, so a page is a bisect and a slice even at 100,000 items.
        self.by_created: list[Item] = []
        self.by_updated: list[Item] = []

    def add(self, items: list[Item]) -> None:
        """New items carry keys above every existing one, so both lists stay sorted by appending."""
        for item in items:
            self.items[item.id] = item
        self.by_created.extend(items)
        self.by_updated.extend(items)

    def touch(self, item: Item, key: int) -> None:
        """Record an update: the item moves to the end of the updatedAt order."""
        del self.by_updated[_position(self.by_updated, item, "updated_key")]
        item.updated_key = key
        self.by_updated.append(item)

    def remove(self, item: Item) -> None:
        del self.items[item.id]
        del self.by_created[_position(self.by_created, item, "created_key")]
        del self.by_updated[_position(self.by_updated, item, "updated_key")]

    def view(self) -> JsonObject:
        return {
            "object": "evaluation_set",
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "entity": self.processor.summary(),
            "createdAt": self.created_at,
            "updatedAt": self.created_at,
            "createdBy": CREATED_BY,
        }


def read_items(body: JsonObject, kind: str, files: Mapping[str, StoredFile]) -> list[ItemSpec]:
    """The items of a bulk create (count bounded by the spec), each with `fileId` xor `fileIds` and an output."""
    if "items" not in body:
        bad_request("items is required")
    entries = body["items"]
    if not isinstance(entries, list):
        bad_request("items must be an array")
    low, high = EXTEND_ITEMS_PER_REQUEST
    if not low <= len(entries) <= high:
        bad_request(f"items must hold between {low} and {high} items, got {len(entries)}")
    specs: list[ItemSpec] = []
    for index, raw in enumerate(entries):
        where = f"items[{index}]"
        entry = expect_object(raw, where)
        if ("fileId" in entry) == ("fileIds" in entry):
            bad_request(f"{where}: give exactly one of fileId or fileIds")
        if "fileId" in entry:
            file_id = entry["fileId"]
            if not isinstance(file_id, str):
                bad_request(f"{where}.fileId must be a string")
            file_ids = [file_id]
        else:
            low, high = EXTEND_FILES_PER_ITEM
            file_ids = str_list(entry["fileIds"], f"{where}.fileIds", min_items=low, max_items=high)
            if len(set(file_ids)) != len(file_ids):
                bad_request(f"{where}.fileIds must not repeat a file")
            if kind != "extractor":
                raise RequestError(422, f"{where}: multifile items (fileIds) are only for extractor sets")
        expected = _check_output(entry, kind, f"{where}.")
        missing = [file_id for file_id in file_ids if file_id not in files]
        if missing:
            not_found(f"File {missing[0]!r} not found")
        specs.append((tuple(files[file_id] for file_id in file_ids), "fileIds" in entry, expected))
    return specs


def read_output(body: JsonObject, kind: str) -> object:
    """The `expectedOutput` of an update body, checked against the set's processor kind."""
    return _check_output(body, kind, "")


def _check_output(container: JsonObject, kind: str, where: str) -> object:
    if "expectedOutput" not in container:
        bad_request(f"{where}expectedOutput is required")
    output = expect_object(container["expectedOutput"], f"{where}expectedOutput")
    if kind == "extractor":
        fits = isinstance(output.get("value"), dict)
        shape = "{value: {...}} with every schema property"
    elif kind == "classifier":
        fits = isinstance(output.get("id"), str) and isinstance(output.get("type"), str)
        shape = "{id, type} from the classifier's config"
    else:
        splits = output.get("splits")
        fits = isinstance(splits, list) and all(_is_split(split) for split in splits)
        shape = "{splits: [{classificationId, type, startPage, endPage}]}"
    if not fits:
        raise RequestError(422, f"{where}expectedOutput does not fit a {kind}: expected {shape}")
    return output


def _is_split(split: object) -> bool:
    if not isinstance(split, dict):
        return False
    pages = [split.get("startPage"), split.get("endPage")]
    labels = [split.get("classificationId"), split.get("type")]
    return all(isinstance(p, int) and not isinstance(p, bool) for p in pages) and all(
        isinstance(label, str) for label in labels
    )


def _position(rows: list[Item], item: Item, key_name: str) -> int:
    index = bisect_left(rows, getattr(item, key_name), key=attrgetter(key_name))
    assert rows[index] is item, "the sorted item lists drifted apart"
    return index
