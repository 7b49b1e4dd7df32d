"""Every operation of the spec is exactly one facade method, and every method one operation."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
from pathlib import Path

import spec_snapshots
import voipbin._generated.resources as resources_pkg
import yaml
from voipbin._namespace import AsyncResource, SyncResource

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations() -> set[tuple[str, str]]:
    spec = json.loads(spec_snapshots.require().read_text())
    return {(m.upper(), p) for p, item in spec["paths"].items() for m in item if m in METHODS}


def added_operations() -> set[tuple[str, str]]:
    """Operations the server has and the spec lacks (scripts/spec_overrides.yaml)."""
    overrides = yaml.safe_load((ROOT / "scripts" / "spec_overrides.yaml").read_text())
    return {tuple(entry["operation"].split(" ", 1)) for entry in overrides["added_operations"]}  # type: ignore[misc]


def _wire(resource_module: object, method_name: str) -> tuple[str, str]:
    """Call the method's request builder with placeholder ids; read method and path."""
    build = getattr(resource_module, f"_{method_name}_request")
    signature = inspect.signature(build)
    positional = [f"P{i}" for i, p in enumerate(signature.parameters.values()) if p.kind is p.POSITIONAL_OR_KEYWORD]
    keywords = {name: None for name, p in signature.parameters.items() if p.kind is p.KEYWORD_ONLY}
    request = build(*positional, **keywords)
    return request.method.upper(), request.url


def facade_methods() -> dict[tuple[str, str], list[str]]:
    """(METHOD, url with placeholders) -> the dotted names (``service_agents.contacts.addresses.delete``)."""
    found: dict[tuple[str, str], list[str]] = {}
    for info in pkgutil.walk_packages(resources_pkg.__path__, prefix=f"{resources_pkg.__name__}."):
        module = importlib.import_module(info.name)
        classes = list({c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == module.__name__})
        sync = [c for c in classes if issubclass(c, SyncResource)]
        async_ = [c for c in classes if issubclass(c, AsyncResource)]
        assert len(sync) == len(async_) == 1, info.name
        sync_names = {n for n, v in vars(sync[0]).items() if inspect.isfunction(v) and not n.startswith("_")}
        async_names = {n for n, v in vars(async_[0]).items() if inspect.isfunction(v) and not n.startswith("_")}
        assert sync_names == async_names, info.name
        for name in sync_names:
            chain = info.name.removeprefix(f"{resources_pkg.__name__}.")
            found.setdefault(_wire(module, name), []).append(f"{chain}.{name}")
    return found


def module_of(dotted: str) -> str:
    """The module that defines a dotted method name."""
    return f"{resources_pkg.__name__}." + dotted.rsplit(".", 1)[0]


def _template(url: str, spec_paths: set[str]) -> str:
    """Map a URL built with placeholders P0, P1... back to the spec's path template."""
    pattern = {re.sub(r"\{[^}]+\}", "{}", p): p for p in spec_paths}
    return pattern.get(re.sub(r"P\d+", "{}", url), url)


def test_every_operation_maps_to_exactly_one_method_and_back() -> None:
    operations = spec_operations() | added_operations()
    paths = {p for _, p in operations}
    methods = {(verb, _template(url, paths)): names for (verb, url), names in facade_methods().items()}
    assert (len(spec_operations()), len(operations)) == (410, 411)
    assert set(methods) == operations
    assert all(len(names) == 1 for names in methods.values()), {k: v for k, v in methods.items() if len(v) > 1}


def test_docs_list_every_operation() -> None:
    docs = (ROOT / "docs" / "api.md").read_text()
    rows = re.findall(r"^\| `(\w+)` \| `(GET|PUT|POST|DELETE|PATCH) (\S+)` \|", docs, re.M)
    assert {(m, p) for _, m, p in rows} == spec_operations() | added_operations()
    assert len(rows) == 411
