from enum import StrEnum


class ConversationManagerMediaType(StrEnum):
    CONVERSATION_MANAGER_MEDIA_TYPE_AUDIO = "audio"
    CONVERSATION_MANAGER_MEDIA_TYPE_FILE = "file"
    CONVERSATION_MANAGER_MEDIA_TYPE_FLEX = "flex"
    CONVERSATION_MANAGER_MEDIA_TYPE_IMAGE = "image"
    CONVERSATION_MANAGER_MEDIA_TYPE_IMAGEMAP = "imagemap"
    CONVERSATION_MANAGER_MEDIA_TYPE_LOCATION = "location"
    CONVERSATION_MANAGER_MEDIA_TYPE_STICKER = "sticker"
    CONVERSATION_MANAGER_MEDIA_TYPE_TEMPLATE = "template"
    CONVERSATION_MANAGER_MEDIA_TYPE_VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ConversationManagerMediaType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
