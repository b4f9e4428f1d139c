"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import ApiError
    from .api_key_creator import ApiKeyCreator
    from .batch_processor_run_response import BatchProcessorRunResponse
    from .batch_run import BatchRun
    from .batch_run_status import BatchRunStatus
    from .classification_metric import ClassificationMetric
    from .classifier_summary import ClassifierSummary
    from .classifier_version_summary import ClassifierVersionSummary
    from .classify_run_metrics import ClassifyRunMetrics
    from .classify_run_metrics_classification_metrics import (
        ClassifyRunMetricsClassificationMetrics,
    )
    from .create_evaluation_set_item import CreateEvaluationSetItem
    from .create_evaluation_set_items_request import CreateEvaluationSetItemsRequest
    from .create_evaluation_set_items_response import CreateEvaluationSetItemsResponse
    from .create_evaluation_set_request import CreateEvaluationSetRequest
    from .create_evaluation_set_run_request import CreateEvaluationSetRunRequest
    from .delete_evaluation_set_item_response import DeleteEvaluationSetItemResponse
    from .evaluation_set import EvaluationSet
    from .evaluation_set_item import EvaluationSetItem
    from .evaluation_set_item_summary import EvaluationSetItemSummary
    from .evaluation_set_items_list_response import EvaluationSetItemsListResponse
    from .evaluation_set_run import EvaluationSetRun
    from .evaluation_sets_list_response import EvaluationSetsListResponse
    from .extract_run_metrics import ExtractRunMetrics
    from .extract_run_metrics_field_metrics import ExtractRunMetricsFieldMetrics
    from .extractor_summary import ExtractorSummary
    from .extractor_version_summary import ExtractorVersionSummary
    from .field_metric import FieldMetric
    from .file_metadata import FileMetadata
    from .file_summary import FileSummary
    from .file_type import FileType
    from .legacy_batch_processor_run import LegacyBatchProcessorRun
    from .legacy_batch_processor_run_metrics import LegacyBatchProcessorRunMetrics
    from .legacy_batch_processor_run_source import LegacyBatchProcessorRunSource
    from .legacy_batch_processor_run_status import LegacyBatchProcessorRunStatus
    from .parent_split import ParentSplit
    from .provided_classify_output import ProvidedClassifyOutput
    from .provided_extract_output import ProvidedExtractOutput
    from .provided_extract_output_value import ProvidedExtractOutputValue
    from .provided_split import ProvidedSplit
    from .provided_split_output import ProvidedSplitOutput
    from .run_entity_choice import RunEntityChoice
    from .run_metadata import RunMetadata
    from .run_metrics import RunMetrics
    from .run_metrics_common import RunMetricsCommon
    from .run_options import RunOptions
    from .signed_data_url_payload import SignedDataUrlPayload
    from .sort_by import SortBy
    from .sort_dir import SortDir
    from .splitter_run_metrics import SplitterRunMetrics
    from .splitter_summary import SplitterSummary
    from .splitter_version_summary import SplitterVersionSummary
    from .unknown_creator import UnknownCreator
    from .unknown_entity_summary import UnknownEntitySummary
    from .unknown_entity_version_summary import UnknownEntityVersionSummary
    from .unknown_webhook_payload import UnknownWebhookPayload
    from .update_evaluation_set_item_request import UpdateEvaluationSetItemRequest
    from .user_creator import UserCreator
    from .webhook_event import WebhookEvent
    from .webhook_event_type import WebhookEventType

# Each public name and the module that defines it (`from .file_summary import FileSummary`).
_MODULES = {
    "ApiError": ".api_error",
    "ApiKeyCreator": ".api_key_creator",
    "BatchProcessorRunResponse": ".batch_processor_run_response",
    "BatchRun": ".batch_run",
    "BatchRunStatus": ".batch_run_status",
    "ClassificationMetric": ".classification_metric",
    "ClassifierSummary": ".classifier_summary",
    "ClassifierVersionSummary": ".classifier_version_summary",
    "ClassifyRunMetrics": ".classify_run_metrics",
    "ClassifyRunMetricsClassificationMetrics": ".classify_run_metrics_classification_metrics",
    "CreateEvaluationSetItem": ".create_evaluation_set_item",
    "CreateEvaluationSetItemsRequest": ".create_evaluation_set_items_request",
    "CreateEvaluationSetItemsResponse": ".create_evaluation_set_items_response",
    "CreateEvaluationSetRequest": ".create_evaluation_set_request",
    "CreateEvaluationSetRunRequest": ".create_evaluation_set_run_request",
    "DeleteEvaluationSetItemResponse": ".delete_evaluation_set_item_response",
    "EvaluationSet": ".evaluation_set",
    "EvaluationSetItem": ".evaluation_set_item",
    "EvaluationSetItemSummary": ".evaluation_set_item_summary",
    "EvaluationSetItemsListResponse": ".evaluation_set_items_list_response",
    "EvaluationSetRun": ".evaluation_set_run",
    "EvaluationSetsListResponse": ".evaluation_sets_list_response",
    "ExtractRunMetrics": ".extract_run_metrics",
    "ExtractRunMetricsFieldMetrics": ".extract_run_metrics_field_metrics",
    "ExtractorSummary": ".extractor_summary",
    "ExtractorVersionSummary": ".extractor_version_summary",
    "FieldMetric": ".field_metric",
    "FileMetadata": ".file_metadata",
    "FileSummary": ".file_summary",
    "FileType": ".file_type",
    "LegacyBatchProcessorRun": ".legacy_batch_processor_run",
    "LegacyBatchProcessorRunMetrics": ".legacy_batch_processor_run_metrics",
    "LegacyBatchProcessorRunSource": ".legacy_batch_processor_run_source",
    "LegacyBatchProcessorRunStatus": ".legacy_batch_processor_run_status",
    "ParentSplit": ".parent_split",
    "ProvidedClassifyOutput": ".provided_classify_output",
    "ProvidedExtractOutput": ".provided_extract_output",
    "ProvidedExtractOutputValue": ".provided_extract_output_value",
    "ProvidedSplit": ".provided_split",
    "ProvidedSplitOutput": ".provided_split_output",
    "RunEntityChoice": ".run_entity_choice",
    "RunMetadata": ".run_metadata",
    "RunMetrics": ".run_metrics",
    "RunMetricsCommon": ".run_metrics_common",
    "RunOptions": ".run_options",
    "SignedDataUrlPayload": ".signed_data_url_payload",
    "SortBy": ".sort_by",
    "SortDir": ".sort_dir",
    "SplitterRunMetrics": ".splitter_run_metrics",
    "SplitterSummary": ".splitter_summary",
    "SplitterVersionSummary": ".splitter_version_summary",
    "UnknownCreator": ".unknown_creator",
    "UnknownEntitySummary": ".unknown_entity_summary",
    "UnknownEntityVersionSummary": ".unknown_entity_version_summary",
    "UnknownWebhookPayload": ".unknown_webhook_payload",
    "UpdateEvaluationSetItemRequest": ".update_evaluation_set_item_request",
    "UserCreator": ".user_creator",
    "WebhookEvent": ".webhook_event",
    "WebhookEventType": ".webhook_event_type",
}

__all__ = (
    "ApiError",
    "ApiKeyCreator",
    "BatchProcessorRunResponse",
    "BatchRun",
    "BatchRunStatus",
    "ClassificationMetric",
    "ClassifierSummary",
    "ClassifierVersionSummary",
    "ClassifyRunMetrics",
    "ClassifyRunMetricsClassificationMetrics",
    "CreateEvaluationSetItem",
    "CreateEvaluationSetItemsRequest",
    "CreateEvaluationSetItemsResponse",
    "CreateEvaluationSetRequest",
    "CreateEvaluationSetRunRequest",
    "DeleteEvaluationSetItemResponse",
    "EvaluationSet",
    "EvaluationSetItem",
    "EvaluationSetItemsListResponse",
    "EvaluationSetItemSummary",
    "EvaluationSetRun",
    "EvaluationSetsListResponse",
    "ExtractorSummary",
    "ExtractorVersionSummary",
    "ExtractRunMetrics",
    "ExtractRunMetricsFieldMetrics",
    "FieldMetric",
    "FileMetadata",
    "FileSummary",
    "FileType",
    "LegacyBatchProcessorRun",
    "LegacyBatchProcessorRunMetrics",
    "LegacyBatchProcessorRunSource",
    "LegacyBatchProcessorRunStatus",
    "ParentSplit",
    "ProvidedClassifyOutput",
    "ProvidedExtractOutput",
    "ProvidedExtractOutputValue",
    "ProvidedSplit",
    "ProvidedSplitOutput",
    "RunEntityChoice",
    "RunMetadata",
    "RunMetrics",
    "RunMetricsCommon",
    "RunOptions",
    "SignedDataUrlPayload",
    "SortBy",
    "SortDir",
    "SplitterRunMetrics",
    "SplitterSummary",
    "SplitterVersionSummary",
    "UnknownCreator",
    "UnknownEntitySummary",
    "UnknownEntityVersionSummary",
    "UnknownWebhookPayload",
    "UpdateEvaluationSetItemRequest",
    "UserCreator",
    "WebhookEvent",
    "WebhookEventType",
)


# Outside TYPE_CHECKING a type checker would take any misspelt `models.X` for an Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # the next access is a plain module attribute
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
