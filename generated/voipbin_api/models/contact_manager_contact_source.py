from enum import StrEnum


class ContactManagerContactSource(StrEnum):
    CONTACT_MANAGER_CONTACT_SOURCE_API = "api"
    CONTACT_MANAGER_CONTACT_SOURCE_IMPORT = "import"
    CONTACT_MANAGER_CONTACT_SOURCE_MANUAL = "manual"
    CONTACT_MANAGER_CONTACT_SOURCE_SYNC = "sync"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ContactManagerContactSource | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
