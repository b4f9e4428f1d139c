from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provided_extract_output_value import ProvidedExtractOutputValue


T = TypeVar("T", bound="ProvidedExtractOutput")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "value",
    }
)


@_attrs_define
class ProvidedExtractOutput:
    """Extraction output. `value` is optional in the SDK but the docs require it.

    Attributes:
        value (ProvidedExtractOutputValue | Unset):
    """

    value: ProvidedExtractOutputValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        _value = src_dict.get("value", UNSET)
        value: ProvidedExtractOutputValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = ProvidedExtractOutputValue.from_dict(_value)

        provided_extract_output = cls(
            value,
        )

        if len(src_dict) > ("value" in src_dict):
            provided_extract_output.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return provided_extract_output

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
from ..models.provided_extract_output_value import ProvidedExtractOutputValue
