from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_manager_action_type import FlowManagerActionType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.flow_manager_action_option import FlowManagerActionOption


T = TypeVar("T", bound="FlowManagerAction")


@_attrs_define
class FlowManagerAction:
    """
    Attributes:
        id (UUID): The unique identifier of this action within the flow. Example: 550e8400-e29b-41d4-a716-446655440000.
        type_ (FlowManagerActionType): Type of the action. Example: talk.
        next_id (UUID | Unset): The identifier of the next action to execute. References an action `id` within the same
            flow's `actions` array. Null if this is the last action. Example: 550e8400-e29b-41d4-a716-446655440000.
        option (FlowManagerActionOption | Unset): Additional options based on the `type` field.
            - For `FlowManagerActionTypeAISummary`: see `FlowManagerActionOptionAISummary`
            - For `FlowManagerActionTypeAITalk`: see `FlowManagerActionOptionAITalk`
            - For `FlowManagerActionTypeAMD`: see `FlowManagerActionOptionAMD`
            - For `FlowManagerActionTypeAnswer`: see FlowManagerActionOptionAnswer
            - For `FlowManagerActionTypeBeep`: see FlowManagerActionOptionBeep
            - For `FlowManagerActionTypeBranch`: see FlowManagerActionOptionBranch
            - For `FlowManagerActionTypeCall`: see FlowManagerActionOptionCall
            - For `FlowManagerActionTypeConfbridgeJoin`: see FlowManagerActionOptionConfbridgeJoin
            - For `FlowManagerActionTypeConferenceJoin`: see FlowManagerActionOptionConferenceJoin
            - For `FlowManagerActionTypeConnect`: see FlowManagerActionOptionConnect
            - For `FlowManagerActionTypeConversationSend`: see FlowManagerActionOptionConversationSend
            - For `FlowManagerActionTypeDigitsReceive`: see FlowManagerActionOptionDigitsReceive
            - For `FlowManagerActionTypeDigitsSend`: see FlowManagerActionOptionDigitsSend
            - For `FlowManagerActionTypeEcho`: see FlowManagerActionOptionEcho
            - For `FlowManagerActionTypeEmailSend`: see FlowManagerActionOptionEmailSend
            - For `FlowManagerActionTypeExternalMediaStart`: see FlowManagerActionOptionExternalMediaStart
            - For `FlowManagerActionTypeExternalMediaStop`: see FlowManagerActionOptionExternalMediaStop
            - For `FlowManagerActionTypeFetch`: see FlowManagerActionOptionFetch
            - For `FlowManagerActionTypeFetchFlow`: see FlowManagerActionOptionFetchFlow
            - For `FlowManagerActionTypeGoto`: see FlowManagerActionOptionGoto
            - For `FlowManagerActionTypeHangup`: see FlowManagerActionOptionHangup
            - For `FlowManagerActionTypeMessageSend`: see FlowManagerActionOptionMessageSend
            - For `FlowManagerActionTypePlay`: see FlowManagerActionOptionPlay
            - For `FlowManagerActionTypeQueueJoin`: see FlowManagerActionOptionQueueJoin
            - For `FlowManagerActionTypeRecordingStart`: see FlowManagerActionOptionRecordingStart
            - For `FlowManagerActionTypeRecordingStop`: see FlowManagerActionOptionRecordingStop
            - For `FlowManagerActionTypeSleep`: see FlowManagerActionOptionSleep
            - For `FlowManagerActionTypeStreamEcho`: see FlowManagerActionOptionStreamEcho
            - For `FlowManagerActionTypeTalk`: see FlowManagerActionOptionTalk
            - For `FlowManagerActionTypeTranscribeStart`: see FlowManagerActionOptionTranscribeStart
            - For `FlowManagerActionTypeTranscribeStop`: see FlowManagerActionOptionTranscribeStop
            - For `FlowManagerActionTypeTranscribeRecording`: see FlowManagerActionOptionTranscribeRecording
            - For `FlowManagerActionTypeVariableSet`: see FlowManagerActionOptionVariableSet
            - For `FlowManagerActionTypeWebhookSend`: see FlowManagerActionOptionWebhookSend
            - ...
        tm_execute (datetime.datetime | None | Unset): Timestamp when this action was executed. Example:
            2026-01-15T09:30:00.000000Z.
    """

    id: UUID
    type_: FlowManagerActionType
    next_id: UUID | Unset = UNSET
    option: FlowManagerActionOption | Unset = UNSET
    tm_execute: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        next_id: str | Unset = UNSET
        if not isinstance(self.next_id, Unset):
            next_id = str(self.next_id)

        option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.option, Unset):
            option = self.option.to_dict()

        tm_execute: None | str | Unset
        if isinstance(self.tm_execute, Unset):
            tm_execute = UNSET
        elif isinstance(self.tm_execute, datetime.datetime):
            tm_execute = self.tm_execute.isoformat()
        else:
            tm_execute = self.tm_execute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if next_id is not UNSET:
            field_dict["next_id"] = next_id
        if option is not UNSET:
            field_dict["option"] = option
        if tm_execute is not UNSET:
            field_dict["tm_execute"] = tm_execute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_manager_action_option import FlowManagerActionOption

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = FlowManagerActionType(d.pop("type"))

        _next_id = d.pop("next_id", UNSET)
        next_id: UUID | Unset
        if isinstance(_next_id, Unset):
            next_id = UNSET
        else:
            next_id = UUID(_next_id)

        _option = d.pop("option", UNSET)
        option: FlowManagerActionOption | Unset
        if isinstance(_option, Unset):
            option = UNSET
        else:
            option = FlowManagerActionOption.from_dict(_option)

        def _parse_tm_execute(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"tm_execute: unexpected {type(data).__name__}")
            tm_execute_type_0 = parse_datetime(data)

            return tm_execute_type_0

        tm_execute = _parse_tm_execute(d.pop("tm_execute", UNSET))

        flow_manager_action = cls(
            id=id,
            type_=type_,
            next_id=next_id,
            option=option,
            tm_execute=tm_execute,
        )

        flow_manager_action.additional_properties = d
        return flow_manager_action

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
