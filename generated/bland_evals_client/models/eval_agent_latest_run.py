from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalAgentLatestRun")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "status",
        "created_at",
        "call_count",
        "target_hit_count",
        "graded_count",
    }
)


@_attrs_define
class EvalAgentLatestRun:
    """Summary of the most recent run against an eval agent.

    Attributes:
        id (str): Run id.
        status (str): Status of the run. A plain string, not `RunStatus`: the docs example shows lower-case `completed`,
            which is not a run status value (`COMPLETE`); the real values are UNCONFIRMED.
        created_at (datetime.datetime):
        call_count (int | Unset): Number of calls evaluated.
        target_hit_count (int | Unset): Number of calls that hit a target level.
        graded_count (int | Unset): Number of calls that received a grade.
    """

    id: str
    status: str
    created_at: datetime.datetime
    call_count: int | Unset = UNSET
    target_hit_count: int | Unset = UNSET
    graded_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        created_at = self.created_at.isoformat()

        call_count = self.call_count

        target_hit_count = self.target_hit_count

        graded_count = self.graded_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
            }
        )
        if call_count is not UNSET:
            field_dict["call_count"] = call_count
        if target_hit_count is not UNSET:
            field_dict["target_hit_count"] = target_hit_count
        if graded_count is not UNSET:
            field_dict["graded_count"] = graded_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        status = src_dict["status"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        call_count = src_dict.get("call_count", UNSET)

        target_hit_count = src_dict.get("target_hit_count", UNSET)

        graded_count = src_dict.get("graded_count", UNSET)

        eval_agent_latest_run = cls(
            id,
            status,
            created_at,
            call_count,
            target_hit_count,
            graded_count,
        )

        if len(src_dict) > 3 + ("call_count" in src_dict) + ("target_hit_count" in src_dict) + (
            "graded_count" in src_dict
        ):
            eval_agent_latest_run.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return eval_agent_latest_run

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
