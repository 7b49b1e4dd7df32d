from enum import StrEnum


class PostServiceAgentsContactAddressesBodyType(StrEnum):
    """Address type. 'tel' for phone numbers, 'email' for email addresses.

    Open: a value not listed parses as a member equal to the plain string."""

    EMAIL = "email"
    TEL = "tel"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "PostServiceAgentsContactAddressesBodyType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
