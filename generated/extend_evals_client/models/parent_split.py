from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ParentSplit")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "type",
        "identifier",
        "startPage",
        "endPage",
    }
)


@_attrs_define
class ParentSplit:
    """
    Attributes:
        id (str):
        type_ (str):
        identifier (str):
        start_page (int):
        end_page (int):
    """

    id: str
    type_: str
    identifier: str
    start_page: int
    end_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        identifier = self.identifier

        start_page = self.start_page

        end_page = self.end_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "identifier": identifier,
                "startPage": start_page,
                "endPage": end_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        type_ = src_dict["type"]

        identifier = src_dict["identifier"]

        start_page = src_dict["startPage"]

        end_page = src_dict["endPage"]

        parent_split = cls(
            id,
            type_,
            identifier,
            start_page,
            end_page,
        )

        if len(src_dict) > 5:
            parent_split.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return parent_split

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
