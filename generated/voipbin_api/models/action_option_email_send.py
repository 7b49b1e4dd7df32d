from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Address,
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
)


class ActionOptionEmailSend(Model):
    """Attributes:
    destinations (list[Address] | None): List of email destination addresses. Must contain at least one.
    subject (str | None): Subject line of the email.
    content (str | None): Body content of the email.
    attachments (list[EmailAttachment] | None): List of attachments to include.
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

    destinations: list[Address] | None
    subject: str | None
    content: str | None
    attachments: list[EmailAttachment] | None

    def __init__(
        self,
        *,
        destinations: list[Address] | None = None,
        subject: str | None = None,
        content: str | None = None,
        attachments: list[EmailAttachment] | None = None,
    ) -> None:
        self._data = {}
        self.destinations = destinations
        self.subject = subject
        self.content = content
        self.attachments = attachments

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionEmailSend")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("destinations")
        if v is not None:
            v = model_list(Address, v, "ActionOptionEmailSend", "destinations")
        self.destinations = v
        v = get("subject")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionEmailSend", "subject", "str", v)
        self.subject = v
        v = get("content")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionEmailSend", "content", "str", v)
        self.content = v
        v = get("attachments")
        if v is not None:
            v = model_list(EmailAttachment, v, "ActionOptionEmailSend", "attachments")
        self.attachments = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.email_attachment import EmailAttachment
