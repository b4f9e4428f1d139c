"""Deterministic ids, hashes and timestamps for the fake.

Ids come from a seed and a per-kind counter, so two fakes built alike hand out the same ids in the
same order, and every "measured" number derived from ids is reproducible across test runs.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import uuid
import zlib
from collections.abc import Callable

_UNIT = float(1 << 32)


class IdFactory:
    """Extend-style (`ev_...`) and Bland-style (UUID) ids; callers hold the fake's lock."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._counters: dict[str, int] = {}

    def _digest(self, kind: str) -> bytes:
        number = self._counters.get(kind, 0)
        self._counters[kind] = number + 1
        return hashlib.blake2b(f"{self._seed}:{kind}:{number}".encode(), digest_size=16).digest()

    def extend(self, prefix: str) -> str:
        """`<prefix>_` and 22 URL-safe characters, like `ev_2LcgeY_mp2T5yPaEuq5Lw`."""
        return f"{prefix}_{base64.urlsafe_b64encode(self._digest(prefix)).rstrip(b'=').decode()}"

    def uuid(self, kind: str) -> str:
        """A version-4-shaped UUID string (Bland ids carry no prefix)."""
        return str(uuid.UUID(bytes=self._digest(kind), version=4))

    def secret(self, purpose: str) -> bytes:
        """A key only this fake knows (it signs page tokens); fixed by the seed."""
        return hashlib.blake2b(f"{self._seed}:secret:{purpose}".encode(), digest_size=32).digest()


def unit(*parts: str) -> float:
    """A number in [0, 1) fixed by `parts`: the fake's stand-in for a measured outcome."""
    return zlib.crc32("\x1f".join(parts).encode()) / _UNIT


def mix(seed: int, label: bytes) -> float:
    """A cheap second-level hash: [0, 1) from a seed (e.g. `seed_of(...)`) and a label."""
    return zlib.crc32(label, seed) / _UNIT


def seed_of(*parts: str) -> int:
    """An integer hash of `parts`, to feed `mix` many times without re-hashing the same prefix."""
    return zlib.crc32("\x1f".join(parts).encode())


class IndexedIds:
    """UUIDs that encode an index: results of a run are numbered, never stored.

    A run may have 250,000 agent results; computing the one with a given id must not need a table.
    The first ten bytes name the (run, kind) pair, the last six hold the index.
    """

    def __init__(self, owner: str, kind: str) -> None:
        prefix = hashlib.blake2b(f"{owner}:{kind}".encode(), digest_size=10).digest()
        # Fix the version and variant bits up front so they never touch the index bytes.
        self._prefix = uuid.UUID(bytes=prefix + bytes(6), version=4).bytes[:10]

    def id_at(self, index: int) -> str:
        return str(uuid.UUID(bytes=self._prefix + index.to_bytes(6, "big")))

    def index_of(self, value: str) -> int | None:
        try:
            raw = uuid.UUID(value).bytes
        except ValueError:
            return None
        if raw[:10] != self._prefix:
            return None
        return int.from_bytes(raw[10:], "big")


class Timeline:
    """Wall-clock timestamps that move with the injected clock, so a fake clock drives them too."""

    def __init__(self, clock: Callable[[], float], start: datetime.datetime | None) -> None:
        self.clock = clock
        self._origin = clock()
        start = start or datetime.datetime.now(datetime.UTC)
        self._start = start.timestamp()

    def now(self) -> float:
        """The injected clock's reading (seconds; only differences matter)."""
        return self.clock()

    def stamp(self, at: float | None = None) -> str:
        """RFC 3339 UTC with milliseconds (`2026-05-27T10:00:00.000Z`) for a clock reading."""
        reading = self.clock() if at is None else at
        moment = datetime.datetime.fromtimestamp(self._start + reading - self._origin, datetime.UTC)
        return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"
