"""extend_client() / bland_client(): settings resolution, the headers that reach the wire, key secrecy."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys
from typing import Any

import httpx
import pytest

from bland_evals_client.api.evals import get_evals_status
from evalclient import (
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    RetryPolicy,
    ServerError,
    __version__,
    bland_client,
    extend_client,
)
from extend_evals_client.api.evaluation_sets import list_evaluation_sets

pytestmark = pytest.mark.unit

EXTEND_KEY = "sk_extend_test_0123456789"
BLAND_KEY = "org_bland_test_9876543210"
EXTEND_LIST = {"object": "list", "data": []}
BLAND_STATUS = {"data": {"enabled": True, "gate": "evals_enabled", "reason": None}, "errors": None}
ENV_VARS = ["EXTEND_API_KEY", "EXTEND_BASE_URL", "BLAND_API_KEY", "BLAND_BASE_URL"]


class CapturingPeer:
    """An in-memory API: answers with the queued responses (the last repeats) and keeps every request.

    Each answer is a fresh copy: httpx binds a response to the client that received it.
    """

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        template = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        return httpx.Response(template.status_code, headers=template.headers, content=template.content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def ok(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


# --- what reaches the wire --------------------------------------------------------------------


def test_extend_sends_bearer_key_version_workspace_and_user_agent() -> None:
    peer = CapturingPeer(ok(EXTEND_LIST))
    client = extend_client(token=EXTEND_KEY, workspace_id="ws_123", transport=peer)
    assert list_evaluation_sets.sync(client=client).data == []
    request = peer.last
    assert str(request.url).startswith("https://api.extend.ai/evaluation_sets")
    assert request.headers["authorization"] == f"Bearer {EXTEND_KEY}"
    assert request.headers["x-extend-api-version"] == "2026-02-09"
    assert request.headers["x-extend-workspace-id"] == "ws_123"
    assert request.headers["user-agent"] == f"evalclient/{__version__}"


def test_extend_without_workspace_sends_no_workspace_header() -> None:
    peer = CapturingPeer(ok(EXTEND_LIST))
    client = extend_client(token=EXTEND_KEY, api_version="2025-04-21", transport=peer)
    list_evaluation_sets.sync(client=client)
    assert "x-extend-workspace-id" not in peer.last.headers
    assert peer.last.headers["x-extend-api-version"] == "2025-04-21"


def test_bland_sends_the_raw_key_sync_and_async() -> None:
    peer = CapturingPeer(ok(BLAND_STATUS))
    client = bland_client(token=BLAND_KEY, transport=peer)
    assert get_evals_status.sync(client=client).data.enabled is True
    assert asyncio.run(get_evals_status.asyncio(client=client)).data.enabled is True
    for request in peer.requests:
        assert str(request.url) == "https://api.bland.ai/v1/evals/status"
        assert request.headers["authorization"] == BLAND_KEY
        assert request.headers["user-agent"] == f"evalclient/{__version__}"
    assert len(peer.requests) == 2


@pytest.mark.parametrize(("given", "expected"), [(60.0, 60.0), (5, 5.0), (None, None)])
def test_timeout_reaches_every_request(given: float | None, expected: float | None) -> None:
    peer = CapturingPeer(ok(EXTEND_LIST))
    list_evaluation_sets.sync(client=extend_client(token=EXTEND_KEY, timeout=given, transport=peer))
    assert peer.last.extensions["timeout"] == dict.fromkeys(("connect", "read", "write", "pool"), expected)


def test_default_timeout_is_real() -> None:
    peer = CapturingPeer(ok(EXTEND_LIST))
    list_evaluation_sets.sync(client=extend_client(token=EXTEND_KEY, transport=peer))
    assert peer.last.extensions["timeout"]["read"] == 60.0


# --- retries and typed errors through the generated functions ---------------------------------


def test_retries_by_default_and_not_with_policy_none() -> None:
    # retry-after: 0 keeps the real default sleep from waiting.
    busy = httpx.Response(503, headers={"retry-after": "0"})
    peer = CapturingPeer(busy, ok(EXTEND_LIST))
    list_evaluation_sets.sync(client=extend_client(token=EXTEND_KEY, transport=peer))
    assert len(peer.requests) == 2

    peer = CapturingPeer(httpx.Response(503, headers={"retry-after": "0"}), ok(EXTEND_LIST))
    with pytest.raises(ServerError):
        list_evaluation_sets.sync(client=extend_client(token=EXTEND_KEY, retry=RetryPolicy.none(), transport=peer))
    assert len(peer.requests) == 1


def test_documented_error_status_raises_typed_error() -> None:
    body = {"code": "NOT_FOUND", "message": "Evaluation set not found", "retryable": False, "requestId": "req_9"}
    peer = CapturingPeer(httpx.Response(404, json=body))
    client = extend_client(token=EXTEND_KEY, transport=peer)
    assert client.raise_on_unexpected_status is True
    with pytest.raises(NotFoundError) as caught:
        list_evaluation_sets.sync(client=client)
    assert str(caught.value) == "HTTP 404 | Evaluation set not found | code=NOT_FOUND | request_id=req_9"


# --- where settings come from -----------------------------------------------------------------


def test_environment_supplies_key_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTEND_API_KEY", "sk_from_env\n")  # the newline a pasted key often brings
    monkeypatch.setenv("EXTEND_BASE_URL", "http://localhost:8080")
    monkeypatch.setenv("BLAND_API_KEY", "bland_from_env")
    monkeypatch.setenv("BLAND_BASE_URL", "https://api.eu.bland.example")
    extend_peer, bland_peer = CapturingPeer(ok(EXTEND_LIST)), CapturingPeer(ok(BLAND_STATUS))
    list_evaluation_sets.sync(client=extend_client(transport=extend_peer))
    get_evals_status.sync(client=bland_client(transport=bland_peer))
    assert extend_peer.last.headers["authorization"] == "Bearer sk_from_env"
    assert str(extend_peer.last.url).startswith("http://localhost:8080/evaluation_sets")
    assert bland_peer.last.headers["authorization"] == "bland_from_env"
    assert str(bland_peer.last.url) == "https://api.eu.bland.example/v1/evals/status"


def test_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTEND_API_KEY", "sk_from_env")
    monkeypatch.setenv("EXTEND_BASE_URL", "http://localhost:8080")
    peer = CapturingPeer(ok(EXTEND_LIST))
    list_evaluation_sets.sync(
        client=extend_client(token=EXTEND_KEY, base_url="https://api.eu1.extend.ai", transport=peer)
    )
    assert peer.last.headers["authorization"] == f"Bearer {EXTEND_KEY}"
    assert str(peer.last.url).startswith("https://api.eu1.extend.ai/evaluation_sets")


@pytest.mark.parametrize(("factory", "env_var"), [(extend_client, "EXTEND_API_KEY"), (bland_client, "BLAND_API_KEY")])
@pytest.mark.parametrize(("argument", "env_value"), [(None, None), ("", None), ("  \n", None), (None, "   ")])
def test_missing_key_names_the_environment_variable(
    monkeypatch: pytest.MonkeyPatch, factory: Any, env_var: str, argument: str | None, env_value: str | None
) -> None:
    if env_value is not None:
        monkeypatch.setenv(env_var, env_value)
    with pytest.raises(ConfigurationError, match=env_var) as caught:
        factory(token=argument)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("url", ["ftp://api.extend.ai", "api.extend.ai", "file:///etc/passwd", "http://[::1", ""])
def test_base_url_must_be_http(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url must be an http") as caught:
        extend_client(token=EXTEND_KEY, base_url=url)
    assert EXTEND_KEY not in str(caught.value)


def test_bad_base_url_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BLAND_BASE_URL", "api.bland.ai")
    with pytest.raises(ConfigurationError, match="BLAND_BASE_URL environment variable must be an http"):
        bland_client(token=BLAND_KEY)


# --- the key never shows ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("factory", "key", "call"),
    [(extend_client, EXTEND_KEY, list_evaluation_sets.sync), (bland_client, BLAND_KEY, get_evals_status.sync)],
)
def test_key_stays_out_of_repr_errors_and_logs(
    caplog: pytest.LogCaptureFixture, factory: Any, key: str, call: Any
) -> None:
    caplog.set_level(logging.DEBUG, logger="evalclient")
    peer = CapturingPeer(httpx.Response(401, json={"code": "UNAUTHORIZED", "message": "Invalid API key"}))
    client = factory(token=key, transport=peer)
    before = repr(client)
    with pytest.raises(AuthenticationError) as caught:
        call(client=client)
    assert key in peer.last.headers["authorization"]  # it was sent...
    for shown in (before, repr(client), str(caught.value), repr(caught.value), caplog.text):
        assert key not in shown  # ...and is shown nowhere
    assert "AuthenticatedClient(" in before
    assert "EvalTransport(policy=RetryPolicy(" in repr(client)
    assert "-> 401 (attempt 1" in caplog.text


def _modules_loaded_by(program: str) -> list[str]:
    """The modules a fresh interpreter has loaded once `program` has run."""
    probe = f"{program}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(completed.stdout)
    return loaded


@pytest.mark.integration
def test_import_and_clients_load_no_models_operations_or_asyncio() -> None:
    # Import time is a benchmark target (BENCHMARKS.md, scenario 4): an API's models are tens of
    # attrs classes, so they load only with the first operation used (and then only its own, see
    # below); asyncio (~10 ms) only with the first async call.
    loaded = _modules_loaded_by(
        "import evalclient\nevalclient.extend_client(token='t'); evalclient.bland_client(token='t')"
    )
    packages = ("extend_evals_client", "bland_evals_client")
    # `<package>.api` itself is light (the resource clients' entry classes, #14); no operation
    # module, resource module or model may load.
    heavy = tuple(f"{package}.{part}" for package in packages for part in ("models", "api."))
    assert [name for name in loaded if name.startswith(heavy) or name == "asyncio"] == []
    assert "extend_evals_client_2025_04_21" not in loaded
    assert {"extend_evals_client.client", "bland_evals_client.client"} <= set(loaded)


@pytest.mark.integration
def test_an_extend_only_program_never_loads_blands_generated_package() -> None:
    # Bland's generated client is imported by bland_client() itself (BENCHMARKS.md, scenario 4).
    program = (
        "import sys, evalclient\n"
        "evalclient.extend_client(token='t')\n"
        "print('bland_evals_client' in sys.modules)\n"
        "evalclient.bland_client(token='t')\n"
        "print('bland_evals_client' in sys.modules)"
    )
    completed = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["False", "True"]


@pytest.mark.integration
def test_import_loads_nothing_and_every_public_name_imports_on_first_use() -> None:
    # `evalclient/__init__` is lazy (#16: the command line's `--help` must not pay for httpx):
    # the bare import loads no httpx and no generated code, yet `from evalclient import X` works
    # for every name in __all__, in a fresh interpreter, and dir() still lists all of them.
    program = (
        "import json, sys, evalclient\n"
        "bare = sorted(sys.modules)\n"
        "names = list(evalclient.__all__)\n"
        "listed = set(dir(evalclient))\n"
        "exec('from evalclient import ' + ', '.join(names))\n"
        "missing = [name for name in names if name not in listed or globals().get(name) is None]\n"
        "print(json.dumps({'bare': bare, 'missing': missing}))"
    )
    completed = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    report = json.loads(completed.stdout)
    assert report["missing"] == []
    heavy = ("httpx", "attrs", "extend_evals_client", "extend_evals_client_2025_04_21", "bland_evals_client")
    assert [name for name in report["bare"] if name.split(".")[0] in heavy] == []
    assert [name for name in report["bare"] if name.startswith("evalclient.")] == ["evalclient._version"]


@pytest.mark.integration
def test_one_operation_loads_only_the_models_it_refers_to() -> None:
    # models/__init__ loads lazily (generator-templates/models_init.py.jinja): importing one
    # operation loads its answer's models and those they refer to, not the whole API's (#16).
    loaded = _modules_loaded_by("from extend_evals_client.api.evaluation_set_runs import get_evaluation_set_run")
    models = {name.rsplit(".", 1)[1] for name in loaded if ".models." in name}
    assert {"evaluation_set_run", "api_error", "field_metric", "extract_run_metrics"} <= models
    # Models of other operations (the items list, evaluation sets, webhooks) stay unloaded.
    assert models.isdisjoint({"evaluation_set_item_summary", "evaluation_set", "file_summary", "webhook_event"})


@pytest.mark.integration
def test_one_operation_loads_no_other_operation_of_its_tag_nor_pagination_or_waiting() -> None:
    # The tag's package runs first and holds the resource classes (#14); they import what they
    # call only when called (generator-templates/endpoint_init.py.jinja, #16), so the operation's
    # import pays for nothing else: not `create_evaluation_set_run` or its request model, not
    # evalclient's pagination or waiting.
    tag = "extend_evals_client.api.evaluation_set_runs"
    loaded = _modules_loaded_by(f"from {tag} import get_evaluation_set_run")
    assert [name for name in loaded if name.startswith(f"{tag}.")] == [f"{tag}.get_evaluation_set_run"]
    assert tag in loaded
    assert [name for name in loaded if name in {"evalclient.pagination", "evalclient.waiting"}] == []
    assert "extend_evals_client.models.create_evaluation_set_run_request" not in loaded
