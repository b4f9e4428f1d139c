from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.modality import Modality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.level import Level


T = TypeVar("T", bound="CreateUserTemplateRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "name",
        "modality",
        "system_prompt_md",
        "prompt_md",
        "description",
        "category",
        "levels",
        "target_level_keys",
    }
)


@_attrs_define
class CreateUserTemplateRequest:
    """
    Attributes:
        name (str):
        modality (Modality): Modality of an eval agent or template; `text` grades the transcript, `audio` the recording.
        system_prompt_md (str):
        prompt_md (str):
        description (None | str | Unset):
        category (None | str | Unset):
        levels (list[Level] | Unset):
        target_level_keys (list[str] | Unset):
    """

    name: str
    modality: Modality
    system_prompt_md: str
    prompt_md: str
    description: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    levels: list[Level] | Unset = UNSET
    target_level_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        modality = self.modality.value

        system_prompt_md = self.system_prompt_md

        prompt_md = self.prompt_md

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

        levels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.to_dict()
                levels.append(levels_item)

        target_level_keys: list[str] | Unset = UNSET
        if not isinstance(self.target_level_keys, Unset):
            target_level_keys = self.target_level_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "modality": modality,
                "system_prompt_md": system_prompt_md,
                "prompt_md": prompt_md,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if levels is not UNSET:
            field_dict["levels"] = levels
        if target_level_keys is not UNSET:
            field_dict["target_level_keys"] = target_level_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        name = src_dict["name"]

        _modality = src_dict["modality"]
        try:
            modality = Modality._value2member_map_[_modality]
        except (KeyError, TypeError):
            modality = Modality(_modality)

        system_prompt_md = src_dict["system_prompt_md"]

        prompt_md = src_dict["prompt_md"]

        description = _parse_description(src_dict.get("description", UNSET))

        category = _parse_category(src_dict.get("category", UNSET))

        _levels = src_dict.get("levels", UNSET)
        levels: list[Level] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = Level.from_dict(levels_item_data)

                levels.append(levels_item)

        target_level_keys = cast(list[str], src_dict.get("target_level_keys", UNSET))

        create_user_template_request = cls(
            name,
            modality,
            system_prompt_md,
            prompt_md,
            description,
            category,
            levels,
            target_level_keys,
        )

        if len(src_dict) > 4 + ("description" in src_dict) + ("category" in src_dict) + ("levels" in src_dict) + (
            "target_level_keys" in src_dict
        ):
            create_user_template_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return create_user_template_request

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
