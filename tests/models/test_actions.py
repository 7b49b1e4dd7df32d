"""Call-flow actions: a builder per action type the server knows, the wire shape each sends,
Action.option parsed as the option model of its type, and ids checked before a list is sent."""

from __future__ import annotations

import inspect
import json
import re
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from voipbin import Voipbin, actions
from voipbin.types import Action, ActionOption, ActionOptionGoto, ActionOptionTalk, ActionType

from tests.loopback import Loopback

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from spec_snapshots import require  # noqa: E402

SERVER_TYPES = json.loads((ROOT / "tests" / "fixtures" / "server_action_types.json").read_text())
OVERRIDES = yaml.safe_load((ROOT / "scripts" / "spec_overrides.yaml").read_text())["action_options"]
ENTRIES = {entry["type"]: entry for entry in OVERRIDES}
SPEC_SCHEMAS = json.loads(require().read_text())["components"]["schemas"]
BUILDERS = {name: getattr(actions, name) for name in actions.__all__}
SAMPLES: dict[str, Any] = {"str": "x", "str | UUID": uuid.UUID(int=7), "int": 3, "float": 1.5, "bool": True}


def test_the_fixture_is_the_server_code_s_list() -> None:
    assert SERVER_TYPES["source"].startswith("voipbin/monorepo@") and "action.go:275" in SERVER_TYPES["source"]
    assert len(SERVER_TYPES["types"]) == 43 and "talk" in SERVER_TYPES["types"]


def test_there_is_one_builder_per_action_type_of_the_server_and_no_other() -> None:
    missing = sorted(set(SERVER_TYPES["types"]) - set(BUILDERS))
    extra = sorted(set(BUILDERS) - set(SERVER_TYPES["types"]))
    assert (missing, extra) == ([], [])


def _keywords(builder: Any) -> list[str]:
    return [name for name in inspect.signature(builder).parameters if name not in ("id", "next_id")]


def _wire(keyword: str) -> str:
    return keyword.removesuffix("_")  # async_ is the option "async"


def test_every_builder_keyword_is_a_field_of_the_spec_s_option_or_a_documented_server_field() -> None:
    for kind, builder in BUILDERS.items():
        entry = ENTRIES[kind]
        spec_fields = set(SPEC_SCHEMAS.get(entry["schema"], {}).get("properties", {})) - set(entry.get("dropped", {}))
        server_fields = {name for name, field in entry.get("fields", {}).items() if "option.go:" in field["source"]}
        unknown = [k for k in _keywords(builder) if _wire(k) not in spec_fields | server_fields]
        assert unknown == [], kind
        assert sorted(map(_wire, _keywords(builder))) == sorted(spec_fields | server_fields), kind


def _sample(annotation: str) -> Any:
    """A value of a keyword's type: the first value of a Literal, else a plain sample."""
    literal = re.match(r"Literal\[(['\"])(.*?)\1", annotation)  # annotations read back in single quotes
    if literal:
        return literal[2]
    if annotation.startswith("Sequence["):
        return [_sample(annotation[len("Sequence[") : -1])]
    if annotation.startswith("Mapping[str, "):
        return {"1": _sample(annotation[len("Mapping[str, ") : -1])}
    if annotation.startswith("Address"):
        return {"type": "tel", "target": "+15551234567"}
    if annotation.startswith("Action |"):
        return actions.hangup()
    if annotation.startswith("EmailAttachment"):
        return {"reference_type": "recording", "reference_id": "r1"}
    return SAMPLES[annotation.removesuffix(" | None")]


def _filled(builder: Any) -> dict[str, Any]:
    parameters = inspect.signature(builder).parameters
    return {name: _sample(str(parameters[name].annotation).removesuffix(" | None")) for name in _keywords(builder)}


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_a_builder_sends_the_wire_shape_the_server_reads(kind: str) -> None:
    given = _filled(BUILDERS[kind])
    built = BUILDERS[kind](**given, id="a1", next_id="a2")
    wire = built.to_dict()
    assert (wire["type"], wire["id"], wire["next_id"]) == (kind, "a1", "a2")
    assert sorted(wire["option"]) == sorted(_wire(k) for k in given)
    assert built.option is not None and type(built.option).__name__ == ENTRIES[kind]["schema"].replace(
        "FlowManager", ""
    )
    assert Action.from_dict(json.loads(json.dumps(wire))).to_dict() == wire  # the same after a round trip


def test_talk_is_what_the_docs_show() -> None:
    talk_id = uuid.uuid4()
    built = actions.talk(text="Hello", language="en-US", async_=False, id=talk_id)
    assert built.to_dict() == {
        "id": str(talk_id), "type": "talk", "option": {"text": "Hello", "language": "en-US", "async": False},
    }  # fmt: skip
    assert isinstance(built.option, ActionOptionTalk) and built.option.text == "Hello"
    assert built.type is ActionType.TALK


def test_a_builder_takes_keywords_only() -> None:
    with pytest.raises(TypeError):
        actions.talk("Hello")  # type: ignore[misc]


def _camel(kind: str) -> str:
    return "".join(word.upper() if word in ("ai", "amd") else word.capitalize() for word in kind.split("_"))


@pytest.mark.parametrize("kind", [member.value for member in ActionType])
def test_action_option_parses_as_the_model_of_its_type(kind: str) -> None:
    wire = {"id": "a1", "type": kind, "option": {"newer_field": 1}}
    parsed = Action.from_dict(wire)
    assert type(parsed.option).__name__ == f"ActionOption{_camel(kind)}"
    assert parsed.option is not None and parsed.option["newer_field"] == 1
    assert parsed.to_dict() == wire


def test_a_flow_s_actions_read_typed() -> None:
    flow = [{"id": "t", "type": "talk", "option": {"text": "Hi", "digits_handle": "next"}},
            {"id": "g", "type": "goto", "option": {"target_id": "t", "loop_count": 2}}]  # fmt: skip
    talk, goto = (Action.from_dict(item) for item in flow)
    assert isinstance(talk.option, ActionOptionTalk) and talk.option.text == "Hi"
    assert isinstance(goto.option, ActionOptionGoto) and goto.option.loop_count == 2


def test_an_unknown_type_or_an_option_that_does_not_fit_keeps_the_raw_option() -> None:
    for wire in (
        {"type": "hologram", "option": {"depth": 3}},  # a type newer than the SDK
        {"type": "talk", "option": {"text": 5}},  # the server stores options unchecked
        {"option": {"text": "no type"}},
    ):
        parsed = Action.from_dict(wire)
        assert type(parsed.option) is ActionOption
        assert parsed.to_dict() == wire


def test_an_option_that_is_not_an_object_is_a_field_error() -> None:
    with pytest.raises(ValueError, match=r"Action\.option: expected object"):
        Action.from_dict({"type": "talk", "option": "loud"})


@pytest.fixture
def server() -> Iterator[Loopback]:
    loopback = Loopback()
    yield loopback
    loopback.close()


def _flow(server: Loopback, action_list: list[Any]) -> None:
    server.reply(200, {"id": "f1", "actions": []})
    with Voipbin(token="t", base_url=server.base_url, max_retries=0) as vb:
        vb.flows.create(name="ivr", detail="", actions=action_list)


def test_a_list_whose_goto_and_branch_name_its_own_ids_is_sent(server: Loopback) -> None:
    talk_id = uuid.uuid4()
    listed = [
        actions.answer(),
        actions.talk(text="Press 1", id=talk_id),
        actions.digits_receive(duration=5000, length=1),
        actions.branch(target_ids={"1": talk_id}, default_target_id=str(talk_id)),
        {"type": "goto", "option": {"target_id": str(talk_id), "loop_count": 2}},
        actions.hangup(next_id="00000000-0000-0000-0000-000000000000"),  # the nil id: no reference
    ]
    _flow(server, listed)
    sent = server.requests[0].json()["actions"]
    assert [a["type"] for a in sent] == ["answer", "talk", "digits_receive", "branch", "goto", "hangup"]
    assert sent[3]["option"] == {"target_ids": {"1": str(talk_id)}, "default_target_id": str(talk_id)}


@pytest.mark.parametrize(
    ("listed", "named"),
    [
        ([actions.talk(text="a", id="t1"), actions.goto(target_id="t2")], r"\[1\] \(goto\): option.target_id 't2'"),
        ([actions.branch(target_ids={"1": "nowhere"}, id="b")], r"\[0\] \(branch, id b\): option.target_ids\['1'\]"),
        ([actions.branch(default_target_id="gone")], r"actions\[0\] \(branch\): option.default_target_id 'gone'"),
        ([{"type": "condition_variable", "option": {"false_target_id": "f"}}], r"option.false_target_id 'f'"),
        ([actions.answer(next_id="later")], r"actions\[0\] \(answer\): next_id 'later'"),
        ([actions.call(actions=[actions.goto(target_id="x")])], r"actions\[0\]\.option\.actions\[0\] \(goto\)"),
    ],
)  # fmt: skip
def test_an_id_named_but_not_in_the_list_is_refused_before_sending(
    server: Loopback, listed: list[Any], named: str
) -> None:
    with pytest.raises(ValueError, match=named):
        _flow(server, listed)
    assert server.requests == []


def test_every_method_that_sends_actions_checks_them() -> None:
    generated = ROOT / "facade" / "voipbin" / "_generated" / "resources"
    sent = [path for path in generated.rglob("*.py") if '"actions": ' in path.read_text()]
    assert len(sent) >= 5  # flows, calls, activeflows, campaigns, groupcalls...
    unchecked = [p.name for p in sent if re.search(r'"actions": (?!checked_actions\(actions\))', p.read_text())]
    assert unchecked == []
