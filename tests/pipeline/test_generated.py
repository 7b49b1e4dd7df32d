"""The committed generated package: lazy models, real server answers, what ships."""

from __future__ import annotations

import datetime
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from voipbin_api.models import (
    Action,
    ActionType,
    Activeflow,
    Address,
    AddressType,
    Agent,
    Outplan,
    Route,
)

from tests.pipeline.conftest import ROOT

UTC = datetime.UTC
PACKAGE = ROOT / "generated" / "voipbin_api"


def _parse(resource: str, operation: str, status: int, body: Any) -> Any:
    """What ``vb.<resource>.<operation>`` makes of an answer: the parser its method uses."""
    module = importlib.import_module(f"voipbin._generated.resources.{resource}")
    parse = getattr(module, f"_{operation}_parse")
    return parse(httpx.Response(status, content=json.dumps(body).encode()))


def test_only_models_ship_no_request_functions_or_client() -> None:
    shipped = {path.name for path in PACKAGE.iterdir() if path.name != "__pycache__"}
    assert shipped == {"__init__.py", "models", "py.typed", "runtime.py"}


def test_the_runtime_ships_as_its_source() -> None:
    """Linted and type-checked as scripts/runtime/model_runtime.py: the generator's formatting
    hooks must not rewrite it on the way into the package."""
    source = ROOT / "scripts" / "runtime" / "model_runtime.py"
    assert (PACKAGE / "runtime.py").read_bytes() == source.read_bytes()


def test_models_load_lazily_but_every_name_is_there() -> None:
    code = (
        "import sys, voipbin_api.models.route\n"
        "assert 'voipbin_api.models.agent' not in sys.modules\n"
        "loaded = [m for m in sys.modules if m.startswith('voipbin_api.models.')]\n"
        "assert len(loaded) < 20, loaded\n"
        "import voipbin_api.models as models\n"
        "from voipbin_api.models import Route\n"
        "assert 'Agent' in dir(models) and len(models.__all__) > 400\n"
        "try:\n    models.NoSuchModel\nexcept AttributeError:\n    print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr


def test_live_route_with_null_update_and_delete() -> None:
    route = Route.from_dict({
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
    assert Route.from_dict({"tm_update": raw}).tm_update == expected


def test_outplan_with_null_source() -> None:
    plan = Outplan.from_dict({"id": "d5fb7357-7ddb-4f2d-87b5-8ccbfd6c039e", "source": None})
    assert plan.source is None


def test_address_types_known_new_and_unknown() -> None:
    whatsapp = Address.from_dict({"type": "whatsapp", "target": "+15551234567"})
    assert whatsapp.type == "whatsapp" == AddressType.WHATSAPP  # the type stays the server's string
    pigeon = Address.from_dict({"type": "carrier_pigeon", "target": "coop 7"})
    assert pigeon.type == "carrier_pigeon" and AddressType(pigeon.type) == "carrier_pigeon"  # open
    assert pigeon.to_dict() == {"type": "carrier_pigeon", "target": "coop 7"}
    assert json.loads(json.dumps(pigeon.to_dict()))["type"] == "carrier_pigeon"
    assert Address.from_dict({"type": ""}).type == AddressType.EMPTY


def test_flow_action_of_type_block() -> None:
    action = Action.from_dict({"id": "00000000-0000-0000-0000-000000000001", "type": "block"})
    assert action.type == ActionType("block") == "block"


def test_speakings_envelope() -> None:
    speaking = {"id": "00000000-0000-0000-0000-0000000000aa", "tm_create": "2026-01-15T09:30:00Z"}
    page = _parse("speakings", "list", 200, {"result": [speaking], "next_page_token": "t"})
    assert page.next_page_token == "t" and page.items[0].id == speaking["id"]


def test_contact_addresses_bare_array_and_null() -> None:
    address = {"id": "00000000-0000-0000-0000-000000000009", "type": "tel", "target": "+15551234567"}
    parsed = _parse("contact_addresses", "list", 200, [address, address])
    assert [a.target for a in parsed.items] == ["+15551234567", "+15551234567"]
    assert _parse("contact_addresses", "list", 200, None).items == []


def test_delete_activeflow_answers_200_with_a_body() -> None:
    parsed = _parse("activeflows", "delete", 200,
                    {"id": "00000000-0000-0000-0000-000000000005", "tm_delete": "2026-01-15T09:30:00Z"})  # fmt: skip
    assert isinstance(parsed, Activeflow)
    assert parsed.tm_delete == datetime.datetime(2026, 1, 15, 9, 30, tzinfo=UTC)


def test_post_agents_answers_200() -> None:
    parsed = _parse("agents", "create", 200,
                    {"id": "00000000-0000-0000-0000-000000000007", "username": "a", "addresses": None})  # fmt: skip
    assert isinstance(parsed, Agent) and parsed.username == "a" and parsed.addresses is None


def test_generated_tree_has_no_hand_edits_marker() -> None:
    lock = json.loads((ROOT / "generated" / "spec.lock.json").read_text())
    assert lock["counts"]["operations"] == 410
    assert Path(ROOT / "generated" / "voipbin_api" / "models" / "__init__.py").read_text().count("_MODULE_OF") >= 2
