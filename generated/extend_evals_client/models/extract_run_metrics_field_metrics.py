from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_metric import FieldMetric


T = TypeVar("T", bound="ExtractRunMetricsFieldMetrics")


@_attrs_define
class ExtractRunMetricsFieldMetrics:
    """Field path (nested fields dot-joined) to its counts."""

    additional_properties: dict[str, FieldMetric] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        extract_run_metrics_field_metrics = cls()

        if src_dict:
            additional_properties = {}
            for key, prop_dict in src_dict.items():
                additional_property = FieldMetric.from_dict(prop_dict)

                additional_properties[key] = additional_property

            extract_run_metrics_field_metrics.additional_properties = additional_properties
        return extract_run_metrics_field_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FieldMetric:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FieldMetric) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.field_metric import FieldMetric
