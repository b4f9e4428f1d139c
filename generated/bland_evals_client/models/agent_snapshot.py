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


T = TypeVar("T", bound="AgentSnapshot")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "eval_run_id",
        "eval_agent_id",
        "eval_agent_version_id",
        "levels",
        "target_level_keys",
        "created_at",
        "org_id",
        "position",
        "key",
        "name",
        "modality",
        "system_prompt_md",
        "prompt_md",
        "prompt_version",
        "weight",
    }
)


@_attrs_define
class AgentSnapshot:
    """The frozen configuration of one eval agent as a run scored with it. Fields and types are known from a
    docs example; the ids, roster fields and `created_at` are required, the rest optional (UNCONFIRMED).

        Attributes:
            id (str):
            eval_run_id (str):
            eval_agent_id (str):
            eval_agent_version_id (str):
            levels (list[Level]):
            target_level_keys (list[str]):
            created_at (datetime.datetime):
            org_id (str | Unset):
            position (int | Unset): Position of the agent in the run's roster (0-based).
            key (str | Unset): Slug key of the eval agent.
            name (str | Unset):
            modality (Modality | Unset): Modality of an eval agent or template; `text` grades the transcript, `audio` the
                recording.
            system_prompt_md (str | Unset):
            prompt_md (str | Unset):
            prompt_version (None | str | Unset): Version of Bland's judge prompt, e.g. `v3.1.0`.
            weight (float | Unset):
    """

    id: str
    eval_run_id: str
    eval_agent_id: str
    eval_agent_version_id: str
    levels: list[Level]
    target_level_keys: list[str]
    created_at: datetime.datetime
    org_id: str | Unset = UNSET
    position: int | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    modality: Modality | Unset = UNSET
    system_prompt_md: str | Unset = UNSET
    prompt_md: str | Unset = UNSET
    prompt_version: None | str | Unset = UNSET
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        eval_run_id = self.eval_run_id

        eval_agent_id = self.eval_agent_id

        eval_agent_version_id = self.eval_agent_version_id

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        target_level_keys = self.target_level_keys

        created_at = self.created_at.isoformat()

        org_id = self.org_id

        position = self.position

        key = self.key

        name = self.name

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality.value

        system_prompt_md = self.system_prompt_md

        prompt_md = self.prompt_md

        prompt_version: None | str | Unset
        if isinstance(self.prompt_version, Unset):
            prompt_version = UNSET
        else:
            prompt_version = self.prompt_version

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "eval_run_id": eval_run_id,
                "eval_agent_id": eval_agent_id,
                "eval_agent_version_id": eval_agent_version_id,
                "levels": levels,
                "target_level_keys": target_level_keys,
                "created_at": created_at,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if position is not UNSET:
            field_dict["position"] = position
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if modality is not UNSET:
            field_dict["modality"] = modality
        if system_prompt_md is not UNSET:
            field_dict["system_prompt_md"] = system_prompt_md
        if prompt_md is not UNSET:
            field_dict["prompt_md"] = prompt_md
        if prompt_version is not UNSET:
            field_dict["prompt_version"] = prompt_version
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        eval_run_id = src_dict["eval_run_id"]

        eval_agent_id = src_dict["eval_agent_id"]

        eval_agent_version_id = src_dict["eval_agent_version_id"]

        levels = []
        _levels = src_dict["levels"]
        for levels_item_data in _levels:
            levels_item = Level.from_dict(levels_item_data)

            levels.append(levels_item)

        target_level_keys = cast(list[str], src_dict["target_level_keys"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        org_id = src_dict.get("org_id", UNSET)

        position = src_dict.get("position", UNSET)

        key = src_dict.get("key", UNSET)

        name = src_dict.get("name", UNSET)

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

        prompt_version = _parse_prompt_version(src_dict.get("prompt_version", UNSET))

        weight = src_dict.get("weight", UNSET)

        agent_snapshot = cls(
            id,
            eval_run_id,
            eval_agent_id,
            eval_agent_version_id,
            levels,
            target_level_keys,
            created_at,
            org_id,
            position,
            key,
            name,
            modality,
            system_prompt_md,
            prompt_md,
            prompt_version,
            weight,
        )

        if len(src_dict) > 7 + ("org_id" in src_dict) + ("position" in src_dict) + ("key" in src_dict) + (
            "name" in src_dict
        ) + ("modality" in src_dict) + ("system_prompt_md" in src_dict) + ("prompt_md" in src_dict) + (
            "prompt_version" in src_dict
        ) + ("weight" in src_dict):
            agent_snapshot.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return agent_snapshot

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


def _parse_prompt_version(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"prompt_version: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.level import Level
