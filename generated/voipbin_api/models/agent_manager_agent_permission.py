from enum import IntEnum


class AgentManagerAgentPermission(IntEnum):
    AGENT_MANAGER_PERMISSION_NONE = 0
    AGENT_MANAGER_PERMISSION_ALL = 65535
    AGENT_MANAGER_PERMISSION_PROJECT_SUPER_ADMIN = 1
    AGENT_MANAGER_PERMISSION_PROJECT_ALL = 15
    AGENT_MANAGER_PERMISSION_CUSTOMER_AGENT = 16
    AGENT_MANAGER_PERMISSION_CUSTOMER_ADMIN = 32
    AGENT_MANAGER_PERMISSION_CUSTOMER_MANAGER = 64
    AGENT_MANAGER_PERMISSION_CUSTOMER_ALL = 240

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AgentManagerAgentPermission | None":
        """Open enum: a value the spec does not list parses as a member equal to the
        plain int instead of raising ValueError."""
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
