"""Address: constructors, E.164 checks, one class sent and answered, equality and repr."""

from __future__ import annotations

import re
import uuid

import pytest
import voipbin.types
from hypothesis import given
from hypothesis import strategies as st
from voipbin import Address
from voipbin_api.models import AddressType, Call
from voipbin_api.runtime import FieldError

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")


def test_constructors_set_the_type() -> None:
    agent = uuid.UUID("eed6a98a-f18d-11ee-96d3-133e13eafff9")
    assert Address.tel("+821100000001").to_dict() == {"type": "tel", "target": "+821100000001"}
    assert Address.sip("user@example.com").type == "sip"
    assert Address.extension("2001").to_dict() == {"type": "extension", "target": "2001"}
    assert Address.agent(agent).target == str(agent)
    assert Address.email("a@example.com").type == "email"
    assert Address.line("U123").type == "line"
    assert Address.conference("c1").type == "conference"
    assert Address.tel("+15551234567", target_name="Alice").to_dict()["target_name"] == "Alice"


@pytest.mark.parametrize(
    "bad", ["15551234567", "+0551234567", "+1 555 123 4567", "+1555", "+1234567890123456", "+1555abc4567", ""]
)
def test_tel_rejects_what_is_not_e164_and_says_why(bad: str) -> None:
    with pytest.raises(ValueError, match=r"E\.164"):
        Address.tel(bad)


E164_NUMBERS = st.builds(
    lambda first, rest: f"+{first}{rest}",
    st.sampled_from("123456789"),
    st.text(alphabet="0123456789", min_size=6, max_size=14),
)


@given(st.one_of(E164_NUMBERS, st.text(alphabet="+0123456789 -a", max_size=18)))
def test_tel_accepts_exactly_e164(candidate: str) -> None:
    if E164.match(candidate):
        assert Address.tel(candidate).target == candidate
    else:
        with pytest.raises(ValueError):
            Address.tel(candidate)


def test_unknown_types_are_allowed_and_compare_with_the_open_enum() -> None:
    address = Address(type="whatsapp", target="+15551234567")
    assert address.type == AddressType.WHATSAPP
    pigeon = Address(type="carrier_pigeon", target="coop 7")
    assert Address.from_dict(pigeon.to_dict()) == pigeon


def test_one_address_class_for_what_is_sent_and_what_is_answered() -> None:
    call = Call.from_dict({"id": "c1", "source": {"type": "tel", "target": "+15551234567", "extra": 1}})
    assert type(call.source) is Address is voipbin.types.Address
    assert (call.source.type, call.source.target) == ("tel", "+15551234567")
    assert call.source.additional_properties == {"extra": 1}
    with pytest.raises(FieldError, match=r"Call\.source\.target: expected str"):
        Call.from_dict({"source": {"type": "tel", "target": 15551234567}})


@given(
    kind=st.text(max_size=12), target=st.text(max_size=20),
    name=st.one_of(st.none(), st.text(max_size=8)),
)  # fmt: skip
def test_round_trips_through_dict(kind: str, target: str, name: str | None) -> None:
    address = Address(type=kind, target=target, name=name)
    assert Address.from_dict(address.to_dict()) == address


def test_equality_hash_repr_and_replace() -> None:
    assert Address.tel("+15551234567") == Address("tel", "+15551234567")
    assert len({Address.tel("+15551234567"), Address("tel", "+15551234567")}) == 1
    assert repr(Address.tel("+15551234567")) == "Address(type='tel', target='+15551234567')"
    changed = Address.tel("+15551234567").replace(name="desk")
    assert changed.to_dict() == {"type": "tel", "target": "+15551234567", "name": "desk"}
    with pytest.raises(AttributeError, match="immutable"):
        changed.name = "other"  # type: ignore[misc]
