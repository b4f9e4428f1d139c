from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_set_item import EvaluationSetItem


T = TypeVar("T", bound="EvaluationSetItemsListResponse")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "success",
        "evaluationSetItems",
        "nextPageToken",
    }
)


@_attrs_define
class EvaluationSetItemsListResponse:
    """
    Attributes:
        success (bool):
        evaluation_set_items (list[EvaluationSetItem]):
        next_page_token (None | str | Unset): The cursor for the next page; absent or null on the last page.
    """

    success: bool
    evaluation_set_items: list[EvaluationSetItem]
    next_page_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        evaluation_set_items = []
        for evaluation_set_items_item_data in self.evaluation_set_items:
            evaluation_set_items_item = evaluation_set_items_item_data.to_dict()
            evaluation_set_items.append(evaluation_set_items_item)

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "evaluationSetItems": evaluation_set_items,
            }
        )
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        success = src_dict["success"]

        evaluation_set_items = []
        _evaluation_set_items = src_dict["evaluationSetItems"]
        for evaluation_set_items_item_data in _evaluation_set_items:
            evaluation_set_items_item = EvaluationSetItem.from_dict(evaluation_set_items_item_data)

            evaluation_set_items.append(evaluation_set_items_item)

        next_page_token = _parse_next_page_token(src_dict.get("nextPageToken", UNSET))

        evaluation_set_items_list_response = cls(
            success,
            evaluation_set_items,
            next_page_token,
        )

        if len(src_dict) > 2 + ("nextPageToken" in src_dict):
            evaluation_set_items_list_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return evaluation_set_items_list_response

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
from ..models.evaluation_set_item import EvaluationSetItem
