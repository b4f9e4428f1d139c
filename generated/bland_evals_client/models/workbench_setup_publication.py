from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workbench_setup_version_summary import WorkbenchSetupVersionSummary


T = TypeVar("T", bound="WorkbenchSetupPublication")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "workbench_setup_id",
        "current_version_id",
        "active_version_id",
        "published_version",
    }
)


@_attrs_define
class WorkbenchSetupPublication:
    """
    Attributes:
        workbench_setup_id (str):
        current_version_id (str):
        active_version_id (str):
        published_version (WorkbenchSetupVersionSummary):
    """

    workbench_setup_id: str
    current_version_id: str
    active_version_id: str
    published_version: WorkbenchSetupVersionSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workbench_setup_id = self.workbench_setup_id

        current_version_id = self.current_version_id

        active_version_id = self.active_version_id

        published_version = self.published_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workbench_setup_id": workbench_setup_id,
                "current_version_id": current_version_id,
                "active_version_id": active_version_id,
                "published_version": published_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        workbench_setup_id = src_dict["workbench_setup_id"]

        current_version_id = src_dict["current_version_id"]

        active_version_id = src_dict["active_version_id"]

        published_version = WorkbenchSetupVersionSummary.from_dict(src_dict["published_version"])

        workbench_setup_publication = cls(
            workbench_setup_id,
            current_version_id,
            active_version_id,
            published_version,
        )

        if len(src_dict) > 4:
            workbench_setup_publication.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return workbench_setup_publication

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
from ..models.workbench_setup_version_summary import WorkbenchSetupVersionSummary
