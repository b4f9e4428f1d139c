from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_run_status import BatchRunStatus

if TYPE_CHECKING:
    from ..models.classifier_summary import ClassifierSummary
    from ..models.classifier_version_summary import ClassifierVersionSummary
    from ..models.classify_run_metrics import ClassifyRunMetrics
    from ..models.extract_run_metrics import ExtractRunMetrics
    from ..models.extractor_summary import ExtractorSummary
    from ..models.extractor_version_summary import ExtractorVersionSummary
    from ..models.run_metrics import RunMetrics
    from ..models.run_options import RunOptions
    from ..models.splitter_run_metrics import SplitterRunMetrics
    from ..models.splitter_summary import SplitterSummary
    from ..models.splitter_version_summary import SplitterVersionSummary
    from ..models.unknown_entity_summary import UnknownEntitySummary
    from ..models.unknown_entity_version_summary import UnknownEntityVersionSummary


T = TypeVar("T", bound="EvaluationSetRun")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "evaluationSetId",
        "entity",
        "entityVersion",
        "metrics",
        "status",
        "options",
        "createdAt",
        "updatedAt",
    }
)


@_attrs_define
class EvaluationSetRun:
    """
    Attributes:
        object_ (Literal['evaluation_set_run']):
        id (str): `bpr_...`
        evaluation_set_id (str):
        entity (ClassifierSummary | ExtractorSummary | SplitterSummary | UnknownEntitySummary): The processor an
            evaluation set (or run) belongs to, told apart by `object`. A kind this client
            does not know yet (say `workflow`) parses as UnknownEntitySummary with every field kept.
        entity_version (ClassifierVersionSummary | ExtractorVersionSummary | SplitterVersionSummary |
            UnknownEntityVersionSummary): The processor version a run used, told apart by `object`; unknown kinds are kept.
        metrics (ClassifyRunMetrics | ExtractRunMetrics | RunMetrics | SplitterRunMetrics): Run metrics, told apart by
            `type` (EXTRACT, CLASSIFY, SPLITTER - not the entity's `object`).
            Every number is optional; accuracy figures appear once the run is PROCESSED. Responses without
            `type` (older API revisions) or with a type this client does not know parse as RunMetrics.
        status (BatchRunStatus): PENDING, PROCESSING, then PROCESSED (terminal), FAILED (terminal) or CANCELLED
            (terminal).
        options (RunOptions):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    object_: Literal["evaluation_set_run"]
    id: str
    evaluation_set_id: str
    entity: ClassifierSummary | ExtractorSummary | SplitterSummary | UnknownEntitySummary
    entity_version: (
        ClassifierVersionSummary | ExtractorVersionSummary | SplitterVersionSummary | UnknownEntityVersionSummary
    )
    metrics: ClassifyRunMetrics | ExtractRunMetrics | RunMetrics | SplitterRunMetrics
    status: BatchRunStatus
    options: RunOptions
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        evaluation_set_id = self.evaluation_set_id

        entity: dict[str, Any]
        if isinstance(self.entity, ExtractorSummary):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, ClassifierSummary):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, SplitterSummary):
            entity = self.entity.to_dict()
        else:
            entity = self.entity.to_dict()

        entity_version: dict[str, Any]
        if isinstance(self.entity_version, ExtractorVersionSummary):
            entity_version = self.entity_version.to_dict()
        elif isinstance(self.entity_version, ClassifierVersionSummary):
            entity_version = self.entity_version.to_dict()
        elif isinstance(self.entity_version, SplitterVersionSummary):
            entity_version = self.entity_version.to_dict()
        else:
            entity_version = self.entity_version.to_dict()

        metrics: dict[str, Any]
        if isinstance(self.metrics, ExtractRunMetrics):
            metrics = self.metrics.to_dict()
        elif isinstance(self.metrics, ClassifyRunMetrics):
            metrics = self.metrics.to_dict()
        elif isinstance(self.metrics, SplitterRunMetrics):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics.to_dict()

        status = self.status.value

        options = self.options.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "evaluationSetId": evaluation_set_id,
                "entity": entity,
                "entityVersion": entity_version,
                "metrics": metrics,
                "status": status,
                "options": options,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]
        if object_ != "evaluation_set_run":
            raise ValueError(f"object must match const 'evaluation_set_run', got '{object_}'")

        id = src_dict["id"]

        evaluation_set_id = src_dict["evaluationSetId"]

        entity = _parse_entity(src_dict["entity"])

        entity_version = _parse_entity_version(src_dict["entityVersion"])

        metrics = _parse_metrics(src_dict["metrics"])

        _status = src_dict["status"]
        try:
            status = BatchRunStatus._value2member_map_[_status]
        except (KeyError, TypeError):
            status = BatchRunStatus(_status)

        options = RunOptions.from_dict(src_dict["options"])

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updatedAt"])

        evaluation_set_run = cls(
            object_,
            id,
            evaluation_set_id,
            entity,
            entity_version,
            metrics,
            status,
            options,
            created_at,
            updated_at,
        )

        if len(src_dict) > 10:
            evaluation_set_run.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return evaluation_set_run

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


def _parse_entity(data: object) -> ClassifierSummary | ExtractorSummary | SplitterSummary | UnknownEntitySummary:
    if isinstance(data, dict) and data.get("object") == "extractor":
        try:
            componentsschemas_evaluation_set_entity_type_0 = ExtractorSummary.from_dict(data)

            return componentsschemas_evaluation_set_entity_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("object") == "classifier":
        try:
            componentsschemas_evaluation_set_entity_type_1 = ClassifierSummary.from_dict(data)

            return componentsschemas_evaluation_set_entity_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("object") == "splitter":
        try:
            componentsschemas_evaluation_set_entity_type_2 = SplitterSummary.from_dict(data)

            return componentsschemas_evaluation_set_entity_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_evaluation_set_entity_type_3 = UnknownEntitySummary.from_dict(data)

    return componentsschemas_evaluation_set_entity_type_3


def _parse_entity_version(
    data: object,
) -> ClassifierVersionSummary | ExtractorVersionSummary | SplitterVersionSummary | UnknownEntityVersionSummary:
    if isinstance(data, dict) and data.get("object") == "extractor_version":
        try:
            componentsschemas_evaluation_set_run_entity_version_type_0 = ExtractorVersionSummary.from_dict(data)

            return componentsschemas_evaluation_set_run_entity_version_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("object") == "classifier_version":
        try:
            componentsschemas_evaluation_set_run_entity_version_type_1 = ClassifierVersionSummary.from_dict(data)

            return componentsschemas_evaluation_set_run_entity_version_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("object") == "splitter_version":
        try:
            componentsschemas_evaluation_set_run_entity_version_type_2 = SplitterVersionSummary.from_dict(data)

            return componentsschemas_evaluation_set_run_entity_version_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_evaluation_set_run_entity_version_type_3 = UnknownEntityVersionSummary.from_dict(data)

    return componentsschemas_evaluation_set_run_entity_version_type_3


def _parse_metrics(data: object) -> ClassifyRunMetrics | ExtractRunMetrics | RunMetrics | SplitterRunMetrics:
    if isinstance(data, dict) and data.get("type") == "EXTRACT":
        try:
            componentsschemas_evaluation_set_run_metrics_type_0 = ExtractRunMetrics.from_dict(data)

            return componentsschemas_evaluation_set_run_metrics_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "CLASSIFY":
        try:
            componentsschemas_evaluation_set_run_metrics_type_1 = ClassifyRunMetrics.from_dict(data)

            return componentsschemas_evaluation_set_run_metrics_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "SPLITTER":
        try:
            componentsschemas_evaluation_set_run_metrics_type_2 = SplitterRunMetrics.from_dict(data)

            return componentsschemas_evaluation_set_run_metrics_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_evaluation_set_run_metrics_type_3 = RunMetrics.from_dict(data)

    return componentsschemas_evaluation_set_run_metrics_type_3


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.classifier_summary import ClassifierSummary
from ..models.classifier_version_summary import ClassifierVersionSummary
from ..models.classify_run_metrics import ClassifyRunMetrics
from ..models.extract_run_metrics import ExtractRunMetrics
from ..models.extractor_summary import ExtractorSummary
from ..models.extractor_version_summary import ExtractorVersionSummary
from ..models.run_metrics import RunMetrics
from ..models.run_options import RunOptions
from ..models.splitter_run_metrics import SplitterRunMetrics
from ..models.splitter_summary import SplitterSummary
from ..models.splitter_version_summary import SplitterVersionSummary
from ..models.unknown_entity_summary import UnknownEntitySummary
from ..models.unknown_entity_version_summary import UnknownEntityVersionSummary
