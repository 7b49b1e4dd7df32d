from enum import StrEnum


class StorageManagerFileType(StrEnum):
    STORAGE_MANAGER_FILE_TYPE_NONE = ""
    STORAGE_MANAGER_FILE_TYPE_RAG = "rag"
    STORAGE_MANAGER_FILE_TYPE_RECORDING = "recording"
    STORAGE_MANAGER_FILE_TYPE_TALK = "talk"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StorageManagerFileType | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
