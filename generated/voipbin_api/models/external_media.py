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


class ExternalMedia(Model):
    """Attributes:
    id (str | None): The unique identifier of the external media resource.
    asterisk_id (str | None): The Asterisk instance handling this external media.
    channel_id (str | None): The external media channel ID in Asterisk.
    bridge_id (str | None): The bridge ID connecting the snoop channel and external media channel.
    reference_type (ExternalMediaReferenceType | None): The type of resource this external media is associated
        with.
    reference_id (str | None): The unique identifier of the referenced resource. The actual resource type is
        determined by reference_type. Returned from the corresponding resource endpoint (e.g., `GET /calls` or `GET
        /conferences`).
    status (ExternalMediaStatus | None): The current status of the external media.
    local_ip (str | None): The local IP address assigned for external media streaming.
    local_port (int | None): The local port assigned for external media streaming.
    external_host (str | None): The external host address for media streaming.
    encapsulation (ExternalMediaEncapsulation | None): Payload encapsulation protocol.
    transport (ExternalMediaTransport | None): Transport protocol for media streaming.
    transport_data (str | None): Transport-specific data. For websocket transport, this is appended to the
        dialstring.
    media_uri (str | None): WebSocket media URI for connecting to Asterisk. Present only when transport is
        websocket.
    connection_type (str | None): Connection type for media streaming.
    format (str | None): Audio format for the media stream.
    direction_listen (ExternalMediaDirectionListen | None): The listen direction of the external media channel.
    direction_speak (ExternalMediaDirectionSpeak | None): The speak direction of the external media channel.
    """

    __slots__ = (
        "asterisk_id",
        "bridge_id",
        "channel_id",
        "connection_type",
        "direction_listen",
        "direction_speak",
        "encapsulation",
        "external_host",
        "format",
        "id",
        "local_ip",
        "local_port",
        "media_uri",
        "reference_id",
        "reference_type",
        "status",
        "transport",
        "transport_data",
    )
    _fields = (
        ("id", "id"),
        ("asterisk_id", "asterisk_id"),
        ("channel_id", "channel_id"),
        ("bridge_id", "bridge_id"),
        ("reference_type", "reference_type"),
        ("reference_id", "reference_id"),
        ("status", "status"),
        ("local_ip", "local_ip"),
        ("local_port", "local_port"),
        ("external_host", "external_host"),
        ("encapsulation", "encapsulation"),
        ("transport", "transport"),
        ("transport_data", "transport_data"),
        ("media_uri", "media_uri"),
        ("connection_type", "connection_type"),
        ("format", "format"),
        ("direction_listen", "direction_listen"),
        ("direction_speak", "direction_speak"),
    )
    _wire_names = frozenset(
        {
            "id",
            "asterisk_id",
            "channel_id",
            "bridge_id",
            "reference_type",
            "reference_id",
            "status",
            "local_ip",
            "local_port",
            "external_host",
            "encapsulation",
            "transport",
            "transport_data",
            "media_uri",
            "connection_type",
            "format",
            "direction_listen",
            "direction_speak",
        }
    )

    id: str | None
    asterisk_id: str | None
    channel_id: str | None
    bridge_id: str | None
    reference_type: ExternalMediaReferenceType | None
    reference_id: str | None
    status: ExternalMediaStatus | None
    local_ip: str | None
    local_port: int | None
    external_host: str | None
    encapsulation: ExternalMediaEncapsulation | None
    transport: ExternalMediaTransport | None
    transport_data: str | None
    media_uri: str | None
    connection_type: str | None
    format: str | None
    direction_listen: ExternalMediaDirectionListen | None
    direction_speak: ExternalMediaDirectionSpeak | None

    def __init__(
        self,
        *,
        id: str | None = None,
        asterisk_id: str | None = None,
        channel_id: str | None = None,
        bridge_id: str | None = None,
        reference_type: ExternalMediaReferenceType | None = None,
        reference_id: str | None = None,
        status: ExternalMediaStatus | None = None,
        local_ip: str | None = None,
        local_port: int | None = None,
        external_host: str | None = None,
        encapsulation: ExternalMediaEncapsulation | None = None,
        transport: ExternalMediaTransport | None = None,
        transport_data: str | None = None,
        media_uri: str | None = None,
        connection_type: str | None = None,
        format: str | None = None,
        direction_listen: ExternalMediaDirectionListen | None = None,
        direction_speak: ExternalMediaDirectionSpeak | None = None,
    ) -> None:
        self._data = {}
        self.id = id
        self.asterisk_id = asterisk_id
        self.channel_id = channel_id
        self.bridge_id = bridge_id
        self.reference_type = reference_type
        self.reference_id = reference_id
        self.status = status
        self.local_ip = local_ip
        self.local_port = local_port
        self.external_host = external_host
        self.encapsulation = encapsulation
        self.transport = transport
        self.transport_data = transport_data
        self.media_uri = media_uri
        self.connection_type = connection_type
        self.format = format
        self.direction_listen = direction_listen
        self.direction_speak = direction_speak

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "ExternalMedia")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "id", "str", v)
        self.id = v
        v = get("asterisk_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "asterisk_id", "str", v)
        self.asterisk_id = v
        v = get("channel_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "channel_id", "str", v)
        self.channel_id = v
        v = get("bridge_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "bridge_id", "str", v)
        self.bridge_id = v
        v = get("reference_type")
        if v is not None:
            m = (
                ExternalMediaReferenceType._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ExternalMediaReferenceType, v, "ExternalMedia", "reference_type"
                )
                if m is None
                else m
            )
        self.reference_type = v
        v = get("reference_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "reference_id", "str", v)
        self.reference_id = v
        v = get("status")
        if v is not None:
            m = (
                ExternalMediaStatus._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(ExternalMediaStatus, v, "ExternalMedia", "status")
                if m is None
                else m
            )
        self.status = v
        v = get("local_ip")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "local_ip", "str", v)
        self.local_ip = v
        v = get("local_port")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("ExternalMedia", "local_port", "int", v)
        self.local_port = v
        v = get("external_host")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "external_host", "str", v)
        self.external_host = v
        v = get("encapsulation")
        if v is not None:
            m = (
                ExternalMediaEncapsulation._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ExternalMediaEncapsulation, v, "ExternalMedia", "encapsulation"
                )
                if m is None
                else m
            )
        self.encapsulation = v
        v = get("transport")
        if v is not None:
            m = (
                ExternalMediaTransport._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(ExternalMediaTransport, v, "ExternalMedia", "transport")
                if m is None
                else m
            )
        self.transport = v
        v = get("transport_data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "transport_data", "str", v)
        self.transport_data = v
        v = get("media_uri")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "media_uri", "str", v)
        self.media_uri = v
        v = get("connection_type")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "connection_type", "str", v)
        self.connection_type = v
        v = get("format")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ExternalMedia", "format", "str", v)
        self.format = v
        v = get("direction_listen")
        if v is not None:
            m = (
                ExternalMediaDirectionListen._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ExternalMediaDirectionListen, v, "ExternalMedia", "direction_listen"
                )
                if m is None
                else m
            )
        self.direction_listen = v
        v = get("direction_speak")
        if v is not None:
            m = (
                ExternalMediaDirectionSpeak._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    ExternalMediaDirectionSpeak, v, "ExternalMedia", "direction_speak"
                )
                if m is None
                else m
            )
        self.direction_speak = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.external_media_direction_listen import ExternalMediaDirectionListen
from ..models.external_media_direction_speak import ExternalMediaDirectionSpeak
from ..models.external_media_encapsulation import ExternalMediaEncapsulation
from ..models.external_media_reference_type import ExternalMediaReferenceType
from ..models.external_media_status import ExternalMediaStatus
from ..models.external_media_transport import ExternalMediaTransport
