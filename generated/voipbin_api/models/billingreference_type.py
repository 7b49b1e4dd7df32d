from enum import StrEnum


class BillingreferenceType(StrEnum):
    """The type of reference associated with this billing.

    Open: a value not listed parses as a member equal to the plain string."""

    CALL = "call"
    CALL_EXTENSION = "call_extension"
    CREDIT_ADJUSTMENT = "credit_adjustment"
    CREDIT_FREE_TIER = "credit_free_tier"
    EMAIL = "email"
    EMPTY = ""
    MONTHLY_ALLOWANCE = "monthly_allowance"
    NUMBER = "number"
    NUMBER_RENEW = "number_renew"
    PADDLE_CREDIT_PURCHASE = "paddle_credit_purchase"
    PADDLE_REFUND = "paddle_refund"
    PADDLE_SUBSCRIPTION = "paddle_subscription"
    RECORDING = "recording"
    SMS = "sms"
    SPEAKING = "speaking"
    TOKEN_ADJUSTMENT = "token_adjustment"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingreferenceType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
