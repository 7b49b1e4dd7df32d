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


class PutOutplansIdDialInfoBody(Model):
    """Attributes:
    source (Address): Contains source or destination detail info.
    dial_timeout (int): The new dial timeout in seconds.
    try_interval (int): The new interval between retry attempts.
    max_try_count_0 (int): The new maximum retry count for destination 0.
    max_try_count_1 (int): The new maximum retry count for destination 1.
    max_try_count_2 (int): The new maximum retry count for destination 2.
    max_try_count_3 (int): The new maximum retry count for destination 3.
    max_try_count_4 (int): The new maximum retry count for destination 4.
    """

    __slots__ = (
        "dial_timeout",
        "max_try_count_0",
        "max_try_count_1",
        "max_try_count_2",
        "max_try_count_3",
        "max_try_count_4",
        "source",
        "try_interval",
    )
    _fields = (
        ("source", "source"),
        ("dial_timeout", "dial_timeout"),
        ("try_interval", "try_interval"),
        ("max_try_count_0", "max_try_count_0"),
        ("max_try_count_1", "max_try_count_1"),
        ("max_try_count_2", "max_try_count_2"),
        ("max_try_count_3", "max_try_count_3"),
        ("max_try_count_4", "max_try_count_4"),
    )
    _wire_names = frozenset(
        {
            "source",
            "dial_timeout",
            "try_interval",
            "max_try_count_0",
            "max_try_count_1",
            "max_try_count_2",
            "max_try_count_3",
            "max_try_count_4",
        }
    )

    source: Address
    dial_timeout: int
    try_interval: int
    max_try_count_0: int
    max_try_count_1: int
    max_try_count_2: int
    max_try_count_3: int
    max_try_count_4: int

    def __init__(
        self,
        *,
        source: Address | None = None,
        dial_timeout: int | None = None,
        try_interval: int | None = None,
        max_try_count_0: int | None = None,
        max_try_count_1: int | None = None,
        max_try_count_2: int | None = None,
        max_try_count_3: int | None = None,
        max_try_count_4: int | None = None,
    ) -> None:
        self._data = {}
        self.source = source  # type: ignore[assignment]
        self.dial_timeout = dial_timeout  # type: ignore[assignment]
        self.try_interval = try_interval  # type: ignore[assignment]
        self.max_try_count_0 = max_try_count_0  # type: ignore[assignment]
        self.max_try_count_1 = max_try_count_1  # type: ignore[assignment]
        self.max_try_count_2 = max_try_count_2  # type: ignore[assignment]
        self.max_try_count_3 = max_try_count_3  # type: ignore[assignment]
        self.max_try_count_4 = max_try_count_4  # type: ignore[assignment]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PutOutplansIdDialInfoBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("source")
        if v is not None:
            try:
                v = Address.from_dict(v)
            except FieldError as error:
                raise error.within("PutOutplansIdDialInfoBody", "source") from None
        self.source = v
        v = get("dial_timeout")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PutOutplansIdDialInfoBody", "dial_timeout", "int", v)
        self.dial_timeout = v
        v = get("try_interval")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PutOutplansIdDialInfoBody", "try_interval", "int", v)
        self.try_interval = v
        v = get("max_try_count_0")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PutOutplansIdDialInfoBody", "max_try_count_0", "int", v)
        self.max_try_count_0 = v
        v = get("max_try_count_1")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PutOutplansIdDialInfoBody", "max_try_count_1", "int", v)
        self.max_try_count_1 = v
        v = get("max_try_count_2")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PutOutplansIdDialInfoBody", "max_try_count_2", "int", v)
        self.max_try_count_2 = v
        v = get("max_try_count_3")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PutOutplansIdDialInfoBody", "max_try_count_3", "int", v)
        self.max_try_count_3 = v
        v = get("max_try_count_4")
        if (
            type(v) is not int
            and v is not None
            and (isinstance(v, bool) or not isinstance(v, int))
        ):
            raise FieldError("PutOutplansIdDialInfoBody", "max_try_count_4", "int", v)
        self.max_try_count_4 = v
        return self
