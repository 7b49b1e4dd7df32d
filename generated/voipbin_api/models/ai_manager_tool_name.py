from enum import StrEnum


class AIManagerToolName(StrEnum):
    AI_MANAGER_TOOL_NAME_ALL = "all"
    AI_MANAGER_TOOL_NAME_CASE_CREATE = "case_create"
    AI_MANAGER_TOOL_NAME_CONNECT_CALL = "connect_call"
    AI_MANAGER_TOOL_NAME_CREATE_CALL = "create_call"
    AI_MANAGER_TOOL_NAME_DESCRIBE_ACTION = "describe_action"
    AI_MANAGER_TOOL_NAME_GET_AICALL_MESSAGES = "get_aicall_messages"
    AI_MANAGER_TOOL_NAME_GET_CASE_NOTES = "get_case_notes"
    AI_MANAGER_TOOL_NAME_GET_CONTACT_INTERACTIONS = "get_contact_interactions"
    AI_MANAGER_TOOL_NAME_GET_CONVERSATION_CONTENT = "get_conversation_content"
    AI_MANAGER_TOOL_NAME_GET_CORRELATION = "get_correlation"
    AI_MANAGER_TOOL_NAME_GET_RELATED_CASES = "get_related_cases"
    AI_MANAGER_TOOL_NAME_GET_RESOURCE = "get_resource"
    AI_MANAGER_TOOL_NAME_GET_VARIABLES = "get_variables"
    AI_MANAGER_TOOL_NAME_SEARCH_KNOWLEDGE = "search_knowledge"
    AI_MANAGER_TOOL_NAME_SEND_EMAIL = "send_email"
    AI_MANAGER_TOOL_NAME_SEND_MESSAGE = "send_message"
    AI_MANAGER_TOOL_NAME_SET_VARIABLES = "set_variables"
    AI_MANAGER_TOOL_NAME_STOP_FLOW = "stop_flow"
    AI_MANAGER_TOOL_NAME_STOP_MEDIA = "stop_media"
    AI_MANAGER_TOOL_NAME_STOP_SERVICE = "stop_service"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AIManagerToolName | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
