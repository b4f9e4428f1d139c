"""The narrow adapter to generated code: an operation is a module with `sync()` and `asyncio()`.

Pagination and waiting call nothing else of the generated packages, so any operation a
spec gains is usable by regenerating alone.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

ResponseT_co = TypeVar("ResponseT_co", covariant=True)


class Operation(Protocol[ResponseT_co]):
    """A generated operation module, e.g. `list_evaluation_set_items` or `get_eval_run`.

    `sync()`/`asyncio()` return only the 2xx model and raise for anything else.
    """

    @property
    def sync(self) -> Callable[..., ResponseT_co]: ...

    @property
    def asyncio(self) -> Callable[..., Awaitable[ResponseT_co]]: ...


def operation_name(operation: object) -> str:
    """The short name of an operation module (`list_eval_runs`), for messages."""
    name = getattr(operation, "__name__", None)
    return name.rpartition(".")[2] if isinstance(name, str) else repr(operation)


def operation_signature(operation: object, helper: str) -> inspect.Signature:
    """The signature of `operation.sync`; TypeError if `operation` is not an operation module.

    A common slip is passing the module's `sync` function; the message says what is expected.
    """
    sync = getattr(operation, "sync", None)
    if not callable(sync) or not callable(getattr(operation, "asyncio", None)):
        name = operation_name(operation)
        raise TypeError(f"{helper}() needs a generated operation module with sync() and asyncio(), got {name}")
    return inspect.signature(sync)


def check_arguments(operation: object, signature: inspect.Signature, client: object, kwargs: dict[str, Any]) -> None:
    """Raise TypeError naming the operation, before any request, if `client` and `kwargs` do not fit it."""
    try:
        signature.bind(client=client, **kwargs)
    except TypeError as exc:
        raise TypeError(f"{operation_name(operation)}: {exc}") from None
