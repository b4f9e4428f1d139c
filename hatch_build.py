"""Hatch metadata hook: put the API and spec versions evalclient speaks into the package metadata.

They come from overlays/evalclient/_api_versions.py, the one place they are written (a test keeps
it equal to the specs' info.version), so the metadata, `evalclient.SPEC_VERSIONS` and the header
the client sends cannot drift apart. Keywords are the field hatchling lets a hook fill without
restating the static description; `pip show -v`, `importlib.metadata` and index pages show them.
"""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface


class ApiVersionsMetadataHook(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        # Run the file on its own: importing evalclient would need httpx and attrs in the build env.
        versions = runpy.run_path(str(Path(self.root) / "overlays" / "evalclient" / "_api_versions.py"))
        keywords = ["evaluations", "extend", "bland", f"extend-api-version={versions['EXTEND_API_VERSION']}"]
        # Sorted so the metadata is the same whatever order the mapping was written in.
        keywords += [f"{name}-spec-version={version}" for name, version in sorted(versions["SPEC_VERSIONS"].items())]
        metadata["keywords"] = keywords
