"""Walk every item of any list operation of either API, lazily, one page in memory at a time.

    for item in evalclient.paginate(list_evaluation_set_items, client=client, evaluation_set_id="ev_..."):
        ...

Contracts:

- Each request repeats the caller's keyword arguments, plus the cursor and the page size
  (the operation's own parameters, see `_page_styles`). `page_size` is the per-request size
  (None: the operation's default); `max_items` caps the total. Once the cap is reached no
  further page is fetched, and the last request asks only for the items still needed (the
  page size, or the operation's declared default, cut down), so the resume point lands
  exactly after the last item yielded. A server that sends more than it was asked for is
  cut off at the cap; resuming after that skips the surplus.
- The walk ends on a missing or empty (`""`) cursor, on a cursor equal to the one just sent
  (a server bug that would otherwise loop forever) and, for Bland, on `has_more` false.
- `next_page_token` is the resume point: the cursor of the next page not yet fetched, None
  once the walk is done (and before it starts, when it starts from the first page). Resume
  with `paginate(..., page_token=pager.next_page_token)`. It is page-granular: stopping in
  the middle of a page and resuming skips the rest of that page; iterate `pages()` to
  stop on a page boundary.
- A failed page fetch raises the original exception (so `except RateLimitError` still
  works) with its `page_token` (the cursor it was fetching, None for the first page) and
  `page_number` (1-based) set, and a note saying how to resume. `ApiError` declares both
  attributes; any other exception a fetch raises gets them as plain instance attributes. The pager's
  `next_page_token` stays at that cursor, so it is the resume point after a failure too.
- A pager walks once; iterating it again continues from where it stopped, so after a
  failed fetch, iterating the same pager again retries that page.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from itertools import chain
from typing import Any, Generic, TypeVar, overload

from evalclient._operation import Operation
from evalclient._page_styles import BlandPage, ExtendPage, ListCall, inspect_list_operation
from evalclient.errors import ApiError

__all__ = ["AsyncPager", "BlandPage", "ExtendPage", "Operation", "Pager", "apaginate", "paginate"]

ItemT = TypeVar("ItemT")

_logger = logging.getLogger("evalclient")


class _Walk:
    """The state of one walk, shared by the sync and the async pager; it does no I/O."""

    __slots__ = ("call", "finished", "kwargs", "next_page_token", "page_number", "page_size", "remaining")

    def __init__(
        self,
        call: ListCall,
        kwargs: dict[str, Any],
        page_size: int | None,
        max_items: int | None,
        page_token: str | None,
    ) -> None:
        if page_size is not None and page_size < 1:
            raise ValueError(f"page_size must be at least 1 or None, got {page_size}")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be at least 0 or None, got {max_items}")
        self.call = call
        self.kwargs = kwargs
        self.page_size = page_size
        self.remaining = max_items
        self.next_page_token = page_token or None
        self.page_number = 0
        self.finished = max_items == 0

    def next_request(self) -> dict[str, Any] | None:
        """The keyword arguments of the next fetch, or None when the walk is over."""
        if self.finished:
            return None
        style = self.call.style
        request = dict(self.kwargs)
        if self.next_page_token is not None:
            request[style.cursor_param] = self.next_page_token
        size = self.page_size
        if self.remaining is not None:
            known = size if size is not None else self.call.default_size
            if known is not None and self.remaining < known:
                size = self.remaining
        if size is not None:
            request[style.size_param] = size
        return request

    def accept(self, page: object) -> list[Any]:
        """Read a fetched page: advance the cursor and return the items to yield."""
        self.page_number += 1
        try:
            items, cursor = self.call.style.read(page)
        except AttributeError as exc:
            raise TypeError(
                f"{self.call.name} returned {type(page).__name__}, which is not a {self.call.style.vendor} list page"
            ) from exc
        if self.remaining is not None:
            if len(items) >= self.remaining:
                items = items[: self.remaining]
                self.finished = True
            self.remaining -= len(items)
        if cursor is not None and cursor == self.next_page_token:
            _logger.warning("%s returned the cursor it was sent (%r); stopping the walk", self.call.name, cursor)
            cursor = None
        self.next_page_token = cursor
        if cursor is None:
            self.finished = True
        return items

    def mark_failure(self, exc: Exception) -> None:
        """Tell the caller of a failed fetch which page it was and how to resume."""
        token, number = self.next_page_token, self.page_number + 1
        # The original exception is kept so typed `except` clauses still match.
        if isinstance(exc, ApiError):
            exc.page_token, exc.page_number = token, number
        else:  # e.g. the ValueError of an id refused before a request is built
            vars(exc).update(page_token=token, page_number=number)
        exc.add_note(
            f"evalclient.paginate: fetching page {number} of {self.call.name} failed; "
            f"resume with paginate(..., page_token={token!r})"
        )


class Pager(Generic[ItemT]):
    """The items of a list operation, fetched page by page as they are iterated (see the module docstring)."""

    __slots__ = ("_operation", "_walk")

    def __init__(self, operation: Operation[object], walk: _Walk) -> None:
        self._operation = operation
        self._walk = walk

    @property
    def next_page_token(self) -> str | None:
        """The cursor of the next page not yet fetched: the resume point; None when the walk is done."""
        return self._walk.next_page_token

    def __iter__(self) -> Iterator[ItemT]:
        # chain runs in C: no Python frame per item, which matters over 100,000 items.
        return chain.from_iterable(self.pages())

    def pages(self) -> Iterator[list[ItemT]]:
        """The pages, each the list of its items (an empty page is yielded as `[]`)."""
        walk, fetch = self._walk, self._operation.sync
        while (request := walk.next_request()) is not None:
            try:
                page = fetch(**request)
            except Exception as exc:
                walk.mark_failure(exc)
                raise
            yield walk.accept(page)

    def __repr__(self) -> str:
        return f"<Pager {self._walk.call.name} next_page_token={self.next_page_token!r}>"


class AsyncPager(Generic[ItemT]):
    """The async twin of `Pager`: `async for item in pager`, `async for page in pager.pages()`."""

    __slots__ = ("_operation", "_walk")

    def __init__(self, operation: Operation[object], walk: _Walk) -> None:
        self._operation = operation
        self._walk = walk

    @property
    def next_page_token(self) -> str | None:
        """The cursor of the next page not yet fetched: the resume point; None when the walk is done."""
        return self._walk.next_page_token

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page:
                yield item

    async def pages(self) -> AsyncIterator[list[ItemT]]:
        """The pages, each the list of its items (an empty page is yielded as `[]`)."""
        walk, fetch = self._walk, self._operation.asyncio
        while (request := walk.next_request()) is not None:
            try:
                page = await fetch(**request)
            except Exception as exc:
                walk.mark_failure(exc)
                raise
            yield walk.accept(page)

    def __repr__(self) -> str:
        return f"<AsyncPager {self._walk.call.name} next_page_token={self.next_page_token!r}>"


@overload
def paginate(
    operation: Operation[ExtendPage[ItemT]],
    *,
    client: object,
    page_size: int | None = None,
    max_items: int | None = None,
    page_token: str | None = None,
    **kwargs: Any,
) -> Pager[ItemT]: ...
@overload
def paginate(
    operation: Operation[BlandPage[ItemT]],
    *,
    client: object,
    page_size: int | None = None,
    max_items: int | None = None,
    page_token: str | None = None,
    **kwargs: Any,
) -> Pager[ItemT]: ...
@overload  # a page whose items are not `data` (Extend 2025-04-21): items typed Any
def paginate(
    operation: Operation[object],
    *,
    client: object,
    page_size: int | None = None,
    max_items: int | None = None,
    page_token: str | None = None,
    **kwargs: Any,
) -> Pager[Any]: ...
def paginate(
    operation: Operation[Any],
    *,
    client: object,
    page_size: int | None = None,
    max_items: int | None = None,
    page_token: str | None = None,
    **kwargs: Any,
) -> Pager[Any]:
    """Iterate every item of `operation` (a generated list operation module), fetching pages lazily.

    `kwargs` are the operation's own arguments (e.g. `evaluation_set_id=`), sent with every
    request. `page_size` is the size of each request (None: the API default), `max_items`
    the total to yield (None: all), `page_token` a cursor to resume from. Raises TypeError
    at once, naming the operation, if it is not a list operation or `kwargs` do not fit it.
    """
    call = inspect_list_operation(operation, client, kwargs)
    walk = _Walk(call, {**kwargs, "client": client}, page_size, max_items, page_token)
    return Pager(operation, walk)


@overload
def apaginate(
    operation: Operation[ExtendPage[ItemT]],
    *,
    client: object,
    page_size: int | None = None,
    max_items: int | None = None,
    page_token: str | None = None,
    **kwargs: Any,
) -> AsyncPager[ItemT]: ...
@overload
def apaginate(
    operation: Operation[BlandPage[ItemT]],
    *,
    client: object,
    page_size: int | None = None,
    max_items: int | None = None,
    page_token: str | None = None,
    **kwargs: Any,
) -> AsyncPager[ItemT]: ...
@overload  # a page whose items are not `data` (Extend 2025-04-21): items typed Any
def apaginate(
    operation: Operation[object],
    *,
    client: object,
    page_size: int | None = None,
    max_items: int | None = None,
    page_token: str | None = None,
    **kwargs: Any,
) -> AsyncPager[Any]: ...
def apaginate(
    operation: Operation[Any],
    *,
    client: object,
    page_size: int | None = None,
    max_items: int | None = None,
    page_token: str | None = None,
    **kwargs: Any,
) -> AsyncPager[Any]:
    """The async twin of `paginate`: `async for item in apaginate(...)`; same arguments and contracts."""
    call = inspect_list_operation(operation, client, kwargs)
    walk = _Walk(call, {**kwargs, "client": client}, page_size, max_items, page_token)
    return AsyncPager(operation, walk)
