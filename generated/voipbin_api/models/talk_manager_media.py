from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.talk_manager_media_type import TalkManagerMediaType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="TalkManagerMedia")


@_attrs_define
class TalkManagerMedia:
    """
    Attributes:
        type_ (TalkManagerMediaType | Unset): Type of the media content. Example: file.
        address (CommonAddress | Unset): Contains source or destination detail info.
        agent_id (UUID | Unset): The unique identifier of the agent. Valid only if the type is `agent`. Returned from
            the `GET /agents` response. Example: c3d4e5f6-a7b8-9c0d-1e2f-3a4b5c6d7e8f.
        file_id (UUID | Unset): The unique identifier of the file. Valid only if the type is `file`. Returned from the
            `GET /storage_files` response. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
        link_url (str | Unset): The URL of the linked resource. Valid only if the type is `link`. Example:
            https://example.com/document.pdf.
    """

    type_: TalkManagerMediaType | Unset = UNSET
    address: CommonAddress | Unset = UNSET
    agent_id: UUID | Unset = UNSET
    file_id: UUID | Unset = UNSET
    link_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        agent_id: str | Unset = UNSET
        if not isinstance(self.agent_id, Unset):
            agent_id = str(self.agent_id)

        file_id: str | Unset = UNSET
        if not isinstance(self.file_id, Unset):
            file_id = str(self.file_id)

        link_url = self.link_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if address is not UNSET:
            field_dict["address"] = address
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if link_url is not UNSET:
            field_dict["link_url"] = link_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TalkManagerMediaType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TalkManagerMediaType(_type_)

        _address = d.pop("address", UNSET)
        address: CommonAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CommonAddress.from_dict(_address)

        _agent_id = d.pop("agent_id", UNSET)
        agent_id: UUID | Unset
        if isinstance(_agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = UUID(_agent_id)

        _file_id = d.pop("file_id", UNSET)
        file_id: UUID | Unset
        if isinstance(_file_id, Unset):
            file_id = UNSET
        else:
            file_id = UUID(_file_id)

        link_url = d.pop("link_url", UNSET)

        talk_manager_media = cls(
            type_=type_,
            address=address,
            agent_id=agent_id,
            file_id=file_id,
            link_url=link_url,
        )

        talk_manager_media.additional_properties = d
        return talk_manager_media

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
