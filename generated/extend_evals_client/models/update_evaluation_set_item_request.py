from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.provided_classify_output import ProvidedClassifyOutput
    from ..models.provided_extract_output import ProvidedExtractOutput
    from ..models.provided_split_output import ProvidedSplitOutput


T = TypeVar("T", bound="UpdateEvaluationSetItemRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "expectedOutput",
    }
)


@_attrs_define
class UpdateEvaluationSetItemRequest:
    """
    Attributes:
        expected_output (ProvidedClassifyOutput | ProvidedExtractOutput | ProvidedSplitOutput): The expected output of
            an item. It has no discriminator on the wire: its shape follows the
            evaluation set's processor. Classification `{id, type}`, splitting `{splits}`, extraction
            `{value}` (the object matching the extractor's JSON schema, every property present).
    """

    expected_output: ProvidedClassifyOutput | ProvidedExtractOutput | ProvidedSplitOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_output: dict[str, Any]
        if isinstance(self.expected_output, ProvidedClassifyOutput):
            expected_output = self.expected_output.to_dict()
        elif isinstance(self.expected_output, ProvidedSplitOutput):
            expected_output = self.expected_output.to_dict()
        else:
            expected_output = self.expected_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expectedOutput": expected_output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        expected_output = _parse_expected_output(src_dict["expectedOutput"])

        update_evaluation_set_item_request = cls(
            expected_output,
        )

        if len(src_dict) > 1:
            update_evaluation_set_item_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return update_evaluation_set_item_request

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


def _parse_expected_output(data: object) -> ProvidedClassifyOutput | ProvidedExtractOutput | ProvidedSplitOutput:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_provided_processor_output_type_0 = ProvidedClassifyOutput.from_dict(data)

        return componentsschemas_provided_processor_output_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_provided_processor_output_type_1 = ProvidedSplitOutput.from_dict(data)

        return componentsschemas_provided_processor_output_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_provided_processor_output_type_2 = ProvidedExtractOutput.from_dict(data)

    return componentsschemas_provided_processor_output_type_2


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.provided_classify_output import ProvidedClassifyOutput
from ..models.provided_extract_output import ProvidedExtractOutput
from ..models.provided_split_output import ProvidedSplitOutput
