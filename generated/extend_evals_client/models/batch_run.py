from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_run_status import BatchRunStatus

T = TypeVar("T", bound="BatchRun")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "status",
        "runCount",
        "createdAt",
    }
)


@_attrs_define
class BatchRun:
    """The summary of a batch run a webhook event carries (the payload of batch_processor_run.*).
    Not the run itself: it has no metrics, and it does not parse as LegacyBatchProcessorRun.
    The official SDK ties it to `GET /batch_runs/{id}` and the `/{parse,extract,classify,split}_runs/batch`
    endpoints; whether that endpoint answers for evaluation set runs is UNCONFIRMED, so it is not
    declared here (a wait confirms an event with getEvaluationSetRun instead).

        Attributes:
            object_ (Literal['batch_run']):
            id (str): `bpr_...`
            status (BatchRunStatus): PENDING, PROCESSING, then PROCESSED (terminal), FAILED (terminal) or CANCELLED
                (terminal).
            run_count (int): The number of individual runs in this batch.
            created_at (datetime.datetime):
    """

    object_: Literal["batch_run"]
    id: str
    status: BatchRunStatus
    run_count: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        status = self.status.value

        run_count = self.run_count

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "status": status,
                "runCount": run_count,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]
        if object_ != "batch_run":
            raise ValueError(f"object must match const 'batch_run', got '{object_}'")

        id = src_dict["id"]

        _status = src_dict["status"]
        try:
            status = BatchRunStatus._value2member_map_[_status]
        except (KeyError, TypeError):
            status = BatchRunStatus(_status)

        run_count = src_dict["runCount"]

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        batch_run = cls(
            object_,
            id,
            status,
            run_count,
            created_at,
        )

        if len(src_dict) > 5:
            batch_run.additional_properties = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        return batch_run

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
