"""The fake checks itself: every answer a `FakeAPI` gives in the test suite is checked against the spec.

`SpecBook` reads every OpenAPI document in `openapi/` (a spec added later is covered by discovery,
not by a list) and checks one answer: the operation its method and path name, the status among the
operation's documented responses, the media type, the required headers, and the body against the
JSON Schema of that operation and status (`$ref`s resolved inside its document, formats checked).
It uses jsonschema-rs (installed with Schemathesis): the pure-Python jsonschema takes 3 s over one
1,000-item page, jsonschema-rs 0.03 s, and the suite pages through 100,000 items.
A problem names the operation, the status, where in the body it is and the schema keyword it broke
(`#/components/schemas/EvalRun/properties/status/enum`).
Documents of one API in several versions (`extend.yaml`, `extend-2025-04-21.yaml`) share paths: the
request's `x-extend-api-version` picks the document whose `info.version` it names, as on the real API.

`ResponseWatch` wraps `FakeAPI.handle` for the session (tests/conftest.py installs it), so answers
in process and behind `FakeServer` are both seen; the shipped fake has no such hook in its hot path.
What the watch does not judge, on purpose: answers a test scripted with a `Fault` (a 503, a patched
unknown enum, a malformed body are what that test asked for), dropped connections, and 2xx answers
of routes no spec declares yet (they have no schema; `unspecified` counts them).
"""

from __future__ import annotations

import contextlib
import functools
import json
import pathlib
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import jsonschema_rs
import pytest
import yaml

from evalclient.testing import FakeAPI, FakeResponse
from evalclient.testing._faults import FaultPlan

SPEC_DIR = pathlib.Path(__file__).resolve().parent.parent / "openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Scripted faults whose answers are the test's doing; a `delay` fault still answers genuinely.
SCRIPTED_FAULTS = frozenset({"status", "drop", "malformed", "patch"})
_MAX_REPORTED = 3


@dataclass(frozen=True)
class Operation:
    spec: str  # the document's file stem: "extend", "bland", ...
    method: str
    template: str
    operation_id: str
    pointer: str  # of the operation object in its document

    @functools.cached_property  # matched against every answer of the session
    def segments(self) -> tuple[str | None, ...]:
        return tuple(None if part.startswith("{") else part for part in self.template.split("/"))

    @property
    def name(self) -> str:
        return f"{self.spec}.yaml {self.operation_id} ({self.method} {self.template})"


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _load(path: pathlib.Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        # The C loader when built in: it reads both specs in 0.05 s instead of 0.6 s (once per session).
        document: dict[str, Any] = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return document


class SpecBook:
    """Every spec in a directory, indexed for checking answers by method and raw path."""

    def __init__(self, directory: pathlib.Path = SPEC_DIR) -> None:
        self.documents = {path.stem: _load(path) for path in sorted(directory.glob("*.yaml"))}
        if not self.documents:
            raise FileNotFoundError(f"no OpenAPI documents in {directory}")
        self.operations: list[Operation] = []
        for spec, document in self.documents.items():
            for template, item in document["paths"].items():
                for method in HTTP_METHODS:
                    if method in item:
                        pointer = f"#/paths/{_escape(template)}/{method}"
                        operation = item[method]
                        self.operations.append(
                            Operation(spec, method.upper(), template, operation["operationId"], pointer)
                        )
        # Static segments before parameters: `/runs/estimates` wins over `/runs/{run_id}`.
        self.operations.sort(key=lambda op: sum(part is None for part in op.segments))
        self._validators: dict[str, jsonschema_rs.ValidatorMap] = {}
        # API (the stem before a "-<version>" suffix) -> its documents, the unsuffixed (current) one first.
        self._versions: dict[str, list[str]] = {}
        for spec in sorted(self.documents, key=lambda stem: ("-" in stem, stem)):
            self._versions.setdefault(spec.partition("-")[0], []).append(spec)

    def specs_for(self, api_version: str | None) -> frozenset[str]:
        """The documents a request speaking `api_version` is judged by: one per API (its current
        document when no document of that API has that version)."""
        chosen = set()
        for documents in self._versions.values():
            named = [spec for spec in documents if self.documents[spec]["info"]["version"] == api_version]
            chosen.add(named[0] if named else documents[0])
        return frozenset(chosen)

    def resolve(self, spec: str, pointer: str) -> Any:
        node: Any = self.documents[spec]
        for part in pointer.removeprefix("#").split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def _follow(self, spec: str, pointer: str) -> tuple[str, Any]:
        """An OpenAPI object (response, header) with its `$ref`s followed: (its pointer, the object)."""
        node = self.resolve(spec, pointer)
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"]
            node = self.resolve(spec, pointer)
        return pointer, node

    # ------------------------------------------------------------------ matching

    def operation(self, method: str, raw_path: str, api_version: str | None = None) -> Operation | None:
        """The operation a request names (a HEAD names its GET), or None."""
        method = "GET" if method.upper() == "HEAD" else method.upper()
        parts = raw_path.split("/")
        specs = self.specs_for(api_version)
        for operation in self.operations:
            segments = operation.segments
            if (
                operation.spec in specs
                and operation.method == method
                and len(segments) == len(parts)
                and all(want is None or want == unquote(got) for want, got in zip(segments, parts, strict=True))
            ):
                return operation
        return None

    def spec_of(self, raw_path: str, api_version: str | None = None) -> str | None:
        """The one spec whose paths share the longest leading run of segments with `raw_path`, if any."""
        parts = raw_path.split("/")
        scores: Counter[str] = Counter()
        specs = self.specs_for(api_version)
        for operation in self.operations:
            if operation.spec not in specs:
                continue
            shared = 0
            for want, got in zip(operation.segments, parts, strict=False):
                if want is not None and want != got:
                    break
                shared += 1
            scores[operation.spec] = max(scores[operation.spec], shared)
        ranked = scores.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    # ------------------------------------------------------------------ checking

    def validator(self, spec: str, pointer: str) -> Any:
        """The validator of the schema at `pointer` (`#/paths/...`) of a spec; each document compiled once."""
        if spec not in self._validators:
            self._validators[spec] = jsonschema_rs.validator_map_for(self.documents[spec], validate_formats=True)
        validator = self._validators[spec].get(pointer)
        if validator is None:
            raise LookupError(f"{spec}.yaml has no schema at {pointer}")
        return validator

    def check(self, method: str, raw_path: str, response: FakeResponse, api_version: str | None = None) -> list[str]:
        """What is wrong with one answer (empty when it conforms). `raw_path` is as sent, without query;
        `api_version` is the request's `x-extend-api-version`."""
        operation = self.operation(method, raw_path, api_version)
        if operation is None:
            return self._check_unrouted(method, raw_path, response, api_version)
        responses = self.resolve(operation.spec, operation.pointer)["responses"]
        status = str(response.status)
        key = next((k for k in (status, f"{status[0]}XX", "default") if k in responses), None)
        if key is None:
            return [f"{operation.name} answered HTTP {status}, which it does not document ({', '.join(responses)})"]
        where = f"{operation.name} HTTP {status}"
        pointer, declared = self._follow(operation.spec, f"{operation.pointer}/responses/{key}")
        problems = self._check_headers(operation.spec, pointer, declared, response, where)
        if method.upper() != "HEAD":
            problems += self._check_body(operation.spec, pointer, declared, response, where)
        return problems

    def _check_unrouted(self, method: str, raw_path: str, response: FakeResponse, api_version: str | None) -> list[str]:
        """No operation: the request was refused (unknown path, wrong method), in the error shape its
        vendor documents for an unknown resource (every operation's 404)."""
        spec = self.spec_of(raw_path, api_version)
        if spec is None or response.status < 400:
            return []
        for operation in self.operations:
            responses = self.resolve(operation.spec, operation.pointer)["responses"]
            if operation.spec == spec and "404" in responses:
                pointer, declared = self._follow(spec, f"{operation.pointer}/responses/404")
                where = f"{spec}.yaml, no operation for {method} {raw_path}: HTTP {response.status}"
                return self._check_body(spec, pointer, declared, response, where)
        return []

    def _check_headers(
        self, spec: str, pointer: str, declared: Mapping[str, Any], response: FakeResponse, where: str
    ) -> list[str]:
        sent = {name.lower() for name, _ in response.headers}
        problems = []
        for name in declared.get("headers", {}):
            _, header = self._follow(spec, f"{pointer}/headers/{_escape(name)}")
            if header.get("required") and name.lower() not in sent:
                problems.append(f"{where}: the required header {name} is missing ({pointer}/headers)")
        return problems

    def _check_body(
        self, spec: str, pointer: str, declared: Mapping[str, Any], response: FakeResponse, where: str
    ) -> list[str]:
        content: Mapping[str, Any] = declared.get("content") or {}
        if not content:
            return [] if not response.body else [f"{where}: a body where {pointer} documents none"]
        media = dict(response.headers).get("content-type", "").partition(";")[0].strip().lower()
        if media not in content:
            return [f"{where}: content type {media or 'none'!r}, documented: {', '.join(content)}"]
        if "schema" not in content[media]:
            return []
        try:
            body = json.loads(response.body)
        except ValueError as exc:
            return [f"{where}: the body is not JSON ({exc})"]
        schema_pointer = f"{pointer}/content/{_escape(media)}/schema"
        validator = self.validator(spec, schema_pointer)
        if validator.is_valid(body):  # the fast path: most answers conform
            return []
        errors = list(validator.iter_errors(body))
        return [_describe(where, error, len(errors)) for error in _worst(errors)]


def _worst(errors: list[Any]) -> list[Any]:
    """The few errors worth reading: one per place in the body, the deepest places first."""
    by_place: dict[tuple[object, ...], Any] = {}
    for error in errors:
        by_place.setdefault(tuple(error.instance_path), error)
    return sorted(by_place.values(), key=lambda error: -len(error.instance_path))[:_MAX_REPORTED]


def _describe(where: str, error: Any, total: int) -> str:
    schema_path = "#/" + "/".join(_escape(str(part)) for part in error.schema_path)
    at = "".join(f"[{part!r}]" if isinstance(part, str) else f"[{part}]" for part in error.instance_path)
    message = error.message if len(error.message) < 300 else error.message[:300] + "..."
    more = f" ({total} schema errors in all)" if total > 1 else ""
    return f"{where} does not conform: body{at}: {message}; schema {schema_path}{more}"


class ResponseWatch:
    """Checks every answer of every `FakeAPI` while installed; problems wait in `drain()`."""

    def __init__(self, book: SpecBook) -> None:
        self.book = book
        self.checked: Counter[tuple[str, int]] = Counter()  # (operation name, status) -> answers checked
        self.unspecified: Counter[str] = Counter()  # "METHOD /path" of 2xx answers no spec declares
        self._problems: list[str] = []
        self._lock = threading.Lock()
        self._local = threading.local()  # the fault taken for the request this thread is answering

    @contextlib.contextmanager
    def installed(self) -> Iterator[ResponseWatch]:
        handle, take = FakeAPI.handle, FaultPlan.take
        watch = self

        def watched_take(plan: FaultPlan, key: str) -> Any:
            fault = take(plan, key)
            watch._local.fault = fault
            return fault

        def watched_handle(fake: FakeAPI, method: str, path: str, *args: Any, **kwargs: Any) -> FakeResponse:
            watch._local.fault = None
            response = handle(fake, method, path, *args, **kwargs)
            headers = kwargs.get("headers", args[1] if len(args) > 1 else None) or {}
            version = next((value for name, value in headers.items() if name.lower() == "x-extend-api-version"), None)
            watch.observe(method, path, response, getattr(watch._local, "fault", None), version)
            return response

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(FakeAPI, "handle", watched_handle)
            patch.setattr(FaultPlan, "take", watched_take)
            yield self

    def observe(
        self, method: str, path: str, response: FakeResponse, fault: Any = None, api_version: str | None = None
    ) -> None:
        if response.drop or (fault is not None and fault.kind in SCRIPTED_FAULTS):
            return
        raw_path = path.partition("?")[0]
        try:
            problems = self.book.check(method, raw_path, response, api_version)
        except Exception as exc:  # a bug in the checker must name itself, not break the fake's answer
            problems = [f"the conformance check failed on {method} {raw_path}: {exc!r}"]
        operation = self.book.operation(method, raw_path, api_version)
        with self._lock:
            self._problems.extend(problems)
            if operation is not None:
                self.checked[operation.name, response.status] += 1
            elif 200 <= response.status < 300:
                self.unspecified[f"{method.upper()} {raw_path}"] += 1

    def drain(self) -> list[str]:
        """The problems seen since the last drain (then forgotten)."""
        with self._lock:
            problems, self._problems = self._problems, []
        return problems
