from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownEntityVersionSummary")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "description",
        "version",
        "createdAt",
    }
)


@_attrs_define
class UnknownEntityVersionSummary:
    """A processor version kind this client does not know yet.

    Attributes:
        object_ (str):
        id (str):
        description (None | str | Unset):
        version (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    object_: str
    id: str
    description: None | str | Unset = UNSET
    version: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        version = self.version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if version is not UNSET:
            field_dict["version"] = version
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]

        id = src_dict["id"]

        description = _parse_description(src_dict.get("description", UNSET))

        version = src_dict.get("version", UNSET)

        _created_at = src_dict.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        unknown_entity_version_summary = cls(
            object_,
            id,
            description,
            version,
            created_at,
        )

        if len(src_dict) > 2 + ("description" in src_dict) + ("version" in src_dict) + ("createdAt" in src_dict):
            unknown_entity_version_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return unknown_entity_version_summary

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


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"description: {type(data).__name__} fits no member of the union")
