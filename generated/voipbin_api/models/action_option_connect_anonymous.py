from enum import StrEnum


class ActionOptionConnectAnonymous(StrEnum):
    """Controls anonymous caller ID for the outbound PSTN leg. "yes" — always send anonymous caller ID (RFC 3323
        Privacy header). "no" — never anonymize, always show real caller ID. "auto" — inherit from incoming call's
        Privacy header (default). Only affects PSTN destinations (type "tel").

    Open: a value not listed parses as a member equal to the plain string."""

    AUTO = "auto"
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ActionOptionConnectAnonymous | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
