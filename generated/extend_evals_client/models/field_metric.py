from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldMetric")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "countTotal",
        "countPresent",
        "countExpected",
        "countAccurate",
        "accuracy",
    }
)


@_attrs_define
class FieldMetric:
    """Per-field extraction counts. `accuracy` = countAccurate / countExpected, absent when countExpected is 0.

    Attributes:
        count_total (float | Unset):
        count_present (float | Unset):
        count_expected (float | Unset):
        count_accurate (float | Unset):
        accuracy (float | Unset):
    """

    count_total: float | Unset = UNSET
    count_present: float | Unset = UNSET
    count_expected: float | Unset = UNSET
    count_accurate: float | Unset = UNSET
    accuracy: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count_total = self.count_total

        count_present = self.count_present

        count_expected = self.count_expected

        count_accurate = self.count_accurate

        accuracy = self.accuracy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count_total is not UNSET:
            field_dict["countTotal"] = count_total
        if count_present is not UNSET:
            field_dict["countPresent"] = count_present
        if count_expected is not UNSET:
            field_dict["countExpected"] = count_expected
        if count_accurate is not UNSET:
            field_dict["countAccurate"] = count_accurate
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        count_total = src_dict.get("countTotal", UNSET)

        count_present = src_dict.get("countPresent", UNSET)

        count_expected = src_dict.get("countExpected", UNSET)

        count_accurate = src_dict.get("countAccurate", UNSET)

        accuracy = src_dict.get("accuracy", UNSET)

        field_metric = cls(
            count_total,
            count_present,
            count_expected,
            count_accurate,
            accuracy,
        )

        if len(src_dict) > ("countTotal" in src_dict) + ("countPresent" in src_dict) + ("countExpected" in src_dict) + (
            "countAccurate" in src_dict
        ) + ("accuracy" in src_dict):
            field_metric.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return field_metric

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
