from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.modality import Modality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.level import Level


T = TypeVar("T", bound="UserTemplate")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "name",
        "modality",
        "system_prompt_md",
        "prompt_md",
        "levels",
        "target_level_keys",
        "org_id",
        "description",
        "category",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class UserTemplate:
    """One of the organization's own judge templates. Fields beyond the create body are UNCONFIRMED (tolerant).

    Attributes:
        id (str):
        name (str):
        modality (Modality): Modality of an eval agent or template; `text` grades the transcript, `audio` the recording.
        system_prompt_md (str):
        prompt_md (str):
        levels (list[Level]):
        target_level_keys (list[str]):
        org_id (str | Unset):
        description (None | str | Unset):
        category (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    modality: Modality
    system_prompt_md: str
    prompt_md: str
    levels: list[Level]
    target_level_keys: list[str]
    org_id: str | Unset = UNSET
    description: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        modality = self.modality.value

        system_prompt_md = self.system_prompt_md

        prompt_md = self.prompt_md

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        target_level_keys = self.target_level_keys

        org_id = self.org_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "modality": modality,
                "system_prompt_md": system_prompt_md,
                "prompt_md": prompt_md,
                "levels": levels,
                "target_level_keys": target_level_keys,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        name = src_dict["name"]

        _modality = src_dict["modality"]
        try:
            modality = Modality._value2member_map_[_modality]
        except (KeyError, TypeError):
            modality = Modality(_modality)

        system_prompt_md = src_dict["system_prompt_md"]

        prompt_md = src_dict["prompt_md"]

        levels = []
        _levels = src_dict["levels"]
        for levels_item_data in _levels:
            levels_item = Level.from_dict(levels_item_data)

            levels.append(levels_item)

        target_level_keys = cast(list[str], src_dict["target_level_keys"])

        org_id = src_dict.get("org_id", UNSET)

        description = _parse_description(src_dict.get("description", UNSET))

        category = _parse_category(src_dict.get("category", UNSET))

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        user_template = cls(
            id,
            name,
            modality,
            system_prompt_md,
            prompt_md,
            levels,
            target_level_keys,
            org_id,
            description,
            category,
            created_at,
            updated_at,
        )

        if len(src_dict) > 7 + ("org_id" in src_dict) + ("description" in src_dict) + ("category" in src_dict) + (
            "created_at" in src_dict
        ) + ("updated_at" in src_dict):
            user_template.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return user_template

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


def _parse_category(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"category: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.level import Level
