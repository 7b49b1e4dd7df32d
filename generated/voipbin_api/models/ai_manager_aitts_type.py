from enum import StrEnum


class AIManagerAITTSType(StrEnum):
    AI_MANAGER_AITTS_TYPE_ASYNC = "async"
    AI_MANAGER_AITTS_TYPE_AWS = "aws"
    AI_MANAGER_AITTS_TYPE_AZURE = "azure"
    AI_MANAGER_AITTS_TYPE_CARTESIA = "cartesia"
    AI_MANAGER_AITTS_TYPE_DEEPGRAM = "deepgram"
    AI_MANAGER_AITTS_TYPE_ELEVEN_LABS = "elevenlabs"
    AI_MANAGER_AITTS_TYPE_FISH = "fish"
    AI_MANAGER_AITTS_TYPE_GOOGLE = "google"
    AI_MANAGER_AITTS_TYPE_GROQ = "groq"
    AI_MANAGER_AITTS_TYPE_HUME = "hume"
    AI_MANAGER_AITTS_TYPE_INWORLD = "inworld"
    AI_MANAGER_AITTS_TYPE_LMNT = "lmnt"
    AI_MANAGER_AITTS_TYPE_MINI_MAX = "minimax"
    AI_MANAGER_AITTS_TYPE_NEUPHONIC = "neuphonic"
    AI_MANAGER_AITTS_TYPE_NONE = ""
    AI_MANAGER_AITTS_TYPE_NVIDIA_RIVA = "nvidia-riva"
    AI_MANAGER_AITTS_TYPE_OPEN_AI = "openai"
    AI_MANAGER_AITTS_TYPE_PIPER = "piper"
    AI_MANAGER_AITTS_TYPE_PLAY_HT = "playht"
    AI_MANAGER_AITTS_TYPE_RIME = "rime"
    AI_MANAGER_AITTS_TYPE_SARVAM = "sarvam"
    AI_MANAGER_AITTS_TYPE_XTTS = "xtts"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIManagerAITTSType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
