"""pytest fixtures for your own test suite: the fake APIs, a clock you drive, clients bound to both.

Opt in (it is never loaded on its own: the package declares no pytest entry point), either in a
`conftest.py`:

    pytest_plugins = ["evalclient.testing.pytest_plugin"]

or on the command line: `pytest -p evalclient.testing.pytest_plugin`. Then, in any test:

    def test_gate(evalclient_fake, evalclient_extend, evalclient_clock):
        set_id = evalclient_fake.extend.seed_set()
        ...
        evalclient_clock.advance(evalclient_fake.extend.run_seconds)   # every run has finished

Fixtures (each new for every test):
- `evalclient_clock`: a `ManualClock`; time moves only when the test advances it (or sleeps on it).
- `evalclient_fake`: a `FakeAPI` on that clock, key `EVALCLIENT_TOKEN` ("test-token").
- `evalclient_extend`, `evalclient_bland`: clients from `evalclient.extend_client` / `bland_client`
  talking to that fake in process (no socket); their retries back off on the clock, so a scripted
  429 costs no real time.
- `evalclient_server`: a `FakeServer` serving that same fake on a loopback port (`.url`), for code
  that takes a base URL or runs in a subprocess; stopped after the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import bland_evals_client
import extend_evals_client
from evalclient.clients import bland_client, extend_client
from evalclient.retry import RetryPolicy
from evalclient.testing._clock import ManualClock
from evalclient.testing._core import FakeAPI
from evalclient.testing._server import FakeServer
from evalclient.transport import EvalTransport

if TYPE_CHECKING:
    import pytest

__all__ = ["EVALCLIENT_TOKEN", "pytest_configure"]

EVALCLIENT_TOKEN = "test-token"  # noqa: S105  # the fake's well-known test key, not a secret
_BASE_URL = "http://evalclient-fake.test"  # never resolved: the in-process transport answers
_FIXTURES = "evalclient.testing.fixtures"


def pytest_configure(config: pytest.Config) -> None:
    """Register the fixtures (once, even when both `-p` and `pytest_plugins` name this plugin)."""
    if not config.pluginmanager.has_plugin(_FIXTURES):
        config.pluginmanager.register(_fixtures(), _FIXTURES)


def _fixtures() -> object:
    # pytest is imported here, not at the top: this module ships in the wheel, and a bare install
    # (httpx and attrs only) must still import every module of the package.
    import pytest

    class Fixtures:
        @pytest.fixture
        def evalclient_clock(self) -> ManualClock:
            """Time that moves only when the test says so (`advance`, `sleep`, `async_sleep`)."""
            return ManualClock()

        @pytest.fixture
        def evalclient_fake(self, evalclient_clock: ManualClock) -> FakeAPI:
            """The fake Extend and Bland APIs, seeded, on `evalclient_clock` (its sleeps cost no real time)."""
            clock = evalclient_clock
            return FakeAPI(token=EVALCLIENT_TOKEN, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)

        @pytest.fixture
        def evalclient_extend(
            self, evalclient_fake: FakeAPI, evalclient_clock: ManualClock
        ) -> Iterator[extend_evals_client.AuthenticatedClient]:
            """An Extend client (`evalclient.extend_client`) bound to `evalclient_fake` in process."""
            transport = _transport(evalclient_fake, evalclient_clock)
            client = extend_client(
                token=EVALCLIENT_TOKEN, base_url=_BASE_URL, retry=RetryPolicy.none(), transport=transport
            )
            yield client
            _close(client)

        @pytest.fixture
        def evalclient_bland(
            self, evalclient_fake: FakeAPI, evalclient_clock: ManualClock
        ) -> Iterator[bland_evals_client.AuthenticatedClient]:
            """A Bland client (`evalclient.bland_client`) bound to `evalclient_fake` in process."""
            transport = _transport(evalclient_fake, evalclient_clock)
            client = bland_client(
                token=EVALCLIENT_TOKEN, base_url=_BASE_URL, retry=RetryPolicy.none(), transport=transport
            )
            yield client
            _close(client)

        @pytest.fixture
        def evalclient_server(self, evalclient_fake: FakeAPI) -> Iterator[FakeServer]:
            """`evalclient_fake` over real HTTP on 127.0.0.1 (`evalclient_server.url`); stopped after the test."""
            with FakeServer(fake=evalclient_fake) as server:
                yield server

    return Fixtures()


def _transport(fake: FakeAPI, clock: ManualClock) -> EvalTransport:
    # The factories' own transport sleeps for real between retries; this one, beneath it, retries
    # with the default policy on the test's clock, and the factories' layer is told not to retry.
    return EvalTransport(RetryPolicy.default(), inner=fake.transport, sleep=clock.sleep, async_sleep=clock.async_sleep)


def _close(client: extend_evals_client.AuthenticatedClient | bland_evals_client.AuthenticatedClient) -> None:
    # Not `with client:` around the yield: a test may enter the client itself, and httpx refuses a
    # second entry. Closing twice is harmless. An async client holds nothing here (no socket) to close.
    client.get_httpx_client().close()
