from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.common_address import CommonAddress


T = TypeVar("T", bound="PostMessagesBody")


@_attrs_define
class PostMessagesBody:
    """
    Attributes:
        source (CommonAddress): Contains source or destination detail info.
        destinations (list[CommonAddress]): List of destinations for the message.
        text (str): The content of the message.
    """

    source: CommonAddress
    destinations: list[CommonAddress]
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destinations": destinations,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.common_address import CommonAddress

        d = dict(src_dict)
        source = CommonAddress.from_dict(d.pop("source"))

        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in _destinations:
            destinations_item = CommonAddress.from_dict(destinations_item_data)

            destinations.append(destinations_item)

        text = d.pop("text")

        post_messages_body = cls(
            source=source,
            destinations=destinations,
            text=text,
        )

        post_messages_body.additional_properties = d
        return post_messages_body

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
