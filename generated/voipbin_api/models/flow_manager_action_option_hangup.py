from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowManagerActionOptionHangup")


@_attrs_define
class FlowManagerActionOptionHangup:
    """
    Attributes:
        reason (str | Unset): Hangup reason code. See cmcall.HangupReason for details. Example: normal.
        reference_id (UUID | Unset): If set, hangs up the call with the same reason as the referenced call ID. This will
            overwrite the `reason` option. Returned from the `POST /calls` or `GET /calls` response. Example:
            f6a7b8c9-d0e1-2345-6789-0abcdef01234.
    """

    reason: str | Unset = UNSET
    reference_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        reference_id: str | Unset = UNSET
        if not isinstance(self.reference_id, Unset):
            reference_id = str(self.reference_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        _reference_id = d.pop("reference_id", UNSET)
        reference_id: UUID | Unset
        if isinstance(_reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = UUID(_reference_id)

        flow_manager_action_option_hangup = cls(
            reason=reason,
            reference_id=reference_id,
        )

        flow_manager_action_option_hangup.additional_properties = d
        return flow_manager_action_option_hangup

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
