"""Shared fixtures and the test lanes.

Every test module declares its lane with `pytestmark`: `unit` (in process only: no subprocess,
no socket, no generator run), `integration` (loopback servers, sockets, threads, forks, CLI
subprocesses) or `pipeline` (the generator, builds, the release pipeline); one test may declare
another lane than its module's, and the closest marker wins. `index` marks what needs a package
index as well. `pytest --lane unit` (`make test-fast`) runs one lane; no option runs them all.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator, Mapping

import httpx
import pytest
from _conformance import ResponseWatch, SpecBook

from evalclient.testing import FakeAPI, FakeServer, ManualClock

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


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def fake(clock: ManualClock) -> FakeAPI:
    """The fake of both APIs on the test's clock: a run takes 10 s of it, sleeps cost no real time."""
    return FakeAPI(token="test-token", run_seconds=10.0, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)


@pytest.fixture
def server() -> Iterator[FakeServer]:
    """The fake of both APIs served on loopback (key "test-token", real time), stopped after the test."""
    with FakeServer(token="test-token") as running:
        yield running


@pytest.fixture
def fake_http(fake: FakeAPI) -> Iterator[Callable[[Mapping[str, str]], httpx.Client]]:
    """Plain httpx clients talking to `fake` in process, with the given headers; closed after the test."""
    opened: list[httpx.Client] = []

    def open_client(headers: Mapping[str, str]) -> httpx.Client:
        opened.append(httpx.Client(base_url="http://fake", transport=fake.transport, headers=dict(headers)))
        return opened[-1]

    yield open_client
    for client in opened:
        client.close()


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


@pytest.fixture(scope="session")
def response_watch() -> Iterator[ResponseWatch]:
    """Every answer any FakeAPI gives in this session (in process or behind FakeServer), checked
    against the specs in openapi/ (tests/_conformance.py)."""
    with ResponseWatch(SpecBook()).installed() as watch:
        yield watch


@pytest.fixture(autouse=True)
def _fake_answers_conform(response_watch: ResponseWatch) -> Iterator[None]:
    """Fail the test during which the fake answered something its spec does not allow."""
    yield
    problems = response_watch.drain()
    if problems:
        pytest.fail("the fake answered outside its spec:\n" + "\n".join(problems), pytrace=False)
