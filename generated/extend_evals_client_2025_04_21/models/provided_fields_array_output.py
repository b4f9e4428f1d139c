from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.provided_extraction_field_result import ProvidedExtractionFieldResult


T = TypeVar("T", bound="ProvidedFieldsArrayOutput")


@_attrs_define
class ProvidedFieldsArrayOutput:
    """Extraction output of a fields-array processor - field name to that field's expected result."""

    additional_properties: dict[str, ProvidedExtractionFieldResult] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        provided_fields_array_output = cls()

        if src_dict:
            additional_properties = {}
            for key, prop_dict in src_dict.items():
                additional_property = ProvidedExtractionFieldResult.from_dict(prop_dict)

                additional_properties[key] = additional_property

            provided_fields_array_output.additional_properties = additional_properties
        return provided_fields_array_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ProvidedExtractionFieldResult:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ProvidedExtractionFieldResult) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.provided_extraction_field_result import ProvidedExtractionFieldResult
