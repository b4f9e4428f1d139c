"""Both Extend API versions end to end over loopback (#12): the overlay, one fake account, the CLI.

A service moving from 2025-04-21 to 2026-02-09 runs both side by side against one account: what
one version writes, the other reads in its own shapes.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_cli_support import RUN_SECONDS, TOKEN, first_id, json_lines, run_cli

import evalclient
import extend_evals_client_2025_04_21.api.batch_processor_runs.get_batch_processor_run as get_bpr_2025
import extend_evals_client_2025_04_21.api.evaluation_set_items.bulk_create_evaluation_set_items as bulk_2025
import extend_evals_client_2025_04_21.api.evaluation_set_items.list_evaluation_set_items as items_2025
import extend_evals_client_2025_04_21.api.evaluation_sets.list_evaluation_sets as sets_2025
from evalclient.testing import FakeServer
from extend_evals_client.api.evaluation_set_items import get_evaluation_set_item, list_evaluation_set_items
from extend_evals_client.api.evaluation_set_runs import create_evaluation_set_run, get_evaluation_set_run
from extend_evals_client.api.evaluation_sets import create_evaluation_set
from extend_evals_client.models import CreateEvaluationSetRequest, CreateEvaluationSetRunRequest, FileSummary
from extend_evals_client_2025_04_21.models import BulkCreateEvaluationSetItemsRequest, ProvidedFieldsArrayOutput
from spec_support import ROOT

pytestmark = pytest.mark.integration

LEGACY = "2025-04-21"
ITEMS = 2_500
PAGE = 1_000


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer(token=TOKEN, run_seconds=RUN_SECONDS) as running:
        yield running


def _clients(server: FakeServer) -> tuple[Any, Any]:
    current = evalclient.extend_client(token=TOKEN, base_url=server.url)
    legacy = evalclient.extend_client(token=TOKEN, base_url=server.url, api_version=LEGACY)
    return current, legacy


def test_paging_2500_items_at_1000_in_each_version(server: FakeServer) -> None:
    set_id = server.fake.extend.seed_set()
    seeded = server.fake.extend.seed_items(set_id, ITEMS)
    current, legacy = _clients(server)
    with current, legacy:
        new = [
            item.id
            for item in evalclient.paginate(
                list_evaluation_set_items, client=current, evaluation_set_id=set_id, page_size=PAGE
            )
        ]
        old = [item.id for item in evalclient.paginate(items_2025, client=legacy, id=set_id, page_size=PAGE)]

        async def old_async() -> list[str]:
            return [
                item.id async for item in evalclient.apaginate(items_2025, client=legacy, id=set_id, page_size=PAGE)
            ]

        old_async_ids = asyncio.run(old_async())
    assert sorted(new) == sorted(old) == sorted(old_async_ids) == sorted(seeded)
    assert len(set(old)) == ITEMS
    pages = [r for r in server.fake.requests if r.path.startswith(f"/evaluation_sets/{set_id}/items")]
    assert len(pages) == 3 * 3  # three walks of three pages each


def test_one_account_seen_through_both_versions(server: FakeServer) -> None:
    extend = server.fake.extend
    current, legacy = _clients(server)
    with current, legacy:
        # A set created through 2026 is listed by 2025 with its processor as processorId.
        created = create_evaluation_set.sync(
            client=current, body=CreateEvaluationSetRequest(name="Mixed", entity_id=extend.extractor_id)
        )
        listed = {s.id: s for s in evalclient.paginate(sets_2025, client=legacy, page_size=PAGE)}
        assert listed[created.id].processor_id == extend.extractor_id

        # Items bulk-created through 2025 appear in the 2026 list with a FileSummary.
        fields = {"total": {"id": "total", "type": "number", "value": 12.5}}
        body = BulkCreateEvaluationSetItemsRequest.from_dict(
            {
                "evaluationSetId": created.id,
                "items": [{"fileId": f, "expectedOutput": fields} for f in extend.file_ids[:3]],
            }
        )
        made = bulk_2025.sync(client=legacy, body=body).evaluation_set_items
        assert all(isinstance(item.expected_output, ProvidedFieldsArrayOutput) for item in made)
        summaries = list(evalclient.paginate(list_evaluation_set_items, client=current, evaluation_set_id=created.id))
        assert {item.id for item in summaries} == {item.id for item in made}
        assert all(isinstance(item.file, FileSummary) for item in summaries)
        assert {item.file.id for item in summaries} == set(extend.file_ids[:3])
        full = get_evaluation_set_item.sync(created.id, made[0].id, client=current)
        assert full.expected_output.to_dict() == fields  # the legacy output, kept as extra fields in 2026

        # A run created through 2026 is read, and waited for, through 2025's batch processor run.
        run = create_evaluation_set_run.sync(
            client=current, body=CreateEvaluationSetRunRequest(evaluation_set_id=created.id)
        )
        finished = evalclient.wait_for_run(get_bpr_2025, client=legacy, id=run.id, timeout=30)
        assert (finished.id, finished.status, finished.source_id) == (run.id, "PROCESSED", created.id)
        assert evalclient.request_id(finished)
        assert get_evaluation_set_run.sync(run.id, client=current).status == "PROCESSED"


def test_the_cli_in_both_versions(server: FakeServer, tmp_path: Path) -> None:
    extend = server.fake.extend
    legacy = ("--api-version", LEGACY)
    created = run_cli(server, *legacy, "extend", "sets", "create", "--name", "Old", "--entity-id", extend.classifier_id)
    assert created.returncode == 0, created.stderr
    set_id = first_id(created.stdout)
    assert extend.classifier_id in created.stdout

    items = tmp_path / "items.jsonl"
    lines = [
        {"fileId": f, "expectedOutput": {"id": "invoice", "type": "invoice", "confidence": 1}}
        for f in extend.file_ids[:3]
    ]
    items.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    added = run_cli(server, *legacy, "extend", "items", "add", set_id, "--file", str(items), "--json")
    assert added.returncode == 0, added.stderr
    made = json_lines(added.stdout)
    assert [item["line"] for item in made] == [1, 2, 3]

    # The same set through both versions: the environment variable picks 2025 too.
    old = run_cli(server, "extend", "items", "list", set_id, "--json", env={"EXTEND_API_VERSION": LEGACY})
    new = run_cli(server, "extend", "items", "list", set_id, "--json")
    assert [row["fileId"] for row in json_lines(old.stdout)] == extend.file_ids[:3][::-1]
    assert [row["file"]["id"] for row in json_lines(new.stdout)] == extend.file_ids[:3][::-1]

    updated = run_cli(
        server,
        *legacy,
        "extend",
        "items",
        "update",
        set_id,
        made[0]["id"],
        "--expected-output",
        '{"id": "receipt", "type": "receipt"}',
    )
    assert updated.returncode == 0, updated.stderr
    assert "receipt" in updated.stdout
    deleted = run_cli(server, *legacy, "extend", "items", "delete", set_id, made[0]["id"])
    assert (deleted.returncode, deleted.stdout.strip()) == (0, f"deleted {made[0]['id']}")
    assert run_cli(server, *legacy, "extend", "sets", "get", set_id, "--json").returncode == 0
    assert set_id in run_cli(server, *legacy, "extend", "sets", "list").stdout

    run_id = extend.seed_run(set_id)
    waited = run_cli(server, *legacy, "extend", "runs", "wait", run_id, "--json")
    assert waited.returncode == 0, waited.stderr
    assert json.loads(waited.stdout)["status"] == "PROCESSED"
    got = run_cli(server, "extend", "runs", "get", run_id, *legacy)
    assert "PROCESSED" in got.stdout


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        (("runs", "create", "--evaluation-set-id", "ev_1"), "no create-run operation"),
        (("items", "get", "ev_1", "evi_1"), "no get-item operation"),
        (("runs", "wait", "bpr_1", "--min-accuracy", "0.9"), "report no accuracy"),
    ],
)
def test_a_command_2025_lacks_is_a_usage_error(server: FakeServer, words: tuple[str, ...], reason: str) -> None:
    before = len(server.fake.requests)
    result = run_cli(server, "--api-version", LEGACY, "extend", *words)
    assert result.returncode == 2
    assert reason in result.stderr
    assert "2026-02-09" in result.stderr
    assert len(server.fake.requests) == before  # nothing was sent


def test_an_unknown_version_is_a_usage_error(server: FakeServer) -> None:
    result = run_cli(server, "extend", "sets", "list", env={"EXTEND_API_VERSION": "2024-12-23"})
    assert result.returncode == 2
    assert "EXTEND_API_VERSION: Extend API version '2024-12-23' is not supported" in result.stderr


def test_importing_evalclient_does_not_import_the_2025_package() -> None:
    code = (
        "import sys, evalclient\n"
        "assert 'extend_evals_client_2025_04_21' not in sys.modules\n"
        "evalclient.extend_client(token='t', api_version='2025-04-21')\n"
        "assert 'extend_evals_client_2025_04_21.client' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_migration_guide_examples_run() -> None:
    # docs/extend-api-versions.md: its Python blocks run, in order, as one program.
    guide = (ROOT / "docs" / "extend-api-versions.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", guide, re.DOTALL | re.MULTILINE)
    assert len(blocks) >= 8, "clients, sets, items and runs in both versions, and errors"
    namespace: dict[str, object] = {"__name__": "guide"}
    for number, block in enumerate(blocks, start=1):
        exec(compile(block, f"docs/extend-api-versions.md python block {number}", "exec"), namespace)
