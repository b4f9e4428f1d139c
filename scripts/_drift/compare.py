"""Compare our spec's shape with the SDK's, schema by schema and operation by operation, as table rows.

Both shapes are in sdk_reader.py's notation. Our names are translated to the SDK's through the
pairing's mapping before anything is compared; a schema or operation with no counterpart is a row
of its own ("unmapped"), never skipped, so a model the mapping does not know cannot slip through.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from typing import Any

from _drift.config import Pairing

JsonObject = dict[str, Any]
SAME = "same"
ABSENT = "-"


@dataclasses.dataclass(frozen=True)
class Row:
    where: str  # a schema name, an operationId, or "API"
    field: str  # a wire name, "values", "members", "method", "path", "query NAME", "body NAME", ...
    ours: str
    theirs: str
    verdict: str  # "same", or what differs: "type", "required", "only ours", "unmapped", ...

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.where, self.field, self.ours, self.theirs)


class Comparison:
    def __init__(self, pairing: Pairing, ours: JsonObject, theirs: JsonObject) -> None:
        self.pairing = pairing
        self.ours = ours
        self.theirs = theirs

    def rows(self) -> Iterator[Row]:
        yield _cell_row("API", "version", self.ours["api_version"], self.theirs.get("api_version") or "unknown")
        yield from self._schemas()
        yield from self._operations()

    def translate(self, kind: str) -> str:
        """Our type string in the SDK's names (`ref:UserCreator` -> `ref:CreatedBy_User`)."""
        return re.sub(r"ref:(\w+)", lambda m: f"ref:{self.pairing.schemas.get(m[1], m[1])}", kind)

    def equivalent(self, left: str, right: str, seen: frozenset[tuple[str, str]] = frozenset()) -> bool:
        """Whether two SDK types have the same wire shape, whatever their names.

        The SDK declares some shapes twice under two names (`EvaluationSetEntity` and
        `EvaluationSetRunEntity`, identical) where our spec has one schema: that is not a difference,
        and comparing structure (not accepting the name) keeps a later change to either one visible.
        """
        if left == right or (left, right) in seen:
            return True
        seen = seen | {(left, right)}
        for wrapper in ("list[", "map["):
            if left.startswith(wrapper) and right.startswith(wrapper):
                return self.equivalent(left[len(wrapper) : -1], right[len(wrapper) : -1], seen)
        schemas = self.theirs["schemas"]
        a, b = schemas.get(left.removeprefix("ref:")), schemas.get(right.removeprefix("ref:"))
        if not (left.startswith("ref:") and right.startswith("ref:") and a and b and a["kind"] == b["kind"]):
            return False
        if a["kind"] == "enum":
            return set(a["values"]) == set(b["values"])
        if a["kind"] == "union":
            return all(any(self.equivalent(x, y, seen) for y in b["members"]) for x in a["members"]) and all(
                any(self.equivalent(x, y, seen) for x in a["members"]) for y in b["members"]
            )
        fa, fb = a["fields"], b["fields"]
        return fa.keys() == fb.keys() and all(
            (fa[k]["required"], fa[k]["nullable"]) == (fb[k]["required"], fb[k]["nullable"])
            and self.equivalent(fa[k]["type"], fb[k]["type"], seen)
            for k in fa
        )

    def _schemas(self) -> Iterator[Row]:
        bodies = set(self.ours["bodies"])
        for name, ours in sorted(self.ours["schemas"].items()):
            if name in self.pairing.not_in_sdk or (name in bodies and name not in self.pairing.schemas):
                continue  # said why in the pairing file, or compared as its operation's body
            theirs_name = self.pairing.schemas.get(name, name)
            theirs = self.theirs["schemas"].get(theirs_name)
            if theirs is None:
                yield Row(name, ABSENT, ours["kind"], f"no {theirs_name}", "unmapped")
            elif theirs["kind"] != ours["kind"]:
                yield Row(name, "kind", ours["kind"], f"{theirs_name}: {theirs['kind']}", "kind")
            elif ours["kind"] == "object":
                yield from self._fields(name, "", ours["fields"], theirs["fields"])
            elif ours["kind"] == "enum":
                yield from _values(name, ours["values"], theirs["values"])
            else:
                yield from self._members(name, ours["members"], theirs["members"])

    def _fields(self, where: str, prefix: str, ours: JsonObject, theirs: JsonObject) -> Iterator[Row]:
        for wire in sorted(ours.keys() | theirs.keys()):
            field = f"{prefix}{wire}"
            if wire not in theirs:
                yield Row(where, field, _render(ours[wire]), ABSENT, "only ours")
            elif wire not in ours:
                yield Row(where, field, ABSENT, _render(theirs[wire]), "only theirs")
            else:
                yield self._field(where, field, ours[wire], theirs[wire])

    def _field(self, where: str, field: str, ours: JsonObject, theirs: JsonObject) -> Row:
        differs = []
        if not self.equivalent(self.translate(ours["type"]), theirs["type"]):
            differs.append("type")
        if ours["required"] != theirs["required"]:
            differs.append("required")
        # The SDK's `Optional[X] = None` says nothing about null (see sdk_reader.py): compared only
        # where the SDK does say, i.e. on fields it requires.
        if theirs["nullable"] is not None and ours["nullable"] != theirs["nullable"]:
            differs.append("nullable")
        return Row(where, field, _render(ours), _render(theirs), ", ".join(differs) or SAME)

    def _members(self, where: str, ours: list[str], theirs: list[str]) -> Iterator[Row]:
        # Our catch-all members (UnknownCreator, ...) are listed in not_in_sdk: the SDK keeps unknown
        # variants its own way, so they are not a difference.
        kept = [m for m in ours if m.removeprefix("ref:") not in self.pairing.not_in_sdk]
        translated = {self.translate(m): m for m in kept}
        for member in sorted(translated.keys() | set(theirs)):
            ours_cell = translated.get(member, ABSENT).removeprefix("ref:")
            theirs_cell = member.removeprefix("ref:") if member in theirs else ABSENT
            verdict = (
                SAME
                if ABSENT not in (ours_cell, theirs_cell)
                else ("only ours" if theirs_cell == ABSENT else "only theirs")
            )
            yield Row(where, "member", ours_cell, theirs_cell, verdict)

    def _operations(self) -> Iterator[Row]:
        mapped = set()
        for operation_id, ours in sorted(self.ours["operations"].items()):
            method = self.pairing.operations.get(operation_id)
            theirs = self.theirs["operations"].get(method) if method else None
            if theirs is None:
                yield Row(
                    operation_id, ABSENT, f"{ours['method']} {ours['path']}", f"no {method or 'mapping'}", "unmapped"
                )
                continue
            mapped.add(method)
            yield _cell_row(operation_id, "method", ours["method"], theirs["method"])
            yield _cell_row(operation_id, "path", ours["path"], theirs["path"])
            yield _cell_row(
                operation_id,
                "response",
                ours["response"],
                theirs["response"],
                lambda a, b: self.equivalent(self.translate(a), b),
            )
            yield from self._fields(operation_id, "query ", ours["query"], theirs["query"])
            yield from self._fields(operation_id, "body ", ours["body"], theirs["body"])
        for method, theirs in sorted(self.theirs["operations"].items()):
            if method not in mapped:
                yield Row(method, ABSENT, ABSENT, f"{theirs['method']} {theirs['path']}", "only theirs")


def _cell_row(where: str, field: str, ours: str, theirs: str, same_type: Any = None) -> Row:
    same = same_type(ours, theirs) if same_type else ours == theirs
    return Row(where, field, ours.removeprefix("ref:"), theirs.removeprefix("ref:"), SAME if same else field)


def _values(where: str, ours: list[str], theirs: list[str]) -> Iterator[Row]:
    if set(ours) == set(theirs):
        yield Row(where, "values", ", ".join(sorted(ours)), ", ".join(sorted(theirs)), SAME)
        return
    for value in sorted(set(ours) ^ set(theirs)):
        in_ours = value in ours
        yield Row(
            where,
            f"value {value}",
            "yes" if in_ours else ABSENT,
            ABSENT if in_ours else "yes",
            "only ours" if in_ours else "only theirs",
        )


def _render(field: Mapping[str, Any]) -> str:
    """`FileType, required` / `string or null, optional`: the cell a maintainer reads and accepts."""
    kind = str(field["type"]).removeprefix("ref:").replace("[ref:", "[").replace("|ref:", "|")
    null = " or null" if field["nullable"] else ""
    return f"{kind}{null}, {'required' if field['required'] else 'optional'}"
