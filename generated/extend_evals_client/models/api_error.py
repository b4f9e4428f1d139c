from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "code",
        "message",
        "retryable",
        "requestId",
        "docUrl",
        "runId",
    }
)


@_attrs_define
class ApiError:
    """The error body of every 2026-02-09 endpoint. `message` is for humans and not stable; branch on
    `code` (INVALID_REQUEST, UNAUTHORIZED, NOT_FOUND, RATE_LIMIT_EXCEEDED, USAGE_BLOCKED,
    ENDPOINT_REMOVED, INTERNAL_ERROR, ...). `retryable: true` means retry with backoff.

        Attributes:
            code (str):
            message (str):
            retryable (bool):
            request_id (str | Unset): Quote it to Extend support (`req_...`).
            doc_url (str | Unset): A page explaining some validation errors.
            run_id (str | Unset): Present on some run-related errors (SDK 1.20).
    """

    code: str
    message: str
    retryable: bool
    request_id: str | Unset = UNSET
    doc_url: str | Unset = UNSET
    run_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        retryable = self.retryable

        request_id = self.request_id

        doc_url = self.doc_url

        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "retryable": retryable,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if doc_url is not UNSET:
            field_dict["docUrl"] = doc_url
        if run_id is not UNSET:
            field_dict["runId"] = run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        code = src_dict["code"]

        message = src_dict["message"]

        retryable = src_dict["retryable"]

        request_id = src_dict.get("requestId", UNSET)

        doc_url = src_dict.get("docUrl", UNSET)

        run_id = src_dict.get("runId", UNSET)

        api_error = cls(
            code,
            message,
            retryable,
            request_id,
            doc_url,
            run_id,
        )

        if len(src_dict) > 3 + ("requestId" in src_dict) + ("docUrl" in src_dict) + ("runId" in src_dict):
            api_error.additional_properties = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        return api_error

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
