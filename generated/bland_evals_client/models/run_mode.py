from enum import StrEnum
from typing import ClassVar


class RunMode(StrEnum):
    """Open enum: a value the spec does not declare parses into a member object of its own.

    `evalclient.is_known(value)` is True for the members below and False for such a kept value,
    on every Python. `value in` the enum is no such test: on 3.12+ it is True for every instance,
    kept values included.
    """

    AUDIO = "audio"
    FULL = "full"
    TEXT = "text"

    # For type checkers only (an annotation makes no member): the models look a value up here
    # before calling the enum (enum_property.py.jinja), and get a member of this class back.
    _value2member_map_: ClassVar[dict[object, "RunMode"]]

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RunMode | None":
        # A value the API added after this client was generated: keep it rather than fail.
        # Each unknown value gets its own member object carrying its own value, so two
        # different unknown values never share (and overwrite) one UNKNOWN member. It is
        # never registered in the class, so it stays unknown, and pickles back to a new one.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
