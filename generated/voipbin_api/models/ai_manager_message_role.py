from enum import StrEnum


class AIManagerMessageRole(StrEnum):
    AI_MANAGER_MESSAGE_ROLE_ASSISTANT = "assistant"
    AI_MANAGER_MESSAGE_ROLE_FUNCTION = "function"
    AI_MANAGER_MESSAGE_ROLE_NONE = ""
    AI_MANAGER_MESSAGE_ROLE_NOTIFICATION = "notification"
    AI_MANAGER_MESSAGE_ROLE_SYSTEM = "system"
    AI_MANAGER_MESSAGE_ROLE_TOOL = "tool"
    AI_MANAGER_MESSAGE_ROLE_USER = "user"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIManagerMessageRole | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
