from enum import StrEnum


class CallType(StrEnum):
    """Call type

    Open: a value not listed parses as a member equal to the plain string."""

    CONFERENCE = "conference"
    EMPTY = ""
    FLOW = "flow"
    SIP_SERVICE = "sip-service"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CallType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
