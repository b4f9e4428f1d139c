from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunSummary")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "overall_score_mean",
        "text_score_mean",
        "audio_score_mean",
        "successful_call_count",
        "failed_call_count",
        "insufficient_evidence_count",
        "target_match_count",
        "pass_threshold_pct",
        "overall_pass",
    }
)


@_attrs_define
class RunSummary:
    """Aggregate scores of a run; null on the run until available (a cancelled run may carry a partial one).
    The docs show only examples for these keys, no field-level documentation, so every key is optional and
    the types are inferred (UNCONFIRMED).

        Attributes:
            overall_score_mean (float | None | Unset): Mean overall score, 0-100. Nullability UNCONFIRMED (tolerant).
            text_score_mean (float | None | Unset): Mean text score, 0-100, or null when text was not scored.
            audio_score_mean (float | None | Unset): Mean audio score, 0-100, or null when audio was not scored.
            successful_call_count (int | Unset):
            failed_call_count (int | Unset):
            insufficient_evidence_count (int | Unset):
            target_match_count (int | Unset):
            pass_threshold_pct (float | None | Unset): The run's pass threshold (0-100), or null when the run has none
                (nullability inferred, UNCONFIRMED).
            overall_pass (bool | None | Unset): Whether the run passed its threshold; presumably null when there is no
                threshold (UNCONFIRMED).
    """

    overall_score_mean: float | None | Unset = UNSET
    text_score_mean: float | None | Unset = UNSET
    audio_score_mean: float | None | Unset = UNSET
    successful_call_count: int | Unset = UNSET
    failed_call_count: int | Unset = UNSET
    insufficient_evidence_count: int | Unset = UNSET
    target_match_count: int | Unset = UNSET
    pass_threshold_pct: float | None | Unset = UNSET
    overall_pass: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall_score_mean: float | None | Unset
        if isinstance(self.overall_score_mean, Unset):
            overall_score_mean = UNSET
        else:
            overall_score_mean = self.overall_score_mean

        text_score_mean: float | None | Unset
        if isinstance(self.text_score_mean, Unset):
            text_score_mean = UNSET
        else:
            text_score_mean = self.text_score_mean

        audio_score_mean: float | None | Unset
        if isinstance(self.audio_score_mean, Unset):
            audio_score_mean = UNSET
        else:
            audio_score_mean = self.audio_score_mean

        successful_call_count = self.successful_call_count

        failed_call_count = self.failed_call_count

        insufficient_evidence_count = self.insufficient_evidence_count

        target_match_count = self.target_match_count

        pass_threshold_pct: float | None | Unset
        if isinstance(self.pass_threshold_pct, Unset):
            pass_threshold_pct = UNSET
        else:
            pass_threshold_pct = self.pass_threshold_pct

        overall_pass: bool | None | Unset
        if isinstance(self.overall_pass, Unset):
            overall_pass = UNSET
        else:
            overall_pass = self.overall_pass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overall_score_mean is not UNSET:
            field_dict["overall_score_mean"] = overall_score_mean
        if text_score_mean is not UNSET:
            field_dict["text_score_mean"] = text_score_mean
        if audio_score_mean is not UNSET:
            field_dict["audio_score_mean"] = audio_score_mean
        if successful_call_count is not UNSET:
            field_dict["successful_call_count"] = successful_call_count
        if failed_call_count is not UNSET:
            field_dict["failed_call_count"] = failed_call_count
        if insufficient_evidence_count is not UNSET:
            field_dict["insufficient_evidence_count"] = insufficient_evidence_count
        if target_match_count is not UNSET:
            field_dict["target_match_count"] = target_match_count
        if pass_threshold_pct is not UNSET:
            field_dict["pass_threshold_pct"] = pass_threshold_pct
        if overall_pass is not UNSET:
            field_dict["overall_pass"] = overall_pass

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        overall_score_mean = _parse_overall_score_mean(src_dict.get("overall_score_mean", UNSET))

        text_score_mean = _parse_text_score_mean(src_dict.get("text_score_mean", UNSET))

        audio_score_mean = _parse_audio_score_mean(src_dict.get("audio_score_mean", UNSET))

        successful_call_count = src_dict.get("successful_call_count", UNSET)

        failed_call_count = src_dict.get("failed_call_count", UNSET)

        insufficient_evidence_count = src_dict.get("insufficient_evidence_count", UNSET)

        target_match_count = src_dict.get("target_match_count", UNSET)

        pass_threshold_pct = _parse_pass_threshold_pct(src_dict.get("pass_threshold_pct", UNSET))

        overall_pass = _parse_overall_pass(src_dict.get("overall_pass", UNSET))

        run_summary = cls(
            overall_score_mean,
            text_score_mean,
            audio_score_mean,
            successful_call_count,
            failed_call_count,
            insufficient_evidence_count,
            target_match_count,
            pass_threshold_pct,
            overall_pass,
        )

        if len(src_dict) > ("overall_score_mean" in src_dict) + ("text_score_mean" in src_dict) + (
            "audio_score_mean" in src_dict
        ) + ("successful_call_count" in src_dict) + ("failed_call_count" in src_dict) + (
            "insufficient_evidence_count" in src_dict
        ) + ("target_match_count" in src_dict) + ("pass_threshold_pct" in src_dict) + ("overall_pass" in src_dict):
            run_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return run_summary

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


def _parse_overall_score_mean(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"overall_score_mean: {type(data).__name__} fits no member of the union")


def _parse_text_score_mean(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"text_score_mean: {type(data).__name__} fits no member of the union")


def _parse_audio_score_mean(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"audio_score_mean: {type(data).__name__} fits no member of the union")


def _parse_pass_threshold_pct(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"pass_threshold_pct: {type(data).__name__} fits no member of the union")


def _parse_overall_pass(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, bool):
        return data
    raise TypeError(f"overall_pass: {type(data).__name__} fits no member of the union")
