from enum import StrEnum


class AIManagerAIcallReferenceType(StrEnum):
    AI_MANAGER_A_ICALL_REFERENCE_TYPE_CALL = "call"
    AI_MANAGER_A_ICALL_REFERENCE_TYPE_CONTACT_CASE = "contact_case"
    AI_MANAGER_A_ICALL_REFERENCE_TYPE_CONVERSATION = "conversation"
    AI_MANAGER_A_ICALL_REFERENCE_TYPE_NONE = ""
    AI_MANAGER_A_ICALL_REFERENCE_TYPE_TASK = "task"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIManagerAIcallReferenceType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
