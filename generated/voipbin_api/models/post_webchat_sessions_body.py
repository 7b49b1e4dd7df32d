from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostWebchatSessionsBody")


@_attrs_define
class PostWebchatSessionsBody:
    """
    Attributes:
        widget_id (UUID): The widget to create the session for. Returned from the `POST /widgets` or `GET /widgets`
            response. Example: 550e8400-e29b-41d4-a716-446655440000.
        page_url (str | Unset): The URL of the page the widget was embedded on when this session was created. Captured
            client-side from window.location.href at session-creation time; not re-captured on subsequent navigation within
            the same session. Example: https://example.com/pricing.
        referrer (str | Unset): document.referrer at session-creation time -- the page the visitor was on immediately
            before arriving at the page that embeds the widget. Distinct from page_url (the page the widget is currently
            embedded on). Captured client-side; not re-captured on subsequent navigation within the same session. Example:
            https://example.com/blog/some-article.
    """

    widget_id: UUID
    page_url: str | Unset = UNSET
    referrer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        widget_id = str(self.widget_id)

        page_url = self.page_url

        referrer = self.referrer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "widget_id": widget_id,
            }
        )
        if page_url is not UNSET:
            field_dict["page_url"] = page_url
        if referrer is not UNSET:
            field_dict["referrer"] = referrer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        widget_id = UUID(d.pop("widget_id"))

        page_url = d.pop("page_url", UNSET)

        referrer = d.pop("referrer", UNSET)

        post_webchat_sessions_body = cls(
            widget_id=widget_id,
            page_url=page_url,
            referrer=referrer,
        )

        post_webchat_sessions_body.additional_properties = d
        return post_webchat_sessions_body

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
