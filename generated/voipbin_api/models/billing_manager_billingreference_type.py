from enum import StrEnum


class BillingManagerBillingreferenceType(StrEnum):
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_CALL = "call"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_CALL_EXTENSION = "call_extension"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_CREDIT_ADJUSTMENT = "credit_adjustment"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_CREDIT_FREE_TIER = "credit_free_tier"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_EMAIL = "email"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_MONTHLY_ALLOWANCE = "monthly_allowance"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_NONE = ""
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_NUMBER = "number"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_NUMBER_RENEW = "number_renew"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_PADDLE_CREDIT_PURCHASE = (
        "paddle_credit_purchase"
    )
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_PADDLE_REFUND = "paddle_refund"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_PADDLE_SUBSCRIPTION = "paddle_subscription"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_RECORDING = "recording"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_SMS = "sms"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_SPEAKING = "speaking"
    BILLING_MANAGER_BILLINGREFERENCE_TYPE_TOKEN_ADJUSTMENT = "token_adjustment"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingManagerBillingreferenceType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
