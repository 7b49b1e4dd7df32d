from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webchat_manager_widget_theme_config import (
        WebchatManagerWidgetThemeConfig,
    )


T = TypeVar("T", bound="AuthBootResponseResourceDataType0")


@_attrs_define
class AuthBootResponseResourceDataType0:
    """Resource-type-scoped envelope for additional, publicly-safe data about the boot-scoped resource. Each entry is a
    self-documenting named key; currently only "public_display_config" is populated (for resource_type "webchat_widget",
    carrying the widget's WebchatManagerWidgetThemeConfig shape). The envelope key itself, and any entry inside it, is
    OMITTED (not present) when there is nothing to report -- never present as an empty object.

        Attributes:
            public_display_config (WebchatManagerWidgetThemeConfig | Unset): Cosmetic, customer-editable widget appearance
                settings. All fields are optional; omitted fields fall back to the platform default (blue bubble, no logo,
                bottom-right, light mode). An explicit color field always wins over the theme_mode-resolved default.
    """

    public_display_config: WebchatManagerWidgetThemeConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_display_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_display_config, Unset):
            public_display_config = self.public_display_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_display_config is not UNSET:
            field_dict["public_display_config"] = public_display_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webchat_manager_widget_theme_config import (
            WebchatManagerWidgetThemeConfig,
        )

        d = dict(src_dict)
        _public_display_config = d.pop("public_display_config", UNSET)
        public_display_config: WebchatManagerWidgetThemeConfig | Unset
        if isinstance(_public_display_config, Unset):
            public_display_config = UNSET
        else:
            public_display_config = WebchatManagerWidgetThemeConfig.from_dict(
                _public_display_config
            )

        auth_boot_response_resource_data_type_0 = cls(
            public_display_config=public_display_config,
        )

        auth_boot_response_resource_data_type_0.additional_properties = d
        return auth_boot_response_resource_data_type_0

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
