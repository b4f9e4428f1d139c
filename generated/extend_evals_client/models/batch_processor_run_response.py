from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.legacy_batch_processor_run import LegacyBatchProcessorRun


T = TypeVar("T", bound="BatchProcessorRunResponse")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "success",
        "batchProcessorRun",
    }
)


@_attrs_define
class BatchProcessorRunResponse:
    """
    Attributes:
        success (bool):
        batch_processor_run (LegacyBatchProcessorRun):
    """

    success: bool
    batch_processor_run: LegacyBatchProcessorRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        batch_processor_run = self.batch_processor_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "batchProcessorRun": batch_processor_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        success = src_dict["success"]

        batch_processor_run = LegacyBatchProcessorRun.from_dict(src_dict["batchProcessorRun"])

        batch_processor_run_response = cls(
            success,
            batch_processor_run,
        )

        if len(src_dict) > 2:
            batch_processor_run_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return batch_processor_run_response

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
from ..models.legacy_batch_processor_run import LegacyBatchProcessorRun
