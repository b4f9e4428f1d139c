"""evalclient: typed clients for the Extend and Bland evaluation APIs."""

from evalclient._version import __version__

__all__ = ["__version__"]
