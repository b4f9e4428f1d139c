"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        # Pickle and copy hand back this module's one UNSET: the models test `is not UNSET`, so a
        # second instance (from a pickled or deep-copied model) would leak into to_dict().
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def path_segment(value: object, name: str) -> str:
    """Percent-encode one path parameter, refusing values that would change the path's meaning.

    quote() leaves "." and ".." alone and httpx then resolves them as dot segments, so
    get_run("..") would request the parent resource; "" would request the collection.
    """
    text = str(value)
    if text in ("", ".", ".."):
        raise ValueError(f"{name} must be a non-empty id, not {text!r}")
    return quote(text, safe="")


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "path_segment"]
