from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class RequestBodyAuthBootPOST(Model):
    """Request body for POST /auth/boot (resource-scoped JWT generation from a direct hash).

    Attributes:
        direct_hash (str): The direct hash link (e.g., "direct.a1b2c3d4e5f6"). Obtained from resource direct hash
            endpoints such as `POST /ais/{id}/direct_hash_regenerate`.
    """

    __slots__ = ("direct_hash",)
    _fields = (("direct_hash", "direct_hash"),)
    _wire_names = frozenset(
        {
            "direct_hash",
        }
    )

    direct_hash: str

    def __init__(
        self,
        *,
        direct_hash: str | None = None,
    ) -> None:
        self._data = {}
        self.direct_hash = direct_hash  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "RequestBodyAuthBootPOST")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("direct_hash")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthBootPOST", "direct_hash", "str", v)
        self.direct_hash = v
        return self
