from enum import StrEnum


class TtsManagerSpeakingDirection(StrEnum):
    TTS_MANAGER_SPEAKING_DIRECTION_BOTH = "both"
    TTS_MANAGER_SPEAKING_DIRECTION_IN = "in"
    TTS_MANAGER_SPEAKING_DIRECTION_NONE = ""
    TTS_MANAGER_SPEAKING_DIRECTION_OUT = "out"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TtsManagerSpeakingDirection | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
