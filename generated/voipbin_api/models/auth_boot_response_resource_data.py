from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class AuthBootResponseResourceData(Model):
    """Attributes:
    public_display_config (WidgetThemeConfig | None): Cosmetic, customer-editable widget appearance settings.
        All fields are optional; omitted fields fall back to the platform default (blue bubble, no logo, bottom-
        right, light mode). An explicit color field always wins over the theme_mode-resolved default.
    """

    __slots__ = ("public_display_config",)
    _fields = (("public_display_config", "public_display_config"),)
    _wire_names = frozenset(
        {
            "public_display_config",
        }
    )

    public_display_config: WidgetThemeConfig | None

    def __init__(
        self,
        *,
        public_display_config: WidgetThemeConfig | None = None,
    ) -> None:
        self._data = {}
        self.public_display_config = public_display_config

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AuthBootResponseResourceData")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("public_display_config")
        if v is not None:
            try:
                v = WidgetThemeConfig.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "AuthBootResponseResourceData", "public_display_config"
                ) from None
        self.public_display_config = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.widget_theme_config import WidgetThemeConfig
