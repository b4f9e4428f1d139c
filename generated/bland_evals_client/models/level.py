from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level_color import LevelColor
from ..types import UNSET, Unset

T = TypeVar("T", bound="Level")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "level_key",
        "label",
        "prompt_md",
        "color",
    }
)


@_attrs_define
class Level:
    """A verdict level of a graded eval agent (graded agents have 2-5 levels; pass/fail agents have none).

    Attributes:
        level_key (str): Key of the level, unique within a version.
        label (str): Display label.
        prompt_md (str): What this level means, for the judge (Markdown).
        color (LevelColor | None | str | Unset): Optional display color. Documented as one of the named `LevelColor`
            values, but the agent-snapshots
            docs example shows hex values such as `#22c55e`, so any string (or null) is accepted (UNCONFIRMED).
    """

    level_key: str
    label: str
    prompt_md: str
    color: LevelColor | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level_key = self.level_key

        label = self.label

        prompt_md = self.prompt_md

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, LevelColor):
            color = self.color.value
        else:
            color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level_key": level_key,
                "label": label,
                "prompt_md": prompt_md,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        level_key = src_dict["level_key"]

        label = src_dict["label"]

        prompt_md = src_dict["prompt_md"]

        color = _parse_color(src_dict.get("color", UNSET))

        level = cls(
            level_key,
            label,
            prompt_md,
            color,
        )

        if len(src_dict) > 3 + ("color" in src_dict):
            level.additional_properties = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        return level

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


def _parse_color(data: object) -> LevelColor | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        _color_type_0 = data
        try:
            color_type_0 = LevelColor._value2member_map_[_color_type_0]
        except (KeyError, TypeError):
            color_type_0 = LevelColor(_color_type_0)

        return color_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, str):
        return data
    raise TypeError(f"color: {type(data).__name__} fits no member of the union")
