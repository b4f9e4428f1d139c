from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.provided_classifier_output import ProvidedClassifierOutput
    from ..models.provided_fields_array_output import ProvidedFieldsArrayOutput
    from ..models.provided_json_output import ProvidedJsonOutput
    from ..models.provided_splitter_output import ProvidedSplitterOutput


T = TypeVar("T", bound="CreateEvaluationSetItemRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "evaluationSetId",
        "fileId",
        "expectedOutput",
    }
)


@_attrs_define
class CreateEvaluationSetItemRequest:
    """
    Attributes:
        evaluation_set_id (str):
        file_id (str):
        expected_output (ProvidedClassifierOutput | ProvidedFieldsArrayOutput | ProvidedJsonOutput |
            ProvidedSplitterOutput): The expected output of an item: no discriminator on the wire, its shape follows the
            set's
            processor. Members in the order they are tried (see the document's description for why, and
            for the ambiguous fields maps): classifier, splitter, JSON extraction, fields-array extraction.
    """

    evaluation_set_id: str
    file_id: str
    expected_output: ProvidedClassifierOutput | ProvidedFieldsArrayOutput | ProvidedJsonOutput | ProvidedSplitterOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_set_id = self.evaluation_set_id

        file_id = self.file_id

        expected_output: dict[str, Any]
        if isinstance(self.expected_output, ProvidedClassifierOutput):
            expected_output = self.expected_output.to_dict()
        elif isinstance(self.expected_output, ProvidedSplitterOutput):
            expected_output = self.expected_output.to_dict()
        elif isinstance(self.expected_output, ProvidedJsonOutput):
            expected_output = self.expected_output.to_dict()
        else:
            expected_output = self.expected_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluationSetId": evaluation_set_id,
                "fileId": file_id,
                "expectedOutput": expected_output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        evaluation_set_id = src_dict["evaluationSetId"]

        file_id = src_dict["fileId"]

        expected_output = _parse_expected_output(src_dict["expectedOutput"])

        create_evaluation_set_item_request = cls(
            evaluation_set_id,
            file_id,
            expected_output,
        )

        if len(src_dict) > 3:
            create_evaluation_set_item_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return create_evaluation_set_item_request

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


def _parse_expected_output(
    data: object,
) -> ProvidedClassifierOutput | ProvidedFieldsArrayOutput | ProvidedJsonOutput | ProvidedSplitterOutput:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_provided_processor_output_type_0 = ProvidedClassifierOutput.from_dict(data)

        return componentsschemas_provided_processor_output_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_provided_processor_output_type_1 = ProvidedSplitterOutput.from_dict(data)

        return componentsschemas_provided_processor_output_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_provided_processor_output_type_2 = ProvidedJsonOutput.from_dict(data)

        return componentsschemas_provided_processor_output_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_provided_processor_output_type_3 = ProvidedFieldsArrayOutput.from_dict(data)

    return componentsschemas_provided_processor_output_type_3


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.provided_classifier_output import ProvidedClassifierOutput
from ..models.provided_fields_array_output import ProvidedFieldsArrayOutput
from ..models.provided_json_output import ProvidedJsonOutput
from ..models.provided_splitter_output import ProvidedSplitterOutput
