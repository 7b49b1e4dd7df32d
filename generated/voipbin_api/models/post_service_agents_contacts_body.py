from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    model_list,
    new_model,
    open_enum,
    str_list,
)


class PostServiceAgentsContactsBody(Model):
    """Attributes:
    first_name (str | None):
    last_name (str | None):
    display_name (str | None):
    company (str | None):
    job_title (str | None):
    source (PostServiceAgentsContactsBodySource | None):
    external_id (str | None):
    notes (str | None):
    addresses (list[NewContactAddress] | None): List of addresses (tel or email) to associate with the contact.
    tag_ids (list[str] | None):
    """

    __slots__ = (
        "addresses",
        "company",
        "display_name",
        "external_id",
        "first_name",
        "job_title",
        "last_name",
        "notes",
        "source",
        "tag_ids",
    )
    _fields = (
        ("first_name", "first_name"),
        ("last_name", "last_name"),
        ("display_name", "display_name"),
        ("company", "company"),
        ("job_title", "job_title"),
        ("source", "source"),
        ("external_id", "external_id"),
        ("notes", "notes"),
        ("addresses", "addresses"),
        ("tag_ids", "tag_ids"),
    )
    _wire_names = frozenset(
        {
            "first_name",
            "last_name",
            "display_name",
            "company",
            "job_title",
            "source",
            "external_id",
            "notes",
            "addresses",
            "tag_ids",
        }
    )

    first_name: str | None
    last_name: str | None
    display_name: str | None
    company: str | None
    job_title: str | None
    source: PostServiceAgentsContactsBodySource | None
    external_id: str | None
    notes: str | None
    addresses: list[NewContactAddress] | None
    tag_ids: list[str] | None

    def __init__(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        display_name: str | None = None,
        company: str | None = None,
        job_title: str | None = None,
        source: PostServiceAgentsContactsBodySource | None = None,
        external_id: str | None = None,
        notes: str | None = None,
        addresses: list[NewContactAddress] | None = None,
        tag_ids: list[str] | None = None,
    ) -> None:
        self._data = {}
        self.first_name = first_name
        self.last_name = last_name
        self.display_name = display_name
        self.company = company
        self.job_title = job_title
        self.source = source
        self.external_id = external_id
        self.notes = notes
        self.addresses = addresses
        self.tag_ids = tag_ids

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PostServiceAgentsContactsBody")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("first_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsContactsBody", "first_name", "str", v)
        self.first_name = v
        v = get("last_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsContactsBody", "last_name", "str", v)
        self.last_name = v
        v = get("display_name")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsContactsBody", "display_name", "str", v)
        self.display_name = v
        v = get("company")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsContactsBody", "company", "str", v)
        self.company = v
        v = get("job_title")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsContactsBody", "job_title", "str", v)
        self.job_title = v
        v = get("source")
        if v is not None:
            m = (
                PostServiceAgentsContactsBodySource._value2member_map_.get(v)
                if type(v) is str
                else None
            )
            v = (
                open_enum(
                    PostServiceAgentsContactsBodySource,
                    v,
                    "PostServiceAgentsContactsBody",
                    "source",
                )
                if m is None
                else m
            )
        self.source = v
        v = get("external_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsContactsBody", "external_id", "str", v)
        self.external_id = v
        v = get("notes")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PostServiceAgentsContactsBody", "notes", "str", v)
        self.notes = v
        v = get("addresses")
        if v is not None:
            v = model_list(
                NewContactAddress, v, "PostServiceAgentsContactsBody", "addresses"
            )
        self.addresses = v
        v = get("tag_ids")
        if v is not None:
            v = str_list(v, "PostServiceAgentsContactsBody", "tag_ids")
        self.tag_ids = v
        return self


# Imported after the class: models refer to each other in cycles.
from ..models.new_contact_address import NewContactAddress
from ..models.post_service_agents_contacts_body_source import (
    PostServiceAgentsContactsBodySource,
)
