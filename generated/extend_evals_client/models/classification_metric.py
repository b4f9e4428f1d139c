from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassificationMetric")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "countExpected",
        "countPredicted",
        "countCorrect",
        "precision",
        "recall",
        "f1",
    }
)


@_attrs_define
class ClassificationMetric:
    """
    Attributes:
        count_expected (float | Unset):
        count_predicted (float | Unset):
        count_correct (float | Unset):
        precision (float | Unset):
        recall (float | Unset):
        f1 (float | Unset):
    """

    count_expected: float | Unset = UNSET
    count_predicted: float | Unset = UNSET
    count_correct: float | Unset = UNSET
    precision: float | Unset = UNSET
    recall: float | Unset = UNSET
    f1: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count_expected = self.count_expected

        count_predicted = self.count_predicted

        count_correct = self.count_correct

        precision = self.precision

        recall = self.recall

        f1 = self.f1

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count_expected is not UNSET:
            field_dict["countExpected"] = count_expected
        if count_predicted is not UNSET:
            field_dict["countPredicted"] = count_predicted
        if count_correct is not UNSET:
            field_dict["countCorrect"] = count_correct
        if precision is not UNSET:
            field_dict["precision"] = precision
        if recall is not UNSET:
            field_dict["recall"] = recall
        if f1 is not UNSET:
            field_dict["f1"] = f1

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        count_expected = src_dict.get("countExpected", UNSET)

        count_predicted = src_dict.get("countPredicted", UNSET)

        count_correct = src_dict.get("countCorrect", UNSET)

        precision = src_dict.get("precision", UNSET)

        recall = src_dict.get("recall", UNSET)

        f1 = src_dict.get("f1", UNSET)

        classification_metric = cls(
            count_expected,
            count_predicted,
            count_correct,
            precision,
            recall,
            f1,
        )

        if len(src_dict) > ("countExpected" in src_dict) + ("countPredicted" in src_dict) + (
            "countCorrect" in src_dict
        ) + ("precision" in src_dict) + ("recall" in src_dict) + ("f1" in src_dict):
            classification_metric.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return classification_metric

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
