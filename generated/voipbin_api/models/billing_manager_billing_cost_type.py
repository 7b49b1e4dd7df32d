from enum import StrEnum


class BillingManagerBillingCostType(StrEnum):
    BILLING_MANAGER_BILLING_COST_TYPE_CALL_DIRECT_EXT = "call_direct_ext"
    BILLING_MANAGER_BILLING_COST_TYPE_CALL_EXTENSION = "call_extension"
    BILLING_MANAGER_BILLING_COST_TYPE_CALL_PSTN_INCOMING = "call_pstn_incoming"
    BILLING_MANAGER_BILLING_COST_TYPE_CALL_PSTN_OUTGOING = "call_pstn_outgoing"
    BILLING_MANAGER_BILLING_COST_TYPE_CALL_VN = "call_vn"
    BILLING_MANAGER_BILLING_COST_TYPE_EMAIL = "email"
    BILLING_MANAGER_BILLING_COST_TYPE_NONE = ""
    BILLING_MANAGER_BILLING_COST_TYPE_NUMBER = "number"
    BILLING_MANAGER_BILLING_COST_TYPE_NUMBER_RENEW = "number_renew"
    BILLING_MANAGER_BILLING_COST_TYPE_RECORDING = "recording"
    BILLING_MANAGER_BILLING_COST_TYPE_SMS = "sms"
    BILLING_MANAGER_BILLING_COST_TYPE_TTS = "tts"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingManagerBillingCostType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
