from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteEvaluationSetItemResponse")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "success",
        "evaluationSetItemId",
        "message",
    }
)


@_attrs_define
class DeleteEvaluationSetItemResponse:
    """
    Attributes:
        success (bool):
        evaluation_set_item_id (str):
        message (str):
    """

    success: bool
    evaluation_set_item_id: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        evaluation_set_item_id = self.evaluation_set_item_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "evaluationSetItemId": evaluation_set_item_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        success = src_dict["success"]

        evaluation_set_item_id = src_dict["evaluationSetItemId"]

        message = src_dict["message"]

        delete_evaluation_set_item_response = cls(
            success,
            evaluation_set_item_id,
            message,
        )

        if len(src_dict) > 3:
            delete_evaluation_set_item_response.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return delete_evaluation_set_item_response

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
