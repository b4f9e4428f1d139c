"""`ItemIds`: item ids in input order, stored compactly (a million ids in about 30 MB, not 80)."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from typing import overload

__all__ = ["ItemIds"]


class ItemIds(Sequence[str]):
    """A read-only sequence of ids: one bytes buffer and the offsets into it.

    A list of a million id strings costs about 80 MB (an object per id); `bulk_create_items`
    promises flat memory for a million items, so it returns this instead. It compares equal to
    a list of the same ids.
    """

    __slots__ = ("_buffer", "_ends")

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._ends = array("Q")

    def append(self, item_id: str) -> None:
        self._buffer += item_id.encode()
        self._ends.append(len(self._buffer))

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("item id index out of range")
        start = self._ends[index - 1] if index else 0
        return self._buffer[start : self._ends[index]].decode()

    def __iter__(self) -> Iterator[str]:
        start = 0
        for end in self._ends:
            yield self._buffer[start:end].decode()
            start = end

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ItemIds | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable while filling, like a list

    def __repr__(self) -> str:
        shown = ", ".join(repr(item_id) for item_id in self[:3])
        return f"ItemIds([{shown}{', ...' if len(self) > 3 else ''}], {len(self)} ids)"
