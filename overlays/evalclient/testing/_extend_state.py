"""The fake Extend API: evaluation sets, items and runs in memory (`fake.extend`).

Handlers run under the fake's lock (the core takes it); the public helpers below take it
themselves, so tests may call them while a server thread is answering.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import threading
from collections.abc import Callable, Container, Iterator, Sequence
from operator import attrgetter
from typing import TypeVar

from evalclient.testing._cursors import PageTokens, extend_page
from evalclient.testing._extend_catalog import ExtendCatalog, sample_output
from evalclient.testing._extend_items import EvalSet, Item, ItemSpec, read_items, read_output
from evalclient.testing._extend_runs import OUTCOMES, ExtendOutcome, ExtendRun, RunItem
from evalclient.testing._ids import IdFactory, Timeline
from evalclient.testing._limits import EXTEND_PAGE_SIZE
from evalclient.testing._routing import Call, EncodedRows, Handler
from evalclient.testing._validation import JsonObject, bad_request, not_found

# Sets never change after creation, so their `updated_key` is their `created_key`.
_SORT_KEYS = {"createdAt": attrgetter("created_key"), "updatedAt": attrgetter("updated_key")}
Row = TypeVar("Row", Item, EvalSet)


class ExtendState:
    """Seeded processors and files, plus everything created through the API or the seed helpers.

    Attributes: `extractor_id`, `classifier_id`, `splitter_id`, `file_ids` (seeded), `run_seconds`
    (duration of new runs on the fake's clock).
    """

    def __init__(self, ids: IdFactory, timeline: Timeline, lock: threading.Lock, run_seconds: float, files: int):
        self._ids, self._timeline, self._lock = ids, timeline, lock
        self.run_seconds = run_seconds
        self._catalog = ExtendCatalog(ids, timeline, files)
        self._tokens = PageTokens(ids.secret("extend-page-tokens"))
        self._keys = itertools.count(1)
        self._sets: dict[str, EvalSet] = {}
        self._runs: dict[str, ExtendRun] = {}
        self._default_outcome: ExtendOutcome = "PROCESSED"
        self.extractor_id = self._catalog.of_kind("extractor").id
        self.classifier_id = self._catalog.of_kind("classifier").id
        self.splitter_id = self._catalog.of_kind("splitter").id
        self.file_ids: list[str] = list(self._catalog.files)

    # ------------------------------------------------------------------ public helpers (take the lock)

    def version_id(self, processor_id: str, version: str = "draft") -> str:
        """The id (`exv_...`, `clv_...`, `splv_...`) of a seeded processor's `draft` or `1.0` version."""
        return self._catalog.processors[processor_id].versions[version].id

    def seed_set(self, entity_id: str | None = None, name: str = "Seeded set", description: str = "") -> str:
        """Create an evaluation set without HTTP (for the extractor by default); returns its id."""
        with self._lock:
            return self.create_set(name, entity_id or self.extractor_id, description).id

    def seed_items(self, set_id: str, count: int, file_ids: list[str] | None = None) -> list[str]:
        """Add `count` items with plausible expected outputs, cycling over the files; fast enough for 100,000."""
        with self._lock, _collector_paused():
            eval_set = self.find_set(set_id)
            files = [self._catalog.files[file_id] for file_id in (file_ids or self.file_ids)]
            kind = eval_set.processor.kind
            start = len(eval_set.items)
            specs: list[ItemSpec] = [
                ((file,), False, sample_output(kind, start + number, file))
                for number, file in zip(range(count), itertools.cycle(files), strict=False)
            ]
            return [item.id for item in self.add_items(eval_set, specs)]

    def seed_run(
        self,
        set_id: str,
        *,
        entity_id: str | None = None,
        version: str | None = "draft",
        item_ids: list[str] | None = None,
        duration: float | None = None,
        outcome: ExtendOutcome | None = None,
    ) -> str:
        """Start a run without HTTP; `duration` (default `run_seconds`) and `outcome` override the defaults."""
        with self._lock:
            return self._start_run(set_id, entity_id, version, item_ids, duration, outcome).id

    def fail_runs(self, enabled: bool = True) -> None:
        """Make runs started from now on end FAILED (half-way through) instead of PROCESSED."""
        with self._lock:
            self._default_outcome = "FAILED" if enabled else "PROCESSED"

    def set_run_outcome(self, run_id: str, outcome: ExtendOutcome) -> None:
        """Script how one run ends: PROCESSED, FAILED or CANCELLED (the last two half-way through)."""
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}")
        with self._lock:
            self._runs[run_id].outcome = outcome

    def finished_runs(self, skip: Container[str] = ()) -> list[tuple[str, ExtendOutcome, int, str]]:
        """(id, final status, item count, createdAt) of every run finished by now, except those in `skip`.

        What the webhook sender (`fake.webhooks`) announces; a run finishes lazily, on the clock.
        """
        with self._lock:
            now = self._timeline.now()
            found = []
            for run in self._runs.values():
                if run.id not in skip:
                    status = run.progress(now)[0]
                    if status in OUTCOMES:
                        found.append((run.id, status, len(run.items), run.created_at))
            return found

    # ------------------------------------------------------------------ routes (called under the lock)

    def routes(self) -> list[tuple[str, str, Handler]]:
        return [
            ("GET", "/evaluation_sets", self._list_sets),
            ("POST", "/evaluation_sets", self._post_set),
            ("GET", "/evaluation_sets/{id}", lambda call: self.find_set(call.params["id"]).view()),
            ("GET", "/evaluation_sets/{evaluationSetId}/items", self._list_items),
            ("POST", "/evaluation_sets/{evaluationSetId}/items", self._post_items),
            ("GET", "/evaluation_sets/{evaluationSetId}/items/{itemId}", self._get_item),
            ("POST", "/evaluation_sets/{evaluationSetId}/items/{itemId}", self._update_item),
            ("DELETE", "/evaluation_sets/{evaluationSetId}/items/{itemId}", self._delete_item),
            ("POST", "/evaluation_set_runs", self._post_run),
            ("GET", "/evaluation_set_runs/{id}", self._get_run),
            ("GET", "/batch_processor_runs/{id}", self._get_legacy_run),
        ]

    def page(
        self,
        call: Call,
        scope: str,
        rows: Sequence[Row],
        render: Callable[[list[Row]], object],
        envelope: tuple[JsonObject, str] = ({"object": "list"}, "data"),
        size_bounds: tuple[int, int, int] = EXTEND_PAGE_SIZE,
    ) -> JsonObject:
        """One page of `rows` (sorted ascending by both sort keys) in an Extend list envelope: the
        version's fixed fields and the key its rows go under (2026-02-09 by default)."""
        query = call.query
        sort_by = query.choice("sortBy", _SORT_KEYS, "updatedAt") or "updatedAt"
        sort_dir = query.choice("sortDir", ("asc", "desc"), "desc") or "desc"
        size = query.integer("maxPageSize", *size_bounds)
        token = query.text("nextPageToken")
        after = None if token is None else self._tokens.read(token, scope, sort_by, sort_dir)
        page, last = extend_page(rows, _SORT_KEYS[sort_by], sort_dir == "desc", after, size)
        fixed, key = envelope
        body: JsonObject = {**fixed, key: render(page)}
        if last is not None:
            body["nextPageToken"] = self._tokens.issue(scope, sort_by, sort_dir, last)
        return body

    def _list_sets(self, call: Call) -> JsonObject:
        entity_id = call.query.text("entityId")
        sets = [s for s in self._sets.values() if entity_id is None or s.processor.id == entity_id]
        return self.page(call, "evaluation_sets", sets, lambda page: [eval_set.view() for eval_set in page])

    def _post_set(self, call: Call) -> JsonObject:
        body = call.json()
        name = _text(body, "name", required=True)
        entity_id = _text(body, "entityId", required=True)
        description = _text(body, "description", required=False)
        return self.create_set(name, entity_id, description).view()

    def _list_items(self, call: Call) -> JsonObject:
        eval_set = self.find_set(call.params["evaluationSetId"])
        sort_by = call.query.text("sortBy")
        rows = eval_set.by_created if sort_by == "createdAt" else eval_set.by_updated
        return self.page(call, eval_set.id, rows, lambda page: EncodedRows(item.encoded_summary() for item in page))

    def _post_items(self, call: Call) -> JsonObject:
        eval_set = self.find_set(call.params["evaluationSetId"])
        specs = read_items(call.json(), eval_set.processor.kind, self._catalog.files)
        return {"evaluationSetItems": [item.full(eval_set.id) for item in self.add_items(eval_set, specs)]}

    def _get_item(self, call: Call) -> JsonObject:
        eval_set, item = self._item(call)
        return item.full(eval_set.id)

    def _update_item(self, call: Call) -> JsonObject:
        eval_set, item = self._item(call)
        item.expected = read_output(call.json(), eval_set.processor.kind)
        eval_set.touch(item, self.next_key())
        return item.full(eval_set.id)

    def _delete_item(self, call: Call) -> JsonObject:
        eval_set, item = self._item(call)
        eval_set.remove(item)
        return {"id": item.id}

    def _post_run(self, call: Call) -> JsonObject:
        body = call.json()
        set_id = _text(body, "evaluationSetId", required=True)
        entity = body.get("entity")
        entity_id = version = None
        if entity is not None:
            if not isinstance(entity, dict):
                bad_request("entity must be an object {id, version}")
            entity_id = _text(entity, "id", required=True, where="entity.")
            if "version" in entity:
                version = _text(entity, "version", required=False, where="entity.")
        item_ids = body.get("evaluationSetItemIds")
        if item_ids is not None and not (isinstance(item_ids, list) and all(isinstance(i, str) for i in item_ids)):
            bad_request("evaluationSetItemIds must be an array of strings")
        # Without `entity` the set's own processor runs at its draft version (Extend docs).
        run = self._start_run(set_id, entity_id, version if entity is not None else "draft", item_ids, None, None)
        return run.view(self._timeline.now(), self._timeline)

    def _get_run(self, call: Call) -> JsonObject:
        return self.find_run(call.params["id"]).view(self._timeline.now(), self._timeline)

    def _get_legacy_run(self, call: Call) -> JsonObject:
        return self.legacy_run_view(call.params["id"])

    # ------------------------------------------------------------ shared with the 2025-04-21 routes (under the lock)

    @property
    def catalog(self) -> ExtendCatalog:
        return self._catalog

    def next_key(self) -> int:
        """The next creation/update order key (both versions' writes share one order)."""
        return next(self._keys)

    def sets(self) -> list[EvalSet]:
        return list(self._sets.values())

    def legacy_run_view(self, run_id: str) -> JsonObject:
        return self.find_run(run_id).legacy_view(self._timeline.now(), self._timeline)

    def find_item(self, item_id: str) -> tuple[EvalSet, Item]:
        """An item by id alone (2025-04-21 paths name no set)."""
        for eval_set in self._sets.values():
            item = eval_set.items.get(item_id)
            if item is not None:
                return eval_set, item
        not_found(f"Evaluation set item {item_id!r} not found")

    def find_set(self, set_id: str) -> EvalSet:
        eval_set = self._sets.get(set_id)
        if eval_set is None:
            not_found(f"Evaluation set {set_id!r} not found")
        return eval_set

    def _item(self, call: Call) -> tuple[EvalSet, Item]:
        eval_set = self.find_set(call.params["evaluationSetId"])
        item = eval_set.items.get(call.params["itemId"])
        if item is None:
            not_found(f"Evaluation set item {call.params['itemId']!r} not found in {eval_set.id}")
        return eval_set, item

    def find_run(self, run_id: str) -> ExtendRun:
        run = self._runs.get(run_id)
        if run is None:
            not_found(f"Run {run_id!r} not found")
        return run

    def create_set(self, name: str, entity_id: str, description: str) -> EvalSet:
        processor = self._catalog.processors.get(entity_id)
        if processor is None:
            not_found(f"No extractor, classifier or splitter with id {entity_id!r}")
        eval_set = EvalSet(
            self._ids.extend("ev"), name, description, processor, next(self._keys), self._timeline.stamp()
        )
        self._sets[eval_set.id] = eval_set
        return eval_set

    def add_items(self, eval_set: EvalSet, specs: list[ItemSpec]) -> list[Item]:
        new_items = [Item(self._ids.extend("evi"), spec, next(self._keys)) for spec in specs]
        eval_set.add(new_items)
        return new_items

    def _start_run(
        self,
        set_id: str,
        entity_id: str | None,
        version: str | None,
        item_ids: list[str] | None,
        duration: float | None,
        outcome: ExtendOutcome | None,
    ) -> ExtendRun:
        eval_set = self.find_set(set_id)
        processor = eval_set.processor
        if entity_id is not None:
            chosen = self._catalog.processors.get(entity_id)
            if chosen is None:
                not_found(f"No extractor, classifier or splitter with id {entity_id!r}")
            if chosen.kind != processor.kind:
                bad_request(f"{entity_id} is a {chosen.kind}, but evaluation set {set_id} is for a {processor.kind}")
            processor = chosen
        if item_ids is None:
            items = list(eval_set.by_created)
        else:
            if len(set(item_ids)) != len(item_ids):
                bad_request("evaluationSetItemIds lists an item twice")
            missing = [item_id for item_id in item_ids if item_id not in eval_set.items]
            if missing:
                not_found(f"Evaluation set item {missing[0]!r} not found in {set_id}")
            items = [eval_set.items[item_id] for item_id in item_ids]
        if not items:
            bad_request(f"Evaluation set {set_id} has no items to run")
        snapshot: list[RunItem] = [(item.id, item.pages, item.expected) for item in items]
        run = ExtendRun(
            self._ids.extend("bpr"),
            set_id,
            processor,
            processor.resolve(version),
            snapshot,
            self._timeline.now(),
            self.run_seconds if duration is None else duration,
            outcome or self._default_outcome,
            self._timeline.stamp(),
        )
        self._runs[run.id] = run
        return run


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: allocating 100,000 items would otherwise trigger repeated
    full collections over everything already alive, doubling the time (the items hold no cycles)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _text(body: JsonObject, key: str, *, required: bool, where: str = "") -> str:
    if key not in body:
        if required:
            bad_request(f"{where}{key} is required")
        return ""
    value = body[key]
    if not isinstance(value, str):
        bad_request(f"{where}{key} must be a string")
    if required and not value:
        bad_request(f"{where}{key} must not be empty")
    return value
