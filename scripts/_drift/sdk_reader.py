"""Read a Fern-generated Python SDK's models and operations into the drift check's plain shape.

Runs INSIDE the SDK's environment (its interpreter, or any interpreter with the SDK's
site-packages on PYTHONPATH), with the standard library and the SDK only, and prints JSON:

    python sdk_reader.py PACKAGE API_VERSION_HEADER CLIENT [CLIENT ...]

    {"package": ..., "distribution": ..., "version": ..., "api_version": ...,
     "schemas": {name: {"kind": "object", "fields": {wire name: Field}}
                     | {"kind": "enum", "values": [...]} | {"kind": "union", "members": [...]}},
     "operations": {"client.method": {"method": "GET", "path": "/a/{}", "query": {name: Field},
                                      "body": {wire name: Field}, "response": type}}}

A Field is {"type": str, "required": bool, "nullable": bool | null}; a type is a string such as
`string`, `datetime`, `list[ref:FileSummary]`, `map[any]` or `literal[a|b]` (see `type_of`).
`nullable` is null where the SDK cannot tell: Fern writes every optional field `Optional[X] = None`,
which says "may be absent" and nothing about null.
"""

from __future__ import annotations

import ast
import datetime
import enum
import importlib
import importlib.metadata
import inspect
import json
import pkgutil
import sys
import textwrap
import types
import typing
from collections.abc import Iterator
from typing import Any

import pydantic

JsonObject = dict[str, Any]
_SCALARS: dict[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    datetime.datetime: "datetime",
    datetime.date: "date",
    object: "any",
    Any: "any",
}
# What typing.get_origin answers for List[X], Sequence[X], Dict[K, V], ...
_LISTS = {list, tuple, set, frozenset, typing.get_origin(typing.Sequence[int])}
_MAPS = {dict, typing.get_origin(typing.Mapping[str, int])}
_UNIONS = (typing.Union, types.UnionType)


class Reader:
    """Every model, enum and named union of the package, and the type strings that name them."""

    def __init__(self, package: str) -> None:
        self.package = package
        self.schemas: dict[str, JsonObject] = {}
        # Named unions are plain aliases (`CreatedBy = Annotated[Union[A, B], ...]`): a field's
        # annotation holds the union, not the name, so the name is found again by equality.
        self._union_names: dict[Any, str] = {}
        for name, value in self._definitions():
            self._add(name, value)

    def _definitions(self) -> Iterator[tuple[str, Any]]:
        root = importlib.import_module(self.package)
        for info in pkgutil.walk_packages(root.__path__, f"{self.package}."):
            if ".core" in info.name:
                continue
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                # A class counts where it is defined; an alias has no home module, and a re-export of
                # one under the same name is the same alias.
                if not name.startswith("_") and (not inspect.isclass(value) or value.__module__ == module.__name__):
                    yield name, value

    def _add(self, name: str, value: Any) -> None:
        if inspect.isclass(value) and issubclass(value, pydantic.BaseModel):
            self.schemas[name] = {"kind": "object", "model": value}
        elif inspect.isclass(value) and issubclass(value, enum.Enum):
            # `_UNKNOWN` is Fern's forward-compatibility member, not a value of the API.
            values = [m.value for n, m in value.__members__.items() if not n.startswith("_")]
            self.schemas[name] = {"kind": "enum", "values": values}
        elif typing.get_origin(value) is typing.Annotated or typing.get_origin(value) in _UNIONS:
            union = typing.get_args(value)[0] if typing.get_origin(value) is typing.Annotated else value
            if typing.get_origin(union) not in _UNIONS:
                return
            self._union_names[union] = name
            self._union_names[value] = name
            members = typing.get_args(union)
            literals = [a for m in members if typing.get_origin(m) is typing.Literal for a in typing.get_args(m)]
            if literals and all(m is Any or typing.get_origin(m) is typing.Literal for m in members):
                # Older Fern writes an open enum as `Union[Literal["A", "B"], Any]`.
                self.schemas[name] = {"kind": "enum", "values": literals}
            else:
                self.schemas[name] = {"kind": "union", "members": sorted(self.type_of(m)[0] for m in members)}

    def type_of(self, annotation: Any) -> tuple[str, bool]:
        """(type string, whether None is allowed) of an annotation."""
        if annotation in _SCALARS:
            return _SCALARS[annotation], False
        if annotation is None or annotation is type(None):
            return "null", True
        if annotation in self._union_names:
            return f"ref:{_wire_name(self._union_names[annotation])}", False
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if origin is typing.Annotated:
            return self.type_of(args[0])
        if origin in _UNIONS:
            kept = [a for a in args if a is not type(None)]
            if len(kept) < len(args):  # Optional[X]: X, and None is allowed
                return self.type_of(kept[0] if len(kept) == 1 else typing.Union[tuple(kept)])[0], True  # noqa: UP007
            return "union[" + "|".join(sorted(self.type_of(a)[0] for a in args)) + "]", False
        if origin is typing.Literal:
            return "literal[" + "|".join(sorted(str(a) for a in args)) + "]", False
        if origin in _LISTS and args:
            return f"list[{self.type_of(args[0])[0]}]", False
        if origin in _MAPS and args:
            return f"map[{self.type_of(args[1])[0]}]", False
        if inspect.isclass(annotation):
            return f"ref:{_wire_name(annotation.__name__)}", False
        return f"unknown:{annotation!r}", False

    def fields_of(self, model: type[pydantic.BaseModel]) -> dict[str, JsonObject]:
        fields = {}
        for python_name, info in model.model_fields.items():
            kind, nullable = self.type_of(info.annotation)
            required = info.is_required()
            literal = typing.get_args(info.annotation) if typing.get_origin(info.annotation) is typing.Literal else ()
            if len(literal) == 1 and info.default == literal[0]:
                # Fern writes a constant (`object: Literal["file"] = "file"`) with its value as default
                # so callers need not pass it; on the wire the API always sends it.
                required = True
            fields[info.alias or python_name] = {
                "type": kind,
                "required": required,
                "nullable": nullable if required else None,
            }
        return fields

    def plain_schemas(self) -> dict[str, JsonObject]:
        plain = {}
        for name, schema in self.schemas.items():
            if schema["kind"] == "object":
                plain[name] = {"kind": "object", "fields": self.fields_of(schema["model"])}
            else:
                plain[name] = schema
        return plain

    def operations(self, client: str) -> dict[str, JsonObject]:
        module = importlib.import_module(f"{self.package}.{client}.raw_client")
        raw = next(
            value
            for name, value in vars(module).items()
            if inspect.isclass(value) and name.startswith("Raw") and value.__module__ == module.__name__
        )
        found = {}
        for name, method in vars(raw).items():
            if not name.startswith("_") and inspect.isfunction(method):
                found[f"{client}.{name}"] = self._operation(method)
        return found

    def _operation(self, method: Any) -> JsonObject:
        signature = inspect.signature(method, eval_str=True)
        call = _request_call(method)
        keywords = {k.arg: k.value for k in call.keywords if k.arg}
        return {
            "method": ast.literal_eval(keywords["method"]),
            "path": "/" + _path_template(call.args[0]),
            "query": self._arguments(keywords.get("params"), signature),
            "body": self._arguments(keywords.get("json"), signature),
            "response": self.type_of(typing.get_args(signature.return_annotation)[0])[0],
        }

    def _arguments(self, node: ast.expr | None, signature: inspect.Signature) -> dict[str, JsonObject]:
        """The wire names of a `params={...}` or `json={...}` dict, typed by the parameters they send."""
        if not isinstance(node, ast.Dict):
            return {}
        arguments = {}
        for key, value in zip(node.keys, node.values, strict=True):
            if not isinstance(key, ast.Constant):
                continue
            parameter = next(
                (
                    signature.parameters[n.id]
                    for n in ast.walk(value)
                    if isinstance(n, ast.Name) and n.id in signature.parameters
                ),
                None,
            )
            if parameter is None:  # a value the SDK always sends itself
                arguments[str(key.value)] = {"type": "any", "required": True, "nullable": None}
                continue
            kind, nullable = self.type_of(parameter.annotation)
            required = parameter.default is inspect.Parameter.empty
            arguments[str(key.value)] = {"type": kind, "required": required, "nullable": nullable if required else None}
        return arguments


def _wire_name(name: str) -> str:
    """A request's `XParams` (a TypedDict, or a union of them) mirrors `X`: the wire shape is the same."""
    return name.removesuffix("Params")


def _request_call(method: Any) -> ast.Call:
    """The `...httpx_client.request(path, method=..., ...)` call in a raw client's method."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "request":
            return node
    raise SystemExit(f"no request call in {method.__qualname__}")


def _path_template(node: ast.expr) -> str:
    """`f"evaluation_sets/{jsonable_encoder(id)}/items"` -> `evaluation_sets/{}/items`."""
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(str(p.value) if isinstance(p, ast.Constant) else "{}" for p in node.values)
    raise SystemExit(f"unreadable request path: {ast.dump(node)}")


def api_version(package: str, header: str) -> str | None:
    """The API version the SDK sends by default: the last string in its `headers[HEADER] = ...`."""
    if not header:
        return None
    tree = ast.parse(inspect.getsource(importlib.import_module(f"{package}.core.client_wrapper")))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Subscript) and isinstance(t.slice, ast.Constant) and t.slice.value == header
            for t in node.targets
        ):
            strings = [
                n.value for n in ast.walk(node.value) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
            return strings[-1] if strings else None
    return None


def main(argv: list[str]) -> int:
    package, header, clients = argv[0], argv[1], argv[2:]
    reader = Reader(package)
    operations: dict[str, JsonObject] = {}
    for client in clients:
        operations.update(reader.operations(client))
    distribution = importlib.metadata.packages_distributions().get(package, [package])[0]
    shape = {
        "package": package,
        "distribution": distribution,
        "version": importlib.metadata.version(distribution),
        "api_version": api_version(package, header),
        "schemas": reader.plain_schemas(),
        "operations": operations,
    }
    json.dump(shape, sys.stdout, indent=1, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
