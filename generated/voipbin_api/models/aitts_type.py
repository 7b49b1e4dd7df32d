from enum import StrEnum


class AITTSType(StrEnum):
    """Text-to-speech provider type.

    Open: a value not listed parses as a member equal to the plain string."""

    ASYNC = "async"
    AWS = "aws"
    AZURE = "azure"
    CARTESIA = "cartesia"
    DEEPGRAM = "deepgram"
    ELEVENLABS = "elevenlabs"
    EMPTY = ""
    FISH = "fish"
    GOOGLE = "google"
    GROQ = "groq"
    HUME = "hume"
    INWORLD = "inworld"
    LMNT = "lmnt"
    MINIMAX = "minimax"
    NEUPHONIC = "neuphonic"
    NVIDIA_RIVA = "nvidia-riva"
    OPENAI = "openai"
    PIPER = "piper"
    PLAYHT = "playht"
    RIME = "rime"
    SARVAM = "sarvam"
    XTTS = "xtts"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AITTSType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
