from enum import StrEnum


class FlowManagerReferenceType(StrEnum):
    FLOW_MANAGER_REFERENCE_TYPE_AI = "ai"
    FLOW_MANAGER_REFERENCE_TYPE_API = "api"
    FLOW_MANAGER_REFERENCE_TYPE_CALL = "call"
    FLOW_MANAGER_REFERENCE_TYPE_CAMPAIGN = "campaign"
    FLOW_MANAGER_REFERENCE_TYPE_CONVERSATION = "conversation"
    FLOW_MANAGER_REFERENCE_TYPE_NONE = ""
    FLOW_MANAGER_REFERENCE_TYPE_RECORDING = "recording"
    FLOW_MANAGER_REFERENCE_TYPE_TRANSCRIBE = "transcribe"
    FLOW_MANAGER_REFERENCE_TYPE_WEBCHAT = "webchat"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FlowManagerReferenceType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
