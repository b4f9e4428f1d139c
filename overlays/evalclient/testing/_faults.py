"""Scripted faults: what a route answers instead of (or on top of) its normal response.

    fake.faults.add("GET /evaluation_set_runs/{id}", Fault.status(429, retry_after="1"), times=3)
    fake.faults.add("*", Fault.drop())                      # the next request on any route
    fake.faults.add("GET /v1/evals/runs/{run_id}", Fault.patch({"data": {"status": "ARCHIVED"}}))

Faults fire in the order they were added; each is used up after `times` matching requests
(`times=None`: forever). A `status`, `drop` or `malformed` fault answers *instead of* the route,
so the request changes nothing (a retried POST creates one resource); `delay`, `patch` and
`drop_after` let the route run and alter its response (`drop_after` acts, then never answers:
the client cannot know whether the POST took effect).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import ClassVar, Final, Literal

FaultKind = Literal["status", "drop", "drop_after", "delay", "malformed", "patch"]
ANY_ROUTE: Final = "*"


class _Remove:
    def __repr__(self) -> str:
        return "Fault.REMOVE"


@dataclass(frozen=True, slots=True)
class Fault:
    """One scripted misbehaviour. Build it with the class methods, not the constructor."""

    kind: FaultKind
    status_code: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: object = None
    raw_body: bytes = b""
    seconds: float = 0.0
    changes: Mapping[object, object] | None = None

    # In a `patch`, this value deletes the key instead of setting it.
    REMOVE: ClassVar[_Remove] = _Remove()

    @classmethod
    def status(
        cls,
        status: int,
        *,
        retry_after: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: object = None,
    ) -> Fault:
        """Answer `status` with the vendor's error body (or `body`, any JSON value) and these headers."""
        json.dumps(body)  # a body that is not JSON fails here, not later inside a server thread
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = retry_after
        return cls("status", status_code=status, headers=tuple(extra.items()), body=body)

    @classmethod
    def drop(cls) -> Fault:
        """Close the connection without answering (in process: raise `httpx.RemoteProtocolError`)."""
        return cls("drop")

    @classmethod
    def drop_after(cls) -> Fault:
        """Let the route act (create, update), then close the connection without answering."""
        return cls("drop_after")

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Compute the normal response, then hold it back `seconds` (through the fake's `sleep`).

        The in-process transport raises `httpx.ReadTimeout` when the delay exceeds the request's
        read timeout; the HTTP server just answers late and lets the client time out.
        """
        if seconds < 0:
            raise ValueError("a delay cannot be negative")
        return cls("delay", seconds=seconds)

    @classmethod
    def malformed(cls, body: bytes = b'{"object": "list", "data": [{"id": ') -> Fault:
        """Answer 200 `application/json` with a body that is not JSON (a truncated document by default)."""
        return cls("malformed", raw_body=body)

    @classmethod
    def patch(cls, changes: Mapping[object, object]) -> Fault:
        """Merge `changes` into the route's JSON response: an unknown enum value, union variant, null...

        Objects merge key by key, any other value replaces (`None` writes JSON null),
        `Fault.REMOVE` deletes the key, and an integer key patches that element of an array:
        `Fault.patch({"data": {"data": {0: {"status": "ARCHIVED"}}}})`.
        """
        return cls("patch", changes=changes)


def apply_patch(target: object, changes: object) -> object:
    """`target` with `changes` merged in (see `Fault.patch`); `target` itself is not modified."""
    if not isinstance(changes, Mapping):
        return changes
    if isinstance(target, list):
        patched_list = list(target)
        for index, change in changes.items():
            if isinstance(index, int) and -len(patched_list) <= index < len(patched_list):
                patched_list[index] = apply_patch(patched_list[index], change)
        return patched_list
    patched = dict(target) if isinstance(target, dict) else {}
    for key, change in changes.items():
        if change is Fault.REMOVE:
            patched.pop(key, None)
        else:
            patched[key] = apply_patch(patched.get(key), change)
    return patched


@dataclass(slots=True)
class _Scheduled:
    route: str
    fault: Fault
    remaining: int | None


class FaultPlan:
    """The faults waiting to fire (`fake.faults`); safe to edit while a server is answering."""

    def __init__(self, route_keys: Collection[str]) -> None:
        self._route_keys = frozenset(route_keys)
        self._queue: list[_Scheduled] = []
        self._lock = threading.Lock()

    def add(self, route: str, fault: Fault, *, times: int | None = 1) -> None:
        """Queue `fault` for the next `times` requests on `route` (a spec key such as
        `"POST /evaluation_set_runs"`, or `"*"` for any route)."""
        if route != ANY_ROUTE and route not in self._route_keys:
            known = ", ".join(sorted(self._route_keys))
            raise ValueError(f"unknown route {route!r}; routes are {known} (or '*')")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        with self._lock:
            self._queue.append(_Scheduled(route, fault, times))

    def clear(self) -> None:
        """Forget every queued fault."""
        with self._lock:
            self._queue.clear()

    @property
    def pending(self) -> list[tuple[str, Fault, int | None]]:
        """(route, fault, uses left) for every fault still queued, in firing order."""
        with self._lock:
            return [(item.route, item.fault, item.remaining) for item in self._queue]

    def take(self, route: str) -> Fault | None:
        """The fault for this request on `route`, counting one use of it."""
        if not self._queue:  # the common case needs no lock: an empty plan stays cheap
            return None
        with self._lock:
            for position, item in enumerate(self._queue):
                if item.route in (route, ANY_ROUTE):
                    if item.remaining is not None:
                        item.remaining -= 1
                        if item.remaining == 0:
                            del self._queue[position]
                    return item.fault
        return None


class RequestRateLimit:
    """The vendor's rate limit, as the fake enforces it: a bucket of `per_second` tokens refilled
    at `per_second` a second; a request finding it empty is answered 429 with `Retry-After: 1`."""

    def __init__(self, per_second: float, clock: Callable[[], float]) -> None:
        if per_second <= 0:
            raise ValueError("a rate limit must allow more than 0 requests a second")
        self.per_second = per_second
        self._clock = clock
        self._tokens = per_second
        self._updated = clock()
        self._lock = threading.Lock()
        self.refused = 0

    def admit(self) -> bool:
        with self._lock:
            now = self._clock()
            self._tokens = min(self.per_second, self._tokens + (now - self._updated) * self.per_second)
            self._updated = now
            if self._tokens >= 1:
                self._tokens -= 1
                return True
            self.refused += 1
            return False
