from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    enum_list,
    new_model,
    open_enum,
)


class PostAisBody(Model):
    """Attributes:
    name (str):
    detail (str):
    engine_model (AIEngineModel): Model of the AI engine. Uses target.model format (e.g., openai.gpt-5). The
        target prefix identifies the provider, and the model name follows after the dot.
    parameter (PostAisBodyParameter): Data associated with the ai's engine, can be dynamic and vary based on the
        engine type.
    engine_key (str): API key or credential for the AI engine.
    init_prompt (str):
    tts_type (str): Text-to-speech engine type.
    tts_voice_id (str): Voice ID for the text-to-speech engine.
    stt_type (str): Speech-to-text engine type.
    type (PostAisBodyType | None): AI type. `normal` (default) is a general-purpose AI. `insight` restricts the
        AI to the Insight tool set and uses a dedicated system prompt.
    rag_id (str | None): The knowledge base ID (UUID) for the search_knowledge tool. Returned from the `id`
        field of the `GET /rags` response. Send empty string or omit to clear.
    stt_language (str | None): STT language in BCP-47 format (e.g., ko-KR, en-US).
    vad_config (VADConfig | None): Voice Activity Detection configuration. Omitted fields use Pipecat defaults
        (confidence=0.7, start_secs=0.2, stop_secs=0.2, min_volume=0.6).
    tool_names (list[ToolName] | None): List of tool names to enable for this AI. Use ["all"] to enable all
        available tools. For type=insight AIs, only Insight tool names are permitted (currently:
        get_contact_interactions, get_conversation_content); type=normal AIs may use any Normal tool name or
        ["all"]. Mismatched combinations are rejected with a 400.
    auto_aicall_audit_enabled (bool | None): When true, any finished AICall involving this AI is audited
        automatically.
    """

    __slots__ = (
        "auto_aicall_audit_enabled",
        "detail",
        "engine_key",
        "engine_model",
        "init_prompt",
        "name",
        "parameter",
        "rag_id",
        "stt_language",
        "stt_type",
        "tool_names",
        "tts_type",
        "tts_voice_id",
        "type",
        "vad_config",
    )
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("engine_model", "engine_model"),
        ("parameter", "parameter"),
        ("engine_key", "engine_key"),
        ("init_prompt", "init_prompt"),
        ("tts_type", "tts_type"),
        ("tts_voice_id", "tts_voice_id"),
        ("stt_type", "stt_type"),
        ("type", "type"),
        ("rag_id", "rag_id"),
        ("stt_language", "stt_language"),
        ("vad_config", "vad_config"),
        ("tool_names", "tool_names"),
        ("auto_aicall_audit_enabled", "auto_aicall_audit_enabled"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "engine_model",
            "parameter",
            "engine_key",
            "init_prompt",
            "tts_type",
            "tts_voice_id",
            "stt_type",
            "type",
            "rag_id",
            "stt_language",
            "vad_config",
            "tool_names",
            "auto_aicall_audit_enabled",
        }
    )

    name: str
    detail: str
    engine_model: AIEngineModel
    parameter: PostAisBodyParameter
    engine_key: str
    init_prompt: str
    tts_type: str
    tts_voice_id: str
    stt_type: str
    type: PostAisBodyType | None
    rag_id: str | None
    stt_language: str | None
    vad_config: VADConfig | None
    tool_names: list[ToolName] | None
    auto_aicall_audit_enabled: bool | None

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        engine_model: AIEngineModel | None = None,
        parameter: PostAisBodyParameter | None = None,
        engine_key: str | None = None,
        init_prompt: str | None = None,
        tts_type: str | None = None,
        tts_voice_id: str | None = None,
        stt_type: str | None = None,
        type: PostAisBodyType | None = None,
        rag_id: str | None = None,
        stt_language: str | None = None,
        vad_config: VADConfig | None = None,
        tool_names: list[ToolName] | None = None,
        auto_aicall_audit_enabled: bool | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.engine_model = engine_model  # type: ignore[assignment]
        self.parameter = parameter  # type: ignore[assignment]
        self.engine_key = engine_key  # type: ignore[assignment]
        self.init_prompt = init_prompt  # type: ignore[assignment]
        self.tts_type = tts_type  # type: ignore[assignment]
        self.tts_voice_id = tts_voice_id  # type: ignore[assignment]
        self.stt_type = stt_type  # type: ignore[assignment]
        self.type = type
        self.rag_id = rag_id
        self.stt_language = stt_language
        self.vad_config = vad_config
        self.tool_names = tool_names
        self.auto_aicall_audit_enabled = auto_aicall_audit_enabled

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "PostAisBody")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisBody", "detail", "str", v)
        self.detail = v
        v = get("engine_model")
        if v is not None:
            m = AIEngineModel._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AIEngineModel, v, "PostAisBody", "engine_model")
                if m is None
                else m
            )
        self.engine_model = v
        v = get("parameter")
        if v is not None:
            try:
                v = PostAisBodyParameter.from_dict(v)
            except FieldError as error:
                raise error.within("PostAisBody", "parameter") from None
        self.parameter = v
        v = get("engine_key")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisBody", "engine_key", "str", v)
        self.engine_key = v
        v = get("init_prompt")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisBody", "init_prompt", "str", v)
        self.init_prompt = v
        v = get("tts_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisBody", "tts_type", "str", v)
        self.tts_type = v
        v = get("tts_voice_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisBody", "tts_voice_id", "str", v)
        self.tts_voice_id = v
        v = get("stt_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisBody", "stt_type", "str", v)
        self.stt_type = v
        v = get("type")
        if v is not None:
            m = PostAisBodyType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(PostAisBodyType, v, "PostAisBody", "type") if m is None else m
        self.type = v
        v = get("rag_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisBody", "rag_id", "str", v)
        self.rag_id = v
        v = get("stt_language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostAisBody", "stt_language", "str", v)
        self.stt_language = v
        v = get("vad_config")
        if v is not None:
            try:
                v = VADConfig.from_dict(v)
            except FieldError as error:
                raise error.within("PostAisBody", "vad_config") from None
        self.vad_config = v
        v = get("tool_names")
        if v is not None:
            v = enum_list(ToolName, v, "PostAisBody", "tool_names")
        self.tool_names = v
        v = get("auto_aicall_audit_enabled")
        if type(v) is not bool and v is not None:
            raise FieldError("PostAisBody", "auto_aicall_audit_enabled", "bool", v)
        self.auto_aicall_audit_enabled = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.ai_engine_model import AIEngineModel
from ..models.post_ais_body_parameter import PostAisBodyParameter
from ..models.post_ais_body_type import PostAisBodyType
from ..models.tool_name import ToolName
from ..models.vad_config import VADConfig
