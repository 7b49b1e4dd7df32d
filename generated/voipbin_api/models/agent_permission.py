from enum import IntEnum


class AgentPermission(IntEnum):
    """Permission type

    Open: a value not listed parses as a member equal to the plain int."""

    V_0 = 0
    V_65535 = 65535
    V_1 = 1
    V_15 = 15
    V_16 = 16
    V_32 = 32
    V_64 = 64
    V_240 = 240

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AgentPermission | None":
        """Open enum: a value the spec does not list parses as a member equal to the
        plain int instead of raising ValueError."""
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
