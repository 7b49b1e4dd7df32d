from enum import StrEnum


class ReferenceType(StrEnum):
    """Reference type of activeflow.

    Open: a value not listed parses as a member equal to the plain string."""

    AI = "ai"
    API = "api"
    CALL = "call"
    CAMPAIGN = "campaign"
    CONVERSATION = "conversation"
    EMPTY = ""
    RECORDING = "recording"
    TRANSCRIBE = "transcribe"
    WEBCHAT = "webchat"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ReferenceType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
