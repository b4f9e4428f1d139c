from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.modality import Modality
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvalAgentRequest")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "name",
        "description",
        "template_key",
        "user_template_id",
        "modality",
    }
)


@_attrs_define
class CreateEvalAgentRequest:
    """
    Attributes:
        name (str): A display name (1-200 characters).
        description (None | str | Unset):
        template_key (str | Unset): Start from this shipped template (`GET /v1/evals/agent-templates`).
        user_template_id (str | Unset): Start from this user template; wins over `template_key` when both are sent.
        modality (Modality | Unset): Modality of an eval agent or template; `text` grades the transcript, `audio` the
            recording.
    """

    name: str
    description: None | str | Unset = UNSET
    template_key: str | Unset = UNSET
    user_template_id: str | Unset = UNSET
    modality: Modality | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        template_key = self.template_key

        user_template_id = self.user_template_id

        modality: str | Unset = UNSET
        if not isinstance(self.modality, Unset):
            modality = self.modality.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if template_key is not UNSET:
            field_dict["template_key"] = template_key
        if user_template_id is not UNSET:
            field_dict["user_template_id"] = user_template_id
        if modality is not UNSET:
            field_dict["modality"] = modality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        name = src_dict["name"]

        description = _parse_description(src_dict.get("description", UNSET))

        template_key = src_dict.get("template_key", UNSET)

        user_template_id = src_dict.get("user_template_id", UNSET)

        _modality = src_dict.get("modality", UNSET)
        modality: Modality | Unset
        if isinstance(_modality, Unset):
            modality = UNSET
        else:
            try:
                modality = Modality._value2member_map_[_modality]
            except (KeyError, TypeError):
                modality = Modality(_modality)

        create_eval_agent_request = cls(
            name,
            description,
            template_key,
            user_template_id,
            modality,
        )

        if len(src_dict) > 1 + ("description" in src_dict) + ("template_key" in src_dict) + (
            "user_template_id" in src_dict
        ) + ("modality" in src_dict):
            create_eval_agent_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return create_eval_agent_request

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


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"description: {type(data).__name__} fits no member of the union")
