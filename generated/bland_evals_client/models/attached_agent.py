from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachedAgent")

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
class AttachedAgent:
    """An eval agent attached to a run (in `CreateEvalRunRequest.attached_agents`, `EvalRun.submitted_attached_agents`).
    Only `eval_agent_id` is required in a request; responses show all four keys.

        Attributes:
            eval_agent_id (str): Id (UUID) of the eval agent.
            eval_agent_version_id (None | str | Unset): Version to score with. Omit to use the agent's latest published
                version. Null is accepted here
                for tolerant reading of responses (whether the API sends or accepts null is UNCONFIRMED).
            weight (float | Unset): Relative weight (0-100) of this agent in the overall score.
            target_level_keys (list[str] | Unset): Level keys that count as passing (a target match). Empty for pass/fail
                agents.
    """

    eval_agent_id: str
    eval_agent_version_id: None | str | Unset = UNSET
    weight: float | Unset = UNSET
    target_level_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eval_agent_id = self.eval_agent_id

        eval_agent_version_id: None | str | Unset
        if isinstance(self.eval_agent_version_id, Unset):
            eval_agent_version_id = UNSET
        else:
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
            }
        )
        if eval_agent_version_id is not UNSET:
            field_dict["eval_agent_version_id"] = eval_agent_version_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if target_level_keys is not UNSET:
            field_dict["target_level_keys"] = target_level_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        eval_agent_id = src_dict["eval_agent_id"]

        eval_agent_version_id = _parse_eval_agent_version_id(src_dict.get("eval_agent_version_id", UNSET))

        weight = src_dict.get("weight", UNSET)

        target_level_keys = cast(list[str], src_dict.get("target_level_keys", UNSET))

        attached_agent = cls(
            eval_agent_id,
            eval_agent_version_id,
            weight,
            target_level_keys,
        )

        if len(src_dict) > 1 + ("eval_agent_version_id" in src_dict) + ("weight" in src_dict) + (
            "target_level_keys" in src_dict
        ):
            attached_agent.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return attached_agent

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


def _parse_eval_agent_version_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"eval_agent_version_id: {type(data).__name__} fits no member of the union")
