"""The two cursor-pagination styles of the vendor APIs: the one place their parameter and field names live.

A list operation is recognised by its parameters alone, so an operation added to a spec
pages by regenerating alone:

- Extend: request `next_page_token` + `max_page_size`; the response is
  `{object: "list", data: [...], nextPageToken}` (2026-02-09) or `{success, <plural>: [...],
  nextPageToken}` (2025-04-21: `evaluationSets`, `evaluationSetItems`), whose items are its one
  list field, found on the first page of each response type.
- Bland: request `starting_after` + `limit`; the response is the `{data, errors}` envelope
  whose `data` is `{object: "list", data: [...], has_more, next_cursor}`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import attrs

from evalclient._operation import check_arguments, operation_name, operation_signature

ItemT = TypeVar("ItemT")


class ExtendPage(Protocol[ItemT]):
    """An Extend list response, as the generated model reads it."""

    @property
    def data(self) -> list[ItemT]: ...

    # `str | None | Unset`; Unset is each generated package's own class, so only its
    # truthiness and type are read here.
    @property
    def next_page_token(self) -> object: ...


class BlandList(Protocol[ItemT]):
    """The `data` of a Bland list envelope: one page and the cursor after it."""

    @property
    def data(self) -> list[ItemT]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def next_cursor(self) -> str | None: ...


class BlandPage(Protocol[ItemT]):
    """A Bland list response: the `{data, errors}` envelope around a `BlandList`."""

    @property
    def data(self) -> BlandList[ItemT]: ...


def _read_extend(page: ExtendPage[Any]) -> tuple[list[Any], str | None]:
    token = page.next_page_token
    return _items(page), token if isinstance(token, str) and token else None


# Response model -> the name of its list field, learnt from its first page.
_ITEM_FIELDS: dict[type[Any], str] = {}


def _items(page: object) -> list[Any]:
    """The items of an Extend page: its `data`, or else its only list-valued field."""
    data = getattr(page, "data", None)
    if isinstance(data, list):
        return data
    model = type(page)
    name = _ITEM_FIELDS.get(model)
    if name is None:
        fields = attrs.fields(model) if attrs.has(model) else ()
        names = [field.name for field in fields if isinstance(getattr(page, field.name), list)]
        if len(names) != 1:
            raise TypeError(f"{model.__name__} is not a page: it has no single list of items ({names or 'none'})")
        name = _ITEM_FIELDS[model] = names[0]
    items: list[Any] = getattr(page, name)
    return items


def _read_bland(page: BlandPage[Any]) -> tuple[list[Any], str | None]:
    listing = page.data
    # has_more is the API's own end marker; a cursor beside has_more=false is not followed.
    return listing.data, (listing.next_cursor or None) if listing.has_more else None


@dataclass(frozen=True, slots=True)
class PageStyle:
    """How one API pages: the request parameters to set and how to read a page.

    `read(page)` returns the page's items and the cursor of the next page, None at the end.
    """

    vendor: str
    cursor_param: str
    size_param: str
    read: Callable[[Any], tuple[list[Any], str | None]]


PAGE_STYLES = (
    PageStyle("Extend", cursor_param="next_page_token", size_param="max_page_size", read=_read_extend),
    PageStyle("Bland", cursor_param="starting_after", size_param="limit", read=_read_bland),
)


@dataclass(frozen=True, slots=True)
class ListCall:
    """A list operation checked against its signature: the style it pages in and what it defaults to."""

    name: str
    style: PageStyle
    # The page size the operation sends when none is given (None if its spec sets no default);
    # used to cut the last request down to what `max_items` still needs.
    default_size: int | None


def inspect_list_operation(operation: object, client: object, kwargs: dict[str, Any]) -> ListCall:
    """Detect the operation's paging style and check `kwargs` against it, before any request.

    Raises TypeError naming the operation when it is not a list operation or the keyword
    arguments do not fit its signature (the cursor and the page size are the pager's own:
    they are passed as `page_token=` and `page_size=`).
    """
    signature = operation_signature(operation, "paginate")
    parameters = signature.parameters
    name = operation_name(operation)
    style = next((s for s in PAGE_STYLES if s.cursor_param in parameters and s.size_param in parameters), None)
    if style is None:
        expected = " or ".join(f"{s.cursor_param} + {s.size_param} ({s.vendor})" for s in PAGE_STYLES)
        raise TypeError(f"{name} is not a list operation: it takes neither {expected}")
    for owned, instead in ((style.cursor_param, "page_token"), (style.size_param, "page_size")):
        if owned in kwargs:
            raise TypeError(f"pass {instead}= to paginate {name}, not {owned}=")
    check_arguments(operation, signature, client, kwargs)
    default = parameters[style.size_param].default
    return ListCall(name, style, default if isinstance(default, int) else None)
