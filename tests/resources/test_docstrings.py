"""What help() and an IDE show for a method and for the clients: the spec's words, in Google style."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import pydoc
import re
from collections.abc import Callable
from typing import Any

import spec_snapshots
import voipbin._generated.resources as resources_pkg
import voipbin_api.models
from voipbin import AsyncVoipbin, Voipbin
from voipbin._options import CallOptions

from tests.resources.test_mapping import ROOT, added_operations, facade_methods, spec_operations


def _spec_body(path: str, method: str) -> dict[str, Any]:
    spec = json.loads(spec_snapshots.require().read_text())
    schema: dict[str, Any] = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    return schema["properties"]  # type: ignore[no-any-return]


def _words(text: str) -> str:
    return " ".join(text.split())


def test_help_of_calls_create_holds_each_parameters_description_from_the_spec() -> None:
    text = _words(pydoc.render_doc(Voipbin(token="t").calls.create, renderer=pydoc.plaintext))
    assert "Make an outbound call" in text and "POST /calls" in text
    for name, prop in _spec_body("/calls", "post").items():
        if "description" in prop:
            assert f"{name}: {_words(prop['description'])}" in text, name
    for section in ("Args:", "Returns: CallsCreated:", "Raises: BadRequestError:", "Example:"):
        assert section in text
    assert "**options: See voipbin.CallOptions." in text


def _methods(client: Any) -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for names in facade_methods().values():
        for dotted in names:
            target = client
            for part in dotted.split("."):
                target = getattr(target, part)
            found.append((dotted, target))
    return found


def test_every_method_documents_each_parameter_what_it_returns_and_raises() -> None:
    for client in (Voipbin(token="t"), AsyncVoipbin(token="t")):
        for dotted, method in _methods(client):
            doc = inspect.getdoc(method) or ""
            args = doc.split("Args:\n", 1)[1].split("\n\nReturns:\n", 1)[0]
            listed = re.findall(r"^    (\*\*\w+|\w+): \S", args, flags=re.MULTILINE)
            parameters = [
                ("**" if p.kind is p.VAR_KEYWORD else "") + name
                for name, p in inspect.signature(method).parameters.items()
            ]
            assert listed == parameters, dotted
            assert "\n\nRaises:\n    " in doc and "VoipbinError: " in doc, dotted


def test_the_call_options_are_documented_once_where_each_method_points() -> None:
    doc = inspect.getdoc(CallOptions) or ""
    assert [key for key in CallOptions.__annotations__ if f"    {key}: " not in doc] == []


def test_the_clients_show_and_document_every_constructor_parameter_and_no_private_one() -> None:
    for client in (Voipbin, AsyncVoipbin):
        parameters = list(inspect.signature(client).parameters)
        assert [name for name in parameters if name.startswith("_")] == []
        doc = inspect.getdoc(client.__init__) or ""
        assert [name for name in parameters if f"    {name}: " not in doc] == []
        assert "__init__" in (inspect.getdoc(client) or "")


def test_the_api_reference_lists_every_call_option() -> None:
    header = (ROOT / "docs" / "api.md").read_text().split("\n## ", 1)[0]
    assert [key for key in CallOptions.__annotations__ if f"`{key}=`" not in header] == []


def test_the_readme_and_the_api_reference_count_alike() -> None:
    spec, added = len(spec_operations()), len(added_operations())
    readme = _words((ROOT / "README.md").read_text())
    reference = _words((ROOT / "docs" / "api.md").read_text().split("\n## ", 1)[0])
    assert f"the spec's {spec} operations ({spec + added} methods, with one the server has beyond" in readme
    assert f"{spec + added} methods in " in reference and f"the {spec} operations of" in reference
    assert f"and {added} the server has that the spec lacks" in reference
    assert {int(n) for n in re.findall(r"(\d+) operations", readme)} == {spec}


def test_every_generated_class_has_a_docstring_of_its_own() -> None:
    """Namespaces, their raw-response views, models and enums: what pyright's check cannot reach
    (namespaces are attributes, not exports) is held here."""
    classes: list[type] = [getattr(voipbin_api.models, name) for name in voipbin_api.models.__all__]
    for info in pkgutil.walk_packages(resources_pkg.__path__, prefix=f"{resources_pkg.__name__}."):
        module = importlib.import_module(info.name)
        classes += [c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == module.__name__]
    assert len(classes) > 600
    assert [c.__qualname__ for c in classes if not (vars(c).get("__doc__") or "").strip()] == []
