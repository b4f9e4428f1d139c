"""A long walk keeps the client's memory flat: measured in the client's own process, over real HTTP.

Why a subprocess against a served fake: tracemalloc counts every allocation of the process it runs
in. With the fake in the same process, the measurement was mostly the fake rendering pages, and
a walk of 2,000 items still sat in the client's warm-up (first connection, first parse of each
model), so Python 3.13's leaner start made the ratio fail with nothing wrong in the client
(issue #19). Here the fake serves from this process and the client walks in a child that traces
only itself, from 20,000 items (past the warm-up) to 100,000.

The same file is the child: `python tests/test_pagination_memory.py WALKER URL SET_ID TOTAL` walks
and prints the traced peak. WALKER `leaky` is a planted pager that keeps its pages, and the test
proves the measurement catches it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest

import evalclient
from evalclient import RetryPolicy
from evalclient.testing import FakeAPI, FakeServer
from extend_evals_client.api.evaluation_set_items import list_evaluation_set_items

pytestmark = pytest.mark.integration

TOKEN = "test-token"  # the fake's well-known test key
PAGE_SIZE = 500
SMALL, LARGE = 20_000, 100_000
# Flat means the 5x longer walk peaks less than 1.5x higher: it allows about 35 bytes kept per item.
# Measured peaks for 20,000 / 100,000 items: 5.69 / 5.86 MB on 3.11, 5.71 / 5.89 on 3.12, 5.54 / 6.39
# on 3.13; the planted pager below keeps its pages and peaks at about 37 / 176 MB.
FLAT_RATIO = 1.5


def _pager(client: Any, set_id: str) -> evalclient.Pager[Any]:
    return evalclient.paginate(list_evaluation_set_items, client=client, evaluation_set_id=set_id, page_size=PAGE_SIZE)


def _walk_flat(client: Any, set_id: str) -> Iterator[object]:
    """evalclient's own pager: what consumers use."""
    return iter(_pager(client, set_id))


def _walk_leaky(client: Any, set_id: str) -> Iterator[object]:
    """The planted defect: a pager that keeps every page it has walked."""
    kept: list[list[Any]] = []
    for page in _pager(client, set_id).pages():
        kept.append(page)
        yield from page


WALKERS = {"flat": _walk_flat, "leaky": _walk_leaky}


def _child(walker: str, url: str, set_id: str, total: int) -> None:
    """Walk the set and print {"count", "peak"}: only the walk is traced, not the imports before it."""
    client = evalclient.extend_client(token=TOKEN, base_url=url, retry=RetryPolicy.none())
    tracemalloc.start()
    count = sum(1 for _ in WALKERS[walker](client, set_id))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps({"count": count, "peak": peak}))


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, dict[int, str]]]:
    """One fake with a set of each size, served on loopback for the whole module."""
    fake = FakeAPI(token=TOKEN)
    sets = {}
    for total in (SMALL, LARGE):
        sets[total] = fake.extend.seed_set(name=f"{total} items")
        fake.extend.seed_items(sets[total], total)
    with FakeServer(fake=fake) as server:
        yield server.url, sets


def peaks_of(walker: str, served: tuple[str, dict[int, str]]) -> tuple[int, int]:
    """The traced peaks of a walk of SMALL and of LARGE items, each in a fresh child.

    The two children run side by side (they share nothing but the server), which halves the wall time.
    """
    url, sets = served
    children = {
        total: subprocess.Popen(  # our own interpreter running this very file
            [sys.executable, __file__, walker, url, sets[total], str(total)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for total in (SMALL, LARGE)
    }
    peaks = []
    for total, child in children.items():
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        measured = json.loads(out)
        assert measured["count"] == total
        peaks.append(int(measured["peak"]))
    return peaks[0], peaks[1]


def is_flat(small: int, large: int) -> bool:
    return large < small * FLAT_RATIO


def test_memory_stays_flat_however_many_items_are_walked(served: tuple[str, dict[int, str]]) -> None:
    small, large = peaks_of("flat", served)
    assert is_flat(small, large), f"peak {small:,} B for {SMALL:,} items, {large:,} B for {LARGE:,}"


def test_the_measurement_catches_a_pager_that_keeps_its_pages(served: tuple[str, dict[int, str]]) -> None:
    small, large = peaks_of("leaky", served)
    assert not is_flat(small, large), f"peak {small:,} B for {SMALL:,} items, {large:,} B for {LARGE:,}"


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
