"""Telling a value the spec declares from one the API added later and the client kept.

The generated enums are open: their `_missing_` turns a value the spec does not know (a run
status `ARCHIVED` added after this client was generated) into a new member object of the enum,
so parsing never fails and the value round-trips. Such a kept value is an instance of the enum,
and Python's `in` cannot be trusted to tell it apart:

- on 3.12+, `value in SomeEnum` is True for every instance, kept unknown values included;
- on 3.11, it compares names, so a kept "IN_PROGRESS" counts as the declared "in_progress"
  (whose name is IN_PROGRESS), and a plain string raises TypeError.

`is_known` asks the one question that has the same answer everywhere: is this object the member
the enum declares for its value?
"""

from __future__ import annotations

from enum import Enum


def is_known(value: Enum) -> bool:
    """True for a member the spec declares; False for a value the API added later and the client kept.

    `value` is a generated enum's value, such as `run.status`. Works the same on every supported
    Python, and on kept values that were pickled or copied. A plain string is refused with a
    TypeError: it carries no enum to be known by (parse it first: `is_known(BatchRunStatus(text))`).
    """
    if not isinstance(value, Enum):
        raise TypeError(
            f"is_known() takes a generated enum's value (such as run.status), not {type(value).__name__} "
            f"{value!r}; to check a string, parse it first, e.g. is_known(BatchRunStatus(text))"
        )
    # Declared members are the enum's singletons; a kept value is a separate object that is never
    # registered, so identity with the declared member of its name is the honest test (a kept
    # value named like a declared member is still a different object). Names, unlike values,
    # are always hashable.
    return type(value)._member_map_.get(value._name_) is value
