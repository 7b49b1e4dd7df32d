from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    Address,
    FieldError,
    Model,
    as_object,
    new_model,
)


class PostOutdialsIdTargetsBody(Model):
    """Attributes:
    name (str):
    detail (str):
    data (str):
    destination_0 (Address): Contains source or destination detail info.
    destination_1 (Address): Contains source or destination detail info.
    destination_2 (Address): Contains source or destination detail info.
    destination_3 (Address): Contains source or destination detail info.
    destination_4 (Address): Contains source or destination detail info.
    """

    __slots__ = (
        "data",
        "destination_0",
        "destination_1",
        "destination_2",
        "destination_3",
        "destination_4",
        "detail",
        "name",
    )
    _fields = (
        ("name", "name"),
        ("detail", "detail"),
        ("data", "data"),
        ("destination_0", "destination_0"),
        ("destination_1", "destination_1"),
        ("destination_2", "destination_2"),
        ("destination_3", "destination_3"),
        ("destination_4", "destination_4"),
    )
    _wire_names = frozenset(
        {
            "name",
            "detail",
            "data",
            "destination_0",
            "destination_1",
            "destination_2",
            "destination_3",
            "destination_4",
        }
    )

    name: str
    detail: str
    data: str
    destination_0: Address
    destination_1: Address
    destination_2: Address
    destination_3: Address
    destination_4: Address

    def __init__(
        self,
        *,
        name: str | None = None,
        detail: str | None = None,
        data: str | None = None,
        destination_0: Address | None = None,
        destination_1: Address | None = None,
        destination_2: Address | None = None,
        destination_3: Address | None = None,
        destination_4: Address | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.detail = detail  # type: ignore[assignment]
        self.data = data  # type: ignore[assignment]
        self.destination_0 = destination_0  # type: ignore[assignment]
        self.destination_1 = destination_1  # type: ignore[assignment]
        self.destination_2 = destination_2  # type: ignore[assignment]
        self.destination_3 = destination_3  # type: ignore[assignment]
        self.destination_4 = destination_4  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostOutdialsIdTargetsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostOutdialsIdTargetsBody", "name", "str", v)
        self.name = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostOutdialsIdTargetsBody", "detail", "str", v)
        self.detail = v
        v = get("data")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostOutdialsIdTargetsBody", "data", "str", v)
        self.data = v
        v = get("destination_0")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "PostOutdialsIdTargetsBody", "destination_0"
                ) from None
        self.destination_0 = v
        v = get("destination_1")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "PostOutdialsIdTargetsBody", "destination_1"
                ) from None
        self.destination_1 = v
        v = get("destination_2")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "PostOutdialsIdTargetsBody", "destination_2"
                ) from None
        self.destination_2 = v
        v = get("destination_3")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "PostOutdialsIdTargetsBody", "destination_3"
                ) from None
        self.destination_3 = v
        v = get("destination_4")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within(
                    "PostOutdialsIdTargetsBody", "destination_4"
                ) from None
        self.destination_4 = v
        return self
