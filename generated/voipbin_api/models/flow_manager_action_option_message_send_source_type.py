from enum import StrEnum


class FlowManagerActionOptionMessageSendSourceType(StrEnum):
    COMMON_ADDRESS_TYPE_AGENT = "agent"
    COMMON_ADDRESS_TYPE_AI = "ai"
    COMMON_ADDRESS_TYPE_AI_TEAM = "ai_team"
    COMMON_ADDRESS_TYPE_CONFERENCE = "conference"
    COMMON_ADDRESS_TYPE_EMAIL = "email"
    COMMON_ADDRESS_TYPE_EXTENSION = "extension"
    COMMON_ADDRESS_TYPE_LINE = "line"
    COMMON_ADDRESS_TYPE_NONE = ""
    COMMON_ADDRESS_TYPE_SIP = "sip"
    COMMON_ADDRESS_TYPE_TEL = "tel"
    COMMON_ADDRESS_TYPE_WEBCHAT = "webchat"
    COMMON_ADDRESS_TYPE_WEB_SESSION = "web_session"
    COMMON_ADDRESS_TYPE_WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "FlowManagerActionOptionMessageSendSourceType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
