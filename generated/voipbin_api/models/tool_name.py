from enum import StrEnum


class ToolName(StrEnum):
    """Name of an AI tool function. Use `all` to enable every available tool.

    Open: a value not listed parses as a member equal to the plain string."""

    ALL = "all"
    CASE_CREATE = "case_create"
    CONNECT_CALL = "connect_call"
    CREATE_CALL = "create_call"
    DESCRIBE_ACTION = "describe_action"
    GET_AICALL_MESSAGES = "get_aicall_messages"
    GET_CASE_NOTES = "get_case_notes"
    GET_CONTACT_INTERACTIONS = "get_contact_interactions"
    GET_CONVERSATION_CONTENT = "get_conversation_content"
    GET_CORRELATION = "get_correlation"
    GET_RELATED_CASES = "get_related_cases"
    GET_RESOURCE = "get_resource"
    GET_VARIABLES = "get_variables"
    SEARCH_KNOWLEDGE = "search_knowledge"
    SEND_EMAIL = "send_email"
    SEND_MESSAGE = "send_message"
    SET_VARIABLES = "set_variables"
    STOP_FLOW = "stop_flow"
    STOP_MEDIA = "stop_media"
    STOP_SERVICE = "stop_service"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ToolName | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
