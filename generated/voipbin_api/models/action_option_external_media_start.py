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
    data (str | None): Optional data to pass to the external media endpoint.
    transport_data (str | None): Transport-specific data. For websocket, this is appended to the dialstring.
    direction_listen (str | None): Direction. default: ""
    direction_speak (str | None): Direction. default: ""
    """

    __slots__ = (
        "connection_type",
        "data",
        "direction_listen",
        "direction_speak",
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
        ("data", "data"),
        ("transport_data", "transport_data"),
        ("direction_listen", "direction_listen"),
        ("direction_speak", "direction_speak"),
    )
    _wire_names = frozenset(
        {
            "external_host",
            "encapsulation",
            "transport",
            "connection_type",
            "format",
            "data",
            "transport_data",
            "direction_listen",
            "direction_speak",
        }
    )

    external_host: str | None
    encapsulation: str | None
    transport: str | None
    connection_type: str | None
    format: str | None
    data: str | None
    transport_data: str | None
    direction_listen: str | None
    direction_speak: str | None

    def __init__(
        self,
        *,
        external_host: str | None = None,
        encapsulation: str | None = None,
        transport: str | None = None,
        connection_type: str | None = None,
        format: str | None = None,
        data: str | None = None,
        transport_data: str | None = None,
        direction_listen: str | None = None,
        direction_speak: str | None = None,
    ) -> None:
        self._data = {}
        self.external_host = external_host
        self.encapsulation = encapsulation
        self.transport = transport
        self.connection_type = connection_type
        self.format = format
        self.data = data
        self.transport_data = transport_data
        self.direction_listen = direction_listen
        self.direction_speak = direction_speak

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
        v = get("direction_listen")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionExternalMediaStart", "direction_listen", "str", v
            )
        self.direction_listen = v
        v = get("direction_speak")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "ActionOptionExternalMediaStart", "direction_speak", "str", v
            )
        self.direction_speak = v
        return self
