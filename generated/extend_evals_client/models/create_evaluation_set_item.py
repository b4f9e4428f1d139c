from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provided_classify_output import ProvidedClassifyOutput
    from ..models.provided_extract_output import ProvidedExtractOutput
    from ..models.provided_split_output import ProvidedSplitOutput


T = TypeVar("T", bound="CreateEvaluationSetItem")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "expectedOutput",
        "fileId",
        "fileIds",
    }
)


@_attrs_define
class CreateEvaluationSetItem:
    """One new item: exactly one of `fileId` (one file) or `fileIds` (2-50 unique files, in order, read
    as one document - JSON-schema extractors only), and the expected output.

        Attributes:
            expected_output (ProvidedClassifyOutput | ProvidedExtractOutput | ProvidedSplitOutput): The expected output of
                an item. It has no discriminator on the wire: its shape follows the
                evaluation set's processor. Classification `{id, type}`, splitting `{splits}`, extraction
                `{value}` (the object matching the extractor's JSON schema, every property present).
            file_id (str | Unset): `file_...`
            file_ids (list[str] | Unset):
    """

    expected_output: ProvidedClassifyOutput | ProvidedExtractOutput | ProvidedSplitOutput
    file_id: str | Unset = UNSET
    file_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_output: dict[str, Any]
        if isinstance(self.expected_output, ProvidedClassifyOutput):
            expected_output = self.expected_output.to_dict()
        elif isinstance(self.expected_output, ProvidedSplitOutput):
            expected_output = self.expected_output.to_dict()
        else:
            expected_output = self.expected_output.to_dict()

        file_id = self.file_id

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expectedOutput": expected_output,
            }
        )
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if file_ids is not UNSET:
            field_dict["fileIds"] = file_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        expected_output = _parse_expected_output(src_dict["expectedOutput"])

        file_id = src_dict.get("fileId", UNSET)

        file_ids = cast(list[str], src_dict.get("fileIds", UNSET))

        create_evaluation_set_item = cls(
            expected_output,
            file_id,
            file_ids,
        )

        if len(src_dict) > 1 + ("fileId" in src_dict) + ("fileIds" in src_dict):
            create_evaluation_set_item.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return create_evaluation_set_item

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
