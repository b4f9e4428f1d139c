"""Reading the judge fields Bland's agent, version and template bodies share, with the documented bounds.

Wrong JSON types and broken bounds are a 400; a rule across fields (a target that is no level
key, a repeated level key) is a 422, the status the spec declares for refused values. Every
message names the field.
"""

from __future__ import annotations

from collections.abc import Collection

from evalclient.testing._validation import JsonObject, RequestError, bad_request, expect_object, str_list

MODALITIES = ("text", "audio")
RUN_MODES = ("text", "audio", "full")
MAX_LEVELS = 5
LEVEL_KEY_LENGTH = (1, 64)
LABEL_LENGTH = (1, 80)
NAME_LENGTH = (1, 200)
VERSION_PROMPT_LENGTH = 8000
TEMPLATE_PROMPT_LENGTH = 50000


def refused(message: str, code: str) -> RequestError:
    return RequestError(422, message, code)


def text(body: JsonObject, key: str, *, low: int = 0, high: int | None = None, nullable: bool = False) -> str | None:
    """An optional string within [low, high] characters; None when absent (or null, where allowed)."""
    if key not in body:
        return None
    value = body[key]
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        bad_request(f"{key} must be a string{' or null' if nullable else ''}")
    if len(value) < low or (high is not None and len(value) > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        bad_request(f"{key} must be {bound} characters long, got {len(value)}")
    return value


def name(body: JsonObject, *, required: bool = False) -> str | None:
    if required and "name" not in body:
        bad_request("name is required")
    return text(body, "name", low=NAME_LENGTH[0], high=NAME_LENGTH[1])


def choice(body: JsonObject, key: str, allowed: Collection[str]) -> str | None:
    if key not in body:
        return None
    value = body[key]
    if value not in allowed:
        bad_request(f"{key} must be one of {', '.join(allowed)}, got {value!r}")
    assert isinstance(value, str)
    return value


def number(body: JsonObject, key: str, low: float, high: float, *, nullable: bool = False) -> float | None:
    value = body.get(key)
    if value is None and (nullable or key not in body):
        return None
    if not isinstance(value, int | float) or isinstance(value, bool) or not low <= value <= high:
        bad_request(f"{key} must be a number from {low:g} to {high:g}{' or null' if nullable else ''}")
    return float(value)


def levels(body: JsonObject) -> list[JsonObject] | None:
    """`levels`: at most 5, each `{level_key (1-64), label (1-80), prompt_md, color?}`, keys unique."""
    if "levels" not in body:
        return None
    raw = body["levels"]
    if not isinstance(raw, list):
        bad_request("levels must be an array")
    if len(raw) > MAX_LEVELS:
        bad_request(f"levels may hold at most {MAX_LEVELS} levels, got {len(raw)}")
    checked: list[JsonObject] = []
    for index, entry in enumerate(raw):
        level = expect_object(entry, f"levels[{index}]")
        for key, (low, high) in (("level_key", LEVEL_KEY_LENGTH), ("label", LABEL_LENGTH)):
            if key not in level:
                bad_request(f"levels[{index}].{key} is required")
            text(level, key, low=low, high=high)
        if not isinstance(level.get("prompt_md"), str):
            bad_request(f"levels[{index}].prompt_md is required and must be a string")
        if not isinstance(level.get("color"), str | None):
            bad_request(f"levels[{index}].color must be a string or null")
        checked.append({key: level[key] for key in ("level_key", "label", "prompt_md", "color") if key in level})
    keys = [str(level["level_key"]) for level in checked]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise refused(
            f"levels: level_key {repeated[0]!r} is used twice; level keys must be unique", "DUPLICATE_LEVEL_KEY"
        )
    return checked


def target_keys(body: JsonObject) -> list[str] | None:
    if "target_level_keys" not in body:
        return None
    return str_list(body["target_level_keys"], "target_level_keys")


def check_targets(level_list: list[JsonObject], targets: list[str]) -> None:
    """Every target must be a level key; a pass/fail judge (no levels) has no targets."""
    keys = {str(level["level_key"]) for level in level_list}
    if not level_list and targets:
        raise refused("target_level_keys must be empty for a pass/fail agent (no levels)", "INVALID_TARGET_LEVEL_KEYS")
    unknown = [key for key in targets if key not in keys]
    if unknown:
        raise refused(
            f"target_level_keys: {unknown[0]!r} is not a level key of this version", "INVALID_TARGET_LEVEL_KEYS"
        )


def publishable(level_list: list[JsonObject], targets: list[str]) -> str | None:
    """Why a judge cannot be published, or None: graded 2-5 levels and valid targets; pass/fail none of either."""
    if level_list and not 2 <= len(level_list) <= MAX_LEVELS:
        return f"a graded agent needs 2 to {MAX_LEVELS} levels, this draft has {len(level_list)}"
    if not level_list and targets:
        return "a pass/fail agent (no levels) must have no target level keys"
    unknown = [key for key in targets if key not in {str(level["level_key"]) for level in level_list}]
    if unknown:
        return f"target level key {unknown[0]!r} is not a level of the draft"
    return None
