"""Output formatting: aligned tables and key/value records for people, JSON, JSONL and CSV for programs.

Data goes to stdout; progress, hints and errors go to stderr, so `evalclient ... --json | jq`
and `> file` capture only the data.
"""

from __future__ import annotations

import csv
import datetime
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

Row = Mapping[str, Any]
MISSING = "-"


def format_value(value: Any) -> str:
    """A cell as people read it: None/absent as "-", floats without noise, timestamps to the second."""
    if value is None or value == "":
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if not value.is_integer() else str(int(value))
    if isinstance(value, datetime.datetime):
        return _short_timestamp(value)
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:
            return _short_timestamp(datetime.datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _short_timestamp(moment: datetime.datetime) -> str:
    """To the second, in UTC when the zone is known (the APIs answer in UTC anyway)."""
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def format_ratio(done: float | None, total: float | None, unit: str = "") -> str:
    """`7/120 files (6%)`; "-" when the API does not report the count."""
    if done is None or total is None:
        return MISSING
    counted = f"{format_value(float(done))}/{format_value(float(total))}" + (f" {unit}" if unit else "")
    return counted + (f" ({done / total:.0%})" if total else "")


class Output:
    """Where and how a command prints. `json_mode` is --json: machine-readable stdout only."""

    def __init__(self, stdout: TextIO, stderr: TextIO, *, json_mode: bool) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.json_mode = json_mode

    def with_stdout(self, stdout: TextIO) -> Output:
        """The same output settings, writing data to `stdout` instead (e.g. an --output file)."""
        return Output(stdout, self.stderr, json_mode=self.json_mode)

    # -- diagnostics (stderr, both modes)

    def note(self, message: str) -> None:
        print(message, file=self.stderr, flush=True)

    # -- data (stdout)

    def document(self, data: Mapping[str, Any]) -> None:
        """One JSON document (--json) - the caller prints the human form itself."""
        json.dump(data, self.stdout, ensure_ascii=False)
        self.stdout.write("\n")

    def json_lines(self, rows: Iterable[Mapping[str, Any]]) -> int:
        count = 0
        for row in rows:
            self.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count

    def line(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def result_line(self, text: str) -> None:
        """A one-line result (a verdict, a count): stdout, or stderr when --json reserves stdout for JSON."""
        print(text, file=self.stderr if self.json_mode else self.stdout, flush=True)

    def record(self, fields: Sequence[tuple[str, Any]]) -> None:
        """Aligned `label  value` lines, one per field, the id first by convention of the callers."""
        width = max((len(label) for label, _ in fields), default=0)
        for label, value in fields:
            print(f"{label:<{width}}  {format_value(value)}", file=self.stdout)

    def table(self, columns: Sequence[tuple[str, str]], rows: Iterable[Row], *, empty: str = "(none)") -> int:
        """An aligned table: `columns` pairs a heading with the row key shown under it."""
        cells = [[format_value(row.get(key)) for _, key in columns] for row in rows]
        if not cells:
            self.note(empty)
            return 0
        headings = [heading for heading, _ in columns]
        widths = [max(len(text) for text in column) for column in zip(headings, *cells, strict=True)]
        for line in [headings, *cells]:
            padded = "  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True))
            print(padded.rstrip(), file=self.stdout)
        return len(cells)


def write_csv(stream: TextIO, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> int:
    """CSV with a header row; nested values are written as JSON, absent ones as empty cells."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(row.get(column)) for column in columns])
        count += 1
    return count


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
