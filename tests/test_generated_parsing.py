"""The generated `from_dict` shortcuts (#16) give the results and errors of the plain way.

generator-templates/ makes parsing cheaper in three ways that must not show: union members whose
const tag does not match are skipped (property_templates/union_property.py.jinja), enum values are
looked up in the member map before the enum is called (property_templates/enum_property.py.jinja),
and fields are read from the answer's dict instead of popped from a copy, the leftover keys gathered
only when there are some (model.py.jinja).
"""

from __future__ import annotations

import pickle
from types import MappingProxyType
from typing import Any

import pytest

import evalclient
from extend_evals_client.models import (
    ApiKeyCreator,
    EvaluationSetItemSummary,
    FileSummary,
    FileType,
    RunOptions,
    UnknownCreator,
    UserCreator,
)
from extend_evals_client.types import UNSET
from extend_evals_client_2025_04_21.models.error import Error

pytestmark = pytest.mark.unit

FILE = {
    "object": "file",
    "id": "file_1",
    "name": "a.pdf",
    "type": "PDF",
    "metadata": {"pageCount": 2},
    "createdAt": "2026-01-15T09:30:00+00:00",  # as isoformat() writes it back
    "updatedAt": "2026-01-15T09:30:02+00:00",
}


def _item(created_by: Any) -> dict[str, Any]:
    return {"object": "evaluation_set_item", "id": "evi_1", "createdBy": created_by}


@pytest.mark.parametrize(
    ("created_by", "expected"),
    [
        ({"type": "user", "email": "a@example.com"}, UserCreator),
        ({"type": "api_key", "name": "ingest"}, ApiKeyCreator),
        ({"type": "service_account", "id": "sa_1"}, UnknownCreator),  # an unknown tag
        ({"type": "user", "name": "no email"}, UnknownCreator),  # the tag's member fails: the next one fits
        ({"type": "api_key", "email": "a@example.com"}, UnknownCreator),
    ],
)
def test_a_tagged_union_gives_the_member_trying_each_in_order_gives(created_by: Any, expected: type) -> None:
    parsed = EvaluationSetItemSummary.from_dict(_item(created_by)).created_by
    assert type(parsed) is expected
    assert parsed.to_dict() == created_by  # every field kept, whichever member took it


@pytest.mark.parametrize("created_by", [{"name": "no type at all"}, "a string", 7, ["user"]])
def test_a_tagged_union_still_raises_when_nothing_fits(created_by: Any) -> None:
    with pytest.raises((TypeError, KeyError, ValueError)):
        EvaluationSetItemSummary.from_dict(_item(created_by))


def test_a_declared_enum_value_is_the_member_and_an_unknown_one_is_kept() -> None:
    assert FileSummary.from_dict(FILE).type_ is FileType.PDF
    kept = FileSummary.from_dict({**FILE, "type": "HOLOGRAM"}).type_
    assert isinstance(kept, FileType)
    assert kept == "HOLOGRAM"
    assert not evalclient.is_known(kept)
    assert pickle.loads(pickle.dumps(kept)) == "HOLOGRAM"
    # An enum in a union: a value that is no string fits no member, as before.
    with pytest.raises(TypeError, match="type: list fits no member of the union"):
        FileSummary.from_dict({**FILE, "type": ["PDF"]})


def test_a_declared_value_is_never_taken_for_a_member_of_another_enum() -> None:
    # The lookup is in the field's own enum: a value another enum declares is still unknown here.
    kept = FileSummary.from_dict({**FILE, "type": "PROCESSED"}).type_
    assert not evalclient.is_known(kept)


def test_keys_that_are_no_field_are_kept_in_order_and_fields_are_not() -> None:
    parsed = FileSummary.from_dict({"zeta": 1, **FILE, "alpha": [2], "parentFileId": None})
    assert parsed.additional_properties == {"zeta": 1, "alpha": [2]}
    assert list(parsed.additional_properties) == ["zeta", "alpha"]
    assert parsed.parent_file_id is None
    assert parsed.to_dict() == {**FILE, "zeta": 1, "alpha": [2], "parentFileId": None}


def test_without_extra_keys_each_object_has_its_own_empty_additional_properties() -> None:
    first, second = FileSummary.from_dict(FILE), FileSummary.from_dict(FILE)
    assert first.additional_properties == {}
    first["added"] = True
    assert second.additional_properties == {}
    assert "added" not in FILE


def test_a_field_that_shares_the_model_variable_name_does_not_hide_extra_keys() -> None:
    # Error's field `error` has the name the generated from_dict gives the instance.
    parsed = Error.from_dict({"success": False, "error": "boom", "requestId": "r_1"})
    assert (parsed.success, parsed.error) == (False, "boom")
    assert parsed.additional_properties == {"requestId": "r_1"}


def test_the_answer_dict_is_left_as_it_was() -> None:
    document = {**FILE, "extra": {"nested": True}}
    before = repr(document)
    FileSummary.from_dict(document)
    assert repr(document) == before


@pytest.mark.parametrize(
    ("given", "exclude_fields", "extra"),
    [
        (MappingProxyType({"excludeFields": ["a"], "note": 1}), ["a"], {"note": 1}),  # any Mapping
        ([], UNSET, {}),  # an empty JSON array where an object of optional fields is due: empty, as before
        ([("note", 1)], UNSET, {"note": 1}),  # pairs, as dict() takes them
    ],
)
def test_anything_but_a_dict_is_converted_as_dict_would(given: Any, exclude_fields: Any, extra: Any) -> None:
    parsed = RunOptions.from_dict(given)
    assert parsed.exclude_fields == exclude_fields
    assert parsed.additional_properties == extra


@pytest.mark.parametrize("given", ["text", 3, None])
def test_what_dict_refuses_still_fails(given: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        RunOptions.from_dict(given)
