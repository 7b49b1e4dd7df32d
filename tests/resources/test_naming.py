"""The naming rule that turns a path into vb.<resource>.<verb>."""

from __future__ import annotations

import pytest
from resources import singular, verb


@pytest.mark.parametrize(
    ("method", "path", "is_list", "is_collection", "expected"),
    [
        ("GET", "/routes", True, True, ("routes", "list")),
        ("POST", "/routes", False, True, ("routes", "create")),
        ("GET", "/routes/{id}", False, False, ("routes", "get")),
        ("PUT", "/routes/{id}", False, False, ("routes", "update")),
        ("DELETE", "/routes/{id}", False, False, ("routes", "delete")),
        ("PUT", "/outplans/{id}/dial_info", False, False, ("outplans", "update_dial_info")),
        ("POST", "/calls/{id}/hangup", False, False, ("calls", "hangup")),
        ("GET", "/agents/{id}/addresses", True, True, ("agents", "list_addresses")),
        ("GET", "/agents/{id}/addresses", False, False, ("agents", "get_addresses")),
        ("GET", "/me", False, False, ("me", "get")),
        ("GET", "/timeline-analyses", True, True, ("timeline_analyses", "list")),
        ("POST", "/agents/{id}/direct-hash-regenerate", False, False, ("agents", "direct_hash_regenerate")),
        ("POST", "/contacts/{id}/tags", False, True, ("contacts", "create_tags")),
        ("DELETE", "/contacts/{id}/tags/{tag_id}", False, False, ("contacts", "delete_tag")),
        ("GET", "/ais/{id}/prompt_histories/{history_id}", False, False, ("ais", "get_prompt_history")),
        ("GET", "/timelines/calls/{call_id}/sip-analysis", False, False, ("timelines", "get_call_sip_analysis")),
        ("GET", "/service_agents/agents/{id}", False, False, ("service_agents", "get_agent")),
    ],
)
def test_verb_follows_the_documented_rule(
    method: str, path: str, is_list: bool, is_collection: bool, expected: tuple[str, str]
) -> None:
    assert verb(method, path, is_list=is_list, is_collection=is_collection) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("addresses", "address"), ("histories", "history"), ("tags", "tag"), ("status", "status"),
     ("analysis", "analysis"), ("me", "me"), ("campaigncalls", "campaigncall")],
)  # fmt: skip
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected
