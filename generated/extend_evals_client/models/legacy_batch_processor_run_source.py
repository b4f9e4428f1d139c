from enum import StrEnum


class LegacyBatchProcessorRunSource(StrEnum):
    EVAL_SET = "EVAL_SET"
    PLAYGROUND = "PLAYGROUND"
    STUDIO = "STUDIO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LegacyBatchProcessorRunSource | None":
        # A value the API added after this client was generated: keep it rather than fail.
        # Each unknown value gets its own member object carrying its own value, so two
        # different unknown values never share (and overwrite) one UNKNOWN member.
        # `value in LegacyBatchProcessorRunSource` is False for such a member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
