from enum import StrEnum


class BatchRunStatus(StrEnum):
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"
    PENDING = "PENDING"
    PROCESSED = "PROCESSED"
    PROCESSING = "PROCESSING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BatchRunStatus | None":
        # A value the API added after this client was generated: keep it rather than fail.
        # Each unknown value gets its own member object carrying its own value, so two
        # different unknown values never share (and overwrite) one UNKNOWN member.
        # `value in BatchRunStatus` is False for such a member.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
