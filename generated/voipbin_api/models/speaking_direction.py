from enum import StrEnum


class SpeakingDirection(StrEnum):
    """Audio injection direction for the speaking session.

    Open: a value not listed parses as a member equal to the plain string."""

    BOTH = "both"
    EMPTY = ""
    IN = "in"
    OUT = "out"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SpeakingDirection | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
