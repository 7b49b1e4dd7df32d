from enum import StrEnum


class NumberManagerAvailableNumberFeature(StrEnum):
    NUMBER_MANAGER_AVAILABLE_NUMBER_FEATURE_EMERGENCY = "emergency"
    NUMBER_MANAGER_AVAILABLE_NUMBER_FEATURE_FAX = "fax"
    NUMBER_MANAGER_AVAILABLE_NUMBER_FEATURE_MMS = "mms"
    NUMBER_MANAGER_AVAILABLE_NUMBER_FEATURE_SMS = "sms"
    NUMBER_MANAGER_AVAILABLE_NUMBER_FEATURE_VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NumberManagerAvailableNumberFeature | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
