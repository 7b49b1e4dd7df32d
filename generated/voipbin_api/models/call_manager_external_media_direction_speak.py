from enum import StrEnum


class CallManagerExternalMediaDirectionSpeak(StrEnum):
    CALL_MANAGER_EXTERNAL_MEDIA_DIRECTION_SPEAK_BOTH = "both"
    CALL_MANAGER_EXTERNAL_MEDIA_DIRECTION_SPEAK_IN = "in"
    CALL_MANAGER_EXTERNAL_MEDIA_DIRECTION_SPEAK_NONE = ""
    CALL_MANAGER_EXTERNAL_MEDIA_DIRECTION_SPEAK_OUT = "out"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "CallManagerExternalMediaDirectionSpeak | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
