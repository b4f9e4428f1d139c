from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key_creator import ApiKeyCreator
    from ..models.unknown_creator import UnknownCreator
    from ..models.user_creator import UserCreator


T = TypeVar("T", bound="SplitterVersionSummary")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "version",
        "splitterId",
        "createdAt",
        "description",
        "createdBy",
    }
)


@_attrs_define
class SplitterVersionSummary:
    """
    Attributes:
        object_ (Literal['splitter_version']):
        id (str): `splv_...`
        version (str):
        splitter_id (str):
        created_at (datetime.datetime):
        description (None | str | Unset):
        created_by (ApiKeyCreator | None | UnknownCreator | Unset | UserCreator): Who created the resource: a Studio
            user or an API key. Null for resources created before this
            was recorded. An unknown `type` parses as UnknownCreator.
    """

    object_: Literal["splitter_version"]
    id: str
    version: str
    splitter_id: str
    created_at: datetime.datetime
    description: None | str | Unset = UNSET
    created_by: ApiKeyCreator | None | UnknownCreator | Unset | UserCreator = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        version = self.version

        splitter_id = self.splitter_id

        created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserCreator):
            created_by = self.created_by.to_dict()
        elif isinstance(self.created_by, ApiKeyCreator):
            created_by = self.created_by.to_dict()
        elif isinstance(self.created_by, UnknownCreator):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "version": version,
                "splitterId": splitter_id,
                "createdAt": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]
        if object_ != "splitter_version":
            raise ValueError(f"object must match const 'splitter_version', got '{object_}'")

        id = src_dict["id"]

        version = src_dict["version"]

        splitter_id = src_dict["splitterId"]

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        description = _parse_description(src_dict.get("description", UNSET))

        created_by = _parse_created_by(src_dict.get("createdBy", UNSET))

        splitter_version_summary = cls(
            object_,
            id,
            version,
            splitter_id,
            created_at,
            description,
            created_by,
        )

        if len(src_dict) > 5 + ("description" in src_dict) + ("createdBy" in src_dict):
            splitter_version_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return splitter_version_summary

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


def _parse_created_by(data: object) -> ApiKeyCreator | None | UnknownCreator | Unset | UserCreator:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "user":
        try:
            componentsschemas_created_by_type_0 = UserCreator.from_dict(data)

            return componentsschemas_created_by_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "api_key":
        try:
            componentsschemas_created_by_type_1 = ApiKeyCreator.from_dict(data)

            return componentsschemas_created_by_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_created_by_type_2 = UnknownCreator.from_dict(data)

        return componentsschemas_created_by_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"createdBy: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.api_key_creator import ApiKeyCreator
from ..models.unknown_creator import UnknownCreator
from ..models.user_creator import UserCreator
