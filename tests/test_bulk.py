"""The bulk loader and client-side rate limiting (#16): order, reconciliation, resumable failures,
the token bucket on an injected clock. In process, against the fake."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import evalclient
from evalclient._rate_limit import TokenBucket
from evalclient.testing import FakeAPI, Fault, ManualClock
from extend_evals_client.api.evaluation_set_items import list_evaluation_set_items

pytestmark = pytest.mark.unit

TOKEN = "test-token"


def _client(fake: FakeAPI, api_version: str = "2026-02-09", **settings: Any) -> Any:
    return evalclient.extend_client(
        token=TOKEN, base_url="http://fake", transport=fake.transport, api_version=api_version, **settings
    )


def _items(fake: FakeAPI, count: int) -> Iterator[dict[str, Any]]:
    files = fake.extend.file_ids
    for number in range(count):  # a generator: the loader must not need a list
        yield {"fileId": files[number % len(files)], "expectedOutput": {"value": {"n": number}}}


def _set_items(fake: FakeAPI, set_id: str) -> list[Any]:
    with _client(fake) as client:
        return list(
            evalclient.paginate(list_evaluation_set_items, client=client, evaluation_set_id=set_id, page_size=1000)
        )


def test_ids_come_back_in_input_order(fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    progress: list[int] = []
    with _client(fake) as client:
        ids = evalclient.bulk_create_items(
            client,
            set_id,
            _items(fake, 1050),
            batch_size=100,
            concurrency=4,
            on_progress=lambda done, _: progress.append(done),
        )
    assert len(ids) == 1050
    assert len(set(ids)) == 1050
    posts = [r for r in fake.requests if r.method == "POST"]
    assert len(posts) == 11
    assert progress[-1] == 1050
    stored = {item.id: item.file.id for item in _set_items(fake, set_id)}
    files = fake.extend.file_ids
    assert [stored[item_id] for item_id in ids] == [files[n % len(files)] for n in range(1050)]


def test_a_batch_whose_answer_is_lost_is_reconciled_not_sent_twice(fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    fake.faults.add("POST /evaluation_sets/{evaluationSetId}/items", Fault.drop_after())
    with _client(fake) as client:
        ids = evalclient.bulk_create_items(client, set_id, _items(fake, 300), batch_size=100, concurrency=1)
    assert len(ids) == len(set(ids)) == 300
    assert len(_set_items(fake, set_id)) == 300  # nothing created twice
    lists = [r for r in fake.requests if r.method == "GET" and r.path.endswith("/items")]
    assert len(lists) >= 1  # the lost batch was looked up, not resent


def test_a_batch_lost_before_the_server_acted_is_sent_again(fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    fake.faults.add("POST /evaluation_sets/{evaluationSetId}/items", Fault.drop())
    with _client(fake) as client:
        ids = evalclient.bulk_create_items(client, set_id, _items(fake, 150), batch_size=100, concurrency=1)
    assert len(ids) == 150
    assert len(_set_items(fake, set_id)) == 150


def test_a_permanent_failure_says_what_to_resume_with(fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    items = list(_items(fake, 500))
    items[250]["fileId"] = "file_missing"  # the third batch is refused: 404, for good
    with _client(fake) as client, pytest.raises(evalclient.BulkCreateError) as caught:
        evalclient.bulk_create_items(client, set_id, iter(items), batch_size=100, concurrency=1)
    error = caught.value
    assert sorted(error.created) == list(range(200))
    assert error.not_created == list(range(200, 300))
    assert error.unsent_from == 300
    assert isinstance(error.__cause__, evalclient.NotFoundError)
    assert len(_set_items(fake, set_id)) == 200
    with _client(fake) as client:  # resume with exactly the rest, the bad item fixed
        items[250]["fileId"] = fake.extend.file_ids[0]
        rest = [items[p] for p in error.not_created] + items[error.unsent_from :]
        evalclient.bulk_create_items(client, set_id, rest, batch_size=100)
    assert Counter(item.file.id for item in _set_items(fake, set_id)) == Counter(item["fileId"] for item in items)


def test_bad_input_is_refused_naming_the_position(fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    with _client(fake) as client, pytest.raises(ValueError, match="item 1 names no file"):
        evalclient.bulk_create_items(client, set_id, [{"fileId": fake.extend.file_ids[0], "expectedOutput": {}}, {}])
    with pytest.raises(evalclient.ConfigurationError, match=r"evalclient\.extend_client"):
        evalclient.bulk_create_items(evalclient.bland_client(token=TOKEN), set_id, [])


def test_the_2025_04_21_bulk_endpoint_and_the_async_twin(fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()

    async def load() -> Any:
        async with _client(fake, "2025-04-21") as client:
            return await evalclient.abulk_create_items(client, set_id, _items(fake, 230), batch_size=50, concurrency=3)

    ids = asyncio.run(load())
    assert len(ids) == len(set(ids)) == 230
    assert all(r.path == "/evaluation_set_items/bulk" for r in fake.requests if r.method == "POST")
    assert len(_set_items(fake, set_id)) == 230


def test_item_ids_is_a_compact_sequence() -> None:
    ids = evalclient.ItemIds()
    for number in range(5):
        ids.append(f"evi_{number}")
    assert ids == [f"evi_{n}" for n in range(5)]
    assert (ids[0], ids[-1], ids[1:3], len(ids)) == ("evi_0", "evi_4", ["evi_1", "evi_2"], 5)
    assert "5 ids" in repr(ids)
    with pytest.raises(IndexError):
        ids[5]


def test_the_token_bucket_allows_the_burst_then_the_rate() -> None:
    clock = ManualClock()
    bucket = TokenBucket(evalclient.RateLimit(per_second=20, burst=5), clock)
    starts = []
    for _ in range(45):  # each caller sleeps what reserve() says, then sends
        starts.append(clock() + bucket.reserve())
    assert starts[:5] == [0.0] * 5
    # After the burst, any 21 consecutive sends span at least a second: at most 20 in any second.
    assert all(starts[i + 20] - starts[i] >= 1 - 1e-9 for i in range(5, len(starts) - 20))
    assert starts[-1] == pytest.approx(2.0)


def test_a_429_pauses_the_bucket_and_the_rate_recovers() -> None:
    clock = ManualClock()
    bucket = TokenBucket(evalclient.RateLimit(per_second=10), clock)
    bucket.reserve()
    bucket.throttled(3.0)
    assert bucket.rate == 5
    assert bucket.reserve() == pytest.approx(3.0)  # nothing goes before the server's wait
    clock.advance(8.0)
    bucket.reserve()
    assert bucket.rate == 10  # a tenth of the limit per calm second: back after 5 s


def test_the_client_limit_is_shared_and_honoured_through_the_transport() -> None:
    sent: list[float] = []
    clock = ManualClock()

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(clock())
        return httpx.Response(200, json={})

    transport = evalclient.EvalTransport(
        evalclient.RetryPolicy.default(),
        inner=httpx.MockTransport(answer),
        sleep=clock.sleep,
        monotonic=clock,
        rate_limit=evalclient.RateLimit(per_second=4, burst=2),
    )
    twin = transport.with_policy(evalclient.RetryPolicy.none())  # what with_options builds
    with httpx.Client(transport=transport) as one, httpx.Client(transport=twin) as other:
        for number in range(10):
            (one if number % 2 else other).get("http://fake/x")
    assert sent[:2] == [0.0, 0.0]
    assert sent[-1] == pytest.approx(2.0)  # 8 more at 4 a second, across both clients


def test_the_fake_enforces_a_vendor_rate_limit_with_429s(fake: FakeAPI, clock: ManualClock) -> None:
    fake.limit_rate(2)
    headers = {"authorization": f"Bearer {TOKEN}", "x-extend-api-version": evalclient.EXTEND_API_VERSION}
    answers = [fake.handle("GET", "/evaluation_sets", headers=headers) for _ in range(3)]
    assert [answer.status for answer in answers] == [200, 200, 429]
    assert ("Retry-After", "1") in answers[2].headers
    clock.advance(0.5)  # half a second refills one token
    assert fake.handle("GET", "/evaluation_sets", headers=headers).status == 200
    assert fake.rate_limit is not None
    assert fake.rate_limit.refused == 1
    fake.limit_rate(None)
    assert all(fake.handle("GET", "/evaluation_sets", headers=headers).status == 200 for _ in range(5))


def test_a_bad_item_mid_stream_stops_the_load_and_keeps_what_was_created(fake: FakeAPI) -> None:
    set_id = fake.extend.seed_set()
    rows = list(_items(fake, 400))
    rows[250] = {"expectedOutput": {"value": {}}}  # no file: found only when its batch is read
    with _client(fake) as client, pytest.raises(evalclient.BulkCreateError) as caught:
        evalclient.bulk_create_items(client, set_id, iter(rows), batch_size=100, concurrency=1)
    assert sorted(caught.value.created) == list(range(200))
    assert (caught.value.not_created, caught.value.unsent_from) == ([], 200)
    assert isinstance(caught.value.__cause__, ValueError)
    assert "item 250 names no file" in str(caught.value.__cause__)
    assert len(_set_items(fake, set_id)) == 200
