"""Errors raised by this package's API functions.

Both generated packages raise the classes defined in evalclient.errors, so a single
`except evalclient.ApiError` catches a failure whichever vendor package raised it.
"""

from evalclient.errors import ResponseParseError, UnexpectedStatus

__all__ = ["ResponseParseError", "UnexpectedStatus"]
