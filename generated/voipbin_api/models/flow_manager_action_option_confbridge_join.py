from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionConfbridgeJoin")


@_attrs_define
class FlowManagerActionOptionConfbridgeJoin:
    """
    Attributes:
        confbridge_id (UUID | Unset): The unique identifier of the conference bridge to join. Returned from the `POST
            /conferences` or `GET /conferences` response. Example: 0d1e2f3a-4b5c-6789-2345-678901abcdef.
    """

    confbridge_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confbridge_id: str | Unset = UNSET
        if not isinstance(self.confbridge_id, Unset):
            confbridge_id = str(self.confbridge_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confbridge_id is not UNSET:
            field_dict["confbridge_id"] = confbridge_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _confbridge_id = d.pop("confbridge_id", UNSET)
        confbridge_id: UUID | Unset
        if isinstance(_confbridge_id, Unset):
            confbridge_id = UNSET
        else:
            confbridge_id = UUID(_confbridge_id)

        flow_manager_action_option_confbridge_join = cls(
            confbridge_id=confbridge_id,
        )

        flow_manager_action_option_confbridge_join.additional_properties = d
        return flow_manager_action_option_confbridge_join

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
