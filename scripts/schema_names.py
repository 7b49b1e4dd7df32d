"""The names users see: each schema's public name (the class the generator makes carries it)
and each enum member's, chosen once here for the normaliser (scripts/normalise.py)."""

from __future__ import annotations

import json
import re
from collections import Counter

from spec_tree import JSON, SCHEMA_PREFIX, walk

# The generator's service prefix: CallManagerCall, FlowManagerAction; Common for shared ones.
SERVICE_PREFIX = re.compile(r"^(?:([A-Z][A-Za-z]*?)Manager|Common)(?=[A-Z])")
# Names the SDK gives its own classes (the models' runtime, the facade): a schema keeps its
# service rather than take one (StorageManagerFile is StorageFile, not a second File).
RESERVED_NAMES = frozenset({"File", "Model", "FieldError", "Page", "Event", "Voipbin", "AsyncVoipbin", "Request"})


def public_names(schemas: list[str], chosen: dict[str, str]) -> dict[str, str]:
    """Every schema's public name: ``chosen`` (the overrides), else the name without its
    service prefix (CallManagerCallStatus -> CallStatus, CommonAddress -> Address). Where two
    services would share a name, the service's own model keeps it and the others keep their
    service (MessageManagerMessage -> Message, ConversationManagerMessage -> ConversationMessage),
    as does one whose name the SDK uses itself (RESERVED_NAMES). Two schemas never share a
    name: ValueError says which."""
    by_short: dict[str, list[tuple[str, str]]] = {}
    for name in schemas:
        match = SERVICE_PREFIX.match(name)
        service = (match.group(1) or "") if match else ""
        by_short.setdefault(name[match.end() :] if match else name, []).append((service, name))
    names = {}
    for short, owners in by_short.items():
        for service, name in owners:
            alone = (len(owners) == 1 or service == short) and short not in RESERVED_NAMES
            names[name] = short if alone else service + short
    names.update(chosen)
    taken: dict[str, list[str]] = {}
    for name, public in names.items():
        taken.setdefault(public, []).append(name)
    clashes = {public: sorted(owners) for public, owners in taken.items() if len(owners) > 1}
    if clashes:
        raise ValueError(f"schemas given one public name (add a `names` override): {clashes}")
    return names


def rename_schemas(doc: JSON, names: dict[str, str]) -> int:
    """Rename the schemas of ``doc`` as ``names`` says, $refs following; how many changed."""
    schemas = doc["components"]["schemas"]
    renamed = {SCHEMA_PREFIX + old: SCHEMA_PREFIX + new for old, new in names.items() if old != new}
    doc["components"]["schemas"] = {names.get(name, name): schema for name, schema in schemas.items()}
    for _, node in walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in renamed:
            node["$ref"] = renamed[ref]
    return len(renamed)


def member_name(value: object) -> str:
    """An enum member's name from its value: "hangup" -> HANGUP, "in-progress" -> IN_PROGRESS,
    "" -> EMPTY; a name that would start with a digit is prefixed with V_."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", json.dumps(value) if not isinstance(value, str) else value)
    name = name.strip("_").upper() or "EMPTY"
    return f"V_{name}" if name[0].isdigit() else name


def name_enum_members(doc: JSON) -> int:
    """Name every enum's members by value (the generator would repeat the class in each:
    CALL_MANAGER_CALL_STATUS_HANGUP), or by an override's ``x-member-names`` where the values
    are symbols ("==", ">="); how many enums. Two values giving one name raise ValueError."""
    count = 0
    for where, node in walk(doc):
        if not isinstance(node.get("enum"), list):
            continue
        names = node.pop("x-member-names", None) or [member_name(value) for value in node["enum"]]
        twice = sorted(name for name, times in Counter(names).items() if times > 1)
        if twice:
            raise ValueError(f"{where}: enum values that give one member name: {twice}")
        node["x-enum-varnames"] = names
        count += 1
    return count
