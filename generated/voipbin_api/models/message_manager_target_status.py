from enum import StrEnum


class MessageManagerTargetStatus(StrEnum):
    MESSAGE_MANAGER_TARGET_STATUS_DELIVERED = "delivered"
    MESSAGE_MANAGER_TARGET_STATUS_DLR_TIMEOUT = "dlr_timeout"
    MESSAGE_MANAGER_TARGET_STATUS_FAILED = "failed"
    MESSAGE_MANAGER_TARGET_STATUS_GW_TIMEOUT = "gw_timeout"
    MESSAGE_MANAGER_TARGET_STATUS_QUEUED = "queued"
    MESSAGE_MANAGER_TARGET_STATUS_RECEIVED = "received"
    MESSAGE_MANAGER_TARGET_STATUS_SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MessageManagerTargetStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
