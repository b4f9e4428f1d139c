from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkbenchSetupVersionRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "name",
        "description",
        "from_version_id",
    }
)


@_attrs_define
class CreateWorkbenchSetupVersionRequest:
    """
    Attributes:
        name (str | Unset): A display name (1-200 characters).
        description (None | str | Unset):
        from_version_id (str | Unset): The version to copy (default the current draft).
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    from_version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        from_version_id = self.from_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if from_version_id is not UNSET:
            field_dict["from_version_id"] = from_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        name = src_dict.get("name", UNSET)

        description = _parse_description(src_dict.get("description", UNSET))

        from_version_id = src_dict.get("from_version_id", UNSET)

        create_workbench_setup_version_request = cls(
            name,
            description,
            from_version_id,
        )

        if len(src_dict) > ("name" in src_dict) + ("description" in src_dict) + ("from_version_id" in src_dict):
            create_workbench_setup_version_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return create_workbench_setup_version_request

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
