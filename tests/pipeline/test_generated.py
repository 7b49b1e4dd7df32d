"""The committed generated package: every operation importable, lazy models, real server answers."""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from voipbin_api.client import Client
from voipbin_api.models import (
    AgentManagerAgent,
    CampaignManagerOutplan,
    CommonAddress,
    CommonAddressType,
    FlowManagerAction,
    FlowManagerActionType,
    FlowManagerActiveflow,
    RouteManagerRoute,
)

from tests.pipeline.conftest import ROOT

UTC = datetime.UTC
API = ROOT / "generated" / "voipbin_api" / "api"
STRICT = Client(base_url="http://unused", raise_on_unexpected_status=True)


class _Placeholder:
    """Stands in for a required body or query value when only the URL is wanted."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def _parse(module: str, status: int, body: Any) -> Any:
    endpoint = importlib.import_module(f"voipbin_api.api.{module}")
    return endpoint._parse_response(client=STRICT, response=httpx.Response(status, content=json.dumps(body).encode()))


def test_every_operation_of_the_spec_has_an_importable_module(new_spec: dict[str, Any]) -> None:
    found = set()
    for path in API.rglob("*.py"):
        if path.name == "__init__.py":
            continue
        module = importlib.import_module("voipbin_api.api." + ".".join(path.relative_to(API).with_suffix("").parts))
        params = inspect.signature(module._get_kwargs).parameters.items()
        kwargs = module._get_kwargs(**{
            name: "P" if p.kind is p.POSITIONAL_OR_KEYWORD else _Placeholder()
            for name, p in params if p.default is p.empty
        })  # fmt: skip
        found.add((kwargs["method"].upper(), re.sub(r"/P(?=/|$)", "/{}", kwargs["url"])))
    expected = {
        (m.upper(), re.sub(r"\{[^}]+\}", "{}", p))
        for p, item in new_spec["paths"].items() for m in item if m in ("get", "put", "post", "delete")
    }  # fmt: skip
    assert len(expected) == 410
    assert found == expected


def test_models_load_lazily_but_every_name_is_there() -> None:
    code = (
        "import sys, voipbin_api.api.route.get_routes as g\n"
        "assert 'voipbin_api.models.agent_manager_agent' not in sys.modules\n"
        "loaded = [m for m in sys.modules if m.startswith('voipbin_api.models.')]\n"
        "assert len(loaded) < 20, loaded\n"
        "import voipbin_api.models as models\n"
        "from voipbin_api.models import RouteManagerRoute\n"
        "assert 'AgentManagerAgent' in dir(models) and len(models.__all__) > 500\n"
        "try:\n    models.NoSuchModel\nexcept AttributeError:\n    print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr


def test_live_route_with_null_update_and_delete() -> None:
    route = RouteManagerRoute.from_dict({
        "id": "491b6858-5357-11ed-b753-8fd49cd36340", "customer_id": "00000000-0000-0000-0000-000000000001",
        "name": "", "detail": "", "provider_id": "4dbeabd6-f397-4375-95d2-a38411e07ed1", "priority": 1,
        "target": "all", "tm_create": "2022-10-22 16:16:16.874761", "tm_update": None, "tm_delete": None,
    })  # fmt: skip
    assert route.tm_create == datetime.datetime(2022, 10, 22, 16, 16, 16, 874761, tzinfo=UTC)
    assert route.tm_update is None and route.tm_delete is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("2026-01-15T09:30:00.123456789Z", datetime.datetime(2026, 1, 15, 9, 30, 0, 123456, tzinfo=UTC)),
     ("2026-01-15T09:30:00Z", datetime.datetime(2026, 1, 15, 9, 30, tzinfo=UTC)), ("", None)],
)  # fmt: skip
def test_timestamp_forms(raw: str, expected: datetime.datetime | None) -> None:
    assert RouteManagerRoute.from_dict({"tm_update": raw}).tm_update == expected


def test_outplan_with_null_source() -> None:
    plan = CampaignManagerOutplan.from_dict({"id": "d5fb7357-7ddb-4f2d-87b5-8ccbfd6c039e", "source": None})
    assert plan.source is None


def test_address_types_known_new_and_unknown() -> None:
    whatsapp = CommonAddress.from_dict({"type": "whatsapp", "target": "+15551234567"})
    assert whatsapp.type_ == "whatsapp" and whatsapp.type_ is CommonAddressType.COMMON_ADDRESS_TYPE_WHATSAPP
    pigeon = CommonAddress.from_dict({"type": "carrier_pigeon", "target": "coop 7"})
    assert pigeon.type_ == "carrier_pigeon" and isinstance(pigeon.type_, CommonAddressType)
    assert pigeon.to_dict() == {"type": "carrier_pigeon", "target": "coop 7"}
    assert json.loads(json.dumps(pigeon.to_dict()))["type"] == "carrier_pigeon"
    assert CommonAddress.from_dict({"type": ""}).type_ == CommonAddressType.COMMON_ADDRESS_TYPE_NONE


def test_flow_action_of_type_block() -> None:
    action = FlowManagerAction.from_dict({"id": "00000000-0000-0000-0000-000000000001", "type": "block"})
    assert action.type_ == FlowManagerActionType("block") == "block"


def test_speakings_envelope() -> None:
    speaking = {"id": "00000000-0000-0000-0000-0000000000aa", "tm_create": "2026-01-15T09:30:00Z"}
    page = _parse("speaking.get_speakings", 200, {"result": [speaking], "next_page_token": "t"})
    assert page.next_page_token == "t" and str(page.result[0].id).endswith("aa")


def test_contact_addresses_bare_array_and_null() -> None:
    address = {"id": "00000000-0000-0000-0000-000000000009", "type": "tel", "target": "+15551234567"}
    parsed = _parse("contact.get_contact_addresses", 200, [address, address])
    assert [a.target for a in parsed] == ["+15551234567", "+15551234567"]
    assert _parse("contact.get_contact_addresses", 200, None) is None


def test_delete_activeflow_answers_200_with_a_body() -> None:
    parsed = _parse("activeflow.delete_activeflows_id", 200,
                    {"id": "00000000-0000-0000-0000-000000000005", "tm_delete": "2026-01-15T09:30:00Z"})  # fmt: skip
    assert isinstance(parsed, FlowManagerActiveflow)
    assert parsed.tm_delete == datetime.datetime(2026, 1, 15, 9, 30, tzinfo=UTC)


def test_post_agents_answers_200() -> None:
    parsed = _parse("agent.post_agents", 200,
                    {"id": "00000000-0000-0000-0000-000000000007", "username": "a", "addresses": None})  # fmt: skip
    assert isinstance(parsed, AgentManagerAgent) and parsed.username == "a" and parsed.addresses is None


def test_generated_tree_has_no_hand_edits_marker() -> None:
    lock = json.loads((ROOT / "generated" / "spec.lock.json").read_text())
    assert lock["counts"]["operations"] == 410
    assert Path(ROOT / "generated" / "voipbin_api" / "models" / "__init__.py").read_text().count("_MODULE_OF") >= 2
