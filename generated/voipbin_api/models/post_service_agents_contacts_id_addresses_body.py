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


class PostServiceAgentsContactsIdAddressesBody(Model):
    """Attributes:
    type (PostServiceAgentsContactsIdAddressesBodyType): Address type.
    target (str): The address value. E.164 format for tel, email address for email.
    name (str | None): Optional human-readable label for this address.
    detail (str | None): Optional free-form notes about this address.
    is_primary (bool | None): Whether this is the primary address for the given type.
    """

    __slots__ = ("detail", "is_primary", "name", "target", "type")
    _fields = (
        ("type", "type"),
        ("target", "target"),
        ("name", "name"),
        ("detail", "detail"),
        ("is_primary", "is_primary"),
    )
    _wire_names = frozenset(
        {
            "type",
            "target",
            "name",
            "detail",
            "is_primary",
        }
    )

    type: PostServiceAgentsContactsIdAddressesBodyType
    target: str
    name: str | None
    detail: str | None
    is_primary: bool | None

    def __init__(
        self,
        *,
        type: PostServiceAgentsContactsIdAddressesBodyType | None = None,
        target: str | None = None,
        name: str | None = None,
        detail: str | None = None,
        is_primary: bool | None = None,
    ) -> None:
        self._data = {}
        self.type = type  # type: ignore[assignment]
        self.target = target  # type: ignore[assignment]
        self.name = name
        self.detail = detail
        self.is_primary = is_primary

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsContactsIdAddressesBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("type")
        if v is not None:
            m = (
                PostServiceAgentsContactsIdAddressesBodyType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    PostServiceAgentsContactsIdAddressesBodyType,
                    v,
                    "PostServiceAgentsContactsIdAddressesBody",
                    "type",
                )
                if m is None
                else m
            )
        self.type = v
        v = get("target")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostServiceAgentsContactsIdAddressesBody", "target", "str", v
            )
        self.target = v
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostServiceAgentsContactsIdAddressesBody", "name", "str", v
            )
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "PostServiceAgentsContactsIdAddressesBody", "detail", "str", v
            )
        self.detail = v
        v = get("is_primary")
        if type(v) is not bool and v is not None:
            raise FieldError(
                "PostServiceAgentsContactsIdAddressesBody", "is_primary", "bool", v
            )
        self.is_primary = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.post_service_agents_contacts_id_addresses_body_type import (
    PostServiceAgentsContactsIdAddressesBodyType,
)
