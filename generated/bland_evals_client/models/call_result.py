from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_result import AgentResult


T = TypeVar("T", bound="CallResult")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "eval_run_id",
        "call_id",
        "status",
        "created_at",
        "org_id",
        "call_display_name",
        "call_started_at",
        "call_duration_seconds",
        "call_ended_by",
        "transcript_snapshot_ref",
        "transcript_snapshot_expires_at",
        "started_at",
        "completed_at",
        "overall_score_normalized_0_100",
        "text_score_normalized_0_100",
        "audio_score_normalized_0_100",
        "failed_agent_count",
        "insufficient_evidence_agent_count",
        "agent_results",
    }
)


@_attrs_define
class CallResult:
    """The result of scoring one call in a run. Fields and types are known from a docs example only, so
    everything but the ids, `status` and `created_at` is optional, and nullable where plausible (UNCONFIRMED).

        Attributes:
            id (str):
            eval_run_id (str):
            call_id (str):
            status (str): Status of this call's scoring, e.g. `COMPLETE`. A plain string, not an enum: only `COMPLETE` is
                documented and whether the values match the run status enum is UNCONFIRMED.
            created_at (datetime.datetime):
            org_id (str | Unset):
            call_display_name (None | str | Unset):
            call_started_at (datetime.datetime | None | Unset):
            call_duration_seconds (float | None | Unset):
            call_ended_by (None | str | Unset): Who ended the call, e.g. `agent` (values UNCONFIRMED).
            transcript_snapshot_ref (None | str | Unset): Reference to the transcript snapshot that was scored.
            transcript_snapshot_expires_at (datetime.datetime | None | Unset):
            started_at (datetime.datetime | None | Unset):
            completed_at (datetime.datetime | None | Unset):
            overall_score_normalized_0_100 (float | None | Unset):
            text_score_normalized_0_100 (float | None | Unset):
            audio_score_normalized_0_100 (float | None | Unset):
            failed_agent_count (int | Unset):
            insufficient_evidence_agent_count (int | Unset):
            agent_results (list[AgentResult] | Unset): Per-agent verdicts; empty unless `include_agent_results=true`.
    """

    id: str
    eval_run_id: str
    call_id: str
    status: str
    created_at: datetime.datetime
    org_id: str | Unset = UNSET
    call_display_name: None | str | Unset = UNSET
    call_started_at: datetime.datetime | None | Unset = UNSET
    call_duration_seconds: float | None | Unset = UNSET
    call_ended_by: None | str | Unset = UNSET
    transcript_snapshot_ref: None | str | Unset = UNSET
    transcript_snapshot_expires_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    overall_score_normalized_0_100: float | None | Unset = UNSET
    text_score_normalized_0_100: float | None | Unset = UNSET
    audio_score_normalized_0_100: float | None | Unset = UNSET
    failed_agent_count: int | Unset = UNSET
    insufficient_evidence_agent_count: int | Unset = UNSET
    agent_results: list[AgentResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        eval_run_id = self.eval_run_id

        call_id = self.call_id

        status = self.status

        created_at = self.created_at.isoformat()

        org_id = self.org_id

        call_display_name: None | str | Unset
        if isinstance(self.call_display_name, Unset):
            call_display_name = UNSET
        else:
            call_display_name = self.call_display_name

        call_started_at: None | str | Unset
        if isinstance(self.call_started_at, Unset):
            call_started_at = UNSET
        elif isinstance(self.call_started_at, datetime.datetime):
            call_started_at = self.call_started_at.isoformat()
        else:
            call_started_at = self.call_started_at

        call_duration_seconds: float | None | Unset
        if isinstance(self.call_duration_seconds, Unset):
            call_duration_seconds = UNSET
        else:
            call_duration_seconds = self.call_duration_seconds

        call_ended_by: None | str | Unset
        if isinstance(self.call_ended_by, Unset):
            call_ended_by = UNSET
        else:
            call_ended_by = self.call_ended_by

        transcript_snapshot_ref: None | str | Unset
        if isinstance(self.transcript_snapshot_ref, Unset):
            transcript_snapshot_ref = UNSET
        else:
            transcript_snapshot_ref = self.transcript_snapshot_ref

        transcript_snapshot_expires_at: None | str | Unset
        if isinstance(self.transcript_snapshot_expires_at, Unset):
            transcript_snapshot_expires_at = UNSET
        elif isinstance(self.transcript_snapshot_expires_at, datetime.datetime):
            transcript_snapshot_expires_at = self.transcript_snapshot_expires_at.isoformat()
        else:
            transcript_snapshot_expires_at = self.transcript_snapshot_expires_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        overall_score_normalized_0_100: float | None | Unset
        if isinstance(self.overall_score_normalized_0_100, Unset):
            overall_score_normalized_0_100 = UNSET
        else:
            overall_score_normalized_0_100 = self.overall_score_normalized_0_100

        text_score_normalized_0_100: float | None | Unset
        if isinstance(self.text_score_normalized_0_100, Unset):
            text_score_normalized_0_100 = UNSET
        else:
            text_score_normalized_0_100 = self.text_score_normalized_0_100

        audio_score_normalized_0_100: float | None | Unset
        if isinstance(self.audio_score_normalized_0_100, Unset):
            audio_score_normalized_0_100 = UNSET
        else:
            audio_score_normalized_0_100 = self.audio_score_normalized_0_100

        failed_agent_count = self.failed_agent_count

        insufficient_evidence_agent_count = self.insufficient_evidence_agent_count

        agent_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_results, Unset):
            agent_results = []
            for agent_results_item_data in self.agent_results:
                agent_results_item = agent_results_item_data.to_dict()
                agent_results.append(agent_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "eval_run_id": eval_run_id,
                "call_id": call_id,
                "status": status,
                "created_at": created_at,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if call_display_name is not UNSET:
            field_dict["call_display_name"] = call_display_name
        if call_started_at is not UNSET:
            field_dict["call_started_at"] = call_started_at
        if call_duration_seconds is not UNSET:
            field_dict["call_duration_seconds"] = call_duration_seconds
        if call_ended_by is not UNSET:
            field_dict["call_ended_by"] = call_ended_by
        if transcript_snapshot_ref is not UNSET:
            field_dict["transcript_snapshot_ref"] = transcript_snapshot_ref
        if transcript_snapshot_expires_at is not UNSET:
            field_dict["transcript_snapshot_expires_at"] = transcript_snapshot_expires_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if overall_score_normalized_0_100 is not UNSET:
            field_dict["overall_score_normalized_0_100"] = overall_score_normalized_0_100
        if text_score_normalized_0_100 is not UNSET:
            field_dict["text_score_normalized_0_100"] = text_score_normalized_0_100
        if audio_score_normalized_0_100 is not UNSET:
            field_dict["audio_score_normalized_0_100"] = audio_score_normalized_0_100
        if failed_agent_count is not UNSET:
            field_dict["failed_agent_count"] = failed_agent_count
        if insufficient_evidence_agent_count is not UNSET:
            field_dict["insufficient_evidence_agent_count"] = insufficient_evidence_agent_count
        if agent_results is not UNSET:
            field_dict["agent_results"] = agent_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        eval_run_id = src_dict["eval_run_id"]

        call_id = src_dict["call_id"]

        status = src_dict["status"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        org_id = src_dict.get("org_id", UNSET)

        call_display_name = _parse_call_display_name(src_dict.get("call_display_name", UNSET))

        call_started_at = _parse_call_started_at(src_dict.get("call_started_at", UNSET))

        call_duration_seconds = _parse_call_duration_seconds(src_dict.get("call_duration_seconds", UNSET))

        call_ended_by = _parse_call_ended_by(src_dict.get("call_ended_by", UNSET))

        transcript_snapshot_ref = _parse_transcript_snapshot_ref(src_dict.get("transcript_snapshot_ref", UNSET))

        transcript_snapshot_expires_at = _parse_transcript_snapshot_expires_at(
            src_dict.get("transcript_snapshot_expires_at", UNSET)
        )

        started_at = _parse_started_at(src_dict.get("started_at", UNSET))

        completed_at = _parse_completed_at(src_dict.get("completed_at", UNSET))

        overall_score_normalized_0_100 = _parse_overall_score_normalized_0_100(
            src_dict.get("overall_score_normalized_0_100", UNSET)
        )

        text_score_normalized_0_100 = _parse_text_score_normalized_0_100(
            src_dict.get("text_score_normalized_0_100", UNSET)
        )

        audio_score_normalized_0_100 = _parse_audio_score_normalized_0_100(
            src_dict.get("audio_score_normalized_0_100", UNSET)
        )

        failed_agent_count = src_dict.get("failed_agent_count", UNSET)

        insufficient_evidence_agent_count = src_dict.get("insufficient_evidence_agent_count", UNSET)

        _agent_results = src_dict.get("agent_results", UNSET)
        agent_results: list[AgentResult] | Unset = UNSET
        if _agent_results is not UNSET:
            agent_results = []
            for agent_results_item_data in _agent_results:
                agent_results_item = AgentResult.from_dict(agent_results_item_data)

                agent_results.append(agent_results_item)

        call_result = cls(
            id,
            eval_run_id,
            call_id,
            status,
            created_at,
            org_id,
            call_display_name,
            call_started_at,
            call_duration_seconds,
            call_ended_by,
            transcript_snapshot_ref,
            transcript_snapshot_expires_at,
            started_at,
            completed_at,
            overall_score_normalized_0_100,
            text_score_normalized_0_100,
            audio_score_normalized_0_100,
            failed_agent_count,
            insufficient_evidence_agent_count,
            agent_results,
        )

        if len(src_dict) > 5 + ("org_id" in src_dict) + ("call_display_name" in src_dict) + (
            "call_started_at" in src_dict
        ) + ("call_duration_seconds" in src_dict) + ("call_ended_by" in src_dict) + (
            "transcript_snapshot_ref" in src_dict
        ) + ("transcript_snapshot_expires_at" in src_dict) + ("started_at" in src_dict) + (
            "completed_at" in src_dict
        ) + ("overall_score_normalized_0_100" in src_dict) + ("text_score_normalized_0_100" in src_dict) + (
            "audio_score_normalized_0_100" in src_dict
        ) + ("failed_agent_count" in src_dict) + ("insufficient_evidence_agent_count" in src_dict) + (
            "agent_results" in src_dict
        ):
            call_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return call_result

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


def _parse_call_display_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"call_display_name: {type(data).__name__} fits no member of the union")


def _parse_call_started_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        call_started_at_type_0 = datetime.datetime.fromisoformat(data)

        return call_started_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"call_started_at: {type(data).__name__} fits no member of the union")


def _parse_call_duration_seconds(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"call_duration_seconds: {type(data).__name__} fits no member of the union")


def _parse_call_ended_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"call_ended_by: {type(data).__name__} fits no member of the union")


def _parse_transcript_snapshot_ref(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"transcript_snapshot_ref: {type(data).__name__} fits no member of the union")


def _parse_transcript_snapshot_expires_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        transcript_snapshot_expires_at_type_0 = datetime.datetime.fromisoformat(data)

        return transcript_snapshot_expires_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"transcript_snapshot_expires_at: {type(data).__name__} fits no member of the union")


def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        started_at_type_0 = datetime.datetime.fromisoformat(data)

        return started_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"started_at: {type(data).__name__} fits no member of the union")


def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        completed_at_type_0 = datetime.datetime.fromisoformat(data)

        return completed_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"completed_at: {type(data).__name__} fits no member of the union")


def _parse_overall_score_normalized_0_100(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"overall_score_normalized_0_100: {type(data).__name__} fits no member of the union")


def _parse_text_score_normalized_0_100(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"text_score_normalized_0_100: {type(data).__name__} fits no member of the union")


def _parse_audio_score_normalized_0_100(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"audio_score_normalized_0_100: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.agent_result import AgentResult
