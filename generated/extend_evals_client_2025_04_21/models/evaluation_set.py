from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvaluationSet")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "name",
        "description",
        "processorId",
        "createdAt",
        "updatedAt",
    }
)


@_attrs_define
class EvaluationSet:
    """
    Attributes:
        object_ (str): Always "evaluation_set".
        id (str): `ev_...`
        name (str):
        description (str):
        processor_id (str): The processor (`dp_...`; sets made under 2026-02-09 show their extractor, classifier or
            splitter id).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    object_: str
    id: str
    name: str
    description: str
    processor_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        name = self.name

        description = self.description

        processor_id = self.processor_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "name": name,
                "description": description,
                "processorId": processor_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]

        id = src_dict["id"]

        name = src_dict["name"]

        description = src_dict["description"]

        processor_id = src_dict["processorId"]

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updatedAt"])

        evaluation_set = cls(
            object_,
            id,
            name,
            description,
            processor_id,
            created_at,
            updated_at,
        )

        if len(src_dict) > 7:
            evaluation_set.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return evaluation_set

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
