from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
)


class FlowManagerActionOptionEmailSend(Model):
    """Attributes:
    destinations (list[CommonAddress] | None): List of email destination addresses. Must contain at least one.
    subject (str | None): Subject line of the email.
    content (str | None): Body content of the email.
    attachments (list[EmailManagerEmailAttachment] | None): List of attachments to include.
    """

    __slots__ = ("attachments", "content", "destinations", "subject")
    _fields = (
        ("destinations", "destinations"),
        ("subject", "subject"),
        ("content", "content"),
        ("attachments", "attachments"),
    )
    _wire_names = frozenset(
        {
            "destinations",
            "subject",
            "content",
            "attachments",
        }
    )

    destinations: list[CommonAddress] | None
    subject: str | None
    content: str | None
    attachments: list[EmailManagerEmailAttachment] | None

    def __init__(
        self,
        *,
        destinations: list[CommonAddress] | None = None,
        subject: str | None = None,
        content: str | None = None,
        attachments: list[EmailManagerEmailAttachment] | None = None,
    ) -> None:
        self._data = {}
        self.destinations = destinations
        self.subject = subject
        self.content = content
        self.attachments = attachments

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "FlowManagerActionOptionEmailSend")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("destinations")
        if v is not None:
            v = model_list(
                CommonAddress, v, "FlowManagerActionOptionEmailSend", "destinations"
            )
        self.destinations = v
        v = get("subject")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("FlowManagerActionOptionEmailSend", "subject", "str", v)
        self.subject = v
        v = get("content")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("FlowManagerActionOptionEmailSend", "content", "str", v)
        self.content = v
        v = get("attachments")
        if v is not None:
            v = model_list(
                EmailManagerEmailAttachment,
                v,
                "FlowManagerActionOptionEmailSend",
                "attachments",
            )
        self.attachments = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.common_address import CommonAddress
from ..models.email_manager_email_attachment import EmailManagerEmailAttachment
