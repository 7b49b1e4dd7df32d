from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Address,
    FieldError,
    Model,
    as_object,
    new_model,
    open_enum,
)


class TalkMedia(Model):
    """Attributes:
    address (Address): Contains source or destination detail info.
    agent_id (str): The unique identifier of the agent. Valid only if the type is `agent`. Returned from the
        `GET /agents` response.
    file_id (str): The unique identifier of the file. Valid only if the type is `file`. Returned from the `GET
        /storage_files` response.
    type (TalkMediaType | None): Type of the media content.
    link_url (str | None): The URL of the linked resource. Valid only if the type is `link`.
    """

    __slots__ = ("address", "agent_id", "file_id", "link_url", "type")
    _fields = (
        ("address", "address"),
        ("agent_id", "agent_id"),
        ("file_id", "file_id"),
        ("type", "type"),
        ("link_url", "link_url"),
    )
    _wire_names = frozenset(
        {
            "address",
            "agent_id",
            "file_id",
            "type",
            "link_url",
        }
    )

    address: Address
    agent_id: str
    file_id: str
    type: TalkMediaType | None
    link_url: str | None

    def __init__(
        self,
        *,
        address: Address | None = None,
        agent_id: str | None = None,
        file_id: str | None = None,
        type: TalkMediaType | None = None,
        link_url: str | None = None,
    ) -> None:
        self._data = {}
        self.address = address  # type: ignore[assignment]
        self.agent_id = agent_id  # type: ignore[assignment]
        self.file_id = file_id  # type: ignore[assignment]
        self.type = type
        self.link_url = link_url

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = src_dict if type(src_dict) is dict else as_object(src_dict, "TalkMedia")
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("address")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("TalkMedia", "address") from None
        self.address = v
        v = get("agent_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMedia", "agent_id", "str", v)
        self.agent_id = v
        v = get("file_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMedia", "file_id", "str", v)
        self.file_id = v
        v = get("type")
        if v is not None:
            m = TalkMediaType._value2member_map_.get(v) if type(v) is str else None
            v = open_enum(TalkMediaType, v, "TalkMedia", "type") if m is None else m
        self.type = v
        v = get("link_url")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("TalkMedia", "link_url", "str", v)
        self.link_url = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.talk_media_type import TalkMediaType
