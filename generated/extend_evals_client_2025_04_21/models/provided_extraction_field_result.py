from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extraction_field_type import ExtractionFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvidedExtractionFieldResult")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "value",
        "type",
        "confidence",
        "page",
    }
)


@_attrs_define
class ProvidedExtractionFieldResult:
    """
    Attributes:
        id (str): The field's id (usually its name).
        value (Any): The expected value; any JSON (a string
        type_ (ExtractionFieldType | Unset): The field's type; new types may appear (the client keeps unknown values).
        confidence (float | Unset): Defaults to 1.
        page (float | Unset):
    """

    id: str
    value: Any
    type_: ExtractionFieldType | Unset = UNSET
    confidence: float | Unset = UNSET
    page: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        confidence = self.confidence

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        value = src_dict["value"]

        _type_ = src_dict.get("type", UNSET)
        type_: ExtractionFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            try:
                type_ = ExtractionFieldType._value2member_map_[_type_]
            except (KeyError, TypeError):
                type_ = ExtractionFieldType(_type_)

        confidence = src_dict.get("confidence", UNSET)

        page = src_dict.get("page", UNSET)

        provided_extraction_field_result = cls(
            id,
            value,
            type_,
            confidence,
            page,
        )

        if len(src_dict) > 2 + ("type" in src_dict) + ("confidence" in src_dict) + ("page" in src_dict):
            provided_extraction_field_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return provided_extraction_field_result

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
