from enum import StrEnum


class CallHangupReason(StrEnum):
    """Reason for call hangup

    Open: a value not listed parses as a member equal to the plain string."""

    AMD = "amd"
    BUSY = "busy"
    CANCEL = "cancel"
    DIALOUT = "dialout"
    EMPTY = ""
    FAILED = "failed"
    NOANSWER = "noanswer"
    NORMAL = "normal"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CallHangupReason | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
