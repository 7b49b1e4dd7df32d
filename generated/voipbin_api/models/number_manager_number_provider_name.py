from enum import StrEnum


class NumberManagerNumberProviderName(StrEnum):
    NUMBER_MANAGER_PROVIDER_NAME_MESSAGEBIRD = "messagebird"
    NUMBER_MANAGER_PROVIDER_NAME_NONE = ""
    NUMBER_MANAGER_PROVIDER_NAME_TELNYX = "telnyx"
    NUMBER_MANAGER_PROVIDER_NAME_TWILIO = "twilio"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "NumberManagerNumberProviderName | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
