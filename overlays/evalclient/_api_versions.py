"""Which API versions this release of evalclient speaks, in one place.

`SPEC_VERSIONS` holds the `info.version` of each OpenAPI document the generated packages were
made from, by document name; `EXTEND_API_VERSION` is the `x-extend-api-version` the Extend client
sends by default (the current Extend document describes exactly that version, so the two are
equal); `EXTEND_API_VERSIONS` maps every Extend version evalclient speaks to its package. tests/test_versions.py checks
these literals against openapi/; hatch_build.py copies them into the package metadata, which is
why they stay literals (the build runs this file alone, without importing evalclient).
"""

from __future__ import annotations

from types import MappingProxyType

TYPE_CHECKING = False  # `typing` is for the type checker only: the CLI's `--help` loads this module
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Final

EXTEND_API_VERSION: Final = "2026-02-09"
# Read-only: a caller changing it would only make the metadata and the headers disagree.
SPEC_VERSIONS: Final[Mapping[str, str]] = MappingProxyType(
    {"extend": "2026-02-09", "extend-2025-04-21": "2025-04-21", "bland": "v1"}
)
# Newest first; the package is imported only when a client for its version is made.
EXTEND_API_VERSIONS: Final[Mapping[str, str]] = MappingProxyType(
    {"2026-02-09": "extend_evals_client", "2025-04-21": "extend_evals_client_2025_04_21"}
)
