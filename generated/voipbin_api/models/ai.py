from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    enum_list,
    fromisoformat,
    in_utc,
    new_model,
    open_enum,
    timestamp,
)


class AI(Model):
    """Attributes:
    id (str): The unique identifier of the AI.
    customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
        response.
    is_insight_active (bool): Whether this is the customer's active Insight AI, i.e. the one the Case Insight
        Assistant panel auto-attaches to a case. Only meaningful when `type` is `insight`. A customer may hold any
        number of Insight AIs but at most one may be active. Newly created AIs are always inactive; use `POST
        /ais/{id}/activate_insight` to activate one. When no Insight AI is active, the most recently created one is
        used.
    rag_id (str): The knowledge base ID for the search_knowledge tool. Returned from the `id` field of the `GET
        /rags` response. When set, the AI assistant can search this knowledge base during voice calls.
    current_prompt_history_id (str): UUID of the most-recent prompt history entry. Zero UUID means no versioned
        history has been recorded yet.
    tm_create (datetime.datetime | None): Timestamp when the AI was created.
    tm_update (datetime.datetime | None): Timestamp when the AI was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the AI was deleted.
    name (str | None): Name of the AI.
    detail (str | None): Detailed information about the AI.
    type (AIType | None): AI type. `normal` (default) is a general-purpose AI. `insight` restricts the AI to the
        Insight tool set and uses a dedicated system prompt for analyzing existing contact/conversation data.
    engine_model (AIEngineModel | None): Model of the AI engine. Uses target.model format (e.g., openai.gpt-5).
        The target prefix identifies the provider, and the model name follows after the dot.
    parameter (AIParameter | None):
    engine_key (str | None): API key or authentication key for the AI engine. Write-only; not returned in
        responses.
    init_prompt (str | None): Initial prompt to configure the AI's behavior.
    tts_type (AITTSType | None): Text-to-speech provider type.
    tts_voice_id (str | None): Text-to-speech voice identifier.
    stt_type (AISTTType | None): Speech-to-text provider type.
    stt_language (str | None): STT language in BCP-47 format (e.g., ko-KR, en-US). Empty for auto-detect.
    vad_config (VADConfig | None): Voice Activity Detection configuration. Omitted fields use Pipecat defaults
        (confidence=0.7, start_secs=0.2, stop_secs=0.2, min_volume=0.6).
    smart_turn_enabled (bool | None): Enable smart turn detection using Pipecat's LocalSmartTurnAnalyzerV3. When
        enabled, forces VAD stop_secs to 0.2 for optimal turn-taking.
    auto_aicall_audit_enabled (bool | None): When true, any finished AICall involving this AI is audited
        automatically.
    tool_names (list[ToolName] | None): List of tool names enabled for this AI. Use `["all"]` to enable all
        available tools. See the Tool Functions documentation for detailed descriptions of each tool.
    direct_hash (str | None): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net
        (the "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the
        resource's `direct_hash` field.
    """

    __slots__ = (
        "auto_aicall_audit_enabled",
        "current_prompt_history_id",
        "customer_id",
        "detail",
        "direct_hash",
        "engine_key",
        "engine_model",
        "id",
        "init_prompt",
        "is_insight_active",
        "name",
        "parameter",
        "rag_id",
        "smart_turn_enabled",
        "stt_language",
        "stt_type",
        "tm_create",
        "tm_delete",
        "tm_update",
        "tool_names",
        "tts_type",
        "tts_voice_id",
        "type",
        "vad_config",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("is_insight_active", "is_insight_active"),
        ("rag_id", "rag_id"),
        ("current_prompt_history_id", "current_prompt_history_id"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("name", "name"),
        ("detail", "detail"),
        ("type", "type"),
        ("engine_model", "engine_model"),
        ("parameter", "parameter"),
        ("engine_key", "engine_key"),
        ("init_prompt", "init_prompt"),
        ("tts_type", "tts_type"),
        ("tts_voice_id", "tts_voice_id"),
        ("stt_type", "stt_type"),
        ("stt_language", "stt_language"),
        ("vad_config", "vad_config"),
        ("smart_turn_enabled", "smart_turn_enabled"),
        ("auto_aicall_audit_enabled", "auto_aicall_audit_enabled"),
        ("tool_names", "tool_names"),
        ("direct_hash", "direct_hash"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "is_insight_active",
            "rag_id",
            "current_prompt_history_id",
            "tm_create",
            "tm_update",
            "tm_delete",
            "name",
            "detail",
            "type",
            "engine_model",
            "parameter",
            "engine_key",
            "init_prompt",
            "tts_type",
            "tts_voice_id",
            "stt_type",
            "stt_language",
            "vad_config",
            "smart_turn_enabled",
            "auto_aicall_audit_enabled",
            "tool_names",
            "direct_hash",
        }
    )

    id: str
    customer_id: str
    is_insight_active: bool
    rag_id: str
    current_prompt_history_id: str
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    name: str | None
    detail: str | None
    type: AIType | None
    engine_model: AIEngineModel | None
    parameter: AIParameter | None
    engine_key: str | None
    init_prompt: str | None
    tts_type: AITTSType | None
    tts_voice_id: str | None
    stt_type: AISTTType | None
    stt_language: str | None
    vad_config: VADConfig | None
    smart_turn_enabled: bool | None
    auto_aicall_audit_enabled: bool | None
    tool_names: list[ToolName] | None
    direct_hash: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        is_insight_active: bool | None = None,
        rag_id: str | None = None,
        current_prompt_history_id: str | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        name: str | None = None,
        detail: str | None = None,
        type: AIType | None = None,
        engine_model: AIEngineModel | None = None,
        parameter: AIParameter | None = None,
        engine_key: str | None = None,
        init_prompt: str | None = None,
        tts_type: AITTSType | None = None,
        tts_voice_id: str | None = None,
        stt_type: AISTTType | None = None,
        stt_language: str | None = None,
        vad_config: VADConfig | None = None,
        smart_turn_enabled: bool | None = None,
        auto_aicall_audit_enabled: bool | None = None,
        tool_names: list[ToolName] | None = None,
        direct_hash: str | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.is_insight_active = is_insight_active  # type: ignore[assignment]
        self.rag_id = rag_id  # type: ignore[assignment]
        self.current_prompt_history_id = current_prompt_history_id  # type: ignore[assignment]
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.name = name
        self.detail = detail
        self.type = type
        self.engine_model = engine_model
        self.parameter = parameter
        self.engine_key = engine_key
        self.init_prompt = init_prompt
        self.tts_type = tts_type
        self.tts_voice_id = tts_voice_id
        self.stt_type = stt_type
        self.stt_language = stt_language
        self.vad_config = vad_config
        self.smart_turn_enabled = smart_turn_enabled
        self.auto_aicall_audit_enabled = auto_aicall_audit_enabled
        self.tool_names = tool_names
        self.direct_hash = direct_hash

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "AI")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "customer_id", "str", v)
        self.customer_id = v
        v = get("is_insight_active")
        if type(v) is not bool and v is not None:
            raise FieldError("AI", "is_insight_active", "bool", v)
        self.is_insight_active = v
        v = get("rag_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "rag_id", "str", v)
        self.rag_id = v
        v = get("current_prompt_history_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "current_prompt_history_id", "str", v)
        self.current_prompt_history_id = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AI", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AI", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AI", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "detail", "str", v)
        self.detail = v
        v = get("type")
        if v is not None:
            m = AIType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AIType, v, "AI", "type") if m is None else m
        self.type = v
        v = get("engine_model")
        if v is not None:
            m = AIEngineModel._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AIEngineModel, v, "AI", "engine_model") if m is None else m
        self.engine_model = v
        v = get("parameter")
        if v is not None:
            try:
                v = AIParameter.from_dict(v)
            except FieldError as error:
                raise error.within("AI", "parameter") from None
        self.parameter = v
        v = get("engine_key")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "engine_key", "str", v)
        self.engine_key = v
        v = get("init_prompt")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "init_prompt", "str", v)
        self.init_prompt = v
        v = get("tts_type")
        if v is not None:
            m = AITTSType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AITTSType, v, "AI", "tts_type") if m is None else m
        self.tts_type = v
        v = get("tts_voice_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "tts_voice_id", "str", v)
        self.tts_voice_id = v
        v = get("stt_type")
        if v is not None:
            m = AISTTType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AISTTType, v, "AI", "stt_type") if m is None else m
        self.stt_type = v
        v = get("stt_language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "stt_language", "str", v)
        self.stt_language = v
        v = get("vad_config")
        if v is not None:
            try:
                v = VADConfig.from_dict(v)
            except FieldError as error:
                raise error.within("AI", "vad_config") from None
        self.vad_config = v
        v = get("smart_turn_enabled")
        if type(v) is not bool and v is not None:
            raise FieldError("AI", "smart_turn_enabled", "bool", v)
        self.smart_turn_enabled = v
        v = get("auto_aicall_audit_enabled")
        if type(v) is not bool and v is not None:
            raise FieldError("AI", "auto_aicall_audit_enabled", "bool", v)
        self.auto_aicall_audit_enabled = v
        v = get("tool_names")
        if v is not None:
            v = enum_list(ToolName, v, "AI", "tool_names")
        self.tool_names = v
        v = get("direct_hash")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AI", "direct_hash", "str", v)
        self.direct_hash = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.ai_engine_model import AIEngineModel
from ..models.ai_parameter import AIParameter
from ..models.ai_type import AIType
from ..models.aistt_type import AISTTType
from ..models.aitts_type import AITTSType
from ..models.tool_name import ToolName
from ..models.vad_config import VADConfig
