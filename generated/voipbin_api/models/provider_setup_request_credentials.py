from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class ProviderSetupRequestCredentials(Model):
    """Attributes:
    api_key (str): The carrier API key used to validate access and create the SIP trunk.
    """

    __slots__ = ("api_key",)
    _fields = (("api_key", "api_key"),)
    _wire_names = frozenset(
        {
            "api_key",
        }
    )

    api_key: str

    def __init__(
        self,
        *,
        api_key: str | None = None,
    ) -> None:
        self._data = {}
        self.api_key = api_key  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "ProviderSetupRequestCredentials")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("api_key")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("ProviderSetupRequestCredentials", "api_key", "str", v)
        self.api_key = v
        return self
