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


class PostOutplansBody(Model):
    """Attributes:
    name (str): The name of the outplan.
    source (Address): Contains source or destination detail info.
    dial_timeout (int): The dial timeout in seconds.
    try_interval (int): The interval between retry attempts.
    max_try_count_0 (int): Maximum retry count for destination 0.
    detail (str | None): Additional details about the outplan.
    max_try_count_1 (int | None): Maximum retry count for destination 1.
    max_try_count_2 (int | None): Maximum retry count for destination 2.
    max_try_count_3 (int | None): Maximum retry count for destination 3.
    max_try_count_4 (int | None): Maximum retry count for destination 4.
    """

    __slots__ = (
        "detail",
        "dial_timeout",
        "max_try_count_0",
        "max_try_count_1",
        "max_try_count_2",
        "max_try_count_3",
        "max_try_count_4",
        "name",
        "source",
        "try_interval",
    )
    _fields = (
        ("name", "name"),
        ("source", "source"),
        ("dial_timeout", "dial_timeout"),
        ("try_interval", "try_interval"),
        ("max_try_count_0", "max_try_count_0"),
        ("detail", "detail"),
        ("max_try_count_1", "max_try_count_1"),
        ("max_try_count_2", "max_try_count_2"),
        ("max_try_count_3", "max_try_count_3"),
        ("max_try_count_4", "max_try_count_4"),
    )
    _wire_names = frozenset(
        {
            "name",
            "source",
            "dial_timeout",
            "try_interval",
            "max_try_count_0",
            "detail",
            "max_try_count_1",
            "max_try_count_2",
            "max_try_count_3",
            "max_try_count_4",
        }
    )

    name: str
    source: Address
    dial_timeout: int
    try_interval: int
    max_try_count_0: int
    detail: str | None
    max_try_count_1: int | None
    max_try_count_2: int | None
    max_try_count_3: int | None
    max_try_count_4: int | None

    def __init__(
        self,
        *,
        name: str | None = None,
        source: Address | None = None,
        dial_timeout: int | None = None,
        try_interval: int | None = None,
        max_try_count_0: int | None = None,
        detail: str | None = None,
        max_try_count_1: int | None = None,
        max_try_count_2: int | None = None,
        max_try_count_3: int | None = None,
        max_try_count_4: int | None = None,
    ) -> None:
        self._data = {}
        self.name = name  # type: ignore[assignment]
        self.source = source  # type: ignore[assignment]
        self.dial_timeout = dial_timeout  # type: ignore[assignment]
        self.try_interval = try_interval  # type: ignore[assignment]
        self.max_try_count_0 = max_try_count_0  # type: ignore[assignment]
        self.detail = detail
        self.max_try_count_1 = max_try_count_1
        self.max_try_count_2 = max_try_count_2
        self.max_try_count_3 = max_try_count_3
        self.max_try_count_4 = max_try_count_4

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostOutplansBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostOutplansBody", "name", "str", v)
        self.name = v
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("PostOutplansBody", "source") from None
        self.source = v
        v = get("dial_timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostOutplansBody", "dial_timeout", "int", v)
        self.dial_timeout = v
        v = get("try_interval")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostOutplansBody", "try_interval", "int", v)
        self.try_interval = v
        v = get("max_try_count_0")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostOutplansBody", "max_try_count_0", "int", v)
        self.max_try_count_0 = v
        v = get("detail")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostOutplansBody", "detail", "str", v)
        self.detail = v
        v = get("max_try_count_1")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostOutplansBody", "max_try_count_1", "int", v)
        self.max_try_count_1 = v
        v = get("max_try_count_2")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostOutplansBody", "max_try_count_2", "int", v)
        self.max_try_count_2 = v
        v = get("max_try_count_3")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostOutplansBody", "max_try_count_3", "int", v)
        self.max_try_count_3 = v
        v = get("max_try_count_4")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PostOutplansBody", "max_try_count_4", "int", v)
        self.max_try_count_4 = v
        return self
