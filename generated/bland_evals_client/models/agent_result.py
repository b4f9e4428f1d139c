from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_result_audit import AgentResultAudit
    from ..models.agent_result_evidence import AgentResultEvidence


T = TypeVar("T", bound="AgentResult")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "id",
        "eval_run_id",
        "eval_agent_id",
        "call_id",
        "created_at",
        "org_id",
        "eval_run_call_result_id",
        "eval_run_agent_snapshot_id",
        "eval_agent_version_id",
        "selected_level_key",
        "selected_level_label",
        "score_normalized_0_100",
        "is_target_match",
        "is_insufficient_evidence",
        "confidence",
        "reasoning_md",
        "evidence",
        "failed",
        "failure_code",
        "failure_message",
        "billable_cost_usd",
        "audit",
    }
)


@_attrs_define
class AgentResult:
    """One judge verdict: one eval agent's grading of one call. Fields and types are known from a docs example
    only, so everything but the ids and `created_at` is optional, and nullable where a failed verdict
    plausibly has no value (UNCONFIRMED).

        Attributes:
            id (str):
            eval_run_id (str):
            eval_agent_id (str):
            call_id (str):
            created_at (datetime.datetime):
            org_id (str | Unset):
            eval_run_call_result_id (None | str | Unset): The `CallResult` this verdict belongs to.
            eval_run_agent_snapshot_id (None | str | Unset): The `AgentSnapshot` (frozen agent config) used.
            eval_agent_version_id (None | str | Unset):
            selected_level_key (None | str | Unset): Key of the level the judge chose (null presumably when it failed,
                UNCONFIRMED).
            selected_level_label (None | str | Unset):
            score_normalized_0_100 (float | None | Unset): Score normalized to 0-100.
            is_target_match (bool | Unset): Whether the selected level is one of the agent's target levels.
            is_insufficient_evidence (bool | Unset): Whether the judge found too little evidence to grade.
            confidence (float | None | Unset): Judge confidence, 0-1 in the example (range UNCONFIRMED).
            reasoning_md (None | str | Unset): The judge's reasoning (Markdown).
            evidence (list[AgentResultEvidence] | Unset):
            failed (bool | Unset): Whether the judge call failed.
            failure_code (None | str | Unset):
            failure_message (None | str | Unset):
            billable_cost_usd (float | None | Unset):
            audit (AgentResultAudit | None | Unset): Audit record of the judge call.
    """

    id: str
    eval_run_id: str
    eval_agent_id: str
    call_id: str
    created_at: datetime.datetime
    org_id: str | Unset = UNSET
    eval_run_call_result_id: None | str | Unset = UNSET
    eval_run_agent_snapshot_id: None | str | Unset = UNSET
    eval_agent_version_id: None | str | Unset = UNSET
    selected_level_key: None | str | Unset = UNSET
    selected_level_label: None | str | Unset = UNSET
    score_normalized_0_100: float | None | Unset = UNSET
    is_target_match: bool | Unset = UNSET
    is_insufficient_evidence: bool | Unset = UNSET
    confidence: float | None | Unset = UNSET
    reasoning_md: None | str | Unset = UNSET
    evidence: list[AgentResultEvidence] | Unset = UNSET
    failed: bool | Unset = UNSET
    failure_code: None | str | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    billable_cost_usd: float | None | Unset = UNSET
    audit: AgentResultAudit | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        eval_run_id = self.eval_run_id

        eval_agent_id = self.eval_agent_id

        call_id = self.call_id

        created_at = self.created_at.isoformat()

        org_id = self.org_id

        eval_run_call_result_id: None | str | Unset
        if isinstance(self.eval_run_call_result_id, Unset):
            eval_run_call_result_id = UNSET
        else:
            eval_run_call_result_id = self.eval_run_call_result_id

        eval_run_agent_snapshot_id: None | str | Unset
        if isinstance(self.eval_run_agent_snapshot_id, Unset):
            eval_run_agent_snapshot_id = UNSET
        else:
            eval_run_agent_snapshot_id = self.eval_run_agent_snapshot_id

        eval_agent_version_id: None | str | Unset
        if isinstance(self.eval_agent_version_id, Unset):
            eval_agent_version_id = UNSET
        else:
            eval_agent_version_id = self.eval_agent_version_id

        selected_level_key: None | str | Unset
        if isinstance(self.selected_level_key, Unset):
            selected_level_key = UNSET
        else:
            selected_level_key = self.selected_level_key

        selected_level_label: None | str | Unset
        if isinstance(self.selected_level_label, Unset):
            selected_level_label = UNSET
        else:
            selected_level_label = self.selected_level_label

        score_normalized_0_100: float | None | Unset
        if isinstance(self.score_normalized_0_100, Unset):
            score_normalized_0_100 = UNSET
        else:
            score_normalized_0_100 = self.score_normalized_0_100

        is_target_match = self.is_target_match

        is_insufficient_evidence = self.is_insufficient_evidence

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        reasoning_md: None | str | Unset
        if isinstance(self.reasoning_md, Unset):
            reasoning_md = UNSET
        else:
            reasoning_md = self.reasoning_md

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)

        failed = self.failed

        failure_code: None | str | Unset
        if isinstance(self.failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = self.failure_code

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        billable_cost_usd: float | None | Unset
        if isinstance(self.billable_cost_usd, Unset):
            billable_cost_usd = UNSET
        else:
            billable_cost_usd = self.billable_cost_usd

        audit: dict[str, Any] | None | Unset
        if isinstance(self.audit, Unset):
            audit = UNSET
        elif isinstance(self.audit, AgentResultAudit):
            audit = self.audit.to_dict()
        else:
            audit = self.audit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "eval_run_id": eval_run_id,
                "eval_agent_id": eval_agent_id,
                "call_id": call_id,
                "created_at": created_at,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if eval_run_call_result_id is not UNSET:
            field_dict["eval_run_call_result_id"] = eval_run_call_result_id
        if eval_run_agent_snapshot_id is not UNSET:
            field_dict["eval_run_agent_snapshot_id"] = eval_run_agent_snapshot_id
        if eval_agent_version_id is not UNSET:
            field_dict["eval_agent_version_id"] = eval_agent_version_id
        if selected_level_key is not UNSET:
            field_dict["selected_level_key"] = selected_level_key
        if selected_level_label is not UNSET:
            field_dict["selected_level_label"] = selected_level_label
        if score_normalized_0_100 is not UNSET:
            field_dict["score_normalized_0_100"] = score_normalized_0_100
        if is_target_match is not UNSET:
            field_dict["is_target_match"] = is_target_match
        if is_insufficient_evidence is not UNSET:
            field_dict["is_insufficient_evidence"] = is_insufficient_evidence
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if reasoning_md is not UNSET:
            field_dict["reasoning_md"] = reasoning_md
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if failed is not UNSET:
            field_dict["failed"] = failed
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if billable_cost_usd is not UNSET:
            field_dict["billable_cost_usd"] = billable_cost_usd
        if audit is not UNSET:
            field_dict["audit"] = audit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        id = src_dict["id"]

        eval_run_id = src_dict["eval_run_id"]

        eval_agent_id = src_dict["eval_agent_id"]

        call_id = src_dict["call_id"]

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        org_id = src_dict.get("org_id", UNSET)

        eval_run_call_result_id = _parse_eval_run_call_result_id(src_dict.get("eval_run_call_result_id", UNSET))

        eval_run_agent_snapshot_id = _parse_eval_run_agent_snapshot_id(
            src_dict.get("eval_run_agent_snapshot_id", UNSET)
        )

        eval_agent_version_id = _parse_eval_agent_version_id(src_dict.get("eval_agent_version_id", UNSET))

        selected_level_key = _parse_selected_level_key(src_dict.get("selected_level_key", UNSET))

        selected_level_label = _parse_selected_level_label(src_dict.get("selected_level_label", UNSET))

        score_normalized_0_100 = _parse_score_normalized_0_100(src_dict.get("score_normalized_0_100", UNSET))

        is_target_match = src_dict.get("is_target_match", UNSET)

        is_insufficient_evidence = src_dict.get("is_insufficient_evidence", UNSET)

        confidence = _parse_confidence(src_dict.get("confidence", UNSET))

        reasoning_md = _parse_reasoning_md(src_dict.get("reasoning_md", UNSET))

        _evidence = src_dict.get("evidence", UNSET)
        evidence: list[AgentResultEvidence] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = AgentResultEvidence.from_dict(evidence_item_data)

                evidence.append(evidence_item)

        failed = src_dict.get("failed", UNSET)

        failure_code = _parse_failure_code(src_dict.get("failure_code", UNSET))

        failure_message = _parse_failure_message(src_dict.get("failure_message", UNSET))

        billable_cost_usd = _parse_billable_cost_usd(src_dict.get("billable_cost_usd", UNSET))

        audit = _parse_audit(src_dict.get("audit", UNSET))

        agent_result = cls(
            id,
            eval_run_id,
            eval_agent_id,
            call_id,
            created_at,
            org_id,
            eval_run_call_result_id,
            eval_run_agent_snapshot_id,
            eval_agent_version_id,
            selected_level_key,
            selected_level_label,
            score_normalized_0_100,
            is_target_match,
            is_insufficient_evidence,
            confidence,
            reasoning_md,
            evidence,
            failed,
            failure_code,
            failure_message,
            billable_cost_usd,
            audit,
        )

        if len(src_dict) > 5 + ("org_id" in src_dict) + ("eval_run_call_result_id" in src_dict) + (
            "eval_run_agent_snapshot_id" in src_dict
        ) + ("eval_agent_version_id" in src_dict) + ("selected_level_key" in src_dict) + (
            "selected_level_label" in src_dict
        ) + ("score_normalized_0_100" in src_dict) + ("is_target_match" in src_dict) + (
            "is_insufficient_evidence" in src_dict
        ) + ("confidence" in src_dict) + ("reasoning_md" in src_dict) + ("evidence" in src_dict) + (
            "failed" in src_dict
        ) + ("failure_code" in src_dict) + ("failure_message" in src_dict) + ("billable_cost_usd" in src_dict) + (
            "audit" in src_dict
        ):
            agent_result.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return agent_result

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


def _parse_eval_run_call_result_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"eval_run_call_result_id: {type(data).__name__} fits no member of the union")


def _parse_eval_run_agent_snapshot_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"eval_run_agent_snapshot_id: {type(data).__name__} fits no member of the union")


def _parse_eval_agent_version_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"eval_agent_version_id: {type(data).__name__} fits no member of the union")


def _parse_selected_level_key(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"selected_level_key: {type(data).__name__} fits no member of the union")


def _parse_selected_level_label(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"selected_level_label: {type(data).__name__} fits no member of the union")


def _parse_score_normalized_0_100(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"score_normalized_0_100: {type(data).__name__} fits no member of the union")


def _parse_confidence(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"confidence: {type(data).__name__} fits no member of the union")


def _parse_reasoning_md(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"reasoning_md: {type(data).__name__} fits no member of the union")


def _parse_failure_code(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"failure_code: {type(data).__name__} fits no member of the union")


def _parse_failure_message(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"failure_message: {type(data).__name__} fits no member of the union")


def _parse_billable_cost_usd(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, (float, int)):
        return data
    raise TypeError(f"billable_cost_usd: {type(data).__name__} fits no member of the union")


def _parse_audit(data: object) -> AgentResultAudit | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audit_type_0 = AgentResultAudit.from_dict(data)

        return audit_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"audit: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.agent_result_audit import AgentResultAudit
from ..models.agent_result_evidence import AgentResultEvidence
