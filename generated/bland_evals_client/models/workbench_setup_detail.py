from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workbench_setup import WorkbenchSetup
    from ..models.workbench_setup_version import WorkbenchSetupVersion


T = TypeVar("T", bound="WorkbenchSetupDetail")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "setup",
        "current_version",
    }
)


@_attrs_define
class WorkbenchSetupDetail:
    """
    Attributes:
        setup (WorkbenchSetup):
        current_version (WorkbenchSetupVersion):
    """

    setup: WorkbenchSetup
    current_version: WorkbenchSetupVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        setup = self.setup.to_dict()

        current_version = self.current_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "setup": setup,
                "current_version": current_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        setup = WorkbenchSetup.from_dict(src_dict["setup"])

        current_version = WorkbenchSetupVersion.from_dict(src_dict["current_version"])

        workbench_setup_detail = cls(
            setup,
            current_version,
        )

        if len(src_dict) > 2:
            workbench_setup_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return workbench_setup_detail

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
from ..models.workbench_setup import WorkbenchSetup
from ..models.workbench_setup_version import WorkbenchSetupVersion
