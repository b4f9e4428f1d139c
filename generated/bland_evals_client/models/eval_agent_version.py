from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.modality import Modality
from ..models.version_state import VersionState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.level import Level


T = TypeVar("T", bound="EvalAgentVersion")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "org_id",
        "eval_agent_id",
        "version_number",
        "name",
        "state",
        "modality",
        "system_prompt_md",
        "prompt_md",
        "levels",
        "target_level_keys",
        "weight",
        "created_at",
        "updated_at",
        "description",
        "created_from_version_id",
        "created_by",
    }
)


@_attrs_define
class EvalAgentVersion:
    """One version of an eval agent (the draft is `editable`; published versions are `archived`).

    Attributes:
        id (str):
        org_id (str):
        eval_agent_id (str):
        version_number (int): Sequential version number.
        name (str):
        state (VersionState): State of an eval-agent version. Only `editable` versions can be changed; published
            versions become `archived`.
        modality (Modality): Modality of an eval agent or template; `text` grades the transcript, `audio` the recording.
        system_prompt_md (str): System prompt of the judge LLM (Markdown, up to 8000 characters).
        prompt_md (str): Grading prompt of the judge LLM (Markdown, up to 8000 characters).
        levels (list[Level]): Verdict levels; 2-5 for graded agents, empty for pass/fail agents.
        target_level_keys (list[str]): Level keys that count as a target match; empty for pass/fail agents.
        weight (float): Relative weight in aggregate scoring.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        created_from_version_id (None | str | Unset): Version this one was forked from, or null for the first version.
        created_by (None | str | Unset): Identifier of the user who created this version, or null.
    """

    id: str
    org_id: str
    eval_agent_id: str
    version_number: int
    name: str
    state: VersionState
    modality: Modality
    system_prompt_md: str
    prompt_md: str
    levels: list[Level]
    target_level_keys: list[str]
    weight: float
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    created_from_version_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        eval_agent_id = self.eval_agent_id

        version_number = self.version_number

        name = self.name

        state = self.state.value

        modality = self.modality.value

        system_prompt_md = self.system_prompt_md

        prompt_md = self.prompt_md

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        target_level_keys = self.target_level_keys

        weight = self.weight

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_from_version_id: None | str | Unset
        if isinstance(self.created_from_version_id, Unset):
            created_from_version_id = UNSET
        else:
            created_from_version_id = self.created_from_version_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "eval_agent_id": eval_agent_id,
                "version_number": version_number,
                "name": name,
                "state": state,
                "modality": modality,
                "system_prompt_md": system_prompt_md,
                "prompt_md": prompt_md,
                "levels": levels,
                "target_level_keys": target_level_keys,
                "weight": weight,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_from_version_id is not UNSET:
            field_dict["created_from_version_id"] = created_from_version_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        org_id = src_dict["org_id"]

        eval_agent_id = src_dict["eval_agent_id"]

        version_number = src_dict["version_number"]

        name = src_dict["name"]

        _state = src_dict["state"]
        try:
            state = VersionState._value2member_map_[_state]
        except (KeyError, TypeError):
            state = VersionState(_state)

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

        weight = src_dict["weight"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        description = _parse_description(src_dict.get("description", UNSET))

        created_from_version_id = _parse_created_from_version_id(src_dict.get("created_from_version_id", UNSET))

        created_by = _parse_created_by(src_dict.get("created_by", UNSET))

        eval_agent_version = cls(
            id,
            org_id,
            eval_agent_id,
            version_number,
            name,
            state,
            modality,
            system_prompt_md,
            prompt_md,
            levels,
            target_level_keys,
            weight,
            created_at,
            updated_at,
            description,
            created_from_version_id,
            created_by,
        )

        if len(src_dict) > 14 + ("description" in src_dict) + ("created_from_version_id" in src_dict) + (
            "created_by" in src_dict
        ):
            eval_agent_version.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return eval_agent_version

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


def _parse_created_from_version_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"created_from_version_id: {type(data).__name__} fits no member of the union")


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"created_by: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.level import Level
