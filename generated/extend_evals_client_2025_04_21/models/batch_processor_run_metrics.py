from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchProcessorRunMetrics")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "numFiles",
        "numPages",
    }
)


@_attrs_define
class BatchProcessorRunMetrics:
    """Only numFiles and numPages are typed; richer legacy metrics are UNCONFIRMED and kept as extra fields.

    Attributes:
        num_files (float | Unset):
        num_pages (float | Unset):
    """

    num_files: float | Unset = UNSET
    num_pages: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_files = self.num_files

        num_pages = self.num_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if num_files is not UNSET:
            field_dict["numFiles"] = num_files
        if num_pages is not UNSET:
            field_dict["numPages"] = num_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        num_files = src_dict.get("numFiles", UNSET)

        num_pages = src_dict.get("numPages", UNSET)

        batch_processor_run_metrics = cls(
            num_files,
            num_pages,
        )

        if len(src_dict) > ("numFiles" in src_dict) + ("numPages" in src_dict):
            batch_processor_run_metrics.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return batch_processor_run_metrics

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
