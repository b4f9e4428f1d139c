"""`extend items add`, both API versions: the JSONL lines through `evalclient.bulk_create_items`.

Batches go out `--concurrency` at a time under `--rate-limit`; the progress line shows items per
second and the time left. When the load stops, the note says which lines were added and which
to send again, then the API's error is reported as usual (exit 3).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from evalclient.bulk import bulk_create_items
from evalclient.cli._context import Context
from evalclient.cli._progress import ProgressLine, format_elapsed
from evalclient.errors import BulkCreateError


def add_items(
    ctx: Context, client: object, set_id: str, items: Sequence[Any], line_numbers: Sequence[int], batch_size: int
) -> None:
    """Send `items` (read from the lines `line_numbers`) and report; raises the API's error on failure."""
    progress = ProgressLine(ctx.out.stderr, "items", log_each_update=True)
    started = time.monotonic()
    total = len(items)

    def on_progress(done: int, _: int | None) -> None:
        elapsed = max(time.monotonic() - started, 1e-6)
        rate = done / elapsed
        left = (total - done) / rate if rate else 0.0
        progress.update(f"adding ({rate:.0f} items/s, {format_elapsed(left)} left)", done, total)

    try:
        ids = bulk_create_items(
            client, set_id, items, batch_size=batch_size, concurrency=ctx.args.concurrency, on_progress=on_progress
        )
    except BulkCreateError as stopped:
        progress.close()
        ctx.out.note(_resume_note(stopped, line_numbers, set_id))
        raise stopped.__cause__ or stopped from None
    except KeyboardInterrupt:
        progress.close()
        ctx.out.note(
            f"interrupted: some items may have been added (check: evalclient extend items list {set_id} --limit 0)"
        )
        raise
    finally:
        progress.close()
    requests = -(-total // batch_size)
    if ctx.out.json_mode:
        ctx.out.json_lines({"id": item_id, "line": line} for item_id, line in zip(ids, line_numbers, strict=True))
    ctx.out.result_line(f"added {len(ids)} items to {set_id} in {requests} request{'s' * (requests > 1)}")


def _resume_note(stopped: BulkCreateError, line_numbers: Sequence[int], set_id: str) -> str:
    created = len(stopped.created)
    total = len(line_numbers)
    if sorted(stopped.created) == list(range(created)) and created < total:
        last = f" (up to line {line_numbers[created - 1]})" if created else ""
        return (
            f"{created} of {total} items were added{last}; from line {line_numbers[created]} on, "
            f"nothing was confirmed (check: evalclient extend items list {set_id} --limit 0)"
        )
    missing = [*stopped.not_created, *range(stopped.unsent_from, total)]
    lines = ", ".join(str(line_numbers[position]) for position in missing[:20])
    more = f" and {len(missing) - 20} more" if len(missing) > 20 else ""
    return f"{created} of {total} items were added; send these lines again: {lines}{more}"
