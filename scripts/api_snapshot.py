"""Record the current tree as the last release: the baseline `make check-api` compares against.

Run it right after publishing a release and commit the result with it (and tag the commit
vX.Y.Z). It writes api-snapshot/api.json, griffe's serialization of the public API of the three
packages, and copies the two specs to api-snapshot/openapi/ for scripts/spec_diff.py.

This module is also the one way scripts/check_api.py turns a tree into griffe objects, whether the
tree is a release tag (baseline_api: exactly what api.json would hold for it) or the working tree
(current_api: everything, line numbers kept). Both go through the same serialization and griffe's
JSON decoder as api.json does, so a comparison is always between two APIs of the same shape.

What api.json keeps (api-snapshot/README.md says why):
- the objects griffe's breaking-change check reads on the old side: public members, recursively,
  what public aliases point to, base classes and the imports their names resolve through;
- names, kinds, parameters (kind and default), bases, exports, labels, alias targets, and each
  module's file path relative to the repo root;
- annotations, return types, attribute values and decorators as source text; defaults and bases
  stay griffe expressions (griffe compares defaults and resolves bases);
- no docstrings, no line numbers ("lineno": null where griffe's decoder needs the key), nothing
  griffe's decoder would assume anyway.
Sorted keys, one per line, no indentation and no absolute path: the same API gives the same bytes.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sys
from collections.abc import Iterable
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Any

import griffe
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "api-snapshot"
API_JSON = SNAPSHOT / "api.json"
SPEC_FILES = ("openapi/extend.yaml", "openapi/extend-2025-04-21.yaml", "openapi/bland.yaml")
PACKAGES = ("evalclient", "extend_evals_client", "extend_evals_client_2025_04_21", "bland_evals_client")
SEARCH_PATHS = ("overlays", "generated")

Packages = dict[str, griffe.Module]
_Member = griffe.Object | griffe.Alias
# What griffe's decoder assumes for a missing key: written only when different.
_DECODER_DEFAULTS: dict[str, Any] = {"runtime": True, "inherited": False, "decorators": []}


def read_version(root: Path) -> Version:
    text = (root / "overlays" / "evalclient" / "_version.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if match is None:
        raise SystemExit(f"no __version__ in {root}/overlays/evalclient/_version.py")
    return Version(match.group(1))


def load_sources(root: Path) -> Packages:
    """The three packages of a tree, by static analysis only: the code is never imported or run."""
    logging.getLogger("griffe").setLevel(logging.ERROR)  # docstring-style warnings are not ours to fix here
    loader = griffe.GriffeLoader(search_paths=[root / path for path in SEARCH_PATHS], allow_inspection=False)
    modules = {name: loader.load(name) for name in PACKAGES}
    loader.resolve_aliases(implicit=False, external=False)
    return {name: module for name, module in modules.items() if isinstance(module, griffe.Module)}


def public_paths(packages: Packages) -> set[str]:
    """What griffe's check can read on the old side of a comparison, as object paths.

    find_breaking_changes walks the old API's public members (inherited ones included), follows
    aliases to their targets and compares functions by their parameters: so every public member,
    recursively, every alias target and every base class, plus the containers of all of those.
    """
    kept: set[str] = set()
    visited: set[str] = set()

    def visit(obj: _Member) -> None:
        if obj.path in visited:
            return
        visited.add(obj.path)
        parent: _Member | None = obj
        while parent is not None:
            kept.add(parent.path)
            parent = parent.parent
        if isinstance(obj, griffe.Alias):
            try:
                target = obj.target
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                return  # outside the three packages: griffe cannot resolve it on either side
            visit(target)
            return
        if isinstance(obj, griffe.Class):
            for base in obj.resolved_bases:
                visit(base)
            for name in filter(None, map(_base_name, obj.bases)):
                # A base's name resolves through the member (an import) that binds it in the scope.
                scope = obj.parent
                while scope is not None and name.name not in scope.members:
                    scope = scope.parent
                if scope is not None:
                    kept.add(scope.members[name.name].path)
        if isinstance(obj, griffe.Module | griffe.Class):
            for member in obj.members.values():
                if member.is_public:
                    visit(member)

    for module in packages.values():
        visit(module)
    return kept


def _text(value: Any) -> Any:
    return str(value) if isinstance(value, griffe.Expr) else value


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _lean(obj: _Member, data: dict[str, Any], root: Path, keep: set[str] | None, lines: bool) -> dict[str, Any]:
    """Reduce one object's griffe dict (as_dict) in place, walking the object alongside it."""
    for key in ("docstring", "endlineno", "analysis"):  # "analysis": how griffe got it, "static" throughout
        data.pop(key, None)
    for key, default in _DECODER_DEFAULTS.items():
        if key in data and data[key] == default:
            del data[key]
    if isinstance(obj, griffe.Alias):
        data["lineno"] = obj.alias_lineno if lines else None
        return data
    if isinstance(obj, griffe.Module):
        filepath = obj.filepath
        data["filepath"] = (
            [_relative(path, root) for path in filepath] if isinstance(filepath, list) else _relative(filepath, root)
        )
    else:  # griffe's decoder reads "lineno" of every object but modules
        data["lineno"] = obj.lineno if lines else None
    for key in ("annotation", "returns", "value"):
        if key in data:
            data[key] = _text(data[key])
    for decorator in data.get("decorators", ()):
        decorator["value"] = _text(decorator["value"])
        decorator["lineno"] = decorator["endlineno"] = None
    for parameter in data.get("parameters", ()):
        parameter.pop("docstring", None)
        parameter["annotation"] = _text(parameter["annotation"])  # "default" stays: griffe compares defaults
    for type_parameter in data.get("type_parameters", ()):
        type_parameter["annotation"] = _text(type_parameter["annotation"])
        type_parameter["default"] = _text(type_parameter["default"])
    if "members" in data:
        data["members"] = {
            name: _lean(obj.members[name], member, root, keep, lines)
            for name, member in data["members"].items()
            if keep is None or obj.members[name].path in keep
        }
    if "imports" in data:  # griffe reads them for one thing: whether a member was imported
        data["imports"] = {name: path for name, path in data["imports"].items() if name in data.get("members", {})}
        if not data["imports"]:
            del data["imports"]
    return data


def serialize(packages: Packages, root: Path, *, public_only: bool, lines: bool) -> dict[str, Any]:
    """The packages as JSON-ready dicts: public_only and no lines for a baseline, all of it for the current tree."""
    keep = public_paths(packages) if public_only else None
    return {name: _lean(module, module.as_dict(), root, keep, lines) for name, module in packages.items()}


def dumps(data: Any) -> str:
    return json.dumps(data, cls=griffe.JSONEncoder, indent=0, sort_keys=True) + "\n"


def _base_name(base: Any) -> griffe.ExprName | None:
    """The name a class base resolves through: `Base`, the `module` of `module.Base`, `Generic` of `Generic[T]`."""
    if isinstance(base, griffe.ExprSubscript):
        base = base.left
    if isinstance(base, griffe.ExprAttribute):
        base = base.first
    return base if isinstance(base, griffe.ExprName) else None


def _classes(obj: griffe.Object) -> Iterable[griffe.Class]:
    for member in obj.members.values():
        if isinstance(member, griffe.Class):
            yield member
        if isinstance(member, griffe.Module | griffe.Class):
            yield from _classes(member)


def decode(text: str) -> Any:
    """Parse JSON written by dumps(): griffe's objects come back; other dicts stay dicts."""
    return json.loads(text, object_hook=griffe.json_decoder)


def attach(packages: dict[str, Any]) -> Packages:
    """Decoded packages made resolvable: one modules collection (for aliases) and scoped bases."""
    collection = griffe.ModulesCollection()
    for name, module in packages.items():
        if not isinstance(module, griffe.Module):
            raise SystemExit(f"api snapshot: {name} is not a griffe module")
        collection.set_member(name, module)  # also makes it the module's collection, where aliases resolve
        # griffe's decoder (2.4.1) re-attaches the names in annotations and defaults to their scope but
        # not those of class bases: without this, no base resolves and inherited members go missing.
        for cls in _classes(module):
            for base_name in filter(None, map(_base_name, cls.bases)):
                base_name.parent = cls.parent
    return dict(packages)


def baseline_api(root: Path) -> Packages:
    """A tree (a release tag) as a baseline: exactly what api.json would hold for it."""
    return attach(decode(dumps(serialize(load_sources(root), root, public_only=True, lines=False))))


def current_api(root: Path) -> Packages:
    """The tree under check, through the same serialization (line numbers kept, for the messages)."""
    return attach(decode(dumps(serialize(load_sources(root), root, public_only=False, lines=True))))


def render(root: Path) -> str:
    """api.json for a tree."""
    return dumps(
        {
            "griffe": installed_version("griffe"),
            "packages": serialize(load_sources(root), root, public_only=True, lines=False),
            "version": str(read_version(root)),
        }
    )


def read(path: Path = API_JSON) -> tuple[Version, str, Packages]:
    """A snapshot's release version, the griffe version that wrote it, and its packages."""
    data = decode(path.read_text(encoding="utf-8"))
    return Version(data["version"]), data["griffe"], attach(data["packages"])


def main() -> int:
    for child in SNAPSHOT.iterdir() if SNAPSHOT.is_dir() else ():
        if child.name != "README.md":  # the folder's own explanation stays
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    SNAPSHOT.mkdir(exist_ok=True)
    API_JSON.write_text(render(ROOT), encoding="utf-8")
    for spec in SPEC_FILES:
        (SNAPSHOT / spec).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / spec, SNAPSHOT / spec)
    print(f"api-snapshot/ now records {read_version(ROOT)}: commit it with the release")
    return 0


if __name__ == "__main__":
    sys.exit(main())
