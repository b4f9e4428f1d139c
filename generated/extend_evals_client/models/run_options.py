from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunOptions")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "fuzzyMatchFields",
        "excludeFields",
    }
)


@_attrs_define
class RunOptions:
    """
    Attributes:
        fuzzy_match_fields (list[str] | Unset):
        exclude_fields (list[str] | Unset):
    """

    fuzzy_match_fields: list[str] | Unset = UNSET
    exclude_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fuzzy_match_fields: list[str] | Unset = UNSET
        if not isinstance(self.fuzzy_match_fields, Unset):
            fuzzy_match_fields = self.fuzzy_match_fields

        exclude_fields: list[str] | Unset = UNSET
        if not isinstance(self.exclude_fields, Unset):
            exclude_fields = self.exclude_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fuzzy_match_fields is not UNSET:
            field_dict["fuzzyMatchFields"] = fuzzy_match_fields
        if exclude_fields is not UNSET:
            field_dict["excludeFields"] = exclude_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        fuzzy_match_fields = cast(list[str], src_dict.get("fuzzyMatchFields", UNSET))

        exclude_fields = cast(list[str], src_dict.get("excludeFields", UNSET))

        run_options = cls(
            fuzzy_match_fields,
            exclude_fields,
        )

        if len(src_dict) > ("fuzzyMatchFields" in src_dict) + ("excludeFields" in src_dict):
            run_options.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return run_options

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
