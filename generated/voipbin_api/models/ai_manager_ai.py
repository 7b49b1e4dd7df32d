from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_ai_engine_model import AIManagerAIEngineModel
from ..models.ai_manager_ai_type import AIManagerAIType
from ..models.ai_manager_aistt_type import AIManagerAISTTType
from ..models.ai_manager_aitts_type import AIManagerAITTSType
from ..models.ai_manager_tool_name import AIManagerToolName
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ai_manager_ai_parameter import AIManagerAIParameter
    from ..models.ai_manager_vad_config import AIManagerVADConfig


T = TypeVar("T", bound="AIManagerAI")


@_attrs_define
class AIManagerAI:
    """
    Attributes:
        is_insight_active (bool): Whether this is the customer's active Insight AI, i.e. the one the Case Insight
            Assistant panel auto-attaches to a case. Only meaningful when `type` is `insight`. A customer may hold any
            number of Insight AIs but at most one may be active. Newly created AIs are always inactive; use `POST
            /ais/{id}/activate_insight` to activate one. When no Insight AI is active, the most recently created one is
            used. Example: False.
        id (UUID | Unset): The unique identifier of the AI. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        name (str | Unset): Name of the AI. Example: Customer Support Bot.
        detail (str | Unset): Detailed information about the AI. Example: AI assistant for handling customer inquiries.
        type_ (AIManagerAIType | Unset): AI type. `normal` (default) is a general-purpose AI. `insight` restricts the AI
            to the Insight tool set and uses a dedicated system prompt for analyzing existing contact/conversation data.
            Example: normal.
        engine_model (AIManagerAIEngineModel | Unset): Model of the AI engine. Uses target.model format (e.g.,
            openai.gpt-5). The target prefix identifies the provider, and the model name follows after the dot. Example:
            openai.gpt-5.
        parameter (AIManagerAIParameter | Unset): Custom key-value configuration data specific to the AI engine type.
        engine_key (str | Unset): API key or authentication key for the AI engine. Write-only; not returned in
            responses. Example: sk-...redacted....
        rag_id (UUID | Unset): The knowledge base ID for the search_knowledge tool. Returned from the `id` field of the
            `GET /rags` response. When set, the AI assistant can search this knowledge base during voice calls. Example:
            a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        init_prompt (str | Unset): Initial prompt to configure the AI's behavior. Example: You are a helpful customer
            support assistant..
        current_prompt_history_id (UUID | Unset): UUID of the most-recent prompt history entry. Zero UUID means no
            versioned history has been recorded yet.
             Example: 00000000-0000-0000-0000-000000000000.
        tts_type (AIManagerAITTSType | Unset): Text-to-speech provider type. Example: elevenlabs.
        tts_voice_id (str | Unset): Text-to-speech voice identifier. Example: en-US-Neural2-F.
        stt_type (AIManagerAISTTType | Unset): Speech-to-text provider type. Example: deepgram.
        stt_language (str | Unset): STT language in BCP-47 format (e.g., ko-KR, en-US). Empty for auto-detect. Example:
            en-US.
        vad_config (AIManagerVADConfig | Unset): Voice Activity Detection configuration. Omitted fields use Pipecat
            defaults (confidence=0.7, start_secs=0.2, stop_secs=0.2, min_volume=0.6).
        smart_turn_enabled (bool | Unset): Enable smart turn detection using Pipecat's LocalSmartTurnAnalyzerV3. When
            enabled, forces VAD stop_secs to 0.2 for optimal turn-taking. Example: False.
        auto_aicall_audit_enabled (bool | Unset): When true, any finished AICall involving this AI is audited
            automatically. Example: False.
        tool_names (list[AIManagerToolName] | Unset): List of tool names enabled for this AI. Use `["all"]` to enable
            all available tools. See the Tool Functions documentation for detailed descriptions of each tool. Example:
            ['all'].
        direct_hash (str | Unset): The direct hash for direct access via SIP URI sip:<direct_hash>@sip.voipbin.net (the
            "direct." prefix is already included in the value, e.g. "direct.a1b2c3d4e5f6"). Returned from the resource's
            `direct_hash` field. Example: direct.a1b2c3d4e5f6.
        tm_create (datetime.datetime | None | Unset): Timestamp when the AI was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the AI was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the AI was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    is_insight_active: bool
    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    type_: AIManagerAIType | Unset = UNSET
    engine_model: AIManagerAIEngineModel | Unset = UNSET
    parameter: AIManagerAIParameter | Unset = UNSET
    engine_key: str | Unset = UNSET
    rag_id: UUID | Unset = UNSET
    init_prompt: str | Unset = UNSET
    current_prompt_history_id: UUID | Unset = UNSET
    tts_type: AIManagerAITTSType | Unset = UNSET
    tts_voice_id: str | Unset = UNSET
    stt_type: AIManagerAISTTType | Unset = UNSET
    stt_language: str | Unset = UNSET
    vad_config: AIManagerVADConfig | Unset = UNSET
    smart_turn_enabled: bool | Unset = UNSET
    auto_aicall_audit_enabled: bool | Unset = UNSET
    tool_names: list[AIManagerToolName] | Unset = UNSET
    direct_hash: str | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_insight_active = self.is_insight_active

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        name = self.name

        detail = self.detail

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        engine_model: str | Unset = UNSET
        if not isinstance(self.engine_model, Unset):
            engine_model = self.engine_model.value

        parameter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = self.parameter.to_dict()

        engine_key = self.engine_key

        rag_id: str | Unset = UNSET
        if not isinstance(self.rag_id, Unset):
            rag_id = str(self.rag_id)

        init_prompt = self.init_prompt

        current_prompt_history_id: str | Unset = UNSET
        if not isinstance(self.current_prompt_history_id, Unset):
            current_prompt_history_id = str(self.current_prompt_history_id)

        tts_type: str | Unset = UNSET
        if not isinstance(self.tts_type, Unset):
            tts_type = self.tts_type.value

        tts_voice_id = self.tts_voice_id

        stt_type: str | Unset = UNSET
        if not isinstance(self.stt_type, Unset):
            stt_type = self.stt_type.value

        stt_language = self.stt_language

        vad_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vad_config, Unset):
            vad_config = self.vad_config.to_dict()

        smart_turn_enabled = self.smart_turn_enabled

        auto_aicall_audit_enabled = self.auto_aicall_audit_enabled

        tool_names: list[str] | Unset = UNSET
        if not isinstance(self.tool_names, Unset):
            tool_names = []
            for tool_names_item_data in self.tool_names:
                tool_names_item = tool_names_item_data.value
                tool_names.append(tool_names_item)

        direct_hash = self.direct_hash

        tm_create: None | str | Unset
        if isinstance(self.tm_create, Unset):
            tm_create = UNSET
        elif isinstance(self.tm_create, datetime.datetime):
            tm_create = self.tm_create.isoformat()
        else:
            tm_create = self.tm_create

        tm_update: None | str | Unset
        if isinstance(self.tm_update, Unset):
            tm_update = UNSET
        elif isinstance(self.tm_update, datetime.datetime):
            tm_update = self.tm_update.isoformat()
        else:
            tm_update = self.tm_update

        tm_delete: None | str | Unset
        if isinstance(self.tm_delete, Unset):
            tm_delete = UNSET
        elif isinstance(self.tm_delete, datetime.datetime):
            tm_delete = self.tm_delete.isoformat()
        else:
            tm_delete = self.tm_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_insight_active": is_insight_active,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if type_ is not UNSET:
            field_dict["type"] = type_
        if engine_model is not UNSET:
            field_dict["engine_model"] = engine_model
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if engine_key is not UNSET:
            field_dict["engine_key"] = engine_key
        if rag_id is not UNSET:
            field_dict["rag_id"] = rag_id
        if init_prompt is not UNSET:
            field_dict["init_prompt"] = init_prompt
        if current_prompt_history_id is not UNSET:
            field_dict["current_prompt_history_id"] = current_prompt_history_id
        if tts_type is not UNSET:
            field_dict["tts_type"] = tts_type
        if tts_voice_id is not UNSET:
            field_dict["tts_voice_id"] = tts_voice_id
        if stt_type is not UNSET:
            field_dict["stt_type"] = stt_type
        if stt_language is not UNSET:
            field_dict["stt_language"] = stt_language
        if vad_config is not UNSET:
            field_dict["vad_config"] = vad_config
        if smart_turn_enabled is not UNSET:
            field_dict["smart_turn_enabled"] = smart_turn_enabled
        if auto_aicall_audit_enabled is not UNSET:
            field_dict["auto_aicall_audit_enabled"] = auto_aicall_audit_enabled
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names
        if direct_hash is not UNSET:
            field_dict["direct_hash"] = direct_hash
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_manager_ai_parameter import AIManagerAIParameter
        from ..models.ai_manager_vad_config import AIManagerVADConfig

        d = dict(src_dict)
        is_insight_active = d.pop("is_insight_active")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset
        if isinstance(_customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = UUID(_customer_id)

        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AIManagerAIType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AIManagerAIType(_type_)

        _engine_model = d.pop("engine_model", UNSET)
        engine_model: AIManagerAIEngineModel | Unset
        if isinstance(_engine_model, Unset):
            engine_model = UNSET
        else:
            engine_model = AIManagerAIEngineModel(_engine_model)

        _parameter = d.pop("parameter", UNSET)
        parameter: AIManagerAIParameter | Unset
        if isinstance(_parameter, Unset):
            parameter = UNSET
        else:
            parameter = AIManagerAIParameter.from_dict(_parameter)

        engine_key = d.pop("engine_key", UNSET)

        _rag_id = d.pop("rag_id", UNSET)
        rag_id: UUID | Unset
        if isinstance(_rag_id, Unset):
            rag_id = UNSET
        else:
            rag_id = UUID(_rag_id)

        init_prompt = d.pop("init_prompt", UNSET)

        _current_prompt_history_id = d.pop("current_prompt_history_id", UNSET)
        current_prompt_history_id: UUID | Unset
        if isinstance(_current_prompt_history_id, Unset):
            current_prompt_history_id = UNSET
        else:
            current_prompt_history_id = UUID(_current_prompt_history_id)

        _tts_type = d.pop("tts_type", UNSET)
        tts_type: AIManagerAITTSType | Unset
        if isinstance(_tts_type, Unset):
            tts_type = UNSET
        else:
            tts_type = AIManagerAITTSType(_tts_type)

        tts_voice_id = d.pop("tts_voice_id", UNSET)

        _stt_type = d.pop("stt_type", UNSET)
        stt_type: AIManagerAISTTType | Unset
        if isinstance(_stt_type, Unset):
            stt_type = UNSET
        else:
            stt_type = AIManagerAISTTType(_stt_type)

        stt_language = d.pop("stt_language", UNSET)

        _vad_config = d.pop("vad_config", UNSET)
        vad_config: AIManagerVADConfig | Unset
        if isinstance(_vad_config, Unset):
            vad_config = UNSET
        else:
            vad_config = AIManagerVADConfig.from_dict(_vad_config)

        smart_turn_enabled = d.pop("smart_turn_enabled", UNSET)

        auto_aicall_audit_enabled = d.pop("auto_aicall_audit_enabled", UNSET)

        _tool_names = d.pop("tool_names", UNSET)
        tool_names: list[AIManagerToolName] | Unset = UNSET
        if _tool_names is not UNSET:
            tool_names = []
            for tool_names_item_data in _tool_names:
                tool_names_item = AIManagerToolName(tool_names_item_data)

                tool_names.append(tool_names_item)

        direct_hash = d.pop("direct_hash", UNSET)

        def _parse_tm_create(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_create: unexpected {type(data).__name__}")
            tm_create_type_0 = parse_datetime(data)

            return tm_create_type_0

        tm_create = _parse_tm_create(d.pop("tm_create", UNSET))

        def _parse_tm_update(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_update: unexpected {type(data).__name__}")
            tm_update_type_0 = parse_datetime(data)

            return tm_update_type_0

        tm_update = _parse_tm_update(d.pop("tm_update", UNSET))

        def _parse_tm_delete(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_delete: unexpected {type(data).__name__}")
            tm_delete_type_0 = parse_datetime(data)

            return tm_delete_type_0

        tm_delete = _parse_tm_delete(d.pop("tm_delete", UNSET))

        ai_manager_ai = cls(
            is_insight_active=is_insight_active,
            id=id,
            customer_id=customer_id,
            name=name,
            detail=detail,
            type_=type_,
            engine_model=engine_model,
            parameter=parameter,
            engine_key=engine_key,
            rag_id=rag_id,
            init_prompt=init_prompt,
            current_prompt_history_id=current_prompt_history_id,
            tts_type=tts_type,
            tts_voice_id=tts_voice_id,
            stt_type=stt_type,
            stt_language=stt_language,
            vad_config=vad_config,
            smart_turn_enabled=smart_turn_enabled,
            auto_aicall_audit_enabled=auto_aicall_audit_enabled,
            tool_names=tool_names,
            direct_hash=direct_hash,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        ai_manager_ai.additional_properties = d
        return ai_manager_ai

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
