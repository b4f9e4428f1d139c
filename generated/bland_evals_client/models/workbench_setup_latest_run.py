from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkbenchSetupLatestRun")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "status",
        "created_at",
        "call_count",
    }
)


@_attrs_define
class WorkbenchSetupLatestRun:
    """Summary of the most recent run of a workbench setup.

    Attributes:
        id (str): Run id.
        status (str): Status of the run. A plain string, not `RunStatus`: the docs example shows lower-case `completed`
            (UNCONFIRMED, inconsistent with the run status enum).
        created_at (datetime.datetime):
        call_count (int | Unset): Number of calls evaluated.
    """

    id: str
    status: str
    created_at: datetime.datetime
    call_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        created_at = self.created_at.isoformat()

        call_count = self.call_count

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        status = src_dict["status"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        call_count = src_dict.get("call_count", UNSET)

        workbench_setup_latest_run = cls(
            id,
            status,
            created_at,
            call_count,
        )

        if len(src_dict) > 3 + ("call_count" in src_dict):
            workbench_setup_latest_run.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return workbench_setup_latest_run

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
