"""A client library for accessing Extend Evals 2025-04-21"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
