"""Reading what people hand the CLI: JSONL item files, call id files, JSON arguments, key=value pairs.

Everything is validated before the first request, and a bad input is a usage error (exit 2)
that names the file and line, so a half-sent batch never results from a typo.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evalclient.cli._context import usage_error
from extend_evals_client.models.create_evaluation_set_item import CreateEvaluationSetItem

if TYPE_CHECKING:
    from bland_evals_client.models.attached_agent import AttachedAgent

ITEM_FIELDS = ("fileId", "fileIds", "expectedOutput")
MULTIFILE_RANGE = (2, 50)  # the API's bounds for fileIds
MAX_CALL_IDS = 5000  # the API's bound for call_ids
# Reporting every bad line of a large file would bury the first one; this many is enough to fix a pattern.
MAX_REPORTED_LINES = 10


@dataclass(frozen=True)
class NumberedItem:
    line_number: int
    item: CreateEvaluationSetItem


def read_text(path: str) -> str:
    """The file's text ("-" is stdin). OSError propagates: the entry point reports it as a usage error."""
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def parse_items_jsonl(path: str) -> list[NumberedItem]:
    """Every item of a JSONL file, one per non-blank line; raises a usage error listing the bad lines."""
    items: list[NumberedItem] = []
    problems: list[str] = []
    for line_number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(NumberedItem(line_number, _parse_item(line)))
        except ValueError as exc:
            problems.append(f"{path}:{line_number}: {exc}")
    if problems:
        shown = problems[:MAX_REPORTED_LINES]
        if len(problems) > MAX_REPORTED_LINES:
            shown.append(f"... and {len(problems) - MAX_REPORTED_LINES} more bad lines")
        raise usage_error("\n".join([*shown, "nothing was sent"]))
    if not items:
        raise usage_error(f"{path}: no items (expected one JSON object per line)")
    return items


def _parse_item(line: str) -> CreateEvaluationSetItem:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - set(ITEM_FIELDS))
    if unknown:
        # Catches typos such as "file_id" that the API would otherwise reject or ignore.
        raise ValueError(f"unknown field {unknown[0]!r} (an item has fileId or fileIds, and expectedOutput)")
    has_one, has_many = "fileId" in data, "fileIds" in data
    if has_one == has_many:
        raise ValueError("give exactly one of fileId or fileIds")
    if has_one and not _is_id(data["fileId"]):
        raise ValueError("fileId must be a non-empty string")
    if has_many:
        file_ids = data["fileIds"]
        low, high = MULTIFILE_RANGE
        if not isinstance(file_ids, list) or not all(_is_id(value) for value in file_ids):
            raise ValueError("fileIds must be a list of file id strings")
        if not low <= len(file_ids) <= high or len(set(file_ids)) != len(file_ids):
            raise ValueError(f"fileIds must hold {low}-{high} different file ids, got {len(file_ids)}")
    if not isinstance(data.get("expectedOutput"), dict):
        raise ValueError("expectedOutput must be a JSON object ({value}, {id, type} or {splits})")
    try:
        return CreateEvaluationSetItem.from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"does not match the item schema ({exc})") from None


def _is_id(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def parse_json_argument(option: str, text: str) -> dict[str, Any]:
    """A JSON object given inline or as @path (like curl), for --expected-output."""
    source = text
    if text.startswith("@"):
        source = read_text(text[1:])
    try:
        value = json.loads(source)
    except json.JSONDecodeError as exc:
        raise usage_error(f"{option} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if not isinstance(value, dict):
        raise usage_error(f"{option} must be a JSON object, got {type(value).__name__}")
    return value


def read_call_ids(path: str) -> list[str]:
    """Call ids, one per line; blank lines and #-comments are skipped, duplicates dropped in order."""
    lines = (line.split("#", 1)[0].strip() for line in read_text(path).splitlines())
    call_ids = list(dict.fromkeys(call_id for call_id in lines if call_id))
    if not call_ids:
        raise usage_error(f"{path}: no call ids (expected one per line)")
    if len(call_ids) > MAX_CALL_IDS:
        raise usage_error(f"{path}: {len(call_ids)} call ids; one run takes at most {MAX_CALL_IDS}")
    return call_ids


def parse_agent(spec: str) -> AttachedAgent:
    """`ID` or `ID:VERSION_ID` -> an attached agent (no version = the agent's published version)."""
    from bland_evals_client.models.attached_agent import AttachedAgent  # Bland only: Extend commands skip it

    agent_id, _, version_id = spec.partition(":")
    if not agent_id.strip() or (":" in spec and not version_id.strip()):
        raise usage_error(f"--agent {spec!r}: expected EVAL_AGENT_ID or EVAL_AGENT_ID:VERSION_ID")
    agent = AttachedAgent(eval_agent_id=agent_id.strip())
    if version_id.strip():
        agent.eval_agent_version_id = version_id.strip()
    return agent


def parse_metadata(pairs: list[str]) -> dict[str, str]:
    metadata: dict[str, str] = {}
    for pair in pairs:
        key, separator, value = pair.partition("=")
        if not separator or not key.strip():
            raise usage_error(f"--metadata {pair!r}: expected KEY=VALUE")
        metadata[key.strip()] = value
    return metadata
