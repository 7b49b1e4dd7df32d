from enum import StrEnum


class CustomerManagerCustomerWebhookMethod(StrEnum):
    CUSTOMER_MANAGER_CUSTOMER_WEBHOOK_METHOD_DELETE = "DELETE"
    CUSTOMER_MANAGER_CUSTOMER_WEBHOOK_METHOD_GET = "GET"
    CUSTOMER_MANAGER_CUSTOMER_WEBHOOK_METHOD_NONE = ""
    CUSTOMER_MANAGER_CUSTOMER_WEBHOOK_METHOD_POST = "POST"
    CUSTOMER_MANAGER_CUSTOMER_WEBHOOK_METHOD_PUT = "PUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomerManagerCustomerWebhookMethod | None":
        """Open enum: the server sends values the spec does not list yet; they parse as
        a member that equals the plain string instead of raising ValueError."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
