from enum import StrEnum


class AIManagerAIcallStatus(StrEnum):
    AI_MANAGER_A_ICALL_STATUS_INITIATING = "initiating"
    AI_MANAGER_A_ICALL_STATUS_PAUSING = "pausing"
    AI_MANAGER_A_ICALL_STATUS_PROGRESSING = "progressing"
    AI_MANAGER_A_ICALL_STATUS_RESUMING = "resuming"
    AI_MANAGER_A_ICALL_STATUS_TERMINATED = "terminated"
    AI_MANAGER_A_ICALL_STATUS_TERMINATING = "terminating"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIManagerAIcallStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
