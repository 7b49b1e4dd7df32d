from enum import StrEnum


class AgentManagerAgentStatus(StrEnum):
    AGENT_MANAGER_AGENT_STATUS_AVAILABLE = "available"
    AGENT_MANAGER_AGENT_STATUS_AWAY = "away"
    AGENT_MANAGER_AGENT_STATUS_BUSY = "busy"
    AGENT_MANAGER_AGENT_STATUS_NONE = ""
    AGENT_MANAGER_AGENT_STATUS_OFFLINE = "offline"
    AGENT_MANAGER_AGENT_STATUS_RINGING = "ringing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AgentManagerAgentStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
