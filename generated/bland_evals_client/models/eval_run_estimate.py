from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvalRunEstimate")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "resolved_atom_count",
        "estimated_input_tokens",
        "estimated_output_tokens",
        "estimated_cost_usd_cents",
    }
)


@_attrs_define
class EvalRunEstimate:
    """Predicted size and cost of a run.

    Attributes:
        resolved_atom_count (int): Number of call x agent evaluations the run would perform.
        estimated_input_tokens (int): Estimated input tokens consumed by judge calls.
        estimated_output_tokens (int): Estimated output tokens produced by judge calls.
        estimated_cost_usd_cents (float): Estimated billable cost in US cents (not dollars).
    """

    resolved_atom_count: int
    estimated_input_tokens: int
    estimated_output_tokens: int
    estimated_cost_usd_cents: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolved_atom_count = self.resolved_atom_count

        estimated_input_tokens = self.estimated_input_tokens

        estimated_output_tokens = self.estimated_output_tokens

        estimated_cost_usd_cents = self.estimated_cost_usd_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resolved_atom_count": resolved_atom_count,
                "estimated_input_tokens": estimated_input_tokens,
                "estimated_output_tokens": estimated_output_tokens,
                "estimated_cost_usd_cents": estimated_cost_usd_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        resolved_atom_count = src_dict["resolved_atom_count"]

        estimated_input_tokens = src_dict["estimated_input_tokens"]

        estimated_output_tokens = src_dict["estimated_output_tokens"]

        estimated_cost_usd_cents = src_dict["estimated_cost_usd_cents"]

        eval_run_estimate = cls(
            resolved_atom_count,
            estimated_input_tokens,
            estimated_output_tokens,
            estimated_cost_usd_cents,
        )

        if len(src_dict) > 4:
            eval_run_estimate.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return eval_run_estimate

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
