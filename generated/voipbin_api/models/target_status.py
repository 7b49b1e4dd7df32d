from enum import StrEnum


class TargetStatus(StrEnum):
    """The status of the message for the target.

    Open: a value not listed parses as a member equal to the plain string."""

    DELIVERED = "delivered"
    DLR_TIMEOUT = "dlr_timeout"
    FAILED = "failed"
    GW_TIMEOUT = "gw_timeout"
    QUEUED = "queued"
    RECEIVED = "received"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TargetStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
