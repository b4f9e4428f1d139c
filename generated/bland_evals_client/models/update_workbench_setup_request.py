from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="UpdateWorkbenchSetupRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "name",
        "description",
        "active_version_id",
        "metadata",
    }
)


@_attrs_define
class UpdateWorkbenchSetupRequest:
    """
    Attributes:
        name (str | Unset): A display name (1-200 characters).
        description (None | str | Unset):
        active_version_id (None | str | Unset): The published version; null unpublishes.
        metadata (Metadata | Unset): Key-value metadata; keys and values are strings.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    active_version_id: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        active_version_id: None | str | Unset
        if isinstance(self.active_version_id, Unset):
            active_version_id = UNSET
        else:
            active_version_id = self.active_version_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if active_version_id is not UNSET:
            field_dict["active_version_id"] = active_version_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        name = src_dict.get("name", UNSET)

        description = _parse_description(src_dict.get("description", UNSET))

        active_version_id = _parse_active_version_id(src_dict.get("active_version_id", UNSET))

        _metadata = src_dict.get("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        update_workbench_setup_request = cls(
            name,
            description,
            active_version_id,
            metadata,
        )

        if len(src_dict) > ("name" in src_dict) + ("description" in src_dict) + ("active_version_id" in src_dict) + (
            "metadata" in src_dict
        ):
            update_workbench_setup_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return update_workbench_setup_request

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


def _parse_active_version_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"active_version_id: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.metadata import Metadata
