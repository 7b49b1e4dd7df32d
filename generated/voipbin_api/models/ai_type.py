from enum import StrEnum


class AIType(StrEnum):
    """AI type. `normal` (default) is a general-purpose AI. `insight` restricts the AI to the Insight tool set and uses
        a dedicated system prompt for analyzing existing contact/conversation data.

    Open: a value not listed parses as a member equal to the plain string."""

    INSIGHT = "insight"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
