from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parent_split import ParentSplit


T = TypeVar("T", bound="FileMetadata")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "pageCount",
        "parentSplit",
    }
)


@_attrs_define
class FileMetadata:
    """
    Attributes:
        page_count (float | Unset): PDF and DOCX only.
        parent_split (ParentSplit | Unset):
    """

    page_count: float | Unset = UNSET
    parent_split: ParentSplit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_count = self.page_count

        parent_split: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_split, Unset):
            parent_split = self.parent_split.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count
        if parent_split is not UNSET:
            field_dict["parentSplit"] = parent_split

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        page_count = src_dict.get("pageCount", UNSET)

        _parent_split = src_dict.get("parentSplit", UNSET)
        parent_split: ParentSplit | Unset
        if isinstance(_parent_split, Unset):
            parent_split = UNSET
        else:
            parent_split = ParentSplit.from_dict(_parent_split)

        file_metadata = cls(
            page_count,
            parent_split,
        )

        if len(src_dict) > ("pageCount" in src_dict) + ("parentSplit" in src_dict):
            file_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return file_metadata

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
from ..models.parent_split import ParentSplit
