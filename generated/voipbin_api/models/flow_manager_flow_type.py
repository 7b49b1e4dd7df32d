from enum import StrEnum


class FlowManagerFlowType(StrEnum):
    FLOW_MANAGER_FLOW_TYPE_CAMPAIGN = "campaign"
    FLOW_MANAGER_FLOW_TYPE_CONFERENCE = "conference"
    FLOW_MANAGER_FLOW_TYPE_FLOW = "flow"
    FLOW_MANAGER_FLOW_TYPE_NONE = ""
    FLOW_MANAGER_FLOW_TYPE_QUEUE = "queue"
    FLOW_MANAGER_FLOW_TYPE_TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FlowManagerFlowType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
