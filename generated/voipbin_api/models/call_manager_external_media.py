from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_manager_external_media_direction_listen import (
    CallManagerExternalMediaDirectionListen,
)
from ..models.call_manager_external_media_direction_speak import (
    CallManagerExternalMediaDirectionSpeak,
)
from ..models.call_manager_external_media_encapsulation import (
    CallManagerExternalMediaEncapsulation,
)
from ..models.call_manager_external_media_reference_type import (
    CallManagerExternalMediaReferenceType,
)
from ..models.call_manager_external_media_status import CallManagerExternalMediaStatus
from ..models.call_manager_external_media_transport import (
    CallManagerExternalMediaTransport,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallManagerExternalMedia")


@_attrs_define
class CallManagerExternalMedia:
    """
    Attributes:
        id (UUID | Unset): The unique identifier of the external media resource. Example: a1b2c3d4-e5f6-7890-abcd-
            ef0123456789.
        asterisk_id (str | Unset): The Asterisk instance handling this external media. Example: asterisk-01.
        channel_id (str | Unset): The external media channel ID in Asterisk. Example: 1643723400.42.
        bridge_id (str | Unset): The bridge ID connecting the snoop channel and external media channel. Example: bridge-
            ext-media-001.
        reference_type (CallManagerExternalMediaReferenceType | Unset): The type of resource this external media is
            associated with. Example: call.
        reference_id (UUID | Unset): The unique identifier of the referenced resource. The actual resource type is
            determined by reference_type. Returned from the corresponding resource endpoint (e.g., `GET /calls` or `GET
            /conferences`). Example: b2c3d4e5-f6a7-8901-bcde-f01234567890.
        status (CallManagerExternalMediaStatus | Unset): The current status of the external media. Example: running.
        local_ip (str | Unset): The local IP address assigned for external media streaming. Example: 10.0.1.5.
        local_port (int | Unset): The local port assigned for external media streaming. Example: 20000.
        external_host (str | Unset): The external host address for media streaming. Example: media.example.com:10000.
        encapsulation (CallManagerExternalMediaEncapsulation | Unset): Payload encapsulation protocol. Example: rtp.
        transport (CallManagerExternalMediaTransport | Unset): Transport protocol for media streaming. Example: udp.
        transport_data (str | Unset): Transport-specific data. For websocket transport, this is appended to the
            dialstring.
        media_uri (str | Unset): WebSocket media URI for connecting to Asterisk. Present only when transport is
            websocket. Example: ws://10.0.1.5:8088/media/abc123.
        connection_type (str | Unset): Connection type for media streaming. Example: client.
        format_ (str | Unset): Audio format for the media stream. Example: ulaw.
        direction_listen (CallManagerExternalMediaDirectionListen | Unset): The listen direction of the external media
            channel. Example: both.
        direction_speak (CallManagerExternalMediaDirectionSpeak | Unset): The speak direction of the external media
            channel. Example: both.
    """

    id: UUID | Unset = UNSET
    asterisk_id: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    bridge_id: str | Unset = UNSET
    reference_type: CallManagerExternalMediaReferenceType | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    status: CallManagerExternalMediaStatus | Unset = UNSET
    local_ip: str | Unset = UNSET
    local_port: int | Unset = UNSET
    external_host: str | Unset = UNSET
    encapsulation: CallManagerExternalMediaEncapsulation | Unset = UNSET
    transport: CallManagerExternalMediaTransport | Unset = UNSET
    transport_data: str | Unset = UNSET
    media_uri: str | Unset = UNSET
    connection_type: str | Unset = UNSET
    format_: str | Unset = UNSET
    direction_listen: CallManagerExternalMediaDirectionListen | Unset = UNSET
    direction_speak: CallManagerExternalMediaDirectionSpeak | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        asterisk_id = self.asterisk_id

        channel_id = self.channel_id

        bridge_id = self.bridge_id

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        local_ip = self.local_ip

        local_port = self.local_port

        external_host = self.external_host

        encapsulation: str | Unset = UNSET
        if not isinstance(self.encapsulation, Unset):
            encapsulation = self.encapsulation.value

        transport: str | Unset = UNSET
        if not isinstance(self.transport, Unset):
            transport = self.transport.value

        transport_data = self.transport_data

        media_uri = self.media_uri

        connection_type = self.connection_type

        format_ = self.format_

        direction_listen: str | Unset = UNSET
        if not isinstance(self.direction_listen, Unset):
            direction_listen = self.direction_listen.value

        direction_speak: str | Unset = UNSET
        if not isinstance(self.direction_speak, Unset):
            direction_speak = self.direction_speak.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if asterisk_id is not UNSET:
            field_dict["asterisk_id"] = asterisk_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if bridge_id is not UNSET:
            field_dict["bridge_id"] = bridge_id
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if status is not UNSET:
            field_dict["status"] = status
        if local_ip is not UNSET:
            field_dict["local_ip"] = local_ip
        if local_port is not UNSET:
            field_dict["local_port"] = local_port
        if external_host is not UNSET:
            field_dict["external_host"] = external_host
        if encapsulation is not UNSET:
            field_dict["encapsulation"] = encapsulation
        if transport is not UNSET:
            field_dict["transport"] = transport
        if transport_data is not UNSET:
            field_dict["transport_data"] = transport_data
        if media_uri is not UNSET:
            field_dict["media_uri"] = media_uri
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if format_ is not UNSET:
            field_dict["format"] = format_
        if direction_listen is not UNSET:
            field_dict["direction_listen"] = direction_listen
        if direction_speak is not UNSET:
            field_dict["direction_speak"] = direction_speak

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        asterisk_id = d.pop("asterisk_id", UNSET)

        channel_id = d.pop("channel_id", UNSET)

        bridge_id = d.pop("bridge_id", UNSET)

        _reference_type = d.pop("reference_type", UNSET)
        reference_type: CallManagerExternalMediaReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = CallManagerExternalMediaReferenceType(_reference_type)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        _status = d.pop("status", UNSET)
        status: CallManagerExternalMediaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CallManagerExternalMediaStatus(_status)

        local_ip = d.pop("local_ip", UNSET)

        local_port = d.pop("local_port", UNSET)

        external_host = d.pop("external_host", UNSET)

        _encapsulation = d.pop("encapsulation", UNSET)
        encapsulation: CallManagerExternalMediaEncapsulation | Unset
        if isinstance(_encapsulation, Unset):
            encapsulation = UNSET
        else:
            encapsulation = CallManagerExternalMediaEncapsulation(_encapsulation)

        _transport = d.pop("transport", UNSET)
        transport: CallManagerExternalMediaTransport | Unset
        if isinstance(_transport, Unset):
            transport = UNSET
        else:
            transport = CallManagerExternalMediaTransport(_transport)

        transport_data = d.pop("transport_data", UNSET)

        media_uri = d.pop("media_uri", UNSET)

        connection_type = d.pop("connection_type", UNSET)

        format_ = d.pop("format", UNSET)

        _direction_listen = d.pop("direction_listen", UNSET)
        direction_listen: CallManagerExternalMediaDirectionListen | Unset
        if isinstance(_direction_listen, Unset):
            direction_listen = UNSET
        else:
            direction_listen = CallManagerExternalMediaDirectionListen(
                _direction_listen
            )

        _direction_speak = d.pop("direction_speak", UNSET)
        direction_speak: CallManagerExternalMediaDirectionSpeak | Unset
        if isinstance(_direction_speak, Unset):
            direction_speak = UNSET
        else:
            direction_speak = CallManagerExternalMediaDirectionSpeak(_direction_speak)

        call_manager_external_media = cls(
            id=id,
            asterisk_id=asterisk_id,
            channel_id=channel_id,
            bridge_id=bridge_id,
            reference_type=reference_type,
            reference_id=reference_id,
            status=status,
            local_ip=local_ip,
            local_port=local_port,
            external_host=external_host,
            encapsulation=encapsulation,
            transport=transport,
            transport_data=transport_data,
            media_uri=media_uri,
            connection_type=connection_type,
            format_=format_,
            direction_listen=direction_listen,
            direction_speak=direction_speak,
        )

        call_manager_external_media.additional_properties = d
        return call_manager_external_media

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
