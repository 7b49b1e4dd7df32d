"""The package as users get it: the wheel built, installed in a fresh venv outside the tree,
and an application file type-checked with mypy --strict against that install only."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent / "samples"
pytestmark = pytest.mark.xdist_group("wheel")  # one wheel, venv and mypy run, on one worker under xdist


@pytest.fixture(scope="module")
def mypy_output(installed: Path, work: Path) -> dict[str, list[tuple[int, str]]]:
    """One mypy --strict run over the samples, copied outside the tree, resolving voipbin from the venv."""
    app = work / "app"
    shutil.rmtree(app, ignore_errors=True)
    app.mkdir()
    for sample in SAMPLES.glob("*.py"):
        shutil.copy(sample, app / sample.name)
    (app / "mypy.ini").write_text("[mypy]\n")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-executable", str(installed), "--config-file",
         "mypy.ini", "--cache-dir", str(work / "mypy-cache"), "usage_ok.py", "usage_wrong.py"],
        cwd=app, capture_output=True, text=True, check=False,
    )  # fmt: skip
    found: dict[str, list[tuple[int, str]]] = {"usage_ok.py": [], "usage_wrong.py": []}
    for line in done.stdout.splitlines():
        match = re.match(r"(\w+\.py):(\d+): (error|note): (.*)", line)
        if match:
            found[match[1]].append((int(match[2]), f"{match[3]}: {match[4]}"))
    return found


def test_the_wheel_ships_both_packages_typed_and_nothing_generic(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "voipbin/py.typed" in names and "voipbin_api/py.typed" in names
    tops = {name.split("/")[0] for name in names if not name.startswith("voipbin-")}
    assert tops == {"voipbin", "voipbin_api"}
    assert [name for name in names if "__pycache__" in name or name.endswith(".pyc")] == []


def test_the_metadata_is_ready_for_a_package_index(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    info = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
    metadata = archive.read(info).decode()
    assert "License-Expression: MIT" in metadata
    assert "MIT License" in archive.read(info.replace("METADATA", "licenses/LICENSE")).decode()
    assert "Author-email: VoIPBIN <support@voipbin.net>" in metadata
    assert "Project-URL: Repository, https://github.com/voipbin/voipbin-python" in metadata
    assert "Classifier: Typing :: Typed" in metadata
    extras = {line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Provides-Extra: ")}
    assert extras == {"testing", "speed"}  # for users; the development tools are not published


def test_typed_usage_passes_and_reveals_the_documented_types(mypy_output: dict[str, list[tuple[int, str]]]) -> None:
    lines = (SAMPLES / "usage_ok.py").read_text().splitlines()
    revealed = {n: line.split("# R: ")[1] for n, line in enumerate(lines, 1) if "# R: " in line}
    expected = {n: f'note: Revealed type is "{shown}"' for n, shown in revealed.items()}
    assert [entry for entry in mypy_output["usage_ok.py"] if entry[1].startswith("error")] == []
    assert dict(mypy_output["usage_ok.py"]) == expected


def test_each_wrong_call_is_a_type_error(mypy_output: dict[str, list[tuple[int, str]]]) -> None:
    lines = (SAMPLES / "usage_wrong.py").read_text().splitlines()
    expected = {number for number, line in enumerate(lines, 1) if "# E:" in line}
    assert {number for number, message in mypy_output["usage_wrong.py"] if message.startswith("error")} == expected
