from enum import StrEnum


class CallManagerCallStatus(StrEnum):
    CALL_MANAGER_CALL_STATUS_CANCELING = "canceling"
    CALL_MANAGER_CALL_STATUS_DIALING = "dialing"
    CALL_MANAGER_CALL_STATUS_HANGUP = "hangup"
    CALL_MANAGER_CALL_STATUS_PROGRESSING = "progressing"
    CALL_MANAGER_CALL_STATUS_RINGING = "ringing"
    CALL_MANAGER_CALL_STATUS_TERMINATING = "terminating"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CallManagerCallStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
