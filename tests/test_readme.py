"""The README's Python examples run, in order, as one program: they cannot drift from the code."""

from __future__ import annotations

import re

import pytest

from spec_support import ROOT

pytestmark = pytest.mark.integration

_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def test_readme_examples_run() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = _PYTHON_BLOCK.findall(readme)
    assert len(blocks) >= 6, "the README shows clients, paging, waiting, errors and the fake"
    namespace: dict[str, object] = {"__name__": "readme"}
    for number, block in enumerate(blocks, start=1):
        code = compile(block, f"README.md python block {number}", "exec")
        exec(code, namespace)  # our own README: running it is the point
