from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eval_agent import EvalAgent
    from ..models.eval_agent_version import EvalAgentVersion


T = TypeVar("T", bound="EvalAgentDetail")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "agent",
        "current_version",
    }
)


@_attrs_define
class EvalAgentDetail:
    """An eval agent with its current editable draft version, as returned by `getEvalAgent`.

    Attributes:
        agent (EvalAgent): An eval agent (LLM judge). Its prompts and levels live on its versions.
        current_version (EvalAgentVersion): One version of an eval agent (the draft is `editable`; published versions
            are `archived`).
    """

    agent: EvalAgent
    current_version: EvalAgentVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent.to_dict()

        current_version = self.current_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
                "current_version": current_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        agent = EvalAgent.from_dict(src_dict["agent"])

        current_version = EvalAgentVersion.from_dict(src_dict["current_version"])

        eval_agent_detail = cls(
            agent,
            current_version,
        )

        if len(src_dict) > 2:
            eval_agent_detail.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return eval_agent_detail

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


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.eval_agent import EvalAgent
from ..models.eval_agent_version import EvalAgentVersion
