"""Contains all the data models used in inputs/outputs"""

from .batch_processor_run import BatchProcessorRun
from .batch_processor_run_metrics import BatchProcessorRunMetrics
from .batch_processor_run_options import BatchProcessorRunOptions
from .batch_processor_run_response import BatchProcessorRunResponse
from .batch_processor_run_source import BatchProcessorRunSource
from .batch_processor_run_status import BatchProcessorRunStatus
from .bulk_create_evaluation_set_item import BulkCreateEvaluationSetItem
from .bulk_create_evaluation_set_items_request import (
    BulkCreateEvaluationSetItemsRequest,
)
from .bulk_create_evaluation_set_items_response import (
    BulkCreateEvaluationSetItemsResponse,
)
from .create_evaluation_set_item_request import CreateEvaluationSetItemRequest
from .create_evaluation_set_request import CreateEvaluationSetRequest
from .delete_evaluation_set_item_response import DeleteEvaluationSetItemResponse
from .error import Error
from .evaluation_set import EvaluationSet
from .evaluation_set_item import EvaluationSetItem
from .evaluation_set_item_response import EvaluationSetItemResponse
from .evaluation_set_items_list_response import EvaluationSetItemsListResponse
from .evaluation_set_response import EvaluationSetResponse
from .evaluation_sets_list_response import EvaluationSetsListResponse
from .extraction_field_type import ExtractionFieldType
from .provided_classifier_output import ProvidedClassifierOutput
from .provided_extraction_field_result import ProvidedExtractionFieldResult
from .provided_fields_array_output import ProvidedFieldsArrayOutput
from .provided_json_output import ProvidedJsonOutput
from .provided_json_output_value import ProvidedJsonOutputValue
from .provided_split import ProvidedSplit
from .provided_splitter_output import ProvidedSplitterOutput
from .sort_by import SortBy
from .sort_dir import SortDir
from .update_evaluation_set_item_request import UpdateEvaluationSetItemRequest

__all__ = (
    "BatchProcessorRun",
    "BatchProcessorRunMetrics",
    "BatchProcessorRunOptions",
    "BatchProcessorRunResponse",
    "BatchProcessorRunSource",
    "BatchProcessorRunStatus",
    "BulkCreateEvaluationSetItem",
    "BulkCreateEvaluationSetItemsRequest",
    "BulkCreateEvaluationSetItemsResponse",
    "CreateEvaluationSetItemRequest",
    "CreateEvaluationSetRequest",
    "DeleteEvaluationSetItemResponse",
    "Error",
    "EvaluationSet",
    "EvaluationSetItem",
    "EvaluationSetItemResponse",
    "EvaluationSetItemsListResponse",
    "EvaluationSetResponse",
    "EvaluationSetsListResponse",
    "ExtractionFieldType",
    "ProvidedClassifierOutput",
    "ProvidedExtractionFieldResult",
    "ProvidedFieldsArrayOutput",
    "ProvidedJsonOutput",
    "ProvidedJsonOutputValue",
    "ProvidedSplit",
    "ProvidedSplitterOutput",
    "SortBy",
    "SortDir",
    "UpdateEvaluationSetItemRequest",
)
