"""Address: where a call, message or flow action goes (tel, sip, extension, agent...)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from voipbin_api.models.common_address import CommonAddress

E164 = re.compile(r"\+[1-9][0-9]{6,14}")  # used with fullmatch: "$" would let a trailing newline in
# C0 and C1 controls and DEL: a CR or LF in a SIP URI or an email address would inject a header.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Address:
    """A VoIPBIN address. Any type is accepted (the server adds types over time);
    the constructors check what can be checked before a call is placed, and raise
    ValueError, saying what is wrong, for a target that cannot be right."""

    type: str
    target: str
    target_name: str | None = None
    name: str | None = None
    detail: str | None = None

    @classmethod
    def tel(cls, number: str, **extra: str) -> Address:
        """An E.164 number: "+" then 7 to 15 digits, no spaces, e.g. "+15551234567"."""
        if not isinstance(number, str) or not E164.fullmatch(number):
            raise ValueError(
                f"not an E.164 phone number: {number!r}; write '+', the country code and the number, "
                "digits only, e.g. '+15551234567'"
            )
        return cls("tel", number, **_checked(extra))

    @classmethod
    def sip(cls, uri: str, **extra: str) -> Address:
        return cls("sip", _required(uri, "SIP URI"), **_checked(extra))

    @classmethod
    def extension(cls, number: str, **extra: str) -> Address:
        return cls("extension", _required(number, "extension"), **_checked(extra))

    @classmethod
    def agent(cls, agent_id: str | uuid.UUID, **extra: str) -> Address:
        return cls("agent", _required(_id_text(agent_id), "agent id"), **_checked(extra))

    @classmethod
    def email(cls, address: str, **extra: str) -> Address:
        if "@" not in _required(address, "email address"):
            raise ValueError(f"not an email address: {address!r}")
        return cls("email", address, **_checked(extra))

    @classmethod
    def line(cls, target: str, **extra: str) -> Address:
        return cls("line", _required(target, "LINE id"), **_checked(extra))

    @classmethod
    def conference(cls, conference_id: str | uuid.UUID, **extra: str) -> Address:
        return cls("conference", _required(_id_text(conference_id), "conference id"), **_checked(extra))

    def to_dict(self) -> dict[str, str]:
        """The wire form, without the fields that were not set."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Address:
        known = {f.name for f in fields(cls)}
        values = {k: str(v) for k, v in data.items() if k in known and v is not None}
        return cls(values.pop("type", ""), values.pop("target", ""), **values)

    def to_common_address(self) -> CommonAddress:
        return CommonAddress.from_dict(self.to_dict())

    @classmethod
    def from_common_address(cls, address: CommonAddress) -> Address:
        return cls.from_dict(address.to_dict())

    @classmethod
    def coerce(cls, value: Address | CommonAddress | Mapping[str, Any]) -> Address:
        """An Address from whatever an API call was given."""
        if isinstance(value, Address):
            return value
        if isinstance(value, CommonAddress):
            return cls.from_common_address(value)
        if isinstance(value, Mapping):
            return cls.from_dict(value)
        raise TypeError(f"expected an Address, CommonAddress or dict, not {type(value).__name__}")

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        return f"Address({shown})"


def _id_text(value: str | uuid.UUID) -> str:
    """A UUID as text; anything else as it is, for _required to judge (None must not become "None")."""
    return str(value) if isinstance(value, uuid.UUID) else value


def _required(value: str, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"an address needs a non-empty {what}")
    if CONTROL.search(value):
        raise ValueError(f"the {what} holds a control character (CR, LF, NUL...): {value!r}")
    return value


def _checked(extra: dict[str, str]) -> dict[str, str]:
    """target_name, name and detail: no control characters either."""
    for field, value in extra.items():
        if isinstance(value, str) and CONTROL.search(value):
            raise ValueError(f"the address {field} holds a control character (CR, LF, NUL...): {value!r}")
    return extra
