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
    model_of_kind,
    new_model,
    open_enum,
    timestamp,
)


class Action(Model):
    """Attributes:
    id (str): The unique identifier of this action within the flow.
    next_id (str): The identifier of the next action to execute. References an action `id` within the same
        flow's `actions` array. Null if this is the last action.
    tm_execute (datetime.datetime | None): Timestamp when this action was executed.
    type (ActionType | None): Type of the action.
    option (ActionOptionAISummary | ActionOptionAITalk | ActionOptionAITask | ActionOptionAMD |
        ActionOptionAnswer | ActionOptionBeep | ActionOptionBlock | ActionOptionBranch | ActionOptionCall |
        ActionOptionCaseCreate | ActionOptionConditionCallDigits | ActionOptionConditionCallStatus |
        ActionOptionConditionDatetime | ActionOptionConditionVariable | ActionOptionConfbridgeJoin |
        ActionOptionConferenceJoin | ActionOptionConnect | ActionOptionConversationSend | ActionOptionDigitsReceive
        | ActionOptionDigitsSend | ActionOptionEcho | ActionOptionEmailSend | ActionOptionEmpty |
        ActionOptionExternalMediaStart | ActionOptionExternalMediaStop | ActionOptionFetch | ActionOptionFetchFlow |
        ActionOptionGoto | ActionOptionHangup | ActionOptionMessageSend | ActionOptionMute | ActionOptionPlay |
        ActionOptionQueueJoin | ActionOptionRecordingStart | ActionOptionRecordingStop | ActionOptionSleep |
        ActionOptionStop | ActionOptionStreamEcho | ActionOptionTalk | ActionOptionTranscribeRecording |
        ActionOptionTranscribeStart | ActionOptionTranscribeStop | ActionOptionVariableSet | ActionOptionWebhookSend
        | ActionOption | None):
    """

    __slots__ = ("id", "next_id", "option", "tm_execute", "type")
    _fields = (
        ("id", "id"),
        ("next_id", "next_id"),
        ("tm_execute", "tm_execute"),
        ("type", "type"),
        ("option", "option"),
    )
    _wire_names = frozenset(
        {
            "id",
            "next_id",
            "tm_execute",
            "type",
            "option",
        }
    )

    id: str
    next_id: str
    tm_execute: datetime.datetime | None
    type: ActionType | None
    option: (
        ActionOptionAISummary
        | ActionOptionAITalk
        | ActionOptionAITask
        | ActionOptionAMD
        | ActionOptionAnswer
        | ActionOptionBeep
        | ActionOptionBlock
        | ActionOptionBranch
        | ActionOptionCall
        | ActionOptionCaseCreate
        | ActionOptionConditionCallDigits
        | ActionOptionConditionCallStatus
        | ActionOptionConditionDatetime
        | ActionOptionConditionVariable
        | ActionOptionConfbridgeJoin
        | ActionOptionConferenceJoin
        | ActionOptionConnect
        | ActionOptionConversationSend
        | ActionOptionDigitsReceive
        | ActionOptionDigitsSend
        | ActionOptionEcho
        | ActionOptionEmailSend
        | ActionOptionEmpty
        | ActionOptionExternalMediaStart
        | ActionOptionExternalMediaStop
        | ActionOptionFetch
        | ActionOptionFetchFlow
        | ActionOptionGoto
        | ActionOptionHangup
        | ActionOptionMessageSend
        | ActionOptionMute
        | ActionOptionPlay
        | ActionOptionQueueJoin
        | ActionOptionRecordingStart
        | ActionOptionRecordingStop
        | ActionOptionSleep
        | ActionOptionStop
        | ActionOptionStreamEcho
        | ActionOptionTalk
        | ActionOptionTranscribeRecording
        | ActionOptionTranscribeStart
        | ActionOptionTranscribeStop
        | ActionOptionVariableSet
        | ActionOptionWebhookSend
        | ActionOption
        | None
    )

    def __init__(
        self,
        *,
        id: str | None = None,
        next_id: str | None = None,
        tm_execute: datetime.datetime | None = None,
        type: ActionType | None = None,
        option: ActionOptionAISummary
        | ActionOptionAITalk
        | ActionOptionAITask
        | ActionOptionAMD
        | ActionOptionAnswer
        | ActionOptionBeep
        | ActionOptionBlock
        | ActionOptionBranch
        | ActionOptionCall
        | ActionOptionCaseCreate
        | ActionOptionConditionCallDigits
        | ActionOptionConditionCallStatus
        | ActionOptionConditionDatetime
        | ActionOptionConditionVariable
        | ActionOptionConfbridgeJoin
        | ActionOptionConferenceJoin
        | ActionOptionConnect
        | ActionOptionConversationSend
        | ActionOptionDigitsReceive
        | ActionOptionDigitsSend
        | ActionOptionEcho
        | ActionOptionEmailSend
        | ActionOptionEmpty
        | ActionOptionExternalMediaStart
        | ActionOptionExternalMediaStop
        | ActionOptionFetch
        | ActionOptionFetchFlow
        | ActionOptionGoto
        | ActionOptionHangup
        | ActionOptionMessageSend
        | ActionOptionMute
        | ActionOptionPlay
        | ActionOptionQueueJoin
        | ActionOptionRecordingStart
        | ActionOptionRecordingStop
        | ActionOptionSleep
        | ActionOptionStop
        | ActionOptionStreamEcho
        | ActionOptionTalk
        | ActionOptionTranscribeRecording
        | ActionOptionTranscribeStart
        | ActionOptionTranscribeStop
        | ActionOptionVariableSet
        | ActionOptionWebhookSend
        | ActionOption
        | None = None,
    ) -> None:
        self._data = {}
        self.id = id  # type: ignore[assignment]
        self.next_id = next_id  # type: ignore[assignment]
        self.tm_execute = tm_execute
        self.type = type
        self.option = option

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "Action")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Action", "id", "str", v)
        self.id = v
        v = get("next_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("Action", "next_id", "str", v)
        self.next_id = v
        v = get("tm_execute")
        if v is not None:
            try:
                v = fromisoformat(v)
            except (TypeError, ValueError):
                v = timestamp(v, "Action", "tm_execute")
            else:
                if v.tzinfo is not UTC:
                    v = in_utc(v)
        self.tm_execute = v
        v = get("type")
        if v is not None:
            m = ActionType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(ActionType, v, "Action", "type") if m is None else m
        self.type = v
        v = get("option")
        if v is not None:
            v = model_of_kind(
                v, get("type"), _OPTION_BY_TYPE, ActionOption, "Action", "option"
            )
        self.option = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.action_option import ActionOption
from ..models.action_option_ai_summary import ActionOptionAISummary
from ..models.action_option_ai_talk import ActionOptionAITalk
from ..models.action_option_ai_task import ActionOptionAITask
from ..models.action_option_amd import ActionOptionAMD
from ..models.action_option_answer import ActionOptionAnswer
from ..models.action_option_beep import ActionOptionBeep
from ..models.action_option_block import ActionOptionBlock
from ..models.action_option_branch import ActionOptionBranch
from ..models.action_option_call import ActionOptionCall
from ..models.action_option_case_create import ActionOptionCaseCreate
from ..models.action_option_condition_call_digits import ActionOptionConditionCallDigits
from ..models.action_option_condition_call_status import ActionOptionConditionCallStatus
from ..models.action_option_condition_datetime import ActionOptionConditionDatetime
from ..models.action_option_condition_variable import ActionOptionConditionVariable
from ..models.action_option_confbridge_join import ActionOptionConfbridgeJoin
from ..models.action_option_conference_join import ActionOptionConferenceJoin
from ..models.action_option_connect import ActionOptionConnect
from ..models.action_option_conversation_send import ActionOptionConversationSend
from ..models.action_option_digits_receive import ActionOptionDigitsReceive
from ..models.action_option_digits_send import ActionOptionDigitsSend
from ..models.action_option_echo import ActionOptionEcho
from ..models.action_option_email_send import ActionOptionEmailSend
from ..models.action_option_empty import ActionOptionEmpty
from ..models.action_option_external_media_start import ActionOptionExternalMediaStart
from ..models.action_option_external_media_stop import ActionOptionExternalMediaStop
from ..models.action_option_fetch import ActionOptionFetch
from ..models.action_option_fetch_flow import ActionOptionFetchFlow
from ..models.action_option_goto import ActionOptionGoto
from ..models.action_option_hangup import ActionOptionHangup
from ..models.action_option_message_send import ActionOptionMessageSend
from ..models.action_option_mute import ActionOptionMute
from ..models.action_option_play import ActionOptionPlay
from ..models.action_option_queue_join import ActionOptionQueueJoin
from ..models.action_option_recording_start import ActionOptionRecordingStart
from ..models.action_option_recording_stop import ActionOptionRecordingStop
from ..models.action_option_sleep import ActionOptionSleep
from ..models.action_option_stop import ActionOptionStop
from ..models.action_option_stream_echo import ActionOptionStreamEcho
from ..models.action_option_talk import ActionOptionTalk
from ..models.action_option_transcribe_recording import ActionOptionTranscribeRecording
from ..models.action_option_transcribe_start import ActionOptionTranscribeStart
from ..models.action_option_transcribe_stop import ActionOptionTranscribeStop
from ..models.action_option_variable_set import ActionOptionVariableSet
from ..models.action_option_webhook_send import ActionOptionWebhookSend
from ..models.action_type import ActionType

# The model of option for each type; any other type keeps ActionOption.
_OPTION_BY_TYPE: dict[str, type[Model]] = {
    "ai_summary": ActionOptionAISummary,
    "ai_talk": ActionOptionAITalk,
    "ai_task": ActionOptionAITask,
    "amd": ActionOptionAMD,
    "answer": ActionOptionAnswer,
    "beep": ActionOptionBeep,
    "block": ActionOptionBlock,
    "branch": ActionOptionBranch,
    "call": ActionOptionCall,
    "case_create": ActionOptionCaseCreate,
    "condition_call_digits": ActionOptionConditionCallDigits,
    "condition_call_status": ActionOptionConditionCallStatus,
    "condition_datetime": ActionOptionConditionDatetime,
    "condition_variable": ActionOptionConditionVariable,
    "confbridge_join": ActionOptionConfbridgeJoin,
    "conference_join": ActionOptionConferenceJoin,
    "connect": ActionOptionConnect,
    "conversation_send": ActionOptionConversationSend,
    "digits_receive": ActionOptionDigitsReceive,
    "digits_send": ActionOptionDigitsSend,
    "echo": ActionOptionEcho,
    "email_send": ActionOptionEmailSend,
    "empty": ActionOptionEmpty,
    "external_media_start": ActionOptionExternalMediaStart,
    "external_media_stop": ActionOptionExternalMediaStop,
    "fetch": ActionOptionFetch,
    "fetch_flow": ActionOptionFetchFlow,
    "goto": ActionOptionGoto,
    "hangup": ActionOptionHangup,
    "message_send": ActionOptionMessageSend,
    "mute": ActionOptionMute,
    "play": ActionOptionPlay,
    "queue_join": ActionOptionQueueJoin,
    "recording_start": ActionOptionRecordingStart,
    "recording_stop": ActionOptionRecordingStop,
    "sleep": ActionOptionSleep,
    "stop": ActionOptionStop,
    "stream_echo": ActionOptionStreamEcho,
    "talk": ActionOptionTalk,
    "transcribe_recording": ActionOptionTranscribeRecording,
    "transcribe_start": ActionOptionTranscribeStart,
    "transcribe_stop": ActionOptionTranscribeStop,
    "variable_set": ActionOptionVariableSet,
    "webhook_send": ActionOptionWebhookSend,
}
