from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legacy_batch_processor_run_source import LegacyBatchProcessorRunSource
from ..models.legacy_batch_processor_run_status import LegacyBatchProcessorRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_batch_processor_run_metrics import LegacyBatchProcessorRunMetrics
    from ..models.run_options import RunOptions


T = TypeVar("T", bound="LegacyBatchProcessorRun")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "processorId",
        "processorVersionId",
        "processorName",
        "metrics",
        "status",
        "source",
        "runCount",
        "options",
        "createdAt",
        "updatedAt",
        "sourceId",
    }
)


@_attrs_define
class LegacyBatchProcessorRun:
    """
    Attributes:
        object_ (str): Always "batch_processor_run".
        id (str): `bpr_...`
        processor_id (str):
        processor_version_id (str):
        processor_name (str):
        metrics (LegacyBatchProcessorRunMetrics): Only numFiles and numPages are typed. 2024-12-23 docs describe richer
            legacy metrics (type,
            fieldMetrics with meanConfidence/recallPerc/precisionPerc); UNCONFIRMED, kept as extra fields.
        status (LegacyBatchProcessorRunStatus): PENDING, PROCESSING, then PROCESSED or FAILED (both terminal). No
            CANCELLED here.
        source (LegacyBatchProcessorRunSource): EVAL_SET (sourceId is the ev_ id), PLAYGROUND (no sourceId), STUDIO
            (sourceId is the processor id).
        run_count (int):
        options (RunOptions):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        source_id (str | Unset):
    """

    object_: str
    id: str
    processor_id: str
    processor_version_id: str
    processor_name: str
    metrics: LegacyBatchProcessorRunMetrics
    status: LegacyBatchProcessorRunStatus
    source: LegacyBatchProcessorRunSource
    run_count: int
    options: RunOptions
    created_at: datetime.datetime
    updated_at: datetime.datetime
    source_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        processor_id = self.processor_id

        processor_version_id = self.processor_version_id

        processor_name = self.processor_name

        metrics = self.metrics.to_dict()

        status = self.status.value

        source = self.source.value

        run_count = self.run_count

        options = self.options.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        source_id = self.source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "processorId": processor_id,
                "processorVersionId": processor_version_id,
                "processorName": processor_name,
                "metrics": metrics,
                "status": status,
                "source": source,
                "runCount": run_count,
                "options": options,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]

        id = src_dict["id"]

        processor_id = src_dict["processorId"]

        processor_version_id = src_dict["processorVersionId"]

        processor_name = src_dict["processorName"]

        metrics = LegacyBatchProcessorRunMetrics.from_dict(src_dict["metrics"])

        _status = src_dict["status"]
        try:
            status = LegacyBatchProcessorRunStatus._value2member_map_[_status]
        except (KeyError, TypeError):
            status = LegacyBatchProcessorRunStatus(_status)

        _source = src_dict["source"]
        try:
            source = LegacyBatchProcessorRunSource._value2member_map_[_source]
        except (KeyError, TypeError):
            source = LegacyBatchProcessorRunSource(_source)

        run_count = src_dict["runCount"]

        options = RunOptions.from_dict(src_dict["options"])

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updatedAt"])

        source_id = src_dict.get("sourceId", UNSET)

        legacy_batch_processor_run = cls(
            object_,
            id,
            processor_id,
            processor_version_id,
            processor_name,
            metrics,
            status,
            source,
            run_count,
            options,
            created_at,
            updated_at,
            source_id,
        )

        if len(src_dict) > 12 + ("sourceId" in src_dict):
            legacy_batch_processor_run.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return legacy_batch_processor_run

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


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.legacy_batch_processor_run_metrics import LegacyBatchProcessorRunMetrics
from ..models.run_options import RunOptions
