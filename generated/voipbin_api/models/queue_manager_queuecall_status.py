from enum import StrEnum


class QueueManagerQueuecallStatus(StrEnum):
    QUEUE_MANAGER_QUEUECALL_STATUS_ABANDONED = "abandoned"
    QUEUE_MANAGER_QUEUECALL_STATUS_CONNECTING = "connecting"
    QUEUE_MANAGER_QUEUECALL_STATUS_DONE = "done"
    QUEUE_MANAGER_QUEUECALL_STATUS_INITIATING = "initiating"
    QUEUE_MANAGER_QUEUECALL_STATUS_KICKING = "kicking"
    QUEUE_MANAGER_QUEUECALL_STATUS_SERVICE = "service"
    QUEUE_MANAGER_QUEUECALL_STATUS_WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "QueueManagerQueuecallStatus | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
