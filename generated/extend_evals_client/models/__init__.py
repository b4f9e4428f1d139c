"""Contains all the data models used in inputs/outputs"""

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
