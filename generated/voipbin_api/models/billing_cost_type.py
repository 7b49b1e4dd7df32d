from enum import StrEnum


class BillingCostType(StrEnum):
    """The classification of the billing cost.

    Open: a value not listed parses as a member equal to the plain string."""

    CALL_DIRECT_EXT = "call_direct_ext"
    CALL_EXTENSION = "call_extension"
    CALL_PSTN_INCOMING = "call_pstn_incoming"
    CALL_PSTN_OUTGOING = "call_pstn_outgoing"
    CALL_VN = "call_vn"
    EMAIL = "email"
    EMPTY = ""
    NUMBER = "number"
    NUMBER_RENEW = "number_renew"
    RECORDING = "recording"
    SMS = "sms"
    TTS = "tts"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingCostType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
