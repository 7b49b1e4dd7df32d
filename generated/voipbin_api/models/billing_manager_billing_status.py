from enum import StrEnum


class BillingManagerBillingStatus(StrEnum):
    BILLING_MANAGER_BILLING_STATUS_END = "end"
    BILLING_MANAGER_BILLING_STATUS_FINISHED = "finished"
    BILLING_MANAGER_BILLING_STATUS_PENDING = "pending"
    BILLING_MANAGER_BILLING_STATUS_PROGRESSING = "progressing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingManagerBillingStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
