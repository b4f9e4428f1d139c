from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlandError")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "code",
        "message",
    }
)


@_attrs_define
class BlandError:
    """One entry of `errors`. Its shape is UNCONFIRMED: the docs only cite error codes such as
    `EVAL_AGENT_VERSION_NOT_FOUND`, so an open object with optional `code` and `message` strings is
    assumed and any other keys are kept.

        Attributes:
            code (str | Unset): Machine-readable error code, e.g. `EVAL_AGENT_VERSION_NOT_FOUND` (field name UNCONFIRMED).
            message (str | Unset): Human-readable message (field name UNCONFIRMED).
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        code = src_dict.get("code", UNSET)

        message = src_dict.get("message", UNSET)

        bland_error = cls(
            code,
            message,
        )

        if len(src_dict) > ("code" in src_dict) + ("message" in src_dict):
            bland_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return bland_error

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
