from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.number_manager_available_number_feature import (
    NumberManagerAvailableNumberFeature,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberManagerAvailableNumber")


@_attrs_define
class NumberManagerAvailableNumber:
    """
    Attributes:
        number (str | Unset): The available phone number in E.164 format. Example: +14155551234.
        country (str | Unset): The country where the number is available. Example: US.
        region (str | Unset): The region within the country. Example: California.
        postal_code (str | Unset): The postal code associated with the number. Example: 94105.
        features (list[NumberManagerAvailableNumberFeature] | None | Unset): The list of features supported by the
            number.
    """

    number: str | Unset = UNSET
    country: str | Unset = UNSET
    region: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    features: list[NumberManagerAvailableNumberFeature] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        country = self.country

        region = self.region

        postal_code = self.postal_code

        features: list[str] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, list):
            features = []
            for features_type_0_item_data in self.features:
                features_type_0_item = features_type_0_item_data.value
                features.append(features_type_0_item)

        else:
            features = self.features

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        country = d.pop("country", UNSET)

        region = d.pop("region", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        def _parse_features(
            data: object,
        ) -> list[NumberManagerAvailableNumberFeature] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"features: unexpected {type(data).__name__}")
            features_type_0 = []
            _features_type_0 = data
            for features_type_0_item_data in _features_type_0:
                features_type_0_item = NumberManagerAvailableNumberFeature(
                    features_type_0_item_data
                )

                features_type_0.append(features_type_0_item)

            return features_type_0

        features = _parse_features(d.pop("features", UNSET))

        number_manager_available_number = cls(
            number=number,
            country=country,
            region=region,
            postal_code=postal_code,
            features=features,
        )

        number_manager_available_number.additional_properties = d
        return number_manager_available_number

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
