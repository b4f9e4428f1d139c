from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_template_category import AgentTemplateCategory
from ..models.modality import Modality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.level import Level


T = TypeVar("T", bound="AgentTemplate")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "key",
        "name",
        "modality",
        "system_prompt_md",
        "prompt_md",
        "levels",
        "target_level_keys",
        "description",
        "category",
    }
)


@_attrs_define
class AgentTemplate:
    """A shipped, read-only eval-agent template.

    Attributes:
        key (str): Template key, e.g. `hallucination_detection` (pass as `template_key` when creating an agent).
        name (str):
        modality (Modality): Modality of an eval agent or template; `text` grades the transcript, `audio` the recording.
        system_prompt_md (str):
        prompt_md (str):
        levels (list[Level]):
        target_level_keys (list[str]):
        description (None | str | Unset): Nullability UNCONFIRMED (user templates may have null; tolerant).
        category (AgentTemplateCategory | None | Unset): Category label; new categories may appear (open). Nullability
            UNCONFIRMED (tolerant).
    """

    key: str
    name: str
    modality: Modality
    system_prompt_md: str
    prompt_md: str
    levels: list[Level]
    target_level_keys: list[str]
    description: None | str | Unset = UNSET
    category: AgentTemplateCategory | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        modality = self.modality.value

        system_prompt_md = self.system_prompt_md

        prompt_md = self.prompt_md

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        target_level_keys = self.target_level_keys

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, AgentTemplateCategory):
            category = self.category.value
        else:
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "modality": modality,
                "system_prompt_md": system_prompt_md,
                "prompt_md": prompt_md,
                "levels": levels,
                "target_level_keys": target_level_keys,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        key = src_dict["key"]

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

        description = _parse_description(src_dict.get("description", UNSET))

        category = _parse_category(src_dict.get("category", UNSET))

        agent_template = cls(
            key,
            name,
            modality,
            system_prompt_md,
            prompt_md,
            levels,
            target_level_keys,
            description,
            category,
        )

        if len(src_dict) > 7 + ("description" in src_dict) + ("category" in src_dict):
            agent_template.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return agent_template

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


def _parse_category(data: object) -> AgentTemplateCategory | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        _category_type_0 = data
        try:
            category_type_0 = AgentTemplateCategory._value2member_map_[_category_type_0]
        except (KeyError, TypeError):
            category_type_0 = AgentTemplateCategory(_category_type_0)

        return category_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"category: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.level import Level
