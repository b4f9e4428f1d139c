from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_entity_choice import RunEntityChoice


T = TypeVar("T", bound="CreateEvaluationSetRunRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "evaluationSetId",
        "entity",
        "evaluationSetItemIds",
    }
)


@_attrs_define
class CreateEvaluationSetRunRequest:
    """
    Attributes:
        evaluation_set_id (str):
        entity (RunEntityChoice | Unset): The processor to evaluate and its version.
        evaluation_set_item_ids (list[str] | Unset): Only these items; omitted = every item.
    """

    evaluation_set_id: str
    entity: RunEntityChoice | Unset = UNSET
    evaluation_set_item_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_set_id = self.evaluation_set_id

        entity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.to_dict()

        evaluation_set_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.evaluation_set_item_ids, Unset):
            evaluation_set_item_ids = self.evaluation_set_item_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluationSetId": evaluation_set_id,
            }
        )
        if entity is not UNSET:
            field_dict["entity"] = entity
        if evaluation_set_item_ids is not UNSET:
            field_dict["evaluationSetItemIds"] = evaluation_set_item_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        evaluation_set_id = src_dict["evaluationSetId"]

        _entity = src_dict.get("entity", UNSET)
        entity: RunEntityChoice | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = RunEntityChoice.from_dict(_entity)

        evaluation_set_item_ids = cast(list[str], src_dict.get("evaluationSetItemIds", UNSET))

        create_evaluation_set_run_request = cls(
            evaluation_set_id,
            entity,
            evaluation_set_item_ids,
        )

        if len(src_dict) > 1 + ("entity" in src_dict) + ("evaluationSetItemIds" in src_dict):
            create_evaluation_set_run_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return create_evaluation_set_run_request

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
from ..models.run_entity_choice import RunEntityChoice
