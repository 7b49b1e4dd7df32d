from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talk_manager_reaction import TalkManagerReaction


T = TypeVar("T", bound="TalkManagerMetadata")


@_attrs_define
class TalkManagerMetadata:
    """
    Attributes:
        reactions (list[TalkManagerReaction] | Unset): List of reactions on the message.
    """

    reactions: list[TalkManagerReaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reactions, Unset):
            reactions = []
            for reactions_item_data in self.reactions:
                reactions_item = reactions_item_data.to_dict()
                reactions.append(reactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reactions is not UNSET:
            field_dict["reactions"] = reactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.talk_manager_reaction import TalkManagerReaction

        d = dict(src_dict)
        _reactions = d.pop("reactions", UNSET)
        reactions: list[TalkManagerReaction] | Unset = UNSET
        if _reactions is not UNSET:
            reactions = []
            for reactions_item_data in _reactions:
                reactions_item = TalkManagerReaction.from_dict(reactions_item_data)

                reactions.append(reactions_item)

        talk_manager_metadata = cls(
            reactions=reactions,
        )

        talk_manager_metadata.additional_properties = d
        return talk_manager_metadata

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
