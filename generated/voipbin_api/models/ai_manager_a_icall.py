from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_manager_a_icall_assistance_type import AIManagerAIcallAssistanceType
from ..models.ai_manager_a_icall_reference_type import AIManagerAIcallReferenceType
from ..models.ai_manager_a_icall_status import AIManagerAIcallStatus
from ..models.ai_manager_ai_engine_model import AIManagerAIEngineModel
from ..models.ai_manager_aistt_type import AIManagerAISTTType
from ..models.ai_manager_aitts_type import AIManagerAITTSType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ai_manager_a_icall_metadata import AIManagerAIcallMetadata
    from ..models.ai_manager_a_icall_parameter import AIManagerAIcallParameter
    from ..models.ai_manager_vad_config import AIManagerVADConfig


T = TypeVar("T", bound="AIManagerAIcall")


@_attrs_define
class AIManagerAIcall:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the AI call. Example: 550e8400-e29b-41d4-a716-446655440000.
        customer_id (UUID | Unset): The unique identifier of the associated customer. Returned from the `GET /customers`
            response. Example: 7c4d2f3a-1b8e-4f5c-9a6d-3e2f1a0b4c5d.
        assistance_type (AIManagerAIcallAssistanceType | Unset): Type of assistance entity associated with the AI call.
            Example: ai.
        assistance_id (UUID | Unset): The unique identifier of the assistance entity (AI or Team). Returned from the
            `POST /ais`, `GET /ais`, `POST /teams`, or `GET /teams` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        ai_engine_model (AIManagerAIEngineModel | Unset): Model of the AI engine. Uses target.model format (e.g.,
            openai.gpt-5). The target prefix identifies the provider, and the model name follows after the dot. Example:
            openai.gpt-5.
        ai_tts_type (AIManagerAITTSType | Unset): Text-to-speech provider type. Example: elevenlabs.
        ai_tts_voice_id (str | Unset): Text-to-speech voice identifier used for this call. Example:
            21m00Tcm4TlvDq8ikWAM.
        ai_stt_type (AIManagerAISTTType | Unset): Speech-to-text provider type. Example: deepgram.
        ai_vad_config (AIManagerVADConfig | Unset): Voice Activity Detection configuration. Omitted fields use Pipecat
            defaults (confidence=0.7, start_secs=0.2, stop_secs=0.2, min_volume=0.6).
        ai_smart_turn_enabled (bool | Unset): Smart turn detection setting frozen from the AI configuration at call
            start. Example: False.
        parameter (AIManagerAIcallParameter | Unset): Merged key-value parameter data from AI and team configuration.
            Example: {'language': 'en-US', 'department': 'support'}.
        activeflow_id (UUID | Unset): The unique identifier of the activeflow. Returned from the `GET /activeflows`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        reference_type (AIManagerAIcallReferenceType | Unset): Type of reference associated with the ai call. Example:
            call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. The actual resource type is
            determined by reference_type. Returned from the corresponding resource endpoint. Example:
            550e8400-e29b-41d4-a716-446655440000.
        confbridge_id (UUID | Unset): The unique identifier of the conference bridge. Returned from the `GET
            /conferences` response. Example: 550e8400-e29b-41d4-a716-446655440000.
        current_member_id (UUID | Unset): The unique identifier of the currently active team member. Only set when
            assistance_type is 'team'. Updated when the AI agent transitions to a different team member. Example:
            550e8400-e29b-41d4-a716-446655440000.
        status (AIManagerAIcallStatus | Unset): Status of the ai call. Example: progressing.
        stt_language (str | Unset): STT language copied from AI config at creation time. Example: en-US.
        metadata (AIManagerAIcallMetadata | Unset): Generic key-value store. Contains prompt_snapshots (array of
            PromptSnapshot) at call start time.
        tm_end (datetime.datetime | None | Unset): Timestamp when the AI call ended. Example:
            2026-01-15T09:30:00.000000Z.
        tm_create (datetime.datetime | None | Unset): Timestamp when the AI call was created. Example:
            2026-01-15T09:30:00.000000Z.
        tm_update (datetime.datetime | None | Unset): Timestamp when the AI call was last updated. Example:
            2026-01-15T09:30:00.000000Z.
        tm_delete (datetime.datetime | None | Unset): Timestamp when the AI call was deleted. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    assistance_type: AIManagerAIcallAssistanceType | Unset = UNSET
    assistance_id: UUID | Unset = UNSET
    ai_engine_model: AIManagerAIEngineModel | Unset = UNSET
    ai_tts_type: AIManagerAITTSType | Unset = UNSET
    ai_tts_voice_id: str | Unset = UNSET
    ai_stt_type: AIManagerAISTTType | Unset = UNSET
    ai_vad_config: AIManagerVADConfig | Unset = UNSET
    ai_smart_turn_enabled: bool | Unset = UNSET
    parameter: AIManagerAIcallParameter | Unset = UNSET
    activeflow_id: UUID | Unset = UNSET
    reference_type: AIManagerAIcallReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    confbridge_id: UUID | Unset = UNSET
    current_member_id: UUID | Unset = UNSET
    status: AIManagerAIcallStatus | Unset = UNSET
    stt_language: str | Unset = UNSET
    metadata: AIManagerAIcallMetadata | Unset = UNSET
    tm_end: datetime.datetime | None | Unset = UNSET
    tm_create: datetime.datetime | None | Unset = UNSET
    tm_update: datetime.datetime | None | Unset = UNSET
    tm_delete: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        assistance_type: str | Unset = UNSET
        if not isinstance(self.assistance_type, Unset):
            assistance_type = self.assistance_type.value

        assistance_id: str | Unset = UNSET
        if not isinstance(self.assistance_id, Unset):
            assistance_id = str(self.assistance_id)

        ai_engine_model: str | Unset = UNSET
        if not isinstance(self.ai_engine_model, Unset):
            ai_engine_model = self.ai_engine_model.value

        ai_tts_type: str | Unset = UNSET
        if not isinstance(self.ai_tts_type, Unset):
            ai_tts_type = self.ai_tts_type.value

        ai_tts_voice_id = self.ai_tts_voice_id

        ai_stt_type: str | Unset = UNSET
        if not isinstance(self.ai_stt_type, Unset):
            ai_stt_type = self.ai_stt_type.value

        ai_vad_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_vad_config, Unset):
            ai_vad_config = self.ai_vad_config.to_dict()

        ai_smart_turn_enabled = self.ai_smart_turn_enabled

        parameter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter, Unset):
            parameter = self.parameter.to_dict()

        activeflow_id: str | Unset = UNSET
        if not isinstance(self.activeflow_id, Unset):
            activeflow_id = str(self.activeflow_id)

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        confbridge_id: str | Unset = UNSET
        if not isinstance(self.confbridge_id, Unset):
            confbridge_id = str(self.confbridge_id)

        current_member_id: str | Unset = UNSET
        if not isinstance(self.current_member_id, Unset):
            current_member_id = str(self.current_member_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        stt_language = self.stt_language

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tm_end: None | str | Unset
        if isinstance(self.tm_end, Unset):
            tm_end = UNSET
        elif isinstance(self.tm_end, datetime.datetime):
            tm_end = self.tm_end.isoformat()
        else:
            tm_end = self.tm_end

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if assistance_type is not UNSET:
            field_dict["assistance_type"] = assistance_type
        if assistance_id is not UNSET:
            field_dict["assistance_id"] = assistance_id
        if ai_engine_model is not UNSET:
            field_dict["ai_engine_model"] = ai_engine_model
        if ai_tts_type is not UNSET:
            field_dict["ai_tts_type"] = ai_tts_type
        if ai_tts_voice_id is not UNSET:
            field_dict["ai_tts_voice_id"] = ai_tts_voice_id
        if ai_stt_type is not UNSET:
            field_dict["ai_stt_type"] = ai_stt_type
        if ai_vad_config is not UNSET:
            field_dict["ai_vad_config"] = ai_vad_config
        if ai_smart_turn_enabled is not UNSET:
            field_dict["ai_smart_turn_enabled"] = ai_smart_turn_enabled
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if activeflow_id is not UNSET:
            field_dict["activeflow_id"] = activeflow_id
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if confbridge_id is not UNSET:
            field_dict["confbridge_id"] = confbridge_id
        if current_member_id is not UNSET:
            field_dict["current_member_id"] = current_member_id
        if status is not UNSET:
            field_dict["status"] = status
        if stt_language is not UNSET:
            field_dict["stt_language"] = stt_language
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tm_end is not UNSET:
            field_dict["tm_end"] = tm_end
        if tm_create is not UNSET:
            field_dict["tm_create"] = tm_create
        if tm_update is not UNSET:
            field_dict["tm_update"] = tm_update
        if tm_delete is not UNSET:
            field_dict["tm_delete"] = tm_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_manager_a_icall_metadata import AIManagerAIcallMetadata
        from ..models.ai_manager_a_icall_parameter import AIManagerAIcallParameter
        from ..models.ai_manager_vad_config import AIManagerVADConfig

        d = dict(src_dict)
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

        _assistance_type = d.pop("assistance_type", UNSET)
        assistance_type: AIManagerAIcallAssistanceType | Unset
        if isinstance(_assistance_type, Unset):
            assistance_type = UNSET
        else:
            assistance_type = AIManagerAIcallAssistanceType(_assistance_type)

        _assistance_id = d.pop("assistance_id", UNSET)
        assistance_id: UUID | Unset
        if isinstance(_assistance_id, Unset):
            assistance_id = UNSET
        else:
            assistance_id = UUID(_assistance_id)

        _ai_engine_model = d.pop("ai_engine_model", UNSET)
        ai_engine_model: AIManagerAIEngineModel | Unset
        if isinstance(_ai_engine_model, Unset):
            ai_engine_model = UNSET
        else:
            ai_engine_model = AIManagerAIEngineModel(_ai_engine_model)

        _ai_tts_type = d.pop("ai_tts_type", UNSET)
        ai_tts_type: AIManagerAITTSType | Unset
        if isinstance(_ai_tts_type, Unset):
            ai_tts_type = UNSET
        else:
            ai_tts_type = AIManagerAITTSType(_ai_tts_type)

        ai_tts_voice_id = d.pop("ai_tts_voice_id", UNSET)

        _ai_stt_type = d.pop("ai_stt_type", UNSET)
        ai_stt_type: AIManagerAISTTType | Unset
        if isinstance(_ai_stt_type, Unset):
            ai_stt_type = UNSET
        else:
            ai_stt_type = AIManagerAISTTType(_ai_stt_type)

        _ai_vad_config = d.pop("ai_vad_config", UNSET)
        ai_vad_config: AIManagerVADConfig | Unset
        if isinstance(_ai_vad_config, Unset):
            ai_vad_config = UNSET
        else:
            ai_vad_config = AIManagerVADConfig.from_dict(_ai_vad_config)

        ai_smart_turn_enabled = d.pop("ai_smart_turn_enabled", UNSET)

        _parameter = d.pop("parameter", UNSET)
        parameter: AIManagerAIcallParameter | Unset
        if isinstance(_parameter, Unset):
            parameter = UNSET
        else:
            parameter = AIManagerAIcallParameter.from_dict(_parameter)

        _activeflow_id = d.pop("activeflow_id", UNSET)
        activeflow_id: UUID | Unset
        if isinstance(_activeflow_id, Unset):
            activeflow_id = UNSET
        else:
            activeflow_id = UUID(_activeflow_id)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: AIManagerAIcallReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = AIManagerAIcallReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _confbridge_id = d.pop("confbridge_id", UNSET)
        confbridge_id: UUID | Unset
        if isinstance(_confbridge_id, Unset):
            confbridge_id = UNSET
        else:
            confbridge_id = UUID(_confbridge_id)

        _current_member_id = d.pop("current_member_id", UNSET)
        current_member_id: UUID | Unset
        if isinstance(_current_member_id, Unset):
            current_member_id = UNSET
        else:
            current_member_id = UUID(_current_member_id)

        _status = d.pop("status", UNSET)
        status: AIManagerAIcallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AIManagerAIcallStatus(_status)

        stt_language = d.pop("stt_language", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: AIManagerAIcallMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AIManagerAIcallMetadata.from_dict(_metadata)

        def _parse_tm_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_end: unexpected {type(data).__name__}")
            tm_end_type_0 = parse_datetime(data)

            return tm_end_type_0

        tm_end = _parse_tm_end(d.pop("tm_end", UNSET))

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

        ai_manager_a_icall = cls(
            id=id,
            customer_id=customer_id,
            assistance_type=assistance_type,
            assistance_id=assistance_id,
            ai_engine_model=ai_engine_model,
            ai_tts_type=ai_tts_type,
            ai_tts_voice_id=ai_tts_voice_id,
            ai_stt_type=ai_stt_type,
            ai_vad_config=ai_vad_config,
            ai_smart_turn_enabled=ai_smart_turn_enabled,
            parameter=parameter,
            activeflow_id=activeflow_id,
            reference_type=reference_type,
            reference_id=reference_id,
            confbridge_id=confbridge_id,
            current_member_id=current_member_id,
            status=status,
            stt_language=stt_language,
            metadata=metadata,
            tm_end=tm_end,
            tm_create=tm_create,
            tm_update=tm_update,
            tm_delete=tm_delete,
        )

        ai_manager_a_icall.additional_properties = d
        return ai_manager_a_icall

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
