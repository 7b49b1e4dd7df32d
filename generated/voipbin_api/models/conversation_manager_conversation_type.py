from enum import StrEnum


class ConversationManagerConversationType(StrEnum):
    CONVERSATION_MANAGER_CONVERSATION_TYPE_EMAIL = "email"
    CONVERSATION_MANAGER_CONVERSATION_TYPE_LINE = "line"
    CONVERSATION_MANAGER_CONVERSATION_TYPE_MESSAGE = "message"
    CONVERSATION_MANAGER_CONVERSATION_TYPE_NONE = ""
    CONVERSATION_MANAGER_CONVERSATION_TYPE_WEBCHAT = "webchat"
    CONVERSATION_MANAGER_CONVERSATION_TYPE_WHATS_APP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConversationManagerConversationType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
