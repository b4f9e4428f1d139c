from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentResultEvidence")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "source",
        "speaker",
        "start_ms",
        "end_ms",
        "text",
    }
)


@_attrs_define
class AgentResultEvidence:
    """A piece of evidence quoted by the judge. Types inferred from one example (UNCONFIRMED).

    Attributes:
        source (str | Unset): Where the evidence comes from, e.g. `transcript` (full set of values UNCONFIRMED).
        speaker (None | str | Unset): Who spoke, e.g. `agent`.
        start_ms (int | None | Unset): Start offset in the call, in milliseconds.
        end_ms (int | None | Unset): End offset in the call, in milliseconds.
        text (str | Unset): The quoted text.
    """

    source: str | Unset = UNSET
    speaker: None | str | Unset = UNSET
    start_ms: int | None | Unset = UNSET
    end_ms: int | None | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        speaker: None | str | Unset
        if isinstance(self.speaker, Unset):
            speaker = UNSET
        else:
            speaker = self.speaker

        start_ms: int | None | Unset
        if isinstance(self.start_ms, Unset):
            start_ms = UNSET
        else:
            start_ms = self.start_ms

        end_ms: int | None | Unset
        if isinstance(self.end_ms, Unset):
            end_ms = UNSET
        else:
            end_ms = self.end_ms

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if start_ms is not UNSET:
            field_dict["start_ms"] = start_ms
        if end_ms is not UNSET:
            field_dict["end_ms"] = end_ms
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        source = src_dict.get("source", UNSET)

        speaker = _parse_speaker(src_dict.get("speaker", UNSET))

        start_ms = _parse_start_ms(src_dict.get("start_ms", UNSET))

        end_ms = _parse_end_ms(src_dict.get("end_ms", UNSET))

        text = src_dict.get("text", UNSET)

        agent_result_evidence = cls(
            source,
            speaker,
            start_ms,
            end_ms,
            text,
        )

        if len(src_dict) > ("source" in src_dict) + ("speaker" in src_dict) + ("start_ms" in src_dict) + (
            "end_ms" in src_dict
        ) + ("text" in src_dict):
            agent_result_evidence.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return agent_result_evidence

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


def _parse_speaker(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"speaker: {type(data).__name__} fits no member of the union")


def _parse_start_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, int):
        return data
    raise TypeError(f"start_ms: {type(data).__name__} fits no member of the union")


def _parse_end_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, int):
        return data
    raise TypeError(f"end_ms: {type(data).__name__} fits no member of the union")
