from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetupAttachedAgent")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "eval_agent_id",
        "eval_agent_version_id",
        "weight",
        "target_level_keys",
    }
)


@_attrs_define
class SetupAttachedAgent:
    """An eval agent on a workbench setup version. Unlike a run's `AttachedAgent`, the version and the
    weight are required here.

        Attributes:
            eval_agent_id (str):
            eval_agent_version_id (str):
            weight (float):
            target_level_keys (list[str] | Unset):
    """

    eval_agent_id: str
    eval_agent_version_id: str
    weight: float
    target_level_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eval_agent_id = self.eval_agent_id

        eval_agent_version_id = self.eval_agent_version_id

        weight = self.weight

        target_level_keys: list[str] | Unset = UNSET
        if not isinstance(self.target_level_keys, Unset):
            target_level_keys = self.target_level_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eval_agent_id": eval_agent_id,
                "eval_agent_version_id": eval_agent_version_id,
                "weight": weight,
            }
        )
        if target_level_keys is not UNSET:
            field_dict["target_level_keys"] = target_level_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        eval_agent_id = src_dict["eval_agent_id"]

        eval_agent_version_id = src_dict["eval_agent_version_id"]

        weight = src_dict["weight"]

        target_level_keys = cast(list[str], src_dict.get("target_level_keys", UNSET))

        setup_attached_agent = cls(
            eval_agent_id,
            eval_agent_version_id,
            weight,
            target_level_keys,
        )

        if len(src_dict) > 3 + ("target_level_keys" in src_dict):
            setup_attached_agent.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return setup_attached_agent

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
