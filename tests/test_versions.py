"""The API and spec versions evalclient reports are the ones its specs declare, everywhere they appear."""

from __future__ import annotations

import importlib.util

import httpx
import pytest

import evalclient
from evalclient import _api_versions
from spec_support import ROOT, SPECS, load_spec

pytestmark = pytest.mark.unit


def test_spec_versions_are_the_specs_info_versions() -> None:
    assert dict(_api_versions.SPEC_VERSIONS) == {name: load_spec(name)["info"]["version"] for name in SPECS}


def test_the_pinned_extend_api_version_is_the_extend_spec_version() -> None:
    # The Extend document describes exactly one API version; the client must ask for that one.
    assert load_spec("extend")["info"]["version"] == _api_versions.EXTEND_API_VERSION


def test_the_extend_client_sends_the_pinned_version() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": []})

    client = evalclient.extend_client(token="t", base_url="http://127.0.0.1:1", transport=httpx.MockTransport(answer))
    client.get_httpx_client().get("/evaluation_sets")
    assert seen[0].headers["x-extend-api-version"] == _api_versions.EXTEND_API_VERSION


def test_the_metadata_hook_writes_every_version_into_the_keywords() -> None:
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    hatch_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hatch_build)
    metadata: dict[str, object] = {}
    hatch_build.ApiVersionsMetadataHook(str(ROOT), {}).update(metadata)
    keywords = metadata["keywords"]
    assert isinstance(keywords, list)
    assert f"extend-api-version={load_spec('extend')['info']['version']}" in keywords
    for name in SPECS:
        assert f"{name}-spec-version={load_spec(name)['info']['version']}" in keywords
