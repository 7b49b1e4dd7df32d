from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    enum_list,
    new_model,
)


class AvailableNumber(Model):
    """Attributes:
    number (str): The available phone number in E.164 format.
    country (str): The country where the number is available.
    region (str): The region within the country.
    postal_code (str): The postal code associated with the number.
    features (list[AvailableNumberFeature] | None): The list of features supported by the number.
    """

    __slots__ = ("country", "features", "number", "postal_code", "region")
    _fields = (
        ("number", "number"),
        ("country", "country"),
        ("region", "region"),
        ("postal_code", "postal_code"),
        ("features", "features"),
    )
    _wire_names = frozenset(
        {
            "number",
            "country",
            "region",
            "postal_code",
            "features",
        }
    )

    number: str
    country: str
    region: str
    postal_code: str
    features: list[AvailableNumberFeature] | None

    def __init__(
        self,
        *,
        number: str | None = None,
        country: str | None = None,
        region: str | None = None,
        postal_code: str | None = None,
        features: list[AvailableNumberFeature] | None = None,
    ) -> None:
        self._data = {}
        self.number = number  # type: ignore[assignment]
        self.country = country  # type: ignore[assignment]
        self.region = region  # type: ignore[assignment]
        self.postal_code = postal_code  # type: ignore[assignment]
        self.features = features

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "AvailableNumber")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("number")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AvailableNumber", "number", "str", v)
        self.number = v
        v = get("country")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AvailableNumber", "country", "str", v)
        self.country = v
        v = get("region")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AvailableNumber", "region", "str", v)
        self.region = v
        v = get("postal_code")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("AvailableNumber", "postal_code", "str", v)
        self.postal_code = v
        v = get("features")
        if v is not None:
            v = enum_list(AvailableNumberFeature, v, "AvailableNumber", "features")
        self.features = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.available_number_feature import AvailableNumberFeature
