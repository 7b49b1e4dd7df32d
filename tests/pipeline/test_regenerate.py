"""scripts/regenerate.py end to end: determinism, --check, the change report, bad input."""

from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import changelog
import pytest
import regenerate as regenerate_module
import spec_snapshots
from layout import API_DOC, OUTPUTS

from tests.loopback import closed_port
from tests.pipeline.conftest import NEW_SPEC, OLD_SPEC, ROOT, regenerate

# The upgrade's two builds are a session fixture, made once per worker: under xdist the tests sharing it run on one.
UPGRADE = pytest.mark.xdist_group("upgrade")


def files_under(root: Path) -> dict[str, bytes]:
    found = {}
    for output in OUTPUTS:
        top = root / output
        for path in [top] if top.is_file() else top.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                found[str(path.relative_to(root))] = path.read_bytes()
    return found


@pytest.fixture(scope="session")
def spec_server() -> Iterator[str]:
    """The newest snapshot served over HTTP on loopback; yields its URL."""
    directory = str(NEW_SPEC.parent)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=directory, **kwargs)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{NEW_SPEC.name}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def upgrade(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The older snapshot built, then the newest over it: the root and the second run."""
    root = tmp_path_factory.mktemp("upgrade")
    assert regenerate("--spec", OLD_SPEC, "--root", root).returncode == 0
    done = regenerate("--spec", NEW_SPEC, "--root", root)
    assert done.returncode == 0, done.stderr
    return root, done


def test_a_build_from_scratch_from_a_url_is_the_committed_tree_but_for_the_source(
    spec_server: str, tmp_path: Path
) -> None:
    """The newest snapshot, fetched from a URL, built into an empty root. (`--check`, below,
    builds from the file: together they cover both sources without a third build.)"""
    done = regenerate("--url", spec_server, "--root", tmp_path)
    assert done.returncode == 0, done.stderr
    built, committed = files_under(tmp_path), files_under(ROOT)
    assert len(built) > 550  # about 530 model and enum modules, 66 resource modules, docs
    assert built.keys() == committed.keys()
    assert {name for name in built if built[name] != committed[name]} == {"generated/spec.lock.json", API_DOC}
    lock = json.loads(built["generated/spec.lock.json"])
    assert lock == {**json.loads(committed["generated/spec.lock.json"]), "source": spec_server}
    assert built[API_DOC].replace(spec_server.encode(), NEW_SPEC.name.encode()) == committed[API_DOC]


@UPGRADE
def test_a_second_run_over_an_older_build_gives_the_same_bytes(
    upgrade: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    """With the test above: two runs are byte-identical, and nothing of the older build survives."""
    assert files_under(upgrade[0]) == files_under(ROOT)


def test_check_passes_on_the_committed_tree() -> None:
    done = regenerate("--spec", NEW_SPEC, "--check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "exactly what the pipeline produces" in done.stdout


def test_check_catches_a_hand_edit_and_changes_nothing(tmp_path: Path) -> None:
    for output in OUTPUTS:
        source, target = ROOT / output, tmp_path / output
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_file():
            shutil.copy(source, target)
        else:
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    edited = tmp_path / "generated/voipbin_api/models/route.py"
    edited.write_text(edited.read_text() + "\n# hand edit\n")
    (tmp_path / "generated/voipbin_api/stray.py").write_text("x = 1\n")
    before = files_under(tmp_path)
    done = regenerate("--spec", NEW_SPEC, "--root", tmp_path, "--check")
    assert done.returncode == 1
    assert "changed: generated/voipbin_api/models/route.py" in done.stdout
    assert "unexpected: generated/voipbin_api/stray.py" in done.stdout
    assert files_under(tmp_path) == before


def _operation_keys(spec: dict[str, Any]) -> set[str]:
    return {
        f"{m.upper()} {p}" for p, item in spec["paths"].items() for m in item if m in ("get", "put", "post", "delete")
    }


@UPGRADE
def test_change_report_between_the_two_snapshots(
    upgrade: tuple[Path, subprocess.CompletedProcess[str]], old_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    root, done = upgrade
    lines = done.stdout.splitlines()
    added = {line.strip()[2:] for line in lines if line.startswith("  + ") and " schema " not in line}
    removed = {line.strip()[2:] for line in lines if line.startswith("  - ") and " schema " not in line}
    old_ops, new_ops = _operation_keys(old_spec), _operation_keys(new_spec)
    assert added == new_ops - old_ops
    assert removed == old_ops - new_ops
    assert (len(old_ops), len(new_ops)) == (355, 410)
    summary = next(line for line in lines if line.startswith("changes since"))
    assert f"{len(added)} added, {len(removed)} removed" in summary
    old_schemas, new_schemas = set(old_spec["components"]["schemas"]), set(new_spec["components"]["schemas"])
    assert {line.split()[-1] for line in lines if line.startswith("  + schema ")} == new_schemas - old_schemas
    assert {line.split()[-1] for line in lines if line.startswith("  - schema ")} == old_schemas - new_schemas
    assert any(line.startswith("  ~ GET /transcribes: parameter +query:reference_id") for line in lines)
    lock = json.loads((root / "generated/spec.lock.json").read_text())
    assert lock["counts"] == {"paths": 261, "operations": 410, "schemas": 237}
    assert lock["generator"] == "openapi-python-client 0.29.1"
    assert lock["source"] == NEW_SPEC.name and len(lock["sha256"]) == 64


@pytest.fixture
def sentinel_root(tmp_path: Path) -> Path:
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "sentinel.txt").write_text("untouched")
    return tmp_path


def _bad_input(root: Path, *args: str | Path) -> str:
    done = regenerate(*args, "--root", root)
    assert done.returncode == 2, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert (root / "generated" / "sentinel.txt").read_text() == "untouched"
    assert sorted(p.name for p in root.iterdir()) == ["generated"]
    return done.stderr


def test_missing_file(sentinel_root: Path) -> None:
    assert "not found" in _bad_input(sentinel_root, "--spec", sentinel_root / "nope.json")


def test_unreachable_url(sentinel_root: Path) -> None:
    assert "cannot fetch" in _bad_input(sentinel_root, "--url", f"http://127.0.0.1:{closed_port()}/openapi.json")


@pytest.mark.parametrize("body", [b"{ not: [valid", b"\x00\xff\xfe garbage \x81"])
def test_neither_json_nor_yaml(sentinel_root: Path, body: bytes) -> None:
    spec = sentinel_root.parent / "bad.json"
    spec.write_bytes(body)
    assert "neither JSON nor YAML" in _bad_input(sentinel_root, "--spec", spec)


@pytest.mark.parametrize(
    "content", ['{"swagger": "2.0", "paths": {}}', "- a\n- b\n", '{"info": {}}', '{"openapi": "3.0.0"}']
)
def test_not_openapi_3(sentinel_root: Path, content: str) -> None:
    spec = sentinel_root.parent / "notopenapi.yaml"
    spec.write_text(content)
    stderr = _bad_input(sentinel_root, "--spec", spec)
    assert "OpenAPI" in stderr or "paths" in stderr


@UPGRADE
def test_the_changelog_holds_the_change_report_regenerate_prints(
    upgrade: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    text = changelog.CHANGELOG.read_text()
    assert changelog.render(text) == text, "CHANGELOG.md is out of date: run scripts/changelog.py"
    printed = [line[2:] for line in upgrade[1].stdout.splitlines() if line[:4] in ("  + ", "  - ", "  ~ ")]
    assert len(printed) > 60
    newest = text.split(f"### Spec {spec_snapshots.LATEST}", 1)[1].split("### Spec", 1)[0]
    assert newest.split("```")[1].strip().splitlines() == printed


def test_the_generator_is_spared_only_error_answers_that_make_no_model_of_their_own() -> None:
    """Error answers whose schemas refer to components are left out of what the generator
    parses (the component is a model anyway); an inline schema would be a model of its own:
    that answer stays, so that leaving answers out cannot change what ships."""
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    inline = {"content": {"application/json": {"schema": {"type": "object", "properties": {"x": {"type": "string"}}}}}}
    spec = {
        "paths": {
            "/r": {
                "get": {"responses": {"200": {"description": "ok"}, "404": error, 500: {"description": "no body"}}},
                "post": {"responses": {"400": inline, "401": {"$ref": "#/components/responses/Inline"}}},
                "delete": {"responses": {"403": {"$ref": "#/components/responses/Shared"}, "409": {"$ref": "#/nope"}}},
                "parameters": [],
            }
        },
        "components": {"responses": {"Inline": inline, "Shared": error}},
    }
    kept = regenerate_module._without_error_answers(spec)["paths"]["/r"]
    assert {method: list(op["responses"]) for method, op in kept.items() if method != "parameters"} == {
        "get": ["200"],
        "post": ["400", "401"],
        "delete": ["409"],  # a reference that cannot be followed is the generator's to report
    }
    assert kept["parameters"] == [] and spec["paths"]["/r"]["get"]["responses"]["404"] is error  # input untouched
