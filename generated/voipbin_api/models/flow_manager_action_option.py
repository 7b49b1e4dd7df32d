from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowManagerActionOption")


@_attrs_define
class FlowManagerActionOption:
    """Additional options based on the `type` field.
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

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        flow_manager_action_option = cls()

        flow_manager_action_option.additional_properties = d
        return flow_manager_action_option

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
