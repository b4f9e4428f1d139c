from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentResultAudit")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "prompt_version",
        "input_tokens",
        "output_tokens",
        "latency_ms",
    }
)


@_attrs_define
class AgentResultAudit:
    """Audit record of one judge call. Types inferred from one example (UNCONFIRMED).

    Attributes:
        prompt_version (None | str | Unset):
        input_tokens (int | Unset):
        output_tokens (int | Unset):
        latency_ms (int | Unset):
    """

    prompt_version: None | str | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    latency_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_version: None | str | Unset
        if isinstance(self.prompt_version, Unset):
            prompt_version = UNSET
        else:
            prompt_version = self.prompt_version

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        latency_ms = self.latency_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_version is not UNSET:
            field_dict["prompt_version"] = prompt_version
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        prompt_version = _parse_prompt_version(src_dict.get("prompt_version", UNSET))

        input_tokens = src_dict.get("input_tokens", UNSET)

        output_tokens = src_dict.get("output_tokens", UNSET)

        latency_ms = src_dict.get("latency_ms", UNSET)

        agent_result_audit = cls(
            prompt_version,
            input_tokens,
            output_tokens,
            latency_ms,
        )

        if len(src_dict) > ("prompt_version" in src_dict) + ("input_tokens" in src_dict) + (
            "output_tokens" in src_dict
        ) + ("latency_ms" in src_dict):
            agent_result_audit.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return agent_result_audit

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


def _parse_prompt_version(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"prompt_version: {type(data).__name__} fits no member of the union")
