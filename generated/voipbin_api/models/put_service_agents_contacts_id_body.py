from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PutServiceAgentsContactsIdBody")


@_attrs_define
class PutServiceAgentsContactsIdBody:
    """
    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset):
        company (str | Unset):
        job_title (str | Unset):
        external_id (str | Unset):
        notes (str | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    company: str | Unset = UNSET
    job_title: str | Unset = UNSET
    external_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        display_name = self.display_name

        company = self.company

        job_title = self.job_title

        external_id = self.external_id

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if company is not UNSET:
            field_dict["company"] = company
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        display_name = d.pop("display_name", UNSET)

        company = d.pop("company", UNSET)

        job_title = d.pop("job_title", UNSET)

        external_id = d.pop("external_id", UNSET)

        notes = d.pop("notes", UNSET)

        put_service_agents_contacts_id_body = cls(
            first_name=first_name,
            last_name=last_name,
            display_name=display_name,
            company=company,
            job_title=job_title,
            external_id=external_id,
            notes=notes,
        )

        put_service_agents_contacts_id_body.additional_properties = d
        return put_service_agents_contacts_id_body

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
