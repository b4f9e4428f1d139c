"""Load many evaluation set items at once: `bulk_create_items` and `abulk_create_items`.

    ids = evalclient.bulk_create_items(client, "ev_...", items, concurrency=8)

Contracts:

- `items` is any iterable of item models or dicts (`fileId` or `fileIds`, `expectedOutput`),
  read lazily in batches of `batch_size`: a generator of a million items keeps memory flat.
  Up to `concurrency` batches are in flight at once, under the client's `rate_limit` if it has one.
- The created ids come back in input order (`ItemIds`, a compact sequence of str).
- POSTs are never resent blind. The transport resends a batch only when the server provably
  did not act (a 429, a refused connection). When the outcome is unknown (the connection broke
  after sending, a timeout, a 5xx), the set's newest items are listed and matched to the batch by
  file ids: what was created is kept, only the rest is sent again, so nothing is created twice.
- A batch that fails for good stops the load: the batches in flight finish, nothing new is
  sent, and `BulkCreateError` says which input positions were created (`created`, position ->
  id) and which were not (`not_created`, plus every position from `unsent_from` on).
- A bad item (neither a model nor a dict, or without a file or an expected output) is a
  ValueError naming its input position. Met after batches were sent, it stops the load as a
  failed batch does: `BulkCreateError` (from the ValueError), with nothing of its batch sent.
- `on_progress(done, None)` is called after each batch with the count of items created so far.
- Works with clients of both Extend API versions (2025-04-21 uses its bulk endpoint).
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any

from evalclient._bulk_api import ExtendItems, ItemKey, JsonItem, as_json_item, item_key
from evalclient._item_ids import ItemIds
from evalclient.errors import ApiConnectionError, BulkCreateError, ServerError

if TYPE_CHECKING:
    import asyncio

__all__ = ["ItemIds", "abulk_create_items", "bulk_create_items"]

Progress = Callable[[int, int | None], object]
# Failures after which the server may or may not have created the batch.
_UNKNOWN_OUTCOME = (ApiConnectionError, ServerError)
_RESENDS = 2  # reconcile-and-resend rounds per batch before it counts as failed
_CLAIMED_MEMORY = 64  # batches whose ids stay known, so a reconciliation never claims them twice


class _Load:
    """The shared state of one load; it does no I/O (the sync and async drivers do)."""

    def __init__(self, api: ExtendItems, batch_size: int, concurrency: int, on_progress: Progress | None) -> None:
        if batch_size < 1 or concurrency < 1:
            raise ValueError(f"batch_size and concurrency must be at least 1, got {batch_size} and {concurrency}")
        self.api, self.batch_size, self.concurrency, self.on_progress = api, batch_size, concurrency, on_progress
        self.ids = ItemIds()
        self.finished: dict[int, list[str]] = {}  # batch start -> ids, until every earlier batch is in
        self.next_start = 0  # the next position to append to `ids`
        self.done = 0
        self.claimed: collections.deque[str] = collections.deque(maxlen=_CLAIMED_MEMORY * batch_size)
        self.created: dict[int, str] = {}  # on failure: positions created in unfinished batches
        self.failed: list[int] = []

    def batches(self, items: Iterable[object]) -> Iterator[tuple[int, list[JsonItem]]]:
        numbered = enumerate(items)
        while chunk := list(itertools.islice(numbered, self.batch_size)):
            yield chunk[0][0], [as_json_item(item, position) for position, item in chunk]

    def record(self, start: int, ids: list[str]) -> None:
        self.finished[start] = ids
        self.claimed.extend(ids)
        while self.next_start in self.finished:
            batch = self.finished.pop(self.next_start)
            for item_id in batch:
                self.ids.append(item_id)
            self.next_start += len(batch)
        self.done += len(ids)
        if self.on_progress is not None:
            self.on_progress(self.done, None)

    @property
    def listing_size(self) -> int:
        """Newest items to list when reconciling: enough to cover every batch that may be in flight."""
        return min(1000, max(10, 2 * self.batch_size * self.concurrency))

    def settle(self, listed: list[Any], pending: dict[int, JsonItem]) -> dict[int, str]:
        """What of `pending` the listing shows created; those positions leave `pending`."""
        found = self.match(listed, pending)
        for position in found:
            del pending[position]
        return found

    def collect(self, start: int, size: int, result: Callable[[], list[str]]) -> BaseException | None:
        """Record a finished batch; for a failed one, what it created and not, and its cause."""
        try:
            self.record(start, result())
        except _BatchFailed as failed:
            self.created.update(failed.created)
            self.failed += [p for p in range(start, start + size) if p not in failed.created]
            return failed.cause
        return None

    def match(self, listed: list[Any], pending: dict[int, JsonItem]) -> dict[int, str]:
        """Positions of `pending` found among newest-first `listed` items, by file ids; each listed
        item matches once, and never one this load already holds."""
        wanted: dict[ItemKey, list[int]] = collections.defaultdict(list)
        for position, item in pending.items():
            wanted[item_key(item)].append(position)
        known = set(self.claimed)
        found: dict[int, str] = {}
        for listed_item in listed:
            positions = wanted.get(self.api.listed_key(listed_item))
            if positions and listed_item.id not in known:
                found[positions.pop()] = listed_item.id
        return found

    def bad_input(self, bad_item: ValueError, position: int) -> ValueError:
        """A bad item met mid-stream: raised as it is when nothing was sent yet; otherwise the load
        stops like a failed batch (`BulkCreateError` from it), so what was created is not lost."""
        if position == 0:
            raise bad_item
        return bad_item

    def failure(self, unsent_from: int, cause: BaseException) -> BulkCreateError:
        for start, ids in self.finished.items():
            self.created.update(zip(range(start, start + len(ids)), ids, strict=True))
        self.created.update(zip(range(len(self.ids)), self.ids, strict=True))
        message = (
            f"bulk load of evaluation set {self.api.set_id} stopped: {len(self.created)} items created, "
            f"{len(self.failed)} failed, everything from input position {unsent_from} on not sent ({cause})"
        )
        return BulkCreateError(message, created=self.created, not_created=sorted(self.failed), unsent_from=unsent_from)


def bulk_create_items(
    client: object,
    evaluation_set_id: str,
    items: Iterable[object],
    *,
    batch_size: int = 100,
    concurrency: int = 8,
    on_progress: Progress | None = None,
) -> ItemIds:
    """Create every item of `items` in the evaluation set; the created ids in input order. See the module."""
    load = _Load(ExtendItems(client, evaluation_set_id), batch_size, concurrency, on_progress)
    in_flight: dict[Future[list[str]], tuple[int, list[JsonItem]]] = {}
    position = 0
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="evalclient-bulk") as pool:
        batches = load.batches(items)
        error: BaseException | None = None
        while True:
            while error is None and len(in_flight) < concurrency:
                try:
                    batch = next(batches, None)
                except ValueError as bad_item:  # stop sending; what is in flight finishes
                    error = load.bad_input(bad_item, position)
                    break
                if batch is None:
                    break
                in_flight[pool.submit(_send_batch, load, *batch)] = batch
                position = batch[0] + len(batch[1])
            if not in_flight:
                break
            completed, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in completed:
                start, batch_items = in_flight.pop(future)
                error = load.collect(start, len(batch_items), future.result) if error is None else error
        if error is not None:
            raise load.failure(position, error) from error
    return load.ids


class _BatchFailed(Exception):
    def __init__(self, cause: BaseException, created: dict[int, str]) -> None:
        super().__init__(str(cause))
        self.cause, self.created = cause, created


def _send_batch(load: _Load, start: int, items: list[JsonItem]) -> list[str]:
    """One batch, reconciled after an unknown outcome; the ids in batch order."""
    pending = dict(enumerate(items, start))
    found: dict[int, str] = {}
    for round_number in range(_RESENDS + 1):
        operation, kwargs = load.api.create_call(load.api.body(list(pending.values())))
        try:
            created = load.api.created(operation.sync(**kwargs))
        except _UNKNOWN_OUTCOME as unknown:
            found |= _reconcile(load, pending)
            if not pending or round_number == _RESENDS:
                if pending:
                    raise _BatchFailed(unknown, found) from unknown
                break
            continue
        except Exception as refused:
            raise _BatchFailed(refused, found) from refused
        found |= {position: item.id for position, item in zip(pending, created, strict=True)}
        break
    return [found[position] for position in range(start, start + len(items))]


def _reconcile(load: _Load, pending: dict[int, JsonItem]) -> dict[int, str]:
    """Match `pending` against the newest items; remove what was created from `pending`."""
    operation, kwargs = load.api.list_call(load.listing_size, None)
    return load.settle(load.api.page(operation.sync(**kwargs))[0], pending)


async def abulk_create_items(
    client: object,
    evaluation_set_id: str,
    items: Iterable[object],
    *,
    batch_size: int = 100,
    concurrency: int = 8,
    on_progress: Progress | None = None,
) -> ItemIds:
    """The async twin of `bulk_create_items`: batches are tasks on the running loop."""
    import asyncio  # here: `import evalclient` must not load asyncio (BENCHMARKS.md, scenario 4)

    load = _Load(ExtendItems(client, evaluation_set_id), batch_size, concurrency, on_progress)
    in_flight: dict[asyncio.Task[list[str]], tuple[int, list[JsonItem]]] = {}
    batches = load.batches(items)
    error: BaseException | None = None
    position = 0
    while True:
        while error is None and len(in_flight) < concurrency:
            try:
                batch = next(batches, None)
            except ValueError as bad_item:  # stop sending; what is in flight finishes
                error = load.bad_input(bad_item, position)
                break
            if batch is None:
                break
            in_flight[asyncio.ensure_future(_asend_batch(load, *batch))] = batch
            position = batch[0] + len(batch[1])
        if not in_flight:
            break
        completed, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
        for task in completed:
            start, batch_items = in_flight.pop(task)
            error = load.collect(start, len(batch_items), task.result) if error is None else error
    if error is not None:
        raise load.failure(position, error) from error
    return load.ids


async def _asend_batch(load: _Load, start: int, items: list[JsonItem]) -> list[str]:
    pending = dict(enumerate(items, start))
    found: dict[int, str] = {}
    for round_number in range(_RESENDS + 1):
        operation, kwargs = load.api.create_call(load.api.body(list(pending.values())))
        try:
            created = load.api.created(await operation.asyncio(**kwargs))
        except _UNKNOWN_OUTCOME as unknown:
            listing, list_kwargs = load.api.list_call(load.listing_size, None)
            found |= load.settle(load.api.page(await listing.asyncio(**list_kwargs))[0], pending)
            if not pending or round_number == _RESENDS:
                if pending:
                    raise _BatchFailed(unknown, found) from unknown
                break
            continue
        except Exception as refused:
            raise _BatchFailed(refused, found) from refused
        found |= {position: item.id for position, item in zip(pending, created, strict=True)}
        break
    return [found[position] for position in range(start, start + len(items))]
