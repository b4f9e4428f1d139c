"""Shared fixtures and the test lanes.

Every test module declares its lane with `pytestmark`: `unit` (in process only: no subprocess,
no socket, no generator run), `integration` (loopback servers, sockets, threads, forks, CLI
subprocesses) or `pipeline` (the generator, builds, the release pipeline); one test may declare
another lane than its module's, and the closest marker wins. `index` marks what needs a package
index as well. `pytest --lane unit` (`make test-fast`) runs one lane; no option runs them all.
"""

from __future__ import annotations

import socket

import pytest

LANES = ("unit", "integration", "pipeline")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--lane", choices=LANES, action="append", help="run only the tests of this lane (repeatable)")


def lane_of(item: pytest.Item) -> str:
    # iter_markers yields the test's own markers first, then its class's, then its module's.
    lane = next((mark.name for mark in item.iter_markers() if mark.name in LANES), None)
    if lane is None:
        # A test without a lane would silently fall out of `make test-fast` and of the lane counts.
        raise pytest.UsageError(f"{item.nodeid}: declare a lane marker, one of {', '.join(LANES)}")
    return lane


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wanted = config.getoption("--lane")
    lanes = {item.nodeid: lane_of(item) for item in items}
    if not wanted:
        return
    deselected = [item for item in items if lanes[item.nodeid] not in wanted]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if lanes[item.nodeid] in wanted]


class _UnitLaneNetworkUse(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _unit_lane_opens_no_socket(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hold the unit lane to its word: a unit test that binds or connects a socket fails."""
    if lane_of(request.node) != "unit":
        return

    def refuse(self: socket.socket, address: object) -> None:
        raise _UnitLaneNetworkUse(f"a unit test used the network ({address!r}): mark it integration")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "bind", refuse)
