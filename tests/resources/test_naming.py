"""The naming rule that turns a path into vb.<resource>[.<sub>...].<verb>, and what it yields."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import voipbin
import voipbin.types
from namespaces import client_attributes, collections, singular, verb
from operation import Operation
from resources import render
from voipbin import Voipbin

from tests.resources.test_mapping import ROOT, facade_methods

PATHS = {
    "/routes", "/routes/{id}", "/outplans/{id}/dial_info", "/calls/{id}/hangup", "/agents/{id}/addresses",
    "/me", "/timeline-analyses", "/agents/{id}/direct-hash-regenerate", "/contacts/{id}/tags",
    "/contacts/{id}/tags/{tag_id}", "/ais/{id}/prompt_histories", "/ais/{id}/prompt_histories/{history_id}",
    "/timelines/calls/{call_id}/sip-analysis", "/service_agents/agents/{id}", "/numbers/renew",
    "/service_agents/contacts/{id}/addresses/{address_id}", "/auth/login",
}  # fmt: skip
LISTED = {"/routes", "/timeline-analyses", "/ais/{id}/prompt_histories"}


@pytest.mark.parametrize(
    ("method", "path", "is_list", "expected"),
    [
        ("GET", "/routes", True, (("routes",), "list")),
        ("POST", "/routes", False, (("routes",), "create")),
        ("GET", "/routes/{id}", False, (("routes",), "get")),
        ("PUT", "/routes/{id}", False, (("routes",), "update")),
        ("DELETE", "/routes/{id}", False, (("routes",), "delete")),
        ("PUT", "/outplans/{id}/dial_info", False, (("outplans",), "update_dial_info")),
        ("POST", "/calls/{id}/hangup", False, (("calls",), "hangup")),
        ("PUT", "/agents/{id}/addresses", False, (("agents",), "update_addresses")),
        ("GET", "/me", False, (("me",), "get")),
        ("GET", "/timeline-analyses", True, (("timeline_analyses",), "list")),
        ("POST", "/agents/{id}/direct-hash-regenerate", False, (("agents",), "direct_hash_regenerate")),
        ("POST", "/contacts/{id}/tags", False, (("contacts", "tags"), "create")),
        ("DELETE", "/contacts/{id}/tags/{tag_id}", False, (("contacts", "tags"), "delete")),
        ("GET", "/ais/{id}/prompt_histories", True, (("ais", "prompt_histories"), "list")),
        ("GET", "/ais/{id}/prompt_histories/{history_id}", False, (("ais", "prompt_histories"), "get")),
        ("GET", "/timelines/calls/{call_id}/sip-analysis", False, (("timelines", "calls"), "get_sip_analysis")),
        ("GET", "/service_agents/agents/{id}", False, (("service_agents", "agents"), "get")),
        ("POST", "/numbers/renew", False, (("numbers",), "renew")),
        ("POST", "/auth/login", False, (("auth",), "login")),
        (
            "DELETE", "/service_agents/contacts/{id}/addresses/{address_id}", False,
            (("service_agents", "contacts", "addresses"), "delete"),
        ),
    ],
)  # fmt: skip
def test_verb_follows_the_documented_rule(
    method: str, path: str, is_list: bool, expected: tuple[tuple[str, ...], str]
) -> None:
    assert verb(method, path, is_list=is_list, collections=collections(PATHS, LISTED)) == expected


def test_no_name_needs_a_suffix_or_a_doubled_word() -> None:
    """What the flat namespaces needed (create_contact_addresses_all, get_file_file) is gone."""
    names = [name for names in facade_methods().values() for name in names]
    assert len(names) == 411  # the spec's 410 and POST /auth/delegate
    assert not [n for n in names if re.search(r"_all$|_by_|(\b|_)(\w+)_\2\b", n.rsplit(".", 1)[1])]


def test_nested_namespaces_are_reachable_and_paths_positional() -> None:
    vb = Voipbin(token="naming-test-token", base_url="http://127.0.0.1:9/v1.0")
    delete = vb.service_agents.contacts.addresses.delete
    assert delete.__qualname__ == "ServiceAgentsContactsAddresses.delete"
    params = list(inspect.signature(delete).parameters.values())
    assert [(p.name, p.kind) for p in params[:2]] == [
        ("contact_id", inspect.Parameter.POSITIONAL_ONLY), ("address_id", inspect.Parameter.POSITIONAL_ONLY)
    ]  # fmt: skip
    assert voipbin.AsyncVoipbin(token="t-async-naming", base_url="http://127.0.0.1:9/v1.0").contacts.tags


@pytest.mark.parametrize(
    ("word", "expected"),
    [("addresses", "address"), ("histories", "history"), ("tags", "tag"), ("status", "status"),
     ("analysis", "analysis"), ("me", "me"), ("campaigncalls", "campaigncall")],
)  # fmt: skip
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def _operation(chain: tuple[str, ...]) -> Operation:
    return Operation(chain, "list", "get", "/" + "/".join(chain), "", [], [], [], False, "None", "no_body", None)


def test_the_clients_own_attributes_are_reserved() -> None:
    reserved = client_attributes(ROOT / "facade" / "voipbin")
    defined = {"events", "get", "post", "login", "close", "timeout", "with_raw_response", "base_url", "_request"}
    assert defined <= reserved
    assert "routes" not in reserved and "calls" not in reserved  # namespaces are not the clients' own


@pytest.mark.parametrize("name", ["events", "login", "with_raw_response", "timeout"])
def test_a_namespace_named_as_a_client_attribute_fails_the_build(name: str, tmp_path: Path) -> None:
    templates = ROOT / "scripts" / "templates" / "facade"
    reserved = client_attributes(ROOT / "facade" / "voipbin")
    with pytest.raises(ValueError, match=f"'{name}'.*clients' own attributes"):
        render([_operation((name,))], {}, templates, "spec.json", {}, reserved)
    assert render([_operation(("routes",))], {}, templates, "spec.json", {}, reserved)  # others render


GENERATOR_NAME = re.compile(
    r"\b(?:\w+Manager[A-Z]\w*|Common[A-Z]\w*|(?:Get|Post|Put|Delete|Patch)[A-Z]\w*|\w*Response\d{3}\w*)\b"
)


def _annotations() -> set[str]:
    """Every annotation of every facade method, as written (sync, async and raw views)."""
    found = set()
    for module in _resource_modules():
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__:
                for method in vars(cls).values():
                    if inspect.isfunction(method):
                        found |= {str(a) for a in method.__annotations__.values()}
    return found


def _resource_modules() -> list[Any]:
    import importlib
    import pkgutil

    import voipbin._generated.resources as package

    names = [info.name for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")]
    return [importlib.import_module(name) for name in names]


def test_no_generator_name_is_visible() -> None:
    """Users meet VoIPBIN's words: no service prefix (RouteManagerRoute) or request path
    (PostCallsBodyAnonymous) in a public type name or in any method's signature."""
    annotations = _annotations()
    assert len(annotations) > 100
    assert [name for name in voipbin.types.__all__ if GENERATOR_NAME.search(name)] == []
    assert sorted({m for a in annotations for m in GENERATOR_NAME.findall(a)}) == []
    assert GENERATOR_NAME.search("Sequence[PostCallsBodyAnonymous]")  # the pattern finds what it must


def test_enum_members_are_named_by_value_and_stay_open() -> None:
    status = voipbin.types.CallStatus
    assert status.HANGUP == "hangup" and repr(status.HANGUP) == "<CallStatus.HANGUP: 'hangup'>"
    assert status("ringing") is status.RINGING
    assert status("teleporting") == "teleporting"  # unknown values parse
    assert all(member.name == member.value.upper().replace("-", "_") for member in status)
