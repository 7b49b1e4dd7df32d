from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    UTC,
    FieldError,
    Model,
    as_object,
    fromisoformat,
    in_utc,
    new_model,
    open_enum,
    timestamp,
)


class AIcall(Model):
    """Attributes:
    id (str): The unique identifier of the AI call.
    customer_id (str): The unique identifier of the associated customer. Returned from the `GET /customers`
        response.
    assistance_id (str): The unique identifier of the assistance entity (AI or Team). Returned from the `POST
        /ais`, `GET /ais`, `POST /teams`, or `GET /teams` response.
    activeflow_id (str): The unique identifier of the activeflow. Returned from the `GET /activeflows` response.
    reference_id (str): The unique identifier of the referenced resource. The actual resource type is determined
        by reference_type. Returned from the corresponding resource endpoint.
    confbridge_id (str): The unique identifier of the conference bridge. Returned from the `GET /conferences`
        response.
    current_member_id (str): The unique identifier of the currently active team member. Only set when
        assistance_type is 'team'. Updated when the AI agent transitions to a different team member.
    tm_end (datetime.datetime | None): Timestamp when the AI call ended.
    tm_create (datetime.datetime | None): Timestamp when the AI call was created.
    tm_update (datetime.datetime | None): Timestamp when the AI call was last updated.
    tm_delete (datetime.datetime | None): Timestamp when the AI call was deleted.
    assistance_type (AIcallAssistanceType | None): Type of assistance entity associated with the AI call.
    ai_engine_model (AIEngineModel | None): Model of the AI engine. Uses target.model format (e.g.,
        openai.gpt-5). The target prefix identifies the provider, and the model name follows after the dot.
    ai_tts_type (AITTSType | None): Text-to-speech provider type.
    ai_tts_voice_id (str | None): Text-to-speech voice identifier used for this call.
    ai_stt_type (AISTTType | None): Speech-to-text provider type.
    ai_vad_config (VADConfig | None): Voice Activity Detection configuration. Omitted fields use Pipecat
        defaults (confidence=0.7, start_secs=0.2, stop_secs=0.2, min_volume=0.6).
    ai_smart_turn_enabled (bool | None): Smart turn detection setting frozen from the AI configuration at call
        start.
    parameter (AIcallParameter | None):
    reference_type (AIcallReferenceType | None): Type of reference associated with the ai call.
    status (AIcallStatus | None): Status of the ai call.
    stt_language (str | None): STT language copied from AI config at creation time.
    metadata (AIcallMetadata | None):
    """

    __slots__ = (
        "activeflow_id",
        "ai_engine_model",
        "ai_smart_turn_enabled",
        "ai_stt_type",
        "ai_tts_type",
        "ai_tts_voice_id",
        "ai_vad_config",
        "assistance_id",
        "assistance_type",
        "confbridge_id",
        "current_member_id",
        "customer_id",
        "id",
        "metadata",
        "parameter",
        "reference_id",
        "reference_type",
        "status",
        "stt_language",
        "tm_create",
        "tm_delete",
        "tm_end",
        "tm_update",
    )
    _fields = (
        ("id", "id"),
        ("customer_id", "customer_id"),
        ("assistance_id", "assistance_id"),
        ("activeflow_id", "activeflow_id"),
        ("reference_id", "reference_id"),
        ("confbridge_id", "confbridge_id"),
        ("current_member_id", "current_member_id"),
        ("tm_end", "tm_end"),
        ("tm_create", "tm_create"),
        ("tm_update", "tm_update"),
        ("tm_delete", "tm_delete"),
        ("assistance_type", "assistance_type"),
        ("ai_engine_model", "ai_engine_model"),
        ("ai_tts_type", "ai_tts_type"),
        ("ai_tts_voice_id", "ai_tts_voice_id"),
        ("ai_stt_type", "ai_stt_type"),
        ("ai_vad_config", "ai_vad_config"),
        ("ai_smart_turn_enabled", "ai_smart_turn_enabled"),
        ("parameter", "parameter"),
        ("reference_type", "reference_type"),
        ("status", "status"),
        ("stt_language", "stt_language"),
        ("metadata", "metadata"),
    )
    _wire_names = frozenset(
        {
            "id",
            "customer_id",
            "assistance_id",
            "activeflow_id",
            "reference_id",
            "confbridge_id",
            "current_member_id",
            "tm_end",
            "tm_create",
            "tm_update",
            "tm_delete",
            "assistance_type",
            "ai_engine_model",
            "ai_tts_type",
            "ai_tts_voice_id",
            "ai_stt_type",
            "ai_vad_config",
            "ai_smart_turn_enabled",
            "parameter",
            "reference_type",
            "status",
            "stt_language",
            "metadata",
        }
    )

    id: str
    customer_id: str
    assistance_id: str
    activeflow_id: str
    reference_id: str
    confbridge_id: str
    current_member_id: str
    tm_end: datetime.datetime | None
    tm_create: datetime.datetime | None
    tm_update: datetime.datetime | None
    tm_delete: datetime.datetime | None
    assistance_type: AIcallAssistanceType | None
    ai_engine_model: AIEngineModel | None
    ai_tts_type: AITTSType | None
    ai_tts_voice_id: str | None
    ai_stt_type: AISTTType | None
    ai_vad_config: VADConfig | None
    ai_smart_turn_enabled: bool | None
    parameter: AIcallParameter | None
    reference_type: AIcallReferenceType | None
    status: AIcallStatus | None
    stt_language: str | None
    metadata: AIcallMetadata | None

    def __init__(
        self,
        *,
        id: str | None = None,
        customer_id: str | None = None,
        assistance_id: str | None = None,
        activeflow_id: str | None = None,
        reference_id: str | None = None,
        confbridge_id: str | None = None,
        current_member_id: str | None = None,
        tm_end: datetime.datetime | None = None,
        tm_create: datetime.datetime | None = None,
        tm_update: datetime.datetime | None = None,
        tm_delete: datetime.datetime | None = None,
        assistance_type: AIcallAssistanceType | None = None,
        ai_engine_model: AIEngineModel | None = None,
        ai_tts_type: AITTSType | None = None,
        ai_tts_voice_id: str | None = None,
        ai_stt_type: AISTTType | None = None,
        ai_vad_config: VADConfig | None = None,
        ai_smart_turn_enabled: bool | None = None,
        parameter: AIcallParameter | None = None,
        reference_type: AIcallReferenceType | None = None,
        status: AIcallStatus | None = None,
        stt_language: str | None = None,
        metadata: AIcallMetadata | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.customer_id = customer_id  # type: ignore[assignment]
        self.assistance_id = assistance_id  # type: ignore[assignment]
        self.activeflow_id = activeflow_id  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]
        self.confbridge_id = confbridge_id  # type: ignore[assignment]
        self.current_member_id = current_member_id  # type: ignore[assignment]
        self.tm_end = tm_end
        self.tm_create = tm_create
        self.tm_update = tm_update
        self.tm_delete = tm_delete
        self.assistance_type = assistance_type
        self.ai_engine_model = ai_engine_model
        self.ai_tts_type = ai_tts_type
        self.ai_tts_voice_id = ai_tts_voice_id
        self.ai_stt_type = ai_stt_type
        self.ai_vad_config = ai_vad_config
        self.ai_smart_turn_enabled = ai_smart_turn_enabled
        self.parameter = parameter
        self.reference_type = reference_type
        self.status = status
        self.stt_language = stt_language
        self.metadata = metadata

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "AIcall")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIcall", "id", "str", v)
        self.id = v
        v = get("customer_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIcall", "customer_id", "str", v)
        self.customer_id = v
        v = get("assistance_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIcall", "assistance_id", "str", v)
        self.assistance_id = v
        v = get("activeflow_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIcall", "activeflow_id", "str", v)
        self.activeflow_id = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIcall", "reference_id", "str", v)
        self.reference_id = v
        v = get("confbridge_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIcall", "confbridge_id", "str", v)
        self.confbridge_id = v
        v = get("current_member_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIcall", "current_member_id", "str", v)
        self.current_member_id = v
        v = get("tm_end")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIcall", "tm_end")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_end = v
        v = get("tm_create")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIcall", "tm_create")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_create = v
        v = get("tm_update")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIcall", "tm_update")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_update = v
        v = get("tm_delete")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "AIcall", "tm_delete")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_delete = v
        v = get("assistance_type")
        if v is not None:
            m = (
                AIcallAssistanceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(AIcallAssistanceType, v, "AIcall", "assistance_type")
                if m is None
                else m
            )
        self.assistance_type = v
        v = get("ai_engine_model")
        if v is not None:
            m = AIEngineModel._value2member_map_.get(v) if type(v) is str else None
            v = (
                open_enum(AIEngineModel, v, "AIcall", "ai_engine_model")
                if m is None
                else m
            )
        self.ai_engine_model = v
        v = get("ai_tts_type")
        if v is not None:
            m = AITTSType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AITTSType, v, "AIcall", "ai_tts_type") if m is None else m
        self.ai_tts_type = v
        v = get("ai_tts_voice_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIcall", "ai_tts_voice_id", "str", v)
        self.ai_tts_voice_id = v
        v = get("ai_stt_type")
        if v is not None:
            m = AISTTType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AISTTType, v, "AIcall", "ai_stt_type") if m is None else m
        self.ai_stt_type = v
        v = get("ai_vad_config")
        if v is not None:
            try:
                v = VADConfig.from_dict(v)
            except FieldError as error:
                raise error.within("AIcall", "ai_vad_config") from None
        self.ai_vad_config = v
        v = get("ai_smart_turn_enabled")
        if type(v) is not bool and v is not None:
            raise FieldError("AIcall", "ai_smart_turn_enabled", "bool", v)
        self.ai_smart_turn_enabled = v
        v = get("parameter")
        if v is not None:
            try:
                v = AIcallParameter.from_dict(v)
            except FieldError as error:
                raise error.within("AIcall", "parameter") from None
        self.parameter = v
        v = get("reference_type")
        if v is not None:
            m = (
                AIcallReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(AIcallReferenceType, v, "AIcall", "reference_type")
                if m is None
                else m
            )
        self.reference_type = v
        v = get("status")
        if v is not None:
            m = AIcallStatus._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(AIcallStatus, v, "AIcall", "status") if m is None else m
        self.status = v
        v = get("stt_language")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AIcall", "stt_language", "str", v)
        self.stt_language = v
        v = get("metadata")
        if v is not None:
            try:
                v = AIcallMetadata.from_dict(v)
            except FieldError as error:
                raise error.within("AIcall", "metadata") from None
        self.metadata = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.a_icall_assistance_type import AIcallAssistanceType
from ..models.a_icall_metadata import AIcallMetadata
from ..models.a_icall_parameter import AIcallParameter
from ..models.a_icall_reference_type import AIcallReferenceType
from ..models.a_icall_status import AIcallStatus
from ..models.ai_engine_model import AIEngineModel
from ..models.aistt_type import AISTTType
from ..models.aitts_type import AITTSType
from ..models.vad_config import VADConfig
