from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunMetricsCommon")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "numFilesTotal",
        "numFilesProcessed",
        "numFiles",
        "numPages",
        "meanLatencyMs",
        "p50LatencyMs",
        "p90LatencyMs",
        "p95LatencyMs",
        "p99LatencyMs",
    }
)


@_attrs_define
class RunMetricsCommon:
    """The fields every run's metrics share.

    Attributes:
        num_files_total (float | Unset):
        num_files_processed (float | Unset):
        num_files (float | Unset): Deprecated - use numFilesProcessed.
        num_pages (float | Unset):
        mean_latency_ms (float | Unset):
        p_50_latency_ms (float | Unset):
        p_90_latency_ms (float | Unset):
        p_95_latency_ms (float | Unset):
        p_99_latency_ms (float | Unset):
    """

    num_files_total: float | Unset = UNSET
    num_files_processed: float | Unset = UNSET
    num_files: float | Unset = UNSET
    num_pages: float | Unset = UNSET
    mean_latency_ms: float | Unset = UNSET
    p_50_latency_ms: float | Unset = UNSET
    p_90_latency_ms: float | Unset = UNSET
    p_95_latency_ms: float | Unset = UNSET
    p_99_latency_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_files_total = self.num_files_total

        num_files_processed = self.num_files_processed

        num_files = self.num_files

        num_pages = self.num_pages

        mean_latency_ms = self.mean_latency_ms

        p_50_latency_ms = self.p_50_latency_ms

        p_90_latency_ms = self.p_90_latency_ms

        p_95_latency_ms = self.p_95_latency_ms

        p_99_latency_ms = self.p_99_latency_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if num_files_total is not UNSET:
            field_dict["numFilesTotal"] = num_files_total
        if num_files_processed is not UNSET:
            field_dict["numFilesProcessed"] = num_files_processed
        if num_files is not UNSET:
            field_dict["numFiles"] = num_files
        if num_pages is not UNSET:
            field_dict["numPages"] = num_pages
        if mean_latency_ms is not UNSET:
            field_dict["meanLatencyMs"] = mean_latency_ms
        if p_50_latency_ms is not UNSET:
            field_dict["p50LatencyMs"] = p_50_latency_ms
        if p_90_latency_ms is not UNSET:
            field_dict["p90LatencyMs"] = p_90_latency_ms
        if p_95_latency_ms is not UNSET:
            field_dict["p95LatencyMs"] = p_95_latency_ms
        if p_99_latency_ms is not UNSET:
            field_dict["p99LatencyMs"] = p_99_latency_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        num_files_total = src_dict.get("numFilesTotal", UNSET)

        num_files_processed = src_dict.get("numFilesProcessed", UNSET)

        num_files = src_dict.get("numFiles", UNSET)

        num_pages = src_dict.get("numPages", UNSET)

        mean_latency_ms = src_dict.get("meanLatencyMs", UNSET)

        p_50_latency_ms = src_dict.get("p50LatencyMs", UNSET)

        p_90_latency_ms = src_dict.get("p90LatencyMs", UNSET)

        p_95_latency_ms = src_dict.get("p95LatencyMs", UNSET)

        p_99_latency_ms = src_dict.get("p99LatencyMs", UNSET)

        run_metrics_common = cls(
            num_files_total,
            num_files_processed,
            num_files,
            num_pages,
            mean_latency_ms,
            p_50_latency_ms,
            p_90_latency_ms,
            p_95_latency_ms,
            p_99_latency_ms,
        )

        if len(src_dict) > ("numFilesTotal" in src_dict) + ("numFilesProcessed" in src_dict) + (
            "numFiles" in src_dict
        ) + ("numPages" in src_dict) + ("meanLatencyMs" in src_dict) + ("p50LatencyMs" in src_dict) + (
            "p90LatencyMs" in src_dict
        ) + ("p95LatencyMs" in src_dict) + ("p99LatencyMs" in src_dict):
            run_metrics_common.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return run_metrics_common

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
