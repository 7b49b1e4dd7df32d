from enum import StrEnum


class CallManagerGroupcallStatus(StrEnum):
    CALL_MANAGER_GROUPCALL_STATUS_HANGINGUP = "hangingup"
    CALL_MANAGER_GROUPCALL_STATUS_HANGUP = "hangup"
    CALL_MANAGER_GROUPCALL_STATUS_PROGRESSING = "progressing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CallManagerGroupcallStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
