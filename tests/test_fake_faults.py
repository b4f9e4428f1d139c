"""Scripted faults and the request log, through the in-process transport and the HTTP server."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping

import httpx
import pytest

from evalclient import EXTEND_API_VERSION
from evalclient.testing import FakeAPI, FakeServer, Fault, LoggedRequest, ManualClock

pytestmark = pytest.mark.unit

EXTEND = {"Authorization": "Bearer test-token", "x-extend-api-version": EXTEND_API_VERSION}
BLAND = {"authorization": "test-token"}
RUN_ROUTE = "GET /evaluation_set_runs/{id}"


@pytest.fixture
def client(fake_http: Callable[[Mapping[str, str]], httpx.Client]) -> httpx.Client:
    return fake_http(EXTEND)


@pytest.fixture
def run_id(fake: FakeAPI) -> str:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 3)
    return fake.extend.seed_run(set_id, duration=0)


def test_status_faults_fire_in_order_then_expire(client: httpx.Client, fake: FakeAPI, run_id: str) -> None:
    fake.faults.add(RUN_ROUTE, Fault.status(429, retry_after="1"), times=2)
    fake.faults.add(RUN_ROUTE, Fault.status(503))
    answers = [client.get(f"/evaluation_set_runs/{run_id}") for _ in range(4)]
    assert [answer.status_code for answer in answers] == [429, 429, 503, 200]
    limited = answers[0]
    assert limited.headers["retry-after"] == "1"
    assert limited.json()["code"] == "RATE_LIMIT_EXCEEDED"
    assert limited.json()["retryable"] is True
    assert limited.json()["requestId"] == limited.headers["x-extend-request-id"]
    assert answers[2].json()["code"] == "SERVICE_UNAVAILABLE"
    assert fake.faults.pending == []


def test_bland_faults_answer_in_blands_error_body(fake: FakeAPI) -> None:
    fake.faults.add("GET /v1/evals/agents", Fault.status(500))
    with httpx.Client(base_url="http://fake", transport=fake.transport, headers=BLAND) as client:
        response = client.get("/v1/evals/agents")
    assert response.status_code == 500
    assert response.json() == {
        "data": None,
        "errors": [{"code": "INTERNAL_ERROR", "message": "injected fault: HTTP 500"}],
    }


def test_a_status_fault_changes_nothing(client: httpx.Client, fake: FakeAPI) -> None:
    fake.faults.add("POST /evaluation_sets", Fault.status(502, body={"upstream": "down"}, headers={"X-Cache": "miss"}))
    body = {"name": "s", "entityId": fake.extend.extractor_id}
    failed = client.post("/evaluation_sets", json=body)
    assert (failed.status_code, failed.json(), failed.headers["x-cache"]) == (502, {"upstream": "down"}, "miss")
    assert client.get("/evaluation_sets").json()["data"] == []  # the request never reached the API
    assert client.post("/evaluation_sets", json=body).status_code == 200


def test_wildcard_forever_and_clear(client: httpx.Client, fake: FakeAPI) -> None:
    fake.faults.add("*", Fault.status(503), times=None)
    assert {client.get(path).status_code for path in ("/evaluation_sets", "/evaluation_sets/x")} == {503}
    assert fake.faults.pending == [("*", Fault.status(503), None)]
    fake.faults.clear()
    assert client.get("/evaluation_sets").status_code == 200


def test_route_keys_are_checked(fake: FakeAPI) -> None:
    assert RUN_ROUTE in fake.routes
    assert "POST /v1/evals/runs/{run_id}/cancellations" in fake.routes
    with pytest.raises(ValueError, match="unknown route"):
        fake.faults.add("GET /evaluation_set_runs/{run_id}", Fault.drop())
    with pytest.raises(ValueError, match="times"):
        fake.faults.add(RUN_ROUTE, Fault.drop(), times=0)
    with pytest.raises(ValueError, match="negative"):
        Fault.delay(-1)
    with pytest.raises(TypeError, match="not JSON serializable"):
        Fault.status(500, body=object())


def test_drop_raises_remote_protocol_error_in_process(client: httpx.Client, fake: FakeAPI, run_id: str) -> None:
    fake.faults.add(RUN_ROUTE, Fault.drop())
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(f"/evaluation_set_runs/{run_id}")
    assert fake.requests[-1] == LoggedRequest("GET", f"/evaluation_set_runs/{run_id}", 0)
    assert client.get(f"/evaluation_set_runs/{run_id}").status_code == 200


@pytest.mark.integration
def test_drop_closes_the_connection_over_http(fake: FakeAPI, run_id: str) -> None:
    fake.faults.add(RUN_ROUTE, Fault.drop())
    with FakeServer(fake=fake) as server, httpx.Client(base_url=server.url, headers=EXTEND) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(f"/evaluation_set_runs/{run_id}")
        assert client.get(f"/evaluation_set_runs/{run_id}").status_code == 200


def test_delay_sleeps_through_the_injected_sleep(
    client: httpx.Client, fake: FakeAPI, clock: ManualClock, run_id: str
) -> None:
    fake.faults.add(RUN_ROUTE, Fault.delay(3.0))
    assert client.get(f"/evaluation_set_runs/{run_id}").status_code == 200
    assert clock() == 3.0
    fake.faults.add(RUN_ROUTE, Fault.delay(30.0))
    with pytest.raises(httpx.ReadTimeout):
        client.get(f"/evaluation_set_runs/{run_id}", timeout=5.0)
    assert clock() == 8.0  # waited out the 5 s read timeout, not the whole delay


@pytest.mark.integration
def test_delay_over_http_uses_the_same_sleep(fake: FakeAPI, clock: ManualClock, run_id: str) -> None:
    fake.faults.add(RUN_ROUTE, Fault.delay(2.5))
    with FakeServer(fake=fake) as server:
        assert httpx.get(f"{server.url}/evaluation_set_runs/{run_id}", headers=EXTEND).status_code == 200
    assert clock() == 2.5


def test_async_clients_get_the_same_faults(fake: FakeAPI, clock: ManualClock, run_id: str) -> None:
    fake.faults.add(RUN_ROUTE, Fault.delay(1.5))
    fake.faults.add(RUN_ROUTE, Fault.drop())

    async def scenario() -> list[int]:
        async with httpx.AsyncClient(base_url="http://fake", transport=fake.transport, headers=EXTEND) as client:
            first = await client.get(f"/evaluation_set_runs/{run_id}")
            with pytest.raises(httpx.RemoteProtocolError):
                await client.get(f"/evaluation_set_runs/{run_id}")
            return [first.status_code]

    assert asyncio.run(scenario()) == [200]
    assert clock() == 1.5


def test_the_manual_clock_moves_only_forward_and_only_when_told() -> None:
    clock = ManualClock(start=100.0)
    clock.sleep(2)
    asyncio.run(clock.async_sleep(3))
    clock.advance(0.5)
    assert clock() == 105.5
    with pytest.raises(ValueError, match="cannot go back"):
        clock.advance(-1)


def test_malformed_answers_200_with_a_body_that_is_not_json(client: httpx.Client, fake: FakeAPI, run_id: str) -> None:
    fake.faults.add(RUN_ROUTE, Fault.malformed())
    fake.faults.add(RUN_ROUTE, Fault.malformed(b"<html>gateway</html>"))
    for _ in range(2):
        response = client.get(f"/evaluation_set_runs/{run_id}")
        assert response.status_code == 200
        with pytest.raises(ValueError, match=r"Expecting|Unterminated"):
            response.json()


@pytest.mark.parametrize(
    ("changes", "check"),
    [
        ({"status": "ARCHIVED"}, lambda run: run["status"] == "ARCHIVED"),
        (
            {"metrics": {"type": "EDIT"}},
            lambda run: run["metrics"]["type"] == "EDIT" and "numFilesTotal" in run["metrics"],
        ),
        ({"entity": {"object": "workflow"}}, lambda run: run["entity"]["object"] == "workflow"),
        ({"entityVersion": None}, lambda run: run["entityVersion"] is None),
        ({"options": Fault.REMOVE}, lambda run: "options" not in run),
    ],
    ids=["unknown-status", "unknown-metrics-type", "unknown-entity", "null", "removed-key"],
)
def test_patch_alters_the_real_response(
    client: httpx.Client, fake: FakeAPI, run_id: str, changes: dict[object, object], check: object
) -> None:
    fake.faults.add(RUN_ROUTE, Fault.patch(changes))
    patched = client.get(f"/evaluation_set_runs/{run_id}").json()
    assert callable(check)
    assert check(patched)
    assert patched["id"] == run_id
    assert client.get(f"/evaluation_set_runs/{run_id}").json()["status"] == "PROCESSED"


def test_patch_reaches_into_list_rows(fake: FakeAPI, client: httpx.Client) -> None:
    set_id = fake.extend.seed_set()
    fake.extend.seed_items(set_id, 2)
    fake.faults.add(
        "GET /evaluation_sets/{evaluationSetId}/items", Fault.patch({"data": {1: {"file": {"type": "HEIC"}}}})
    )
    rows = client.get(f"/evaluation_sets/{set_id}/items").json()["data"]
    assert [row["file"]["type"] for row in rows] == ["PDF", "HEIC"]
    fake.faults.add("GET /v1/evals/runs", Fault.patch({"data": {"has_more": None}}))
    with httpx.Client(base_url="http://fake", transport=fake.transport, headers=BLAND) as bland:
        assert bland.get("/v1/evals/runs").json()["data"]["has_more"] is None


def test_the_request_log_is_bounded() -> None:
    fake = FakeAPI(request_log_size=3)
    for number in range(5):
        fake.handle("GET", f"/evaluation_sets/ev_{number}", headers=EXTEND)
    assert [entry.path for entry in fake.requests] == [f"/evaluation_sets/ev_{number}" for number in (2, 3, 4)]
    assert {(entry.method, entry.status) for entry in fake.requests} == {("GET", 404)}
