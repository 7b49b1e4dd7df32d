from enum import StrEnum


class EmailManagerEmailStatus(StrEnum):
    EMAIL_MANAGER_EMAIL_STATUS_BOUNCE = "bounce"
    EMAIL_MANAGER_EMAIL_STATUS_CLICK = "click"
    EMAIL_MANAGER_EMAIL_STATUS_DEFERRED = "deferred"
    EMAIL_MANAGER_EMAIL_STATUS_DELIVERED = "delivered"
    EMAIL_MANAGER_EMAIL_STATUS_DROPPED = "dropped"
    EMAIL_MANAGER_EMAIL_STATUS_INITIATED = "initiated"
    EMAIL_MANAGER_EMAIL_STATUS_NONE = ""
    EMAIL_MANAGER_EMAIL_STATUS_OPEN = "open"
    EMAIL_MANAGER_EMAIL_STATUS_PROCESSED = "processed"
    EMAIL_MANAGER_EMAIL_STATUS_SPAMREPORT = "spamreport"
    EMAIL_MANAGER_EMAIL_STATUS_UNSUBSCRIBE = "unsubscribe"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EmailManagerEmailStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
