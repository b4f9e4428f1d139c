from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.modality import Modality

if TYPE_CHECKING:
    from ..models.eval_agent_latest_run import EvalAgentLatestRun
    from ..models.metadata import Metadata


T = TypeVar("T", bound="EvalAgentListItem")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "name",
        "description",
        "current_version_id",
        "active_version_id",
        "active_version_number",
        "enabled",
        "modality",
        "latest_run",
        "metadata",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class EvalAgentListItem:
    """An eval agent as listed by `GET /v1/evals/agents`.

    Attributes:
        id (str):
        name (str):
        description (None | str):
        current_version_id (str): Id of the current editable draft version.
        active_version_id (None | str): Id of the published version runs use, or null if never published.
        active_version_number (int | None): Version number of the published version, or null if never published.
        enabled (bool):
        modality (Modality): Modality of an eval agent or template; `text` grades the transcript, `audio` the recording.
        latest_run (EvalAgentLatestRun | None): The most recent run against this agent, or null if none.
        metadata (Metadata): Key-value metadata; keys and values are strings.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: str
    name: str
    description: None | str
    current_version_id: str
    active_version_id: None | str
    active_version_number: int | None
    enabled: bool
    modality: Modality
    latest_run: EvalAgentLatestRun | None
    metadata: Metadata
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        current_version_id = self.current_version_id

        active_version_id: None | str
        active_version_id = self.active_version_id

        active_version_number: int | None
        active_version_number = self.active_version_number

        enabled = self.enabled

        modality = self.modality.value

        latest_run: dict[str, Any] | None
        if isinstance(self.latest_run, EvalAgentLatestRun):
            latest_run = self.latest_run.to_dict()
        else:
            latest_run = self.latest_run

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "current_version_id": current_version_id,
                "active_version_id": active_version_id,
                "active_version_number": active_version_number,
                "enabled": enabled,
                "modality": modality,
                "latest_run": latest_run,
                "metadata": metadata,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        name = src_dict["name"]

        description = _parse_description(src_dict["description"])

        current_version_id = src_dict["current_version_id"]

        active_version_id = _parse_active_version_id(src_dict["active_version_id"])

        active_version_number = _parse_active_version_number(src_dict["active_version_number"])

        enabled = src_dict["enabled"]

        _modality = src_dict["modality"]
        try:
            modality = Modality._value2member_map_[_modality]
        except (KeyError, TypeError):
            modality = Modality(_modality)

        latest_run = _parse_latest_run(src_dict["latest_run"])

        metadata = Metadata.from_dict(src_dict["metadata"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        eval_agent_list_item = cls(
            id,
            name,
            description,
            current_version_id,
            active_version_id,
            active_version_number,
            enabled,
            modality,
            latest_run,
            metadata,
            created_at,
            updated_at,
        )

        if len(src_dict) > 12:
            eval_agent_list_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return eval_agent_list_item

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


def _parse_description(data: object) -> None | str:
    if data is None:
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"description: {type(data).__name__} fits no member of the union")


def _parse_active_version_id(data: object) -> None | str:
    if data is None:
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"active_version_id: {type(data).__name__} fits no member of the union")


def _parse_active_version_number(data: object) -> int | None:
    if data is None:
        return data
    if isinstance(data, int):
        return data
    raise TypeError(f"active_version_number: {type(data).__name__} fits no member of the union")


def _parse_latest_run(data: object) -> EvalAgentLatestRun | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        latest_run_type_0 = EvalAgentLatestRun.from_dict(data)

        return latest_run_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"latest_run: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.eval_agent_latest_run import EvalAgentLatestRun
from ..models.metadata import Metadata
