"""Keys that rotate: `token=` as a zero-argument callable, asked for the key on every attempt.

A key rotated in a secret store is then picked up by the next attempt, without a restart or a
new client. The key goes into the auth header of the request being sent and nowhere else: not
into a repr, a log line, an error message, a hook or a span.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from evalclient.errors import ConfigurationError

KeySource = Callable[[], str]


class RotatingKey:
    """Writes the provider's current key into each attempt's auth header."""

    __slots__ = ("_header", "_prefix", "_provide")

    def __init__(self, provide: KeySource, *, header: str, prefix: str) -> None:
        self._provide = provide
        self._header = header
        self._prefix = prefix

    def __repr__(self) -> str:
        return f"RotatingKey(header={self._header!r})"

    def apply(self, request: httpx.Request) -> None:
        """Set the auth header, or raise ConfigurationError (the request is then not sent)."""
        try:
            key = self._provide()
        except Exception as exc:
            raise ConfigurationError(
                f"the token provider raised {type(exc).__name__}; the request was not sent"
            ) from exc
        if not isinstance(key, str) or not key.strip():
            raise ConfigurationError(
                f"the token provider returned no key (a {type(key).__name__}); the request was not sent"
            )
        key = key.strip()
        request.headers[self._header] = f"{self._prefix} {key}" if self._prefix else key
