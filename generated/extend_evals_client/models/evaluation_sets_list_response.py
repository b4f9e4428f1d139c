from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_set import EvaluationSet


T = TypeVar("T", bound="EvaluationSetsListResponse")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "data",
        "nextPageToken",
    }
)


@_attrs_define
class EvaluationSetsListResponse:
    """
    Attributes:
        object_ (Literal['list']):
        data (list[EvaluationSet]):
        next_page_token (None | str | Unset): The cursor for the next page; absent or null on the last page.
    """

    object_: Literal["list"]
    data: list[EvaluationSet]
    next_page_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
            }
        )
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]
        if object_ != "list":
            raise ValueError(f"object must match const 'list', got '{object_}'")

        data = []
        _data = src_dict["data"]
        for data_item_data in _data:
            data_item = EvaluationSet.from_dict(data_item_data)

            data.append(data_item)

        next_page_token = _parse_next_page_token(src_dict.get("nextPageToken", UNSET))

        evaluation_sets_list_response = cls(
            object_,
            data,
            next_page_token,
        )

        if len(src_dict) > 2 + ("nextPageToken" in src_dict):
            evaluation_sets_list_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return evaluation_sets_list_response

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


def _parse_next_page_token(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"nextPageToken: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.evaluation_set import EvaluationSet
