"""Pagination the way each vendor does it.

Extend: an opaque `nextPageToken` the fake signs (`<payload>:<signature>`, base64 like the docs'
example), so a forged, truncated or foreign token is a 400, and a token is only valid with the
`sortBy`/`sortDir` that produced it (a client must repeat the original query on every page).
The token remembers the sort key of the last row served, not an offset, so rows created or
deleted between pages never shift the walk.

Bland: `limit` with `starting_after` / `ending_before` object ids and `{has_more, next_cursor}`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import TypeVar

from evalclient.testing._validation import JsonObject, bad_request

T = TypeVar("T")


class PageTokens:
    """Issues and checks Extend `nextPageToken`s for one fake (the key is private to it)."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _sign(self, payload: bytes) -> str:
        digest = hmac.new(self._key, payload, hashlib.sha256).digest()[:24]
        return base64.b64encode(digest).decode()

    def issue(self, scope: str, sort_by: str, sort_dir: str, last_key: int) -> str:
        """A token for "the rows after `last_key`" of the list `scope` in this order."""
        payload = f"{scope}|{sort_by}|{sort_dir}|{last_key}".encode()
        return f"{base64.b64encode(payload).decode()}:{self._sign(payload)}"

    def read(self, token: str, scope: str, sort_by: str, sort_dir: str) -> int:
        """The sort key a token continues after; 400 for anything this fake did not issue for this query."""
        encoded, _, signature = token.partition(":")
        try:
            payload = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            bad_request("nextPageToken is not a token this API issued")
        # Bytes, not str: compare_digest refuses non-ASCII text, and a forged token may hold any.
        if not signature or not hmac.compare_digest(signature.encode(), self._sign(payload).encode()):
            bad_request("nextPageToken is not a token this API issued")
        token_scope, token_sort_by, token_sort_dir, last_key = payload.decode().rsplit("|", 3)
        if token_scope != scope:
            bad_request("nextPageToken belongs to a different list")
        if (token_sort_by, token_sort_dir) != (sort_by, sort_dir):
            bad_request(
                f"nextPageToken was issued for sortBy={token_sort_by}&sortDir={token_sort_dir}; "
                "repeat the original query parameters with it"
            )
        return int(last_key)


def extend_page(
    rows: Sequence[T], key: Callable[[T], int], descending: bool, after: int | None, size: int
) -> tuple[list[T], int | None]:
    """One page of `rows` (sorted ascending by `key`) and the key to continue after, if any remain."""
    if descending:
        end = len(rows) if after is None else bisect_left(rows, after, key=key)
        start = max(0, end - size)
        page = list(rows[start:end])
        page.reverse()
        more = start > 0
    else:
        start = 0 if after is None else bisect_right(rows, after, key=key)
        end = start + size
        page = list(rows[start:end])
        more = end < len(rows)
    return page, (key(page[-1]) if more and page else None)


def bland_page(
    count: int,
    item_at: Callable[[int], JsonObject],
    index_of: Callable[[str], int | None],
    limit: int,
    starting_after: str | None,
    ending_before: str | None,
    id_field: str = "id",
) -> JsonObject:
    """A Bland list payload over `count` items, `item_at(i)` building the i-th on demand.

    With `ending_before`, the page holds the `limit` items just before that id (same order) and
    `next_cursor` is its first id, to pass as `ending_before` again.
    """
    if starting_after is not None and ending_before is not None:
        bad_request("starting_after and ending_before cannot be combined")
    if ending_before is not None:
        end = _position(ending_before, index_of, count, "ending_before")
        start = max(0, end - limit)
        more = start > 0
        cursor_index = start
    else:
        start = 0 if starting_after is None else _position(starting_after, index_of, count, "starting_after") + 1
        end = min(count, start + limit)
        more = end < count
        cursor_index = end - 1
    items = [item_at(index) for index in range(start, end)]
    next_cursor = items[cursor_index - start][id_field] if more and items else None
    return {"object": "list", "data": items, "has_more": more, "next_cursor": next_cursor}


def _position(cursor: str, index_of: Callable[[str], int | None], count: int, name: str) -> int:
    index = index_of(cursor)
    if index is None or not 0 <= index < count:
        bad_request(f"{name}: no object with id {cursor!r} in this list")
    return index
