from __future__ import annotations

import datetime
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
    from ..models.api_key_creator import ApiKeyCreator
    from ..models.classifier_summary import ClassifierSummary
    from ..models.extractor_summary import ExtractorSummary
    from ..models.splitter_summary import SplitterSummary
    from ..models.unknown_creator import UnknownCreator
    from ..models.unknown_entity_summary import UnknownEntitySummary
    from ..models.user_creator import UserCreator


T = TypeVar("T", bound="EvaluationSet")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "name",
        "description",
        "entity",
        "createdAt",
        "updatedAt",
        "createdBy",
    }
)


@_attrs_define
class EvaluationSet:
    """
    Attributes:
        object_ (Literal['evaluation_set']):
        id (str): `ev_...`
        name (str):
        description (str): May be empty; what the server stores when create omits it is UNCONFIRMED.
        entity (ClassifierSummary | ExtractorSummary | SplitterSummary | UnknownEntitySummary): The processor an
            evaluation set (or run) belongs to, told apart by `object`. A kind this client
            does not know yet (say `workflow`) parses as UnknownEntitySummary with every field kept.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        created_by (ApiKeyCreator | None | UnknownCreator | Unset | UserCreator): Who created the resource: a Studio
            user or an API key. Null for resources created before this
            was recorded. An unknown `type` parses as UnknownCreator.
    """

    object_: Literal["evaluation_set"]
    id: str
    name: str
    description: str
    entity: ClassifierSummary | ExtractorSummary | SplitterSummary | UnknownEntitySummary
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: ApiKeyCreator | None | UnknownCreator | Unset | UserCreator = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        name = self.name

        description = self.description

        entity: dict[str, Any]
        if isinstance(self.entity, ExtractorSummary):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, ClassifierSummary):
            entity = self.entity.to_dict()
        elif isinstance(self.entity, SplitterSummary):
            entity = self.entity.to_dict()
        else:
            entity = self.entity.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserCreator):
            created_by = self.created_by.to_dict()
        elif isinstance(self.created_by, ApiKeyCreator):
            created_by = self.created_by.to_dict()
        elif isinstance(self.created_by, UnknownCreator):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "name": name,
                "description": description,
                "entity": entity,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]
        if object_ != "evaluation_set":
            raise ValueError(f"object must match const 'evaluation_set', got '{object_}'")

        id = src_dict["id"]

        name = src_dict["name"]

        description = src_dict["description"]

        entity = _parse_entity(src_dict["entity"])

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updatedAt"])

        created_by = _parse_created_by(src_dict.get("createdBy", UNSET))

        evaluation_set = cls(
            object_,
            id,
            name,
            description,
            entity,
            created_at,
            updated_at,
            created_by,
        )

        if len(src_dict) > 7 + ("createdBy" in src_dict):
            evaluation_set.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return evaluation_set

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


def _parse_entity(data: object) -> ClassifierSummary | ExtractorSummary | SplitterSummary | UnknownEntitySummary:
    if isinstance(data, dict) and data.get("object") == "extractor":
        try:
            componentsschemas_evaluation_set_entity_type_0 = ExtractorSummary.from_dict(data)

            return componentsschemas_evaluation_set_entity_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("object") == "classifier":
        try:
            componentsschemas_evaluation_set_entity_type_1 = ClassifierSummary.from_dict(data)

            return componentsschemas_evaluation_set_entity_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("object") == "splitter":
        try:
            componentsschemas_evaluation_set_entity_type_2 = SplitterSummary.from_dict(data)

            return componentsschemas_evaluation_set_entity_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_evaluation_set_entity_type_3 = UnknownEntitySummary.from_dict(data)

    return componentsschemas_evaluation_set_entity_type_3


def _parse_created_by(data: object) -> ApiKeyCreator | None | UnknownCreator | Unset | UserCreator:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "user":
        try:
            componentsschemas_created_by_type_0 = UserCreator.from_dict(data)

            return componentsschemas_created_by_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "api_key":
        try:
            componentsschemas_created_by_type_1 = ApiKeyCreator.from_dict(data)

            return componentsschemas_created_by_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_created_by_type_2 = UnknownCreator.from_dict(data)

        return componentsschemas_created_by_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"createdBy: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.api_key_creator import ApiKeyCreator
from ..models.classifier_summary import ClassifierSummary
from ..models.extractor_summary import ExtractorSummary
from ..models.splitter_summary import SplitterSummary
from ..models.unknown_creator import UnknownCreator
from ..models.unknown_entity_summary import UnknownEntitySummary
from ..models.user_creator import UserCreator
