"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each public name and the module that defines it (`from .file_summary import FileSummary`).
_MODULES = {
    "BatchProcessorRun": ".batch_processor_run",
    "BatchProcessorRunMetrics": ".batch_processor_run_metrics",
    "BatchProcessorRunOptions": ".batch_processor_run_options",
    "BatchProcessorRunResponse": ".batch_processor_run_response",
    "BatchProcessorRunSource": ".batch_processor_run_source",
    "BatchProcessorRunStatus": ".batch_processor_run_status",
    "BulkCreateEvaluationSetItem": ".bulk_create_evaluation_set_item",
    "BulkCreateEvaluationSetItemsRequest": ".bulk_create_evaluation_set_items_request",
    "BulkCreateEvaluationSetItemsResponse": ".bulk_create_evaluation_set_items_response",
    "CreateEvaluationSetItemRequest": ".create_evaluation_set_item_request",
    "CreateEvaluationSetRequest": ".create_evaluation_set_request",
    "DeleteEvaluationSetItemResponse": ".delete_evaluation_set_item_response",
    "Error": ".error",
    "EvaluationSet": ".evaluation_set",
    "EvaluationSetItem": ".evaluation_set_item",
    "EvaluationSetItemResponse": ".evaluation_set_item_response",
    "EvaluationSetItemsListResponse": ".evaluation_set_items_list_response",
    "EvaluationSetResponse": ".evaluation_set_response",
    "EvaluationSetsListResponse": ".evaluation_sets_list_response",
    "ExtractionFieldType": ".extraction_field_type",
    "ProvidedClassifierOutput": ".provided_classifier_output",
    "ProvidedExtractionFieldResult": ".provided_extraction_field_result",
    "ProvidedFieldsArrayOutput": ".provided_fields_array_output",
    "ProvidedJsonOutput": ".provided_json_output",
    "ProvidedJsonOutputValue": ".provided_json_output_value",
    "ProvidedSplit": ".provided_split",
    "ProvidedSplitterOutput": ".provided_splitter_output",
    "SortBy": ".sort_by",
    "SortDir": ".sort_dir",
    "UpdateEvaluationSetItemRequest": ".update_evaluation_set_item_request",
}

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
