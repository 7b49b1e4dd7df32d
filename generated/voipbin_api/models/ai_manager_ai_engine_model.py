from enum import StrEnum


class AIManagerAIEngineModel(StrEnum):
    AI_MANAGER_AI_ENGINE_MODEL_GEMINI_GEMINI_2_DOT_0_FLASH = "gemini.gemini-2.0-flash"
    AI_MANAGER_AI_ENGINE_MODEL_GEMINI_GEMINI_2_DOT_5_FLASH = "gemini.gemini-2.5-flash"
    AI_MANAGER_AI_ENGINE_MODEL_GEMINI_GEMINI_2_DOT_5_PRO = "gemini.gemini-2.5-pro"
    AI_MANAGER_AI_ENGINE_MODEL_GEMINI_GEMINI_PRO_LATEST = "gemini.gemini-pro-latest"
    AI_MANAGER_AI_ENGINE_MODEL_GROK_3 = "grok.grok-3"
    AI_MANAGER_AI_ENGINE_MODEL_GROK_3_MINI = "grok.grok-3-mini"
    AI_MANAGER_AI_ENGINE_MODEL_OPENAI_GPT5 = "openai.gpt-5"
    AI_MANAGER_AI_ENGINE_MODEL_OPENAI_GPT5_DOT_1 = "openai.gpt-5.1"
    AI_MANAGER_AI_ENGINE_MODEL_OPENAI_GPT5_DOT_2 = "openai.gpt-5.2"
    AI_MANAGER_AI_ENGINE_MODEL_OPENAI_GPT5_MINI = "openai.gpt-5-mini"
    AI_MANAGER_AI_ENGINE_MODEL_OPENAI_GPT5_NANO = "openai.gpt-5-nano"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIManagerAIEngineModel | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
