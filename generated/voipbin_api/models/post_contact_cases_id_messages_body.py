from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostContactCasesIdMessagesBody")


@_attrs_define
class PostContactCasesIdMessagesBody:
    """
    Attributes:
        source (str): The business's own number to send from. Must be an active, normal number owned by this case's
            customer. Example: +15551234567.
        destination (str): The customer's number to send to. Must be attributable to this case (the matched Contact's
            address, or the case's peer_target). Example: +15559876543.
        text (str): The text content of the message. Example: Thanks for reaching out -- following up on your request..
    """

    source: str
    destination: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        destination = self.destination

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source")

        destination = d.pop("destination")

        text = d.pop("text")

        post_contact_cases_id_messages_body = cls(
            source=source,
            destination=destination,
            text=text,
        )

        post_contact_cases_id_messages_body.additional_properties = d
        return post_contact_cases_id_messages_body

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
