from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eval_run_list_item import EvalRunListItem


T = TypeVar("T", bound="EvalRunList")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "data",
        "has_more",
        "next_cursor",
    }
)


@_attrs_define
class EvalRunList:
    """One page of eval runs.

    Attributes:
        object_ (str): Always `list`.
        data (list[EvalRunListItem]):
        has_more (bool): Whether more results exist beyond this page.
        next_cursor (None | str): Pass as `starting_after` to fetch the next page; null when there are no more results.
    """

    object_: str
    data: list[EvalRunListItem]
    has_more: bool
    next_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
                "has_more": has_more,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]

        data = []
        _data = src_dict["data"]
        for data_item_data in _data:
            data_item = EvalRunListItem.from_dict(data_item_data)

            data.append(data_item)

        has_more = src_dict["has_more"]

        next_cursor = _parse_next_cursor(src_dict["next_cursor"])

        eval_run_list = cls(
            object_,
            data,
            has_more,
            next_cursor,
        )

        if len(src_dict) > 4:
            eval_run_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return eval_run_list

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


def _parse_next_cursor(data: object) -> None | str:
    if data is None:
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"next_cursor: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.eval_run_list_item import EvalRunListItem
