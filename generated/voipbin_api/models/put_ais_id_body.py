from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_ai_engine_model import AIManagerAIEngineModel
from ..models.ai_manager_tool_name import AIManagerToolName
from ..models.put_ais_id_body_type import PutAisIdBodyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_manager_vad_config import AIManagerVADConfig
    from ..models.put_ais_id_body_parameter import PutAisIdBodyParameter


T = TypeVar("T", bound="PutAisIdBody")


@_attrs_define
class PutAisIdBody:
    """
    Attributes:
        name (str):
        detail (str):
        engine_model (AIManagerAIEngineModel): Model of the AI engine. Uses target.model format (e.g., openai.gpt-5).
            The target prefix identifies the provider, and the model name follows after the dot. Example: openai.gpt-5.
        parameter (PutAisIdBodyParameter): Data associated with the ai's engine, can be dynamic and vary based on the
            engine type.
        engine_key (str): API key or credential for the AI engine.
        init_prompt (str):
        tts_type (str): Text-to-speech engine type.
        tts_voice_id (str): Voice ID for the text-to-speech engine.
        stt_type (str): Speech-to-text engine type.
        type_ (PutAisIdBodyType | Unset): AI type. `normal` (default) is a general-purpose AI. `insight` restricts the
            AI to the Insight tool set and uses a dedicated system prompt. Example: normal.
        rag_id (str | Unset): The knowledge base ID (UUID) for the search_knowledge tool. Returned from the `id` field
            of the `GET /rags` response. Send empty string or omit to clear.
        stt_language (str | Unset): STT language in BCP-47 format (e.g., ko-KR, en-US). Example: en-US.
        vad_config (AIManagerVADConfig | Unset): Voice Activity Detection configuration. Omitted fields use Pipecat
            defaults (confidence=0.7, start_secs=0.2, stop_secs=0.2, min_volume=0.6).
        tool_names (list[AIManagerToolName] | Unset): List of tool names to enable for this AI. Use ["all"] to enable
            all available tools. For type=insight AIs, only Insight tool names are permitted (currently:
            get_contact_interactions, get_conversation_content); type=normal AIs may use any Normal tool name or ["all"].
            Mismatched combinations are rejected with a 400.
        auto_aicall_audit_enabled (bool | Unset): When true, any finished AICall involving this AI is audited
            automatically. Example: False.
    """

    name: str
    detail: str
    engine_model: AIManagerAIEngineModel
    parameter: PutAisIdBodyParameter
    engine_key: str
    init_prompt: str
    tts_type: str
    tts_voice_id: str
    stt_type: str
    type_: PutAisIdBodyType | Unset = UNSET
    rag_id: str | Unset = UNSET
    stt_language: str | Unset = UNSET
    vad_config: AIManagerVADConfig | Unset = UNSET
    tool_names: list[AIManagerToolName] | Unset = UNSET
    auto_aicall_audit_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        engine_model = self.engine_model.value

        parameter = self.parameter.to_dict()

        engine_key = self.engine_key

        init_prompt = self.init_prompt

        tts_type = self.tts_type

        tts_voice_id = self.tts_voice_id

        stt_type = self.stt_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        rag_id = self.rag_id

        stt_language = self.stt_language

        vad_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vad_config, Unset):
            vad_config = self.vad_config.to_dict()

        tool_names: list[str] | Unset = UNSET
        if not isinstance(self.tool_names, Unset):
            tool_names = []
            for tool_names_item_data in self.tool_names:
                tool_names_item = tool_names_item_data.value
                tool_names.append(tool_names_item)

        auto_aicall_audit_enabled = self.auto_aicall_audit_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "detail": detail,
                "engine_model": engine_model,
                "parameter": parameter,
                "engine_key": engine_key,
                "init_prompt": init_prompt,
                "tts_type": tts_type,
                "tts_voice_id": tts_voice_id,
                "stt_type": stt_type,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rag_id is not UNSET:
            field_dict["rag_id"] = rag_id
        if stt_language is not UNSET:
            field_dict["stt_language"] = stt_language
        if vad_config is not UNSET:
            field_dict["vad_config"] = vad_config
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names
        if auto_aicall_audit_enabled is not UNSET:
            field_dict["auto_aicall_audit_enabled"] = auto_aicall_audit_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_manager_vad_config import AIManagerVADConfig
        from ..models.put_ais_id_body_parameter import PutAisIdBodyParameter

        d = dict(src_dict)
        name = d.pop("name")

        detail = d.pop("detail")

        engine_model = AIManagerAIEngineModel(d.pop("engine_model"))

        parameter = PutAisIdBodyParameter.from_dict(d.pop("parameter"))

        engine_key = d.pop("engine_key")

        init_prompt = d.pop("init_prompt")

        tts_type = d.pop("tts_type")

        tts_voice_id = d.pop("tts_voice_id")

        stt_type = d.pop("stt_type")

        _type_ = d.pop("type", UNSET)
        type_: PutAisIdBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PutAisIdBodyType(_type_)

        rag_id = d.pop("rag_id", UNSET)

        stt_language = d.pop("stt_language", UNSET)

        _vad_config = d.pop("vad_config", UNSET)
        vad_config: AIManagerVADConfig | Unset
        if isinstance(_vad_config, Unset):
            vad_config = UNSET
        else:
            vad_config = AIManagerVADConfig.from_dict(_vad_config)

        _tool_names = d.pop("tool_names", UNSET)
        tool_names: list[AIManagerToolName] | Unset = UNSET
        if _tool_names is not UNSET:
            tool_names = []
            for tool_names_item_data in _tool_names:
                tool_names_item = AIManagerToolName(tool_names_item_data)

                tool_names.append(tool_names_item)

        auto_aicall_audit_enabled = d.pop("auto_aicall_audit_enabled", UNSET)

        put_ais_id_body = cls(
            name=name,
            detail=detail,
            engine_model=engine_model,
            parameter=parameter,
            engine_key=engine_key,
            init_prompt=init_prompt,
            tts_type=tts_type,
            tts_voice_id=tts_voice_id,
            stt_type=stt_type,
            type_=type_,
            rag_id=rag_id,
            stt_language=stt_language,
            vad_config=vad_config,
            tool_names=tool_names,
            auto_aicall_audit_enabled=auto_aicall_audit_enabled,
        )

        put_ais_id_body.additional_properties = d
        return put_ais_id_body

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
