from enum import StrEnum


class TalkManagerMediaType(StrEnum):
    TALK_MANAGER_MEDIA_TYPE_ADDRESS = "address"
    TALK_MANAGER_MEDIA_TYPE_AGENT = "agent"
    TALK_MANAGER_MEDIA_TYPE_FILE = "file"
    TALK_MANAGER_MEDIA_TYPE_LINK = "link"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TalkManagerMediaType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
