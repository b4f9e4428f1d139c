"""evalclient.testing: an in-memory fake of the Extend and Bland evaluation APIs, for test suites.

    clock = ManualClock()                   # time moves only when the test says so
    fake = FakeAPI(token="test-token", run_seconds=2.0, clock=clock, sleep=clock.sleep)
    client = evalclient.extend_client(token="test-token", base_url="http://fake", transport=fake.transport)
    ...; clock.advance(2.0)                 # every run started so far has finished

    with FakeServer(fake=fake) as server:   # the same fake over real HTTP on 127.0.0.1
        httpx.get(f"{server.url}/v1/evals/agents", headers={"authorization": "test-token"})

It speaks JSON like the real APIs (it never imports the generated clients), is seeded so a full
flow needs nothing else (`fake.extend.extractor_id`, `fake.bland.call_ids`, ...; `fake.manifest()`
names every seeded resource by kind, as JSON), and scripts faults per route
(`fake.faults.add("GET /evaluation_set_runs/{id}", Fault.status(429))`). Given a webhook URL
and secret it POSTs signed Extend run events when runs end (`fake.webhooks`).
Standard library only, plus httpx.

`python -m evalclient.testing serve` runs it as a process for tests in any language: it prints its
URL, then the manifest on one line (`--manifest FILE` writes it to a file too). For pytest suites,
the opt-in plugin `evalclient.testing.pytest_plugin` (`-p evalclient.testing.pytest_plugin`) has
fixtures `evalclient_clock`, `evalclient_fake`, `evalclient_extend`, `evalclient_bland` and
`evalclient_server`; it is never loaded unless asked for.
"""

from evalclient.testing._clock import ManualClock
from evalclient.testing._core import FakeAPI, FakeResponse, LoggedRequest
from evalclient.testing._faults import Fault, FaultPlan
from evalclient.testing._server import FakeServer
from evalclient.testing._transport import FakeTransport
from evalclient.testing._webhooks import WebhookDelivery, WebhookSender

__all__ = [
    "FakeAPI",
    "FakeResponse",
    "FakeServer",
    "FakeTransport",
    "Fault",
    "FaultPlan",
    "LoggedRequest",
    "ManualClock",
    "WebhookDelivery",
    "WebhookSender",
]
