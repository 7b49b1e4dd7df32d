from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.post_service_agents_files_body_type import PostServiceAgentsFilesBodyType
from ..types import File

T = TypeVar("T", bound="PostServiceAgentsFilesBody")


@_attrs_define
class PostServiceAgentsFilesBody:
    """
    Attributes:
        file (File): The file to upload.
        type_ (PostServiceAgentsFilesBodyType): The type/category of the file. Must be 'talk' for this endpoint.
            Example: talk.
    """

    file: File
    type_: PostServiceAgentsFilesBodyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "type": type_,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("type", (None, str(self.type_.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        type_ = PostServiceAgentsFilesBodyType(d.pop("type"))

        post_service_agents_files_body = cls(
            file=file,
            type_=type_,
        )

        post_service_agents_files_body.additional_properties = d
        return post_service_agents_files_body

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
