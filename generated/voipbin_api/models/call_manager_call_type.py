from enum import StrEnum


class CallManagerCallType(StrEnum):
    CALL_MANAGER_CALL_TYPE_CONFERENCE = "conference"
    CALL_MANAGER_CALL_TYPE_FLOW = "flow"
    CALL_MANAGER_CALL_TYPE_NONE = ""
    CALL_MANAGER_CALL_TYPE_SIP_SERVICE = "sip-service"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CallManagerCallType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
