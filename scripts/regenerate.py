#!/usr/bin/env python3
"""Regenerate generated/voipbin_api from VoIPBIN's published OpenAPI spec.

    python scripts/regenerate.py                      # from https://api.voipbin.net/openapi.json
    python scripts/regenerate.py --spec PATH          # a local JSON or YAML file
    python scripts/regenerate.py --spec PATH --check  # exit 1 if generated/ is stale

The spec is repaired by scripts/normalise.py (with scripts/spec_overrides.yaml), then
openapi-python-client (pinned, config and templates in scripts/) writes the package.
Everything is built in a temporary directory and swapped in at the end, so generated/
is never half-written. Same spec in, same bytes out.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, NoReturn

import httpx
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from layout import FACADE_GENERATED, GENERATED, OUTPUTS
from normalise import Report, normalise
from spec_tree import HTTP_METHODS, JSON, operations

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
DEFAULT_URL = "https://api.voipbin.net/openapi.json"
BIN = Path(sys.executable).parent
RUFF = str(BIN / "ruff")
PACKAGE = "voipbin_api"
LOCK_NAME = "spec.lock.json"
GENERATOR = "openapi-python-client"
UNUSED_MODULES = ("client.py", "errors.py", "types.py")
# What the models stand on: hand-written, linted and type-checked as source, shipped byte for byte.
RUNTIME_SOURCE = SCRIPTS / "runtime" / "model_runtime.py"
RUNTIME_MODULE = "runtime.py"
EXAMPLES = SCRIPTS / "examples.yaml"  # the docstrings' examples (scripts/method_docs.py)
FETCH_TIMEOUT = 30.0
CHANGE_LIST_LIMIT = 40
# libyaml's loader: ten times faster, the same documents for valid YAML.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class InputError(Exception):
    """Bad input the user must fix: reported as one line, exit code 2."""


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    # The generator's ruff post hooks must find the ruff installed beside this Python.
    os.environ["PATH"] = str(BIN) + os.pathsep + os.environ.get("PATH", "")
    try:
        source, raw = _read_source(args.url, args.spec)
        spec = _parse_document(raw, source)
        overrides = _load_overrides()
    except InputError as exc:
        print(f"regenerate: error: {exc}", file=sys.stderr)
        return 2
    try:
        fixed, report = normalise(spec, overrides)
    except ValueError as clash:  # two names for one thing: the overrides must choose
        print(f"regenerate: error: {clash}", file=sys.stderr)
        return 2
    print(f"spec: {source} ({_count_operations(spec)} operations)")
    print("repairs:")
    for line in report.lines():
        print(f"  {line}")
    lock = _lock(source, raw, spec, report)
    root: Path = args.root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".regenerate-", dir=root) as tmp:
        staged = Path(tmp) / "out"
        _build(fixed, lock, overrides, staged)
        if args.check:
            return _check(staged, root)
        _print_changes(_read_lock(root), lock)
        _swap(staged, root, Path(tmp) / "retired")
    print(f"wrote {', '.join(OUTPUTS)}")
    return 0


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", default=None, help=f"fetch the spec from this URL (default {DEFAULT_URL})")
    source.add_argument("--spec", type=Path, default=None, help="read the spec from a JSON or YAML file")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the outputs differ from what the pipeline makes"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="project root to write into (default: this project)")
    return parser.parse_args(argv)


def _read_source(url: str | None, spec: Path | None) -> tuple[str, bytes]:
    """Return (source label, raw bytes). The label is stable across checkouts."""
    if spec is not None:
        try:
            return spec.name, spec.read_bytes()
        except FileNotFoundError:
            raise InputError(f"spec file not found: {spec}") from None
        except OSError as exc:
            raise InputError(f"cannot read spec file {spec}: {exc.strerror}") from None
    url = url or DEFAULT_URL
    try:
        response = httpx.get(url, timeout=FETCH_TIMEOUT, follow_redirects=True)
    except httpx.InvalidURL as exc:
        raise InputError(f"not a valid URL: {url} ({exc})") from None
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from None
    if response.status_code != 200:
        raise InputError(f"cannot fetch {url}: HTTP {response.status_code}")
    return url, response.content


def _parse_document(raw: bytes, source: str) -> JSON:
    try:
        document = json.loads(raw)
    except ValueError:
        try:
            document = yaml.load(raw, Loader=YAML_LOADER)
        except yaml.YAMLError:
            raise InputError(f"{source} is neither JSON nor YAML") from None
    if not isinstance(document, dict):
        raise InputError(f"{source} is not an OpenAPI document (not a JSON or YAML object)")
    version = document.get("openapi")
    if not (isinstance(version, str) and version.startswith("3.")):
        found = f"openapi: {version!r}" if "openapi" in document else "no 'openapi' field"
        raise InputError(f"{source} is not an OpenAPI 3.x document ({found})")
    if not isinstance(document.get("paths"), dict):
        raise InputError(f"{source} has no 'paths' object")
    return document


def _load_overrides() -> JSON:
    overrides: JSON = yaml.load((SCRIPTS / "spec_overrides.yaml").read_text(), Loader=YAML_LOADER)
    return overrides


def _count_operations(spec: JSON) -> int:
    return sum(1 for _ in operations(spec))


def _fingerprint(node: Any) -> str:
    return hashlib.sha256(json.dumps(node, sort_keys=True).encode()).hexdigest()[:12]


def _surface(spec: JSON) -> dict[str, JSON]:
    """Per operation, what a caller depends on: parameters, body and responses."""
    shared = spec.get("components", {}).get("parameters", {})
    surface: dict[str, JSON] = {}
    for method, path, op in operations(spec):
        params = {}
        for param in op.get("parameters", []):
            if "$ref" in param:
                param = shared.get(param["$ref"].rsplit("/", 1)[-1], param)
            params[f"{param.get('in')}:{param.get('name')}"] = _fingerprint(param)
        surface[f"{method} {path}"] = {
            "parameters": dict(sorted(params.items())),
            "body": _fingerprint(op.get("requestBody")),
            "responses": {code: _fingerprint(r) for code, r in sorted(op.get("responses", {}).items())},
        }
    return surface


def _lock(source: str, raw: bytes, spec: JSON, report: Report) -> JSON:
    surface = _surface(spec)
    schemas = sorted(spec.get("components", {}).get("schemas", {}))
    return {
        "source": source,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "generator": f"{GENERATOR} {_generator_version()}",
        "counts": {"paths": len(spec["paths"]), "operations": len(surface), "schemas": len(schemas)},
        **report.as_dict(),
        "operations": surface,
        "schemas": schemas,
    }


def _generator_version() -> str:
    from importlib.metadata import version

    return version(GENERATOR)


def _build(spec: JSON, lock: JSON, overrides: JSON, staged: Path) -> None:
    """Write every output under ``staged``, laid out as in the project root. The generator
    (and resources.py, built on it) takes most of a second to import: it is loaded only here,
    once the input has been read and checked, so that bad input is reported at once."""
    import action_options
    import emulator_table
    import method_docs
    import namespaces
    import resources
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

    package_dir = staged / GENERATED / PACKAGE
    config = Config.from_sources(
        ConfigFile.load_from_path(SCRIPTS / "openapi-python-client.yaml"),
        MetaType.NONE, staged / "spec.json", "utf-8", False, package_dir,
    )  # fmt: skip
    data = GeneratorData.from_dict(_without_error_answers(spec), config=config)
    if isinstance(data, GeneratorError):
        _fail(f"{GENERATOR} refused the spec: {data.header}: {data.detail}")
    package_dir.parent.mkdir(parents=True)
    project = Project(openapi=data, config=config, custom_template_path=SCRIPTS / "templates")
    project.env.globals["bare_names"] = resources.BARE_NAMES  # one rule for attributes and keywords
    project.env.globals["runtime_models"] = resources.RUNTIME_MODELS
    modules = {str(m.class_info.name): str(m.class_info.module_name) for m in [*data.models, *data.enums]}
    try:  # Action.option parsed as the option model of the action's type
        project.env.globals["discriminated"] = action_options.discriminators(spec, modules)
    except ValueError as missing:
        _fail(str(missing))
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    # A post hook that could not run ("Skipping Integration") would leave unformatted code.
    fatal = [e for e in errors if e.level == ErrorLevel.ERROR or e.header == "Skipping Integration"]
    if fatal or not (package_dir / "__init__.py").exists():
        _fail(f"{GENERATOR} failed: " + "; ".join(f"{e.header}: {e.detail}" for e in fatal))
    # The facade sends requests itself and parses answers with the models' from_dict: the
    # generator's request functions, its client and its types module are not shipped (their
    # templates render empty). The models stand on the runtime instead, copied in after the
    # generator's ruff hooks (which format to their own settings) so it ships as its source.
    shutil.rmtree(package_dir / "api")
    for unused in UNUSED_MODULES:
        (package_dir / unused).unlink()
    for module in resources.RUNTIME_MODELS.values():  # written by hand in the runtime: not shipped
        (package_dir / "models" / f"{module}.py").unlink()
    shutil.copyfile(RUNTIME_SOURCE, package_dir / RUNTIME_MODULE)
    (package_dir / "py.typed").write_text("")
    (staged / GENERATED / LOCK_NAME).write_text(json.dumps(lock, indent=1) + "\n")
    root_paths = {entry["path"]: bool(entry.get("public")) for entry in overrides.get("root_paths", [])}
    downloads = frozenset(entry["operation"] for entry in overrides.get("downloads", []))
    legacy = {entry["operation"]: entry["adapter"] for entry in overrides.get("legacy_shapes", [])}
    try:
        required = {entry["model"]: entry["keys"] for entry in overrides.get("request_required", [])}
        inputs = resources.Inputs(resources.answered_classes(data), required, resources.models_by_name(data))
        operations = resources.plan(data, root_paths, downloads, legacy, inputs)
        method_docs.attach(operations, method_docs.collect(spec), yaml.load(EXAMPLES.read_text(), Loader=YAML_LOADER))
        types = resources.public_types(data, operations)
        types = dict(sorted({**types, **action_options.public_types(data, spec)}.items()))
        reserved = namespaces.client_attributes(ROOT / "facade" / "voipbin")
        rendered = resources.render(
            operations,
            types,
            SCRIPTS / "templates" / "facade",
            lock["source"],
            overrides,
            reserved,
            resources.model_classes(data),
            inputs,
        )
        rendered |= action_options.render(spec, overrides.get("action_options", []), SCRIPTS / "templates" / "facade")
    except ValueError as clash:  # two names for one thing: the naming rule or the overrides must change
        _fail(str(clash))
    for name, text in {**rendered, **emulator_table.render(spec)}.items():
        target = staged / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    _run_ruff(staged, [FACADE_GENERATED])


def _without_error_answers(spec: JSON) -> JSON:
    """The spec as the generator needs it. Error answers are the facade's (typed exceptions
    keyed on error.reason): their entries only fed the request modules the facade does not ship,
    and copying them cost the generator a second (it deep-copies every endpoint). Only answers
    whose schemas all refer to components (made models anyway) are dropped: an inline schema
    would be a model of its own, so that answer stays, and the models are the same."""
    shared = spec.get("components", {}).get("responses", {})
    prefix = "#/components/responses/"

    def droppable(code: object, answer: JSON) -> bool:
        if str(code)[:1] not in ("4", "5"):
            return False
        if "$ref" in answer:
            ref = str(answer["$ref"])
            found = shared.get(ref.removeprefix(prefix)) if ref.startswith(prefix) else None
            if not isinstance(found, dict):
                return False  # not resolvable here: the generator reports it
            answer = found
        schemas = [media.get("schema") for media in (answer.get("content") or {}).values()]
        return all(schema is None or "$ref" in schema for schema in schemas)

    paths = {}
    for path, item in spec["paths"].items():
        paths[path] = {
            method: {**op, "responses": {code: a for code, a in op["responses"].items() if not droppable(code, a)}}
            if method in HTTP_METHODS and "responses" in op
            else op
            for method, op in item.items()
        }
    return {**spec, "paths": paths}


def _run_ruff(staged: Path, outputs: list[str]) -> None:
    """The generator's post hooks, for the facade's generated modules: at the project's line
    length, a call or signature that fits kept on one line (the templates end every item
    with a comma, which ruff would otherwise keep as a request to split)."""
    style = ["--line-length=120", "--config", "format.skip-magic-trailing-comma = true"]
    for args in (["check", "--fix-only", "--extend-select=I"], ["format", *style]):
        command = [RUFF, *args, "--isolated", "--no-cache", "--quiet", *outputs]
        done = subprocess.run(command, cwd=staged, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            keep = Path(tempfile.mkdtemp(prefix="voipbin-resources-"))
            for output in outputs:
                (keep / output).parent.mkdir(parents=True, exist_ok=True)
                (shutil.copy if (staged / output).is_file() else shutil.copytree)(staged / output, keep / output)
            _fail(f"ruff {args[0]} failed on the generated modules (kept in {keep}):\n{done.stdout}{done.stderr}")


def _fail(message: str) -> NoReturn:
    print(f"regenerate: {message}", file=sys.stderr)
    raise SystemExit(1)


def _tree(root: Path) -> set[str]:
    """Every pipeline output file under ``root``, relative to it."""
    files = set()
    for output in OUTPUTS:
        top = root / output
        found = [top] if top.is_file() else top.rglob("*")
        files |= {str(p.relative_to(root)) for p in found if p.is_file() and "__pycache__" not in p.parts}
    return files


def _check(staged: Path, root: Path) -> int:
    """Compare the fresh build with the project's outputs; summarise what differs."""
    fresh, current = _tree(staged), _tree(root)
    missing = sorted(fresh - current)
    extra = sorted(current - fresh)
    changed = sorted(name for name in fresh & current if not filecmp.cmp(staged / name, root / name, shallow=False))
    if not (missing or extra or changed):
        print(f"check: {', '.join(OUTPUTS)} are exactly what the pipeline produces")
        return 0
    print("check: the outputs differ from what the pipeline produces:")
    for label, names in (("changed", changed), ("missing", missing), ("unexpected", extra)):
        for name in names[:CHANGE_LIST_LIMIT]:
            print(f"  {label}: {name}")
        if len(names) > CHANGE_LIST_LIMIT:
            print(f"  ... and {len(names) - CHANGE_LIST_LIMIT} more {label}")
    print("run scripts/regenerate.py with the same spec to update them")
    return 1


def _read_lock(output: Path) -> JSON | None:
    try:
        lock: JSON = json.loads((output / GENERATED / LOCK_NAME).read_text())
    except (OSError, ValueError):
        return None
    return lock


def change_report(old: JSON, new: JSON) -> list[str]:
    """Lines describing how the API surface moved from ``old`` lock to ``new`` lock."""
    before, after = old.get("operations", {}), new["operations"]
    lines = [f"+ {key}" for key in after if key not in before]
    lines += [f"- {key}" for key in before if key not in after]
    for key in after:
        if key in before and before[key] != after[key]:
            lines.append(f"~ {key}: {_describe_change(before[key], after[key])}")
    old_schemas, new_schemas = set(old.get("schemas", [])), set(new["schemas"])
    lines += [f"+ schema {name}" for name in sorted(new_schemas - old_schemas)]
    lines += [f"- schema {name}" for name in sorted(old_schemas - new_schemas)]
    return lines


def _describe_change(before: JSON, after: JSON) -> str:
    parts = []
    old_params, new_params = before["parameters"], after["parameters"]
    parts += [f"parameter +{name}" for name in new_params if name not in old_params]
    parts += [f"parameter -{name}" for name in old_params if name not in new_params]
    parts += [
        f"parameter ~{name}" for name in new_params if name in old_params and old_params[name] != new_params[name]
    ]
    if before["body"] != after["body"]:
        parts.append("request body")
    old_resp, new_resp = before["responses"], after["responses"]
    for code in sorted(set(old_resp) | set(new_resp)):
        if old_resp.get(code) != new_resp.get(code):
            sign = "+" if code not in old_resp else "-" if code not in new_resp else "~"
            parts.append(f"response {sign}{code}")
    return ", ".join(parts)


def _print_changes(old: JSON | None, new: JSON) -> None:
    if old is None:
        print("changes: no previous lock; generating from scratch")
        return
    if old.get("sha256") == new["sha256"]:
        print("changes: same spec as the lock")
        return
    lines = change_report(old, new)
    counts = {sign: sum(1 for line in lines if line[0] == sign and " schema " not in line) for sign in "+-~"}
    print(
        f"changes since {old.get('source')} "
        f"({old['counts']['operations']} -> {new['counts']['operations']} operations): "
        f"{counts['+']} added, {counts['-']} removed, {counts['~']} changed"
    )
    for line in lines:
        print(f"  {line}")


def _swap(staged: Path, root: Path, retired: Path) -> None:
    """Move each output into place by renames (same filesystem): no output is ever
    half-written, and the old ones are dropped only once all new ones are in."""
    for output in OUTPUTS:
        target = root / output
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            (retired / output).parent.mkdir(parents=True, exist_ok=True)
            target.rename(retired / output)
        (staged / output).rename(target)


if __name__ == "__main__":
    sys.exit(main())
