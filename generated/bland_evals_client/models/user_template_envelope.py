from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bland_error import BlandError
    from ..models.user_template import UserTemplate


T = TypeVar("T", bound="UserTemplateEnvelope")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "data",
        "errors",
    }
)


@_attrs_define
class UserTemplateEnvelope:
    """
    Attributes:
        data (UserTemplate): One of the organization's own judge templates. Fields beyond the create body are
            UNCONFIRMED (tolerant).
        errors (list[BlandError | str] | None | Unset): Null on success; on failure the errors, each an object or a bare
            string.
    """

    data: UserTemplate
    errors: list[BlandError | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        errors: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for componentsschemas_errors_type_0_item_data in self.errors:
                componentsschemas_errors_type_0_item: dict[str, Any] | str
                if isinstance(componentsschemas_errors_type_0_item_data, BlandError):
                    componentsschemas_errors_type_0_item = componentsschemas_errors_type_0_item_data.to_dict()
                else:
                    componentsschemas_errors_type_0_item = componentsschemas_errors_type_0_item_data
                errors.append(componentsschemas_errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        data = UserTemplate.from_dict(src_dict["data"])

        errors = _parse_errors(src_dict.get("errors", UNSET))

        user_template_envelope = cls(
            data,
            errors,
        )

        if len(src_dict) > 1 + ("errors" in src_dict):
            user_template_envelope.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return user_template_envelope

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


def _parse_errors(data: object) -> list[BlandError | str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_errors_type_0 = []
        _componentsschemas_errors_type_0 = data
        for componentsschemas_errors_type_0_item_data in _componentsschemas_errors_type_0:

            def _parse_componentsschemas_errors_type_0_item(data: object) -> BlandError | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_entry_type_0 = BlandError.from_dict(data)

                    return componentsschemas_error_entry_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if isinstance(data, str):
                    return data
                raise TypeError(
                    f"/components/schemas/Errors_type_0_item: {type(data).__name__} fits no member of the union"
                )

            componentsschemas_errors_type_0_item = _parse_componentsschemas_errors_type_0_item(
                componentsschemas_errors_type_0_item_data
            )

            componentsschemas_errors_type_0.append(componentsschemas_errors_type_0_item)

        return componentsschemas_errors_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"errors: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.bland_error import BlandError
from ..models.user_template import UserTemplate
