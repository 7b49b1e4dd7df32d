from enum import StrEnum


class ActionType(StrEnum):
    """Type of the action.

    Open: a value not listed parses as a member equal to the plain string."""

    AI_SUMMARY = "ai_summary"
    AI_TALK = "ai_talk"
    AI_TASK = "ai_task"
    AMD = "amd"
    ANSWER = "answer"
    BEEP = "beep"
    BLOCK = "block"
    BRANCH = "branch"
    CALL = "call"
    CASE_CREATE = "case_create"
    CONDITION_CALL_DIGITS = "condition_call_digits"
    CONDITION_CALL_STATUS = "condition_call_status"
    CONDITION_DATETIME = "condition_datetime"
    CONDITION_VARIABLE = "condition_variable"
    CONFBRIDGE_JOIN = "confbridge_join"
    CONFERENCE_JOIN = "conference_join"
    CONNECT = "connect"
    CONVERSATION_SEND = "conversation_send"
    DIGITS_RECEIVE = "digits_receive"
    DIGITS_SEND = "digits_send"
    ECHO = "echo"
    EMAIL_SEND = "email_send"
    EMPTY = "empty"
    EXTERNAL_MEDIA_START = "external_media_start"
    EXTERNAL_MEDIA_STOP = "external_media_stop"
    FETCH = "fetch"
    FETCH_FLOW = "fetch_flow"
    GOTO = "goto"
    HANGUP = "hangup"
    MESSAGE_SEND = "message_send"
    MUTE = "mute"
    PLAY = "play"
    QUEUE_JOIN = "queue_join"
    RECORDING_START = "recording_start"
    RECORDING_STOP = "recording_stop"
    SLEEP = "sleep"
    STOP = "stop"
    STREAM_ECHO = "stream_echo"
    TALK = "talk"
    TRANSCRIBE_RECORDING = "transcribe_recording"
    TRANSCRIBE_START = "transcribe_start"
    TRANSCRIBE_STOP = "transcribe_stop"
    VARIABLE_SET = "variable_set"
    WEBHOOK_SEND = "webhook_send"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ActionType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
