from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ActionOptionExternalMediaStart(Model):
    """Attributes:
    external_host (str | None): External media target host address.
    encapsulation (str | None): Encapsulation. Default value is rtp.
    transport (str | None): Transport. Default value is udp.
    connection_type (str | None): Connection type. Default value is client.
    format (str | None): Format. Default value is ulaw.
    direction (str | None): Direction. Default value is both.
    data (str | None): Optional data to pass to the external media endpoint.
    transport_data (str | None): Transport-specific data. For websocket, this is appended to the dialstring.
    """

    __slots__ = (
        "connection_type",
        "data",
        "direction",
        "encapsulation",
        "external_host",
        "format",
        "transport",
        "transport_data",
    )
    _fields = (
        ("external_host", "external_host"),
        ("encapsulation", "encapsulation"),
        ("transport", "transport"),
        ("connection_type", "connection_type"),
        ("format", "format"),
        ("direction", "direction"),
        ("data", "data"),
        ("transport_data", "transport_data"),
    )
    _wire_names = frozenset(
        {
            "external_host",
            "encapsulation",
            "transport",
            "connection_type",
            "format",
            "direction",
            "data",
            "transport_data",
        }
    )

    external_host: str | None
    encapsulation: str | None
    transport: str | None
    connection_type: str | None
    format: str | None
    direction: str | None
    data: str | None
    transport_data: str | None

    def __init__(
        self,
        *,
        external_host: str | None = None,
        encapsulation: str | None = None,
        transport: str | None = None,
        connection_type: str | None = None,
        format: str | None = None,
        direction: str | None = None,
        data: str | None = None,
        transport_data: str | None = None,
    ) -> None:
        self._data = {}
        self.external_host = external_host
        self.encapsulation = encapsulation
        self.transport = transport
        self.connection_type = connection_type
        self.format = format
        self.direction = direction
        self.data = data
        self.transport_data = transport_data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ActionOptionExternalMediaStart")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("external_host")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionExternalMediaStart", "external_host", "str", v
            )
        self.external_host = v
        v = get("encapsulation")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionExternalMediaStart", "encapsulation", "str", v
            )
        self.encapsulation = v
        v = get("transport")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionExternalMediaStart", "transport", "str", v)
        self.transport = v
        v = get("connection_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionExternalMediaStart", "connection_type", "str", v
            )
        self.connection_type = v
        v = get("format")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionExternalMediaStart", "format", "str", v)
        self.format = v
        v = get("direction")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionExternalMediaStart", "direction", "str", v)
        self.direction = v
        v = get("data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ActionOptionExternalMediaStart", "data", "str", v)
        self.data = v
        v = get("transport_data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionExternalMediaStart", "transport_data", "str", v
            )
        self.transport_data = v
        return self
