from enum import StrEnum


class ConferenceManagerConferenceType(StrEnum):
    CONFERENCE_MANAGER_CONFERENCE_TYPE_CONFERENCE = "conference"
    CONFERENCE_MANAGER_CONFERENCE_TYPE_CONNECT = "connect"
    CONFERENCE_MANAGER_CONFERENCE_TYPE_NONE = ""
    CONFERENCE_MANAGER_CONFERENCE_TYPE_QUEUE = "queue"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConferenceManagerConferenceType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
