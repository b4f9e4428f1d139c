"""`evalclient.request_id(result)`: the request id of the response that produced a result.

Support teams ask for the vendor's request id; on an error it is on the exception, and on a
success it is here. The generated models are attrs classes with slots, so the id cannot be
an attribute without changing every model; it is kept beside them instead, keyed by the
result's identity and dropped when the result is garbage-collected (a weak reference's
callback), so results never live longer and nothing grows.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import TypeVar

__all__ = ["request_id"]

_T = TypeVar("_T")
_IDS: dict[int, tuple[weakref.ref[object], str]] = {}
# Extend's documented header first; `x-request-id` is the common one (Bland documents none).
_HEADERS = ("x-extend-request-id", "x-request-id")


def remember(result: _T, headers: Mapping[str, str]) -> _T:
    """Record the response's request id for `result` (called by the generated `sync()` / `asyncio()`)."""
    for name in _HEADERS:
        value = headers.get(name)
        if value:
            carry(result, value)
            break
    return result


def carry(result: object, value: str | None) -> None:
    """Record `value` as the request id of `result` (e.g. a run unwrapped from its envelope)."""
    if value is None:
        return
    key = id(result)
    try:
        ref = weakref.ref(result, lambda _, key=key: _IDS.pop(key, None))  # type: ignore[misc]
    except TypeError:  # a list or a dict of results cannot be referenced weakly: nothing to record on
        return
    _IDS[key] = (ref, value)


def request_id(result: object) -> str | None:
    """The request id of the response that produced `result`, or None when the server sent none.

    `result` is a model returned by a generated `sync()` / `asyncio()` or by `wait_for_run` /
    `wait_for_run_async` (the id of its last poll).
    """
    entry = _IDS.get(id(result))
    if entry is None or entry[0]() is not result:
        return None
    return entry[1]
