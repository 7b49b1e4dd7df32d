from enum import StrEnum


class FlowManagerActionType(StrEnum):
    FLOW_MANAGER_ACTION_TYPE_AI_SUMMARY = "ai_summary"
    FLOW_MANAGER_ACTION_TYPE_AI_TALK = "ai_talk"
    FLOW_MANAGER_ACTION_TYPE_AI_TASK = "ai_task"
    FLOW_MANAGER_ACTION_TYPE_AMD = "amd"
    FLOW_MANAGER_ACTION_TYPE_ANSWER = "answer"
    FLOW_MANAGER_ACTION_TYPE_BEEP = "beep"
    FLOW_MANAGER_ACTION_TYPE_BLOCK = "block"
    FLOW_MANAGER_ACTION_TYPE_BRANCH = "branch"
    FLOW_MANAGER_ACTION_TYPE_CALL = "call"
    FLOW_MANAGER_ACTION_TYPE_CASE_CREATE = "case_create"
    FLOW_MANAGER_ACTION_TYPE_CONDITION_CALL_DIGITS = "condition_call_digits"
    FLOW_MANAGER_ACTION_TYPE_CONDITION_CALL_STATUS = "condition_call_status"
    FLOW_MANAGER_ACTION_TYPE_CONDITION_DATETIME = "condition_datetime"
    FLOW_MANAGER_ACTION_TYPE_CONDITION_VARIABLE = "condition_variable"
    FLOW_MANAGER_ACTION_TYPE_CONFBRIDGE_JOIN = "confbridge_join"
    FLOW_MANAGER_ACTION_TYPE_CONFERENCE_JOIN = "conference_join"
    FLOW_MANAGER_ACTION_TYPE_CONNECT = "connect"
    FLOW_MANAGER_ACTION_TYPE_CONVERSATION_SEND = "conversation_send"
    FLOW_MANAGER_ACTION_TYPE_DIGITS_RECEIVE = "digits_receive"
    FLOW_MANAGER_ACTION_TYPE_DIGITS_SEND = "digits_send"
    FLOW_MANAGER_ACTION_TYPE_ECHO = "echo"
    FLOW_MANAGER_ACTION_TYPE_EMAIL_SEND = "email_send"
    FLOW_MANAGER_ACTION_TYPE_EMPTY = "empty"
    FLOW_MANAGER_ACTION_TYPE_EXTERNAL_MEDIA_START = "external_media_start"
    FLOW_MANAGER_ACTION_TYPE_EXTERNAL_MEDIA_STOP = "external_media_stop"
    FLOW_MANAGER_ACTION_TYPE_FETCH = "fetch"
    FLOW_MANAGER_ACTION_TYPE_FETCH_FLOW = "fetch_flow"
    FLOW_MANAGER_ACTION_TYPE_GOTO = "goto"
    FLOW_MANAGER_ACTION_TYPE_HANGUP = "hangup"
    FLOW_MANAGER_ACTION_TYPE_MESSAGE_SEND = "message_send"
    FLOW_MANAGER_ACTION_TYPE_MUTE = "mute"
    FLOW_MANAGER_ACTION_TYPE_PLAY = "play"
    FLOW_MANAGER_ACTION_TYPE_QUEUE_JOIN = "queue_join"
    FLOW_MANAGER_ACTION_TYPE_RECORDING_START = "recording_start"
    FLOW_MANAGER_ACTION_TYPE_RECORDING_STOP = "recording_stop"
    FLOW_MANAGER_ACTION_TYPE_SLEEP = "sleep"
    FLOW_MANAGER_ACTION_TYPE_STOP = "stop"
    FLOW_MANAGER_ACTION_TYPE_STREAM_ECHO = "stream_echo"
    FLOW_MANAGER_ACTION_TYPE_TALK = "talk"
    FLOW_MANAGER_ACTION_TYPE_TRANSCRIBE_RECORDING = "transcribe_recording"
    FLOW_MANAGER_ACTION_TYPE_TRANSCRIBE_START = "transcribe_start"
    FLOW_MANAGER_ACTION_TYPE_TRANSCRIBE_STOP = "transcribe_stop"
    FLOW_MANAGER_ACTION_TYPE_VARIABLE_SET = "variable_set"
    FLOW_MANAGER_ACTION_TYPE_WEBHOOK_SEND = "webhook_send"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FlowManagerActionType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
