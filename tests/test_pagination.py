"""evalclient.paginate / apaginate against a scripted peer, in both cursor styles, sync and async."""

from __future__ import annotations

import asyncio
import gc
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx
import pytest

import evalclient
from bland_evals_client.api.eval_runs import get_eval_run, list_eval_run_call_results
from evalclient import NotFoundError, RetryPolicy, ServerError
from extend_evals_client.api.evaluation_set_items import list_evaluation_set_items
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run
from extend_evals_client.models.sort_by import SortBy

pytestmark = pytest.mark.unit

Body = dict[str, Any]
Respond = Callable[[dict[str, str], int], httpx.Response]
ABSENT = object()  # an Extend page whose body leaves `nextPageToken` out


def extend_body(ids: list[str], cursor: object, has_more: bool = True) -> Body:
    body: Body = {"object": "list", "data": [{"object": "evaluation_set_item", "id": i} for i in ids]}
    if cursor is not ABSENT:
        body["nextPageToken"] = cursor
    return body


def bland_body(ids: list[str], cursor: object, has_more: bool = True) -> Body:
    items = [
        {
            "id": i,
            "eval_run_id": "run_1",
            "call_id": f"call_{i}",
            "status": "done",
            "created_at": "2026-01-01T00:00:00Z",
        }
        for i in ids
    ]
    next_cursor = None if cursor is ABSENT else cursor
    return {"data": {"object": "list", "data": items, "has_more": has_more, "next_cursor": next_cursor}, "errors": None}


@dataclass(frozen=True)
class Style:
    """One API's list operation as the tests drive it, and the query names it must send."""

    name: str
    operation: ModuleType
    kwargs: dict[str, Any]
    cursor_query: str
    size_query: str
    default_size: int
    body: Callable[..., Body]

    def client(self, respond: Respond) -> tuple[Any, list[dict[str, str]]]:
        """A real evalclient client whose network is `respond`; returns it and the list of queries it receives."""
        queries: list[dict[str, str]] = []

        def handle(request: httpx.Request) -> httpx.Response:
            queries.append(dict(request.url.params))
            return respond(queries[-1], len(queries) - 1)

        transport = httpx.MockTransport(handle)
        factory = evalclient.extend_client if self.name == "extend" else evalclient.bland_client
        return factory(token="k", transport=transport, retry=RetryPolicy.none()), queries


EXTEND = Style(
    "extend",
    list_evaluation_set_items,
    {"evaluation_set_id": "ev_1", "sort_by": SortBy.CREATEDAT},
    "nextPageToken",
    "maxPageSize",
    10,
    extend_body,
)
BLAND = Style(
    "bland",
    list_eval_run_call_results,
    {"run_id": "run_1", "include_agent_results": True},
    "starting_after",
    "limit",
    25,
    bland_body,
)
STYLES = pytest.mark.parametrize("style", [EXTEND, BLAND], ids=["extend", "bland"])


def item_id(index: int) -> str:
    return f"it{index:06d}"


def collection(style: Style, total: int, fail_on: dict[int, int] | None = None) -> Respond:
    """A list of `total` items served by cursor (the id of the last item sent) and page size.

    `fail_on` maps a request number (0-based) to the error status it gets instead.
    """

    def respond(query: dict[str, str], number: int) -> httpx.Response:
        if fail_on and number in fail_on:
            return httpx.Response(fail_on[number], json={"message": "boom"})
        cursor = query.get(style.cursor_query)
        start = int(cursor[2:]) + 1 if cursor else 0
        size = int(query.get(style.size_query, style.default_size))
        ids = [item_id(i) for i in range(start, min(start + size, total))]
        more = start + size < total
        return httpx.Response(200, json=style.body(ids, ids[-1] if more else None, more))

    return respond


def scripted(style: Style, pages: list[Body]) -> Respond:
    """Answers the n-th request with the n-th body, whatever it asks."""
    return lambda query, number: httpx.Response(200, json=pages[number])


def ids_of(items: list[Any]) -> list[str]:
    return [item.id for item in items]


@STYLES
def test_walks_every_item_repeating_the_original_arguments(style: Style) -> None:
    client, queries = style.client(collection(style, 7))
    pager = evalclient.paginate(style.operation, client=client, page_size=3, **style.kwargs)
    assert queries == []  # lazy: nothing is fetched before iteration
    assert ids_of(list(pager)) == [item_id(i) for i in range(7)]
    assert [q.get(style.cursor_query) for q in queries] == [None, item_id(2), item_id(5)]
    assert [q[style.size_query] for q in queries] == ["3", "3", "3"]
    extra = {"sortBy": "createdAt"} if style is EXTEND else {"include_agent_results": "true"}
    assert all(q.items() >= extra.items() for q in queries)
    assert pager.next_page_token is None


@STYLES
def test_pages_yields_lists_of_items(style: Style) -> None:
    client, _ = style.client(collection(style, 7))
    pages = list(evalclient.paginate(style.operation, client=client, page_size=3, **style.kwargs).pages())
    assert [ids_of(page) for page in pages] == [
        [item_id(0), item_id(1), item_id(2)],
        [item_id(3), item_id(4), item_id(5)],
        [item_id(6)],
    ]
    assert all(isinstance(page, list) for page in pages)


@STYLES
def test_page_size_none_sends_no_size(style: Style) -> None:
    client, queries = style.client(collection(style, 3))
    assert len(list(evalclient.paginate(style.operation, client=client, **style.kwargs))) == 3
    # The generated function sends its own default; paginate adds nothing.
    assert queries[0][style.size_query] == str(style.default_size)


@STYLES
def test_empty_first_page(style: Style) -> None:
    client, queries = style.client(scripted(style, [style.body([], None, False)]))
    pager = evalclient.paginate(style.operation, client=client, **style.kwargs)
    assert [list(page) for page in pager.pages()] == [[]]
    assert len(queries) == 1
    assert pager.next_page_token is None


@STYLES
def test_empty_page_with_a_cursor_is_followed(style: Style) -> None:
    client, queries = style.client(scripted(style, [style.body([], "c1"), style.body(["a"], None, False)]))
    assert ids_of(list(evalclient.paginate(style.operation, client=client, **style.kwargs))) == ["a"]
    assert queries[1][style.cursor_query] == "c1"


END_CASES = [
    # (style, first page's cursor, has_more) -> the walk ends after that page
    pytest.param(EXTEND, None, True, id="extend-null-token"),
    pytest.param(EXTEND, ABSENT, True, id="extend-absent-token"),
    pytest.param(EXTEND, "", True, id="extend-empty-token"),
    pytest.param(BLAND, None, True, id="bland-null-cursor"),
    pytest.param(BLAND, "", True, id="bland-empty-cursor"),
    pytest.param(BLAND, "c1", False, id="bland-has-more-false"),
]


@pytest.mark.parametrize(("style", "cursor", "has_more"), END_CASES)
def test_end_of_walk(style: Style, cursor: object, has_more: bool) -> None:
    client, queries = style.client(scripted(style, [style.body(["a", "b"], cursor, has_more)]))
    pager = evalclient.paginate(style.operation, client=client, **style.kwargs)
    assert ids_of(list(pager)) == ["a", "b"]
    assert len(queries) == 1
    assert pager.next_page_token is None


@STYLES
def test_repeated_cursor_ends_the_walk(style: Style, caplog: pytest.LogCaptureFixture) -> None:
    pages = [style.body(["a"], "c1"), style.body(["b"], "c1"), style.body(["never"], None, False)]
    client, queries = style.client(scripted(style, pages))
    with caplog.at_level(logging.WARNING, logger="evalclient"):
        pager = evalclient.paginate(style.operation, client=client, **style.kwargs)
        assert ids_of(list(pager)) == ["a", "b"]
    assert len(queries) == 2
    assert pager.next_page_token is None
    assert "returned the cursor it was sent ('c1')" in caplog.text


MAX_ITEMS_CASES = [
    # (style, total, page_size, max_items, sizes requested, items yielded, resume point)
    pytest.param(EXTEND, 10, 4, 6, ["4", "2"], 6, item_id(5), id="extend-cap-mid-page"),
    pytest.param(BLAND, 10, 4, 8, ["4", "4"], 8, item_id(7), id="bland-cap-at-page-end"),
    pytest.param(EXTEND, 30, None, 5, ["5"], 5, item_id(4), id="extend-default-size-cut"),
    pytest.param(BLAND, 40, None, 30, ["25", "5"], 30, item_id(29), id="bland-default-size-cut"),
    pytest.param(EXTEND, 3, 4, 6, ["4"], 3, None, id="extend-cap-above-total"),
    pytest.param(BLAND, 10, 4, 0, [], 0, None, id="bland-cap-zero"),
]


@pytest.mark.parametrize(("style", "total", "page_size", "max_items", "sizes", "count", "resume"), MAX_ITEMS_CASES)
def test_max_items_never_fetches_a_page_it_will_not_use(
    style: Style, total: int, page_size: int | None, max_items: int, sizes: list[str], count: int, resume: str | None
) -> None:
    client, queries = style.client(collection(style, total))
    pager = evalclient.paginate(
        style.operation, client=client, page_size=page_size, max_items=max_items, **style.kwargs
    )
    assert ids_of(list(pager)) == [item_id(i) for i in range(count)]
    assert [q[style.size_query] for q in queries] == sizes
    assert pager.next_page_token == resume


@STYLES
def test_max_items_caps_a_page_larger_than_asked_for(style: Style) -> None:
    client, queries = style.client(scripted(style, [style.body(["a", "b", "c", "d", "e"], "c1")]))
    pager = evalclient.paginate(style.operation, client=client, max_items=3, **style.kwargs)
    assert ids_of(list(pager)) == ["a", "b", "c"]
    assert [q[style.size_query] for q in queries] == ["3"]  # the server ignored the size it was sent


@STYLES
def test_resume_from_next_page_token_continues_exactly(style: Style) -> None:
    client, queries = style.client(collection(style, 10))
    first = evalclient.paginate(style.operation, client=client, page_size=4, max_items=6, **style.kwargs)
    seen = ids_of(list(first))
    resumed = evalclient.paginate(
        style.operation, client=client, page_size=4, page_token=first.next_page_token, **style.kwargs
    )
    seen += ids_of(list(resumed))
    assert seen == [item_id(i) for i in range(10)]
    assert queries[2][style.cursor_query] == item_id(5)


@STYLES
def test_failure_on_page_n_keeps_its_type_and_tells_the_cursor(style: Style) -> None:
    client, queries = style.client(collection(style, 10, fail_on={2: 500}))
    pager = evalclient.paginate(style.operation, client=client, page_size=3, **style.kwargs)
    seen: list[str] = []
    with pytest.raises(ServerError) as caught:
        seen.extend(item.id for item in pager)
    assert seen == [item_id(i) for i in range(6)]
    assert caught.value.page_token == item_id(5)
    assert caught.value.page_number == 3
    assert f"page_token='{item_id(5)}'" in "\n".join(caught.value.__notes__)
    assert pager.next_page_token == item_id(5)
    # Iterating the same pager again retries the failed page and goes on without repeating.
    assert ids_of(list(pager)) == [item_id(i) for i in range(6, 10)]
    assert queries[3][style.cursor_query] == item_id(5)


@STYLES
def test_failure_on_the_first_page_has_no_cursor(style: Style) -> None:
    client, _ = style.client(collection(style, 10, fail_on={0: 404}))
    with pytest.raises(NotFoundError) as caught:
        list(evalclient.paginate(style.operation, client=client, **style.kwargs))
    assert vars(caught.value)["page_token"] is None  # set by the walk, not the class default
    assert caught.value.page_number == 1


@pytest.mark.parametrize(
    ("operation", "kwargs", "message"),
    [
        pytest.param(get_evaluation_set_run, {"id": "x"}, "get_evaluation_set_run is not a list operation", id="get"),
        pytest.param(get_eval_run, {"run_id": "x"}, "get_eval_run is not a list operation", id="bland-get"),
        pytest.param(list_evaluation_set_items.sync, {}, "needs a generated operation module", id="function"),
        pytest.param(
            list_evaluation_set_items,
            {"evaluation_set_id": "e", "next_page_token": "t"},
            "pass page_token= to paginate list_evaluation_set_items, not next_page_token=",
            id="owned-cursor",
        ),
        pytest.param(
            list_eval_run_call_results,
            {"run_id": "r", "limit": 5},
            "pass page_size= to paginate list_eval_run_call_results, not limit=",
            id="owned-size",
        ),
        pytest.param(
            list_evaluation_set_items, {}, "list_evaluation_set_items: missing a required argument", id="missing"
        ),
        pytest.param(
            list_eval_run_call_results, {"run_id": "r", "colour": 1}, "list_eval_run_call_results:", id="extra"
        ),
    ],
)
def test_wrong_operation_or_arguments_is_a_type_error_before_any_request(
    operation: Any, kwargs: dict[str, Any], message: str
) -> None:
    client, queries = EXTEND.client(collection(EXTEND, 1))
    with pytest.raises(TypeError, match=message):
        evalclient.paginate(operation, client=client, **kwargs)
    with pytest.raises(TypeError, match=message):
        evalclient.apaginate(operation, client=client, **kwargs)
    assert queries == []


@pytest.mark.parametrize(("page_size", "max_items"), [(0, None), (-1, None), (None, -1)])
def test_invalid_sizes(page_size: int | None, max_items: int | None) -> None:
    client, _ = EXTEND.client(collection(EXTEND, 1))
    with pytest.raises(ValueError, match=r"page_size|max_items"):
        evalclient.paginate(EXTEND.operation, client=client, page_size=page_size, max_items=max_items, **EXTEND.kwargs)


def test_a_page_of_the_wrong_shape_is_a_type_error_naming_the_operation() -> None:
    client, _ = EXTEND.client(lambda query, number: httpx.Response(200, json={"object": "list", "data": []}))
    # A hand-made module whose parameters look like Extend's but whose response is not a page.
    fake = ModuleType("list_oddities")
    fake.sync = lambda *, client, next_page_token=None, max_page_size=10: object()  # type: ignore[attr-defined]
    fake.asyncio = list_evaluation_set_items.asyncio  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="list_oddities returned object, which is not a Extend list page"):
        list(evalclient.paginate(fake, client=client))


@STYLES
def test_async_walk_pages_cap_and_resume(style: Style) -> None:
    client, queries = style.client(collection(style, 10))

    async def walk() -> tuple[list[str], list[list[str]], str | None]:
        items = [
            item.id async for item in evalclient.apaginate(style.operation, client=client, page_size=4, **style.kwargs)
        ]
        capped = evalclient.apaginate(style.operation, client=client, page_size=4, max_items=5, **style.kwargs)
        pages = [ids_of(page) async for page in capped.pages()]
        return items, pages, capped.next_page_token

    items, pages, resume = asyncio.run(walk())
    assert items == [item_id(i) for i in range(10)]
    assert pages == [[item_id(i) for i in range(4)], [item_id(4)]]
    assert resume == item_id(4)
    assert [q[style.size_query] for q in queries[3:]] == ["4", "1"]


@STYLES
def test_async_failure_on_page_n(style: Style) -> None:
    client, _ = style.client(collection(style, 10, fail_on={1: 500}))

    async def walk() -> list[str]:
        seen: list[str] = []
        async for item in evalclient.apaginate(style.operation, client=client, page_size=4, **style.kwargs):
            seen.append(item.id)
        return seen

    with pytest.raises(ServerError) as caught:
        asyncio.run(walk())
    assert caught.value.page_token == item_id(3)
    assert caught.value.page_number == 2


def test_items_of_a_walked_page_are_released() -> None:
    client, _ = EXTEND.client(collection(EXTEND, 30))
    walk = iter(evalclient.paginate(EXTEND.operation, client=client, page_size=10, **EXTEND.kwargs))
    first = weakref.ref(next(walk))
    for _ in range(19):  # through page 2, into nothing of page 3 yet
        next(walk)
    next(walk)  # the first item of page 3: page 1 is no longer referenced by the pager
    gc.collect()
    assert first() is None
