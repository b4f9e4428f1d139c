"""OpenTelemetry spans per HTTP attempt, recorded with the SDK's in-memory exporter (#11)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator, Sequence

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExportResult
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import evalclient
from evalclient.testing import FakeServer, Fault
from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run
from extend_evals_client.api.evaluation_sets import list_evaluation_sets

pytestmark = pytest.mark.integration

TOKEN = "test-token"  # the key of conftest's served fake


class _Recorder(InMemorySpanExporter):
    """Keeps spans only while this module runs: the provider stays global for the session."""

    recording = True

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return super().export(spans) if self.recording else SpanExportResult.SUCCESS


@pytest.fixture(scope="module")
def exporter() -> Iterator[InMemorySpanExporter]:
    # The application's part: configure a provider once. evalclient needs nothing else.
    recorded = _Recorder()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(recorded))
    trace.set_tracer_provider(provider)
    yield recorded
    recorded.recording = False
    recorded.clear()


@pytest.fixture
def spans(exporter: InMemorySpanExporter) -> InMemorySpanExporter:
    exporter.clear()
    return exporter


def _no_secret_in(recorded: tuple[ReadableSpan, ...]) -> None:
    for span in recorded:
        text = repr(dict(span.attributes or {})) + span.name
        assert TOKEN not in text
        assert "authorization" not in text.lower()


def test_each_attempt_is_a_client_span_following_the_http_conventions(
    spans: InMemorySpanExporter, server: FakeServer
) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url, retry=evalclient.RetryPolicy(initial_backoff=0))
    set_id = server.fake.extend.seed_set()
    server.fake.extend.seed_items(set_id, 1)
    run_id = server.fake.extend.seed_run(set_id)
    server.fake.faults.add("GET /evaluation_set_runs/{id}", Fault.status(503), times=1)
    get_evaluation_set_run.sync(client=client, id=run_id)
    failed, succeeded = spans.get_finished_spans()
    for span in (failed, succeeded):
        assert span.kind is SpanKind.CLIENT
        assert span.name == "GET /evaluation_set_runs/{id}"
        attributes = dict(span.attributes or {})
        assert attributes["http.request.method"] == "GET"
        assert attributes["server.address"] == "127.0.0.1"
        assert attributes["url.template"] == "/evaluation_set_runs/{id}"
        assert attributes["evalclient.operation"] == "get_evaluation_set_run"
        assert run_id not in repr(attributes)  # the template, never the concrete path
    assert failed.attributes is not None
    assert (failed.attributes["http.response.status_code"], failed.attributes["error.type"]) == (503, "503")
    assert failed.status.status_code is StatusCode.ERROR
    assert "http.request.resend_count" not in failed.attributes
    assert succeeded.attributes is not None
    assert succeeded.attributes["http.response.status_code"] == 200
    assert succeeded.attributes["http.request.resend_count"] == 1
    assert "error.type" not in succeeded.attributes
    _no_secret_in(spans.get_finished_spans())


def test_async_attempts_and_connection_failures_are_spans_too(spans: InMemorySpanExporter, server: FakeServer) -> None:
    client = evalclient.extend_client(token=TOKEN, base_url=server.url)
    asyncio.run(list_evaluation_sets.asyncio(client=client))
    refused = evalclient.extend_client(token=TOKEN, base_url="http://127.0.0.1:9", retry=evalclient.RetryPolicy.none())
    with pytest.raises(evalclient.ApiConnectionError):
        list_evaluation_sets.sync(client=refused)
    answered, failed = spans.get_finished_spans()
    assert answered.attributes is not None
    assert answered.attributes["http.response.status_code"] == 200
    assert failed.attributes is not None
    assert failed.attributes["error.type"] == "ConnectError"
    assert "http.response.status_code" not in failed.attributes
    _no_secret_in(spans.get_finished_spans())


def test_without_opentelemetry_in_the_application_nothing_of_it_is_imported() -> None:
    code = (
        "import sys, evalclient\n"
        "from evalclient.testing import FakeAPI\n"
        "from extend_evals_client.api.evaluation_sets import list_evaluation_sets\n"
        "fake = FakeAPI(token='t')\n"
        "client = evalclient.extend_client(token='t', transport=fake.transport)\n"
        "list_evaluation_sets.sync(client=client)\n"
        "print(sorted(name for name in sys.modules if name.startswith('opentelemetry')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
