from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallManagerOutboundConfigUpdateRequest")


@_attrs_define
class CallManagerOutboundConfigUpdateRequest:
    """
    Attributes:
        name (str | Unset): Human-readable name for this outbound config. Example: production outbound config.
        detail (str | Unset): Free-text description of this outbound config. Example: allows US and UK PSTN calls.
        destination_whitelist (list[str] | None | Unset): ISO 3166 alpha-2 country codes (lowercase). Send null or omit
            to leave unchanged. Send [] to deny all PSTN calls. Example: ['us', 'gb', 'kr'].
        codecs (None | str | Unset): Comma-separated codec preference list. Send null or omit to leave unchanged. Send
            empty string to use server default. Example: PCMU,PCMA.
        default_outgoing_source_number_id (UUID | Unset): UUID of the customer's default outgoing source number to set.
            Send `00000000-0000-0000-0000-000000000000` to clear the default.
            Omit this field (or send `null`) to leave the current value unchanged.
            The number must belong to the customer, be of type `normal`, and be active.
             Example: 00000000-0000-0000-0000-000000000001.
    """

    name: str | Unset = UNSET
    detail: str | Unset = UNSET
    destination_whitelist: list[str] | None | Unset = UNSET
    codecs: None | str | Unset = UNSET
    default_outgoing_source_number_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        detail = self.detail

        destination_whitelist: list[str] | None | Unset
        if isinstance(self.destination_whitelist, Unset):
            destination_whitelist = UNSET
        elif isinstance(self.destination_whitelist, list):
            destination_whitelist = self.destination_whitelist

        else:
            destination_whitelist = self.destination_whitelist

        codecs: None | str | Unset
        if isinstance(self.codecs, Unset):
            codecs = UNSET
        else:
            codecs = self.codecs

        default_outgoing_source_number_id: str | Unset = UNSET
        if not isinstance(self.default_outgoing_source_number_id, Unset):
            default_outgoing_source_number_id = str(
                self.default_outgoing_source_number_id
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if detail is not UNSET:
            field_dict["detail"] = detail
        if destination_whitelist is not UNSET:
            field_dict["destination_whitelist"] = destination_whitelist
        if codecs is not UNSET:
            field_dict["codecs"] = codecs
        if default_outgoing_source_number_id is not UNSET:
            field_dict["default_outgoing_source_number_id"] = (
                default_outgoing_source_number_id
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        detail = d.pop("detail", UNSET)

        def _parse_destination_whitelist(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(
                    f"destination_whitelist: unexpected {type(data).__name__}"
                )
            destination_whitelist_type_0 = cast(list[str], data)

            return destination_whitelist_type_0

        destination_whitelist = _parse_destination_whitelist(
            d.pop("destination_whitelist", UNSET)
        )

        def _parse_codecs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        codecs = _parse_codecs(d.pop("codecs", UNSET))

        _default_outgoing_source_number_id = d.pop(
            "default_outgoing_source_number_id", UNSET
        )
        default_outgoing_source_number_id: UUID | Unset
        if isinstance(_default_outgoing_source_number_id, Unset):
            default_outgoing_source_number_id = UNSET
        else:
            default_outgoing_source_number_id = UUID(_default_outgoing_source_number_id)

        call_manager_outbound_config_update_request = cls(
            name=name,
            detail=detail,
            destination_whitelist=destination_whitelist,
            codecs=codecs,
            default_outgoing_source_number_id=default_outgoing_source_number_id,
        )

        call_manager_outbound_config_update_request.additional_properties = d
        return call_manager_outbound_config_update_request

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
