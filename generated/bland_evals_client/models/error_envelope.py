from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bland_error import BlandError


T = TypeVar("T", bound="ErrorEnvelope")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "data",
        "errors",
    }
)


@_attrs_define
class ErrorEnvelope:
    """Body of every error response: `{"data": null, "errors": [...]}`. That `data` is null on errors and the
    shape of each error object are UNCONFIRMED, so `data` accepts anything and both keys are optional.

        Attributes:
            data (Any | Unset): Presumably `null` on errors (UNCONFIRMED); any value is accepted.
            errors (list[BlandError | str] | Unset): The errors, each an object (`BlandError`) or a bare string.
    """

    data: Any | Unset = UNSET
    errors: list[BlandError | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        errors: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item: dict[str, Any] | str
                if isinstance(errors_item_data, BlandError):
                    errors_item = errors_item_data.to_dict()
                else:
                    errors_item = errors_item_data
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        data = src_dict.get("data", UNSET)

        _errors = src_dict.get("errors", UNSET)
        errors: list[BlandError | str] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:

                def _parse_errors_item(data: object) -> BlandError | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_error_entry_type_0 = BlandError.from_dict(data)

                        return componentsschemas_error_entry_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if isinstance(data, str):
                        return data
                    raise TypeError(f"errors_item: {type(data).__name__} fits no member of the union")

                errors_item = _parse_errors_item(errors_item_data)

                errors.append(errors_item)

        error_envelope = cls(
            data,
            errors,
        )

        if len(src_dict) > ("data" in src_dict) + ("errors" in src_dict):
            error_envelope.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return error_envelope

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
from ..models.bland_error import BlandError
