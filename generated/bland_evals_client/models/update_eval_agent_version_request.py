from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.modality import Modality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.level import Level


T = TypeVar("T", bound="UpdateEvalAgentVersionRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "name",
        "description",
        "modality",
        "system_prompt_md",
        "prompt_md",
        "levels",
        "target_level_keys",
        "weight",
    }
)


@_attrs_define
class UpdateEvalAgentVersionRequest:
    """Only `editable` versions can be changed. Target level keys must be level keys; none for pass/fail.

    Attributes:
        name (str | Unset): A display name (1-200 characters).
        description (None | str | Unset):
        modality (Modality | Unset): Modality of an eval agent or template; `text` grades the transcript, `audio` the
            recording.
        system_prompt_md (str | Unset):
        prompt_md (str | Unset):
        levels (list[Level] | Unset): 2-5 levels for a graded agent, `[]` for pass/fail. Level keys must be unique.
        target_level_keys (list[str] | Unset):
        weight (float | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    modality: Modality | Unset = UNSET
    system_prompt_md: str | Unset = UNSET
    prompt_md: str | Unset = UNSET
    levels: list[Level] | Unset = UNSET
    target_level_keys: list[str] | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality.value

        system_prompt_md = self.system_prompt_md

        prompt_md = self.prompt_md

        levels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.to_dict()
                levels.append(levels_item)

        target_level_keys: list[str] | Unset = UNSET
        if not isinstance(self.target_level_keys, Unset):
            target_level_keys = self.target_level_keys

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if modality is not UNSET:
            field_dict["modality"] = modality
        if system_prompt_md is not UNSET:
            field_dict["system_prompt_md"] = system_prompt_md
        if prompt_md is not UNSET:
            field_dict["prompt_md"] = prompt_md
        if levels is not UNSET:
            field_dict["levels"] = levels
        if target_level_keys is not UNSET:
            field_dict["target_level_keys"] = target_level_keys
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        name = src_dict.get("name", UNSET)

        description = _parse_description(src_dict.get("description", UNSET))

        _modality = src_dict.get("modality", UNSET)
        modality: Modality | Unset
        if isinstance(_modality, Unset):
            modality = UNSET
        else:
            try:
                modality = Modality._value2member_map_[_modality]
            except (KeyError, TypeError):
                modality = Modality(_modality)

        system_prompt_md = src_dict.get("system_prompt_md", UNSET)

        prompt_md = src_dict.get("prompt_md", UNSET)

        _levels = src_dict.get("levels", UNSET)
        levels: list[Level] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = Level.from_dict(levels_item_data)

                levels.append(levels_item)

        target_level_keys = cast(list[str], src_dict.get("target_level_keys", UNSET))

        weight = src_dict.get("weight", UNSET)

        update_eval_agent_version_request = cls(
            name,
            description,
            modality,
            system_prompt_md,
            prompt_md,
            levels,
            target_level_keys,
            weight,
        )

        if len(src_dict) > ("name" in src_dict) + ("description" in src_dict) + ("modality" in src_dict) + (
            "system_prompt_md" in src_dict
        ) + ("prompt_md" in src_dict) + ("levels" in src_dict) + ("target_level_keys" in src_dict) + (
            "weight" in src_dict
        ):
            update_eval_agent_version_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return update_eval_agent_version_request

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


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.level import Level
