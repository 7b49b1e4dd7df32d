from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class EmailAttachment(Model):
    """Attributes:
    reference_type (EmailAttachmentReferenceType): Type of the action.
    reference_id (str): The unique identifier of the referenced resource (e.g., recording ID). Returned from the
        corresponding resource endpoint.
    """

    __slots__ = ("reference_id", "reference_type")
    _fields = (
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
    )
    _wire_names = frozenset(
        {
            "reference_type",
            "reference_id",
        }
    )

    reference_type: EmailAttachmentReferenceType
    reference_id: str

    def __init__(
        self,
        *,
        reference_type: EmailAttachmentReferenceType | None = None,
        reference_id: str | None = None,
    ) -> None:
        self._data = {}
        self.reference_type = reference_type  # type: ignore[assignment]
        self.reference_id = reference_id  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "EmailAttachment")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("reference_type")
        if v is not None:
            m = (
                EmailAttachmentReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    EmailAttachmentReferenceType, v, "EmailAttachment", "reference_type"
                )
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("EmailAttachment", "reference_id", "str", v)
        self.reference_id = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.email_attachment_reference_type import EmailAttachmentReferenceType
