from enum import StrEnum


class CallManagerCallHangupReason(StrEnum):
    CALL_MANAGER_CALL_HANGUP_REASON_AMD = "amd"
    CALL_MANAGER_CALL_HANGUP_REASON_BUSY = "busy"
    CALL_MANAGER_CALL_HANGUP_REASON_CANCEL = "cancel"
    CALL_MANAGER_CALL_HANGUP_REASON_DIALOUT = "dialout"
    CALL_MANAGER_CALL_HANGUP_REASON_FAILED = "failed"
    CALL_MANAGER_CALL_HANGUP_REASON_NOANSWER = "noanswer"
    CALL_MANAGER_CALL_HANGUP_REASON_NONE = ""
    CALL_MANAGER_CALL_HANGUP_REASON_NORMAL = "normal"
    CALL_MANAGER_CALL_HANGUP_REASON_TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CallManagerCallHangupReason | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
