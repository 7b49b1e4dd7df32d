from enum import StrEnum


class AIManagerAISTTType(StrEnum):
    AI_MANAGER_AISTT_TYPE_CARTESIA = "cartesia"
    AI_MANAGER_AISTT_TYPE_DEEPGRAM = "deepgram"
    AI_MANAGER_AISTT_TYPE_ELEVEN_LABS = "elevenlabs"
    AI_MANAGER_AISTT_TYPE_GOOGLE = "google"
    AI_MANAGER_AISTT_TYPE_NONE = ""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIManagerAISTTType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
