from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvidedSplit")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "classificationId",
        "type",
        "startPage",
        "endPage",
        "observation",
        "identifier",
    }
)


@_attrs_define
class ProvidedSplit:
    """
    Attributes:
        id (str):
        classification_id (str):
        type_ (str):
        start_page (int):
        end_page (int):
        observation (str | Unset):
        identifier (str | Unset):
    """

    id: str
    classification_id: str
    type_: str
    start_page: int
    end_page: int
    observation: str | Unset = UNSET
    identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        classification_id = self.classification_id

        type_ = self.type_

        start_page = self.start_page

        end_page = self.end_page

        observation = self.observation

        identifier = self.identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "classificationId": classification_id,
                "type": type_,
                "startPage": start_page,
                "endPage": end_page,
            }
        )
        if observation is not UNSET:
            field_dict["observation"] = observation
        if identifier is not UNSET:
            field_dict["identifier"] = identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        classification_id = src_dict["classificationId"]

        type_ = src_dict["type"]

        start_page = src_dict["startPage"]

        end_page = src_dict["endPage"]

        observation = src_dict.get("observation", UNSET)

        identifier = src_dict.get("identifier", UNSET)

        provided_split = cls(
            id,
            classification_id,
            type_,
            start_page,
            end_page,
            observation,
            identifier,
        )

        if len(src_dict) > 5 + ("observation" in src_dict) + ("identifier" in src_dict):
            provided_split.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return provided_split

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
