from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluation_set_item import EvaluationSetItem


T = TypeVar("T", bound="CreateEvaluationSetItemsResponse")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "evaluationSetItems",
    }
)


@_attrs_define
class CreateEvaluationSetItemsResponse:
    """
    Attributes:
        evaluation_set_items (list[EvaluationSetItem]):
    """

    evaluation_set_items: list[EvaluationSetItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_set_items = []
        for evaluation_set_items_item_data in self.evaluation_set_items:
            evaluation_set_items_item = evaluation_set_items_item_data.to_dict()
            evaluation_set_items.append(evaluation_set_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluationSetItems": evaluation_set_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        evaluation_set_items = []
        _evaluation_set_items = src_dict["evaluationSetItems"]
        for evaluation_set_items_item_data in _evaluation_set_items:
            evaluation_set_items_item = EvaluationSetItem.from_dict(evaluation_set_items_item_data)

            evaluation_set_items.append(evaluation_set_items_item)

        create_evaluation_set_items_response = cls(
            evaluation_set_items,
        )

        if len(src_dict) > 1:
            create_evaluation_set_items_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return create_evaluation_set_items_response

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
from ..models.evaluation_set_item import EvaluationSetItem
