from enum import StrEnum


class AIEngineModel(StrEnum):
    """Model of the AI engine. Uses target.model format (e.g., openai.gpt-5). The target prefix identifies the
        provider, and the model name follows after the dot.

    Open: a value not listed parses as a member equal to the plain string."""

    GEMINI_GEMINI_2_0_FLASH = "gemini.gemini-2.0-flash"
    GEMINI_GEMINI_2_5_FLASH = "gemini.gemini-2.5-flash"
    GEMINI_GEMINI_2_5_PRO = "gemini.gemini-2.5-pro"
    GEMINI_GEMINI_PRO_LATEST = "gemini.gemini-pro-latest"
    GROK_GROK_3 = "grok.grok-3"
    GROK_GROK_3_MINI = "grok.grok-3-mini"
    OPENAI_GPT_5 = "openai.gpt-5"
    OPENAI_GPT_5_1 = "openai.gpt-5.1"
    OPENAI_GPT_5_2 = "openai.gpt-5.2"
    OPENAI_GPT_5_MINI = "openai.gpt-5-mini"
    OPENAI_GPT_5_NANO = "openai.gpt-5-nano"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIEngineModel | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
