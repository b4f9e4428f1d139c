"""Open enums on every supported Python: `evalclient.is_known` and the values the client keeps.

Every generated str enum keeps a value the spec does not declare (the template's `_missing_`).
These tests hold the promises made about such values on 3.11, 3.12 and 3.13 alike
(`make test-pythons` runs them under each): `is_known` tells them from declared members,
they equal their string, serialise unchanged, survive pickle and copy, and share no state.
"""

from __future__ import annotations

import copy
import enum
import importlib
import json
import pickle
import sys

import pytest

import evalclient
from extend_evals_client.models import BatchRunStatus, EvaluationSetRun
from spec_support import FACTS, PACKAGES

pytestmark = pytest.mark.unit


def _generated_enums() -> list[type[enum.StrEnum]]:
    found = []
    for package in PACKAGES.values():
        models = importlib.import_module(f"{package}.models")
        # Every public name, through the package's lazy loading (vars() holds only those used so far).
        values = [getattr(models, name) for name in models.__all__]
        found += [
            value
            for value in values
            if isinstance(value, type) and issubclass(value, enum.StrEnum) and value.__module__.startswith(package)
        ]
    return found


ENUMS = _generated_enums()
UNKNOWN = "ADDED_LATER_BY_THE_API"
DECLARED = {name: values for facts in FACTS.values() for name, values in facts.ENUMS.items()}
# A run whose status the API added after this client was generated.
RUN_JSON = """{"object": "evaluation_set_run", "id": "bpr_1", "evaluationSetId": "ev_1",
  "entity": {"object": "extractor", "id": "ex_1", "name": "E", "createdAt": "2024-03-21T16:45:00Z",
             "updatedAt": "2024-03-21T16:45:00Z"},
  "entityVersion": {"object": "extractor_version", "id": "exv_1", "version": "draft",
                    "extractorId": "ex_1", "createdAt": "2024-03-21T16:45:00Z"},
  "metrics": {"type": "EXTRACT", "numFilesTotal": 2, "numFilesProcessed": 2, "accuracy": 0.5},
  "status": "ARCHIVED", "options": {}, "createdAt": "2024-03-21T16:45:00Z",
  "updatedAt": "2024-03-21T16:45:00Z"}"""


def test_the_generated_enums_are_those_the_specs_declare() -> None:
    assert DECLARED
    assert {cls.__name__: sorted(member.value for member in cls) for cls in ENUMS} == {
        name: sorted(values) for name, values in DECLARED.items()
    }


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_every_declared_member_is_known_and_a_kept_value_is_not(cls: type[enum.StrEnum]) -> None:
    for member in cls:
        assert evalclient.is_known(member)
        assert evalclient.is_known(cls(member.value))
        assert evalclient.is_known(pickle.loads(pickle.dumps(member)))
    kept = cls(UNKNOWN)
    assert isinstance(kept, cls)
    assert not evalclient.is_known(kept)
    assert kept == UNKNOWN
    assert str(kept) == UNKNOWN
    assert kept not in list(cls)  # iteration and len() show the declared members only
    assert len(cls) == len(DECLARED[cls.__name__])


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_a_kept_value_named_like_a_declared_member_is_still_unknown(cls: type[enum.StrEnum]) -> None:
    # On 3.11 `in` compares names: a new value spelled like a member's NAME (not its value) would
    # count as known there. A lower-cased name is a value no generated enum declares.
    member = next(iter(cls))
    lookalike = cls(member.name.lower()) if member.name.lower() != member.value else cls(member.name + "_")
    assert not evalclient.is_known(lookalike)
    # Spelled exactly like the member's name: the same trap, where name and value differ.
    if member.name != member.value:
        assert not evalclient.is_known(cls(member.name))


def test_in_is_not_the_test_and_is_known_is() -> None:
    kept = BatchRunStatus("ARCHIVED")
    # What README "Forward compatibility" says about `in`, checked on the interpreter running this.
    assert (kept in BatchRunStatus) is (sys.version_info >= (3, 12))
    assert evalclient.is_known(BatchRunStatus.PROCESSED)
    assert not evalclient.is_known(kept)


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_kept_value_pickles_back_to_an_unknown_value_with_the_same_text(protocol: int) -> None:
    kept = BatchRunStatus("ARCHIVED")
    back = pickle.loads(pickle.dumps(kept, protocol=protocol))
    assert type(back) is BatchRunStatus
    assert back == "ARCHIVED"
    assert back.value == "ARCHIVED"
    assert not evalclient.is_known(back)
    assert pickle.loads(pickle.dumps(BatchRunStatus.FAILED, protocol=protocol)) is BatchRunStatus.FAILED


def test_a_kept_value_survives_copy_and_deepcopy() -> None:
    kept = BatchRunStatus("ARCHIVED")
    for clone in (copy.copy(kept), copy.deepcopy(kept), copy.deepcopy({"status": kept})["status"]):
        assert clone == "ARCHIVED"
        assert type(clone) is BatchRunStatus
        assert not evalclient.is_known(clone)


def test_kept_values_share_no_state() -> None:
    archived, retired = BatchRunStatus("ARCHIVED"), BatchRunStatus("RETIRED")
    again = BatchRunStatus("ARCHIVED")
    assert (archived.value, retired.value) == ("ARCHIVED", "RETIRED")  # parsing RETIRED changed nothing
    assert archived is not again
    assert archived == again
    assert hash(archived) == hash("ARCHIVED") == hash(again)  # usable as dict keys beside plain strings
    assert "ARCHIVED" not in BatchRunStatus._value2member_map_  # nothing was registered in the class
    assert sorted(member.value for member in BatchRunStatus) == sorted(DECLARED["BatchRunStatus"])


def test_a_model_holding_a_kept_value_serialises_pickles_and_copies_unchanged() -> None:
    run = EvaluationSetRun.from_dict(json.loads(RUN_JSON))
    assert not evalclient.is_known(run.status)
    # The clones' unset fields must still be THE UNSET (types.py.jinja), or to_dict() would emit them.
    for clone in (pickle.loads(pickle.dumps(run)), copy.deepcopy(run), copy.copy(run)):
        assert clone.to_dict() == run.to_dict()
        assert json.loads(json.dumps(clone.to_dict()))["status"] == "ARCHIVED"  # JSON-ready: no Unset leaked
        assert not evalclient.is_known(clone.status)


def test_is_known_refuses_what_is_not_an_enum_value_with_a_clear_error() -> None:
    for value in ("PROCESSED", None, 3):
        with pytest.raises(TypeError, match=r"is_known\(\) takes a generated enum's value .* parse it first"):
            evalclient.is_known(value)  # type: ignore[arg-type]
