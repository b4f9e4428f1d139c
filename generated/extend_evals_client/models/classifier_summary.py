from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClassifierSummary")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "name",
        "createdAt",
        "updatedAt",
    }
)


@_attrs_define
class ClassifierSummary:
    """
    Attributes:
        object_ (Literal['classifier']):
        id (str): `cl_...`
        name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    object_: Literal["classifier"]
    id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "name": name,
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
        if object_ != "classifier":
            raise ValueError(f"object must match const 'classifier', got '{object_}'")

        id = src_dict["id"]

        name = src_dict["name"]

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updatedAt"])

        classifier_summary = cls(
            object_,
            id,
            name,
            created_at,
            updated_at,
        )

        if len(src_dict) > 5:
            classifier_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return classifier_summary

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
