from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="WorkbenchSetup")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "org_id",
        "key",
        "name",
        "current_version_id",
        "active_version_id",
        "metadata",
        "created_at",
        "updated_at",
        "description",
        "deleted_at",
    }
)


@_attrs_define
class WorkbenchSetup:
    """
    Attributes:
        id (str):
        org_id (str):
        key (str): Unique slug of the setup within the organization.
        name (str):
        current_version_id (str): The current editable draft.
        active_version_id (None | str): The published version
        metadata (Metadata): Key-value metadata; keys and values are strings.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        deleted_at (datetime.datetime | None | Unset):
    """

    id: str
    org_id: str
    key: str
    name: str
    current_version_id: str
    active_version_id: None | str
    metadata: Metadata
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        key = self.key

        name = self.name

        current_version_id = self.current_version_id

        active_version_id: None | str
        active_version_id = self.active_version_id

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "key": key,
                "name": name,
                "current_version_id": current_version_id,
                "active_version_id": active_version_id,
                "metadata": metadata,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        org_id = src_dict["org_id"]

        key = src_dict["key"]

        name = src_dict["name"]

        current_version_id = src_dict["current_version_id"]

        active_version_id = _parse_active_version_id(src_dict["active_version_id"])

        metadata = Metadata.from_dict(src_dict["metadata"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        description = _parse_description(src_dict.get("description", UNSET))

        deleted_at = _parse_deleted_at(src_dict.get("deleted_at", UNSET))

        workbench_setup = cls(
            id,
            org_id,
            key,
            name,
            current_version_id,
            active_version_id,
            metadata,
            created_at,
            updated_at,
            description,
            deleted_at,
        )

        if len(src_dict) > 9 + ("description" in src_dict) + ("deleted_at" in src_dict):
            workbench_setup.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return workbench_setup

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


def _parse_active_version_id(data: object) -> None | str:
    if data is None:
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"active_version_id: {type(data).__name__} fits no member of the union")


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"description: {type(data).__name__} fits no member of the union")


def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        deleted_at_type_0 = datetime.datetime.fromisoformat(data)

        return deleted_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"deleted_at: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.metadata import Metadata
