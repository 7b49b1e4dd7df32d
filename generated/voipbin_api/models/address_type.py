from enum import StrEnum


class AddressType(StrEnum):
    """Type of address.

    Open: a value not listed parses as a member equal to the plain string."""

    AGENT = "agent"
    AI = "ai"
    AI_TEAM = "ai_team"
    CONFERENCE = "conference"
    EMAIL = "email"
    EMPTY = ""
    EXTENSION = "extension"
    LINE = "line"
    SIP = "sip"
    TEL = "tel"
    WEBCHAT = "webchat"
    WEB_SESSION = "web_session"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AddressType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
