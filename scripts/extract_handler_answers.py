#!/usr/bin/env python3
"""Extract the server's own answers from its handler tests into tests/emulator/handler_answers.json,
and which fields its models leave out when empty into facade/voipbin/_emulator/_omitempty.py.

Run once by hand, beside a copy of the server's code; neither the tests nor CI run it (they
have no copy of the server), they read the committed files it writes:

    python3 scripts/extract_handler_answers.py /path/to/voipbin/monorepo   # a checkout or a bare git dir

Why: the emulator's answers are built from the spec, and the spec is not the server. The
handler tests of bin-api-manager/server/*_test.go are table-driven; each case sends a
request through the real router (``http.NewRequest(method, tt.reqQuery, ...)``), mocks the
services behind it and compares the body it gets with ``expectRes`` byte for byte. So every
``expectRes`` is an answer the server's own code produced for a known method, path and
status: what tests/emulator/test_server_answers.py compares the emulator's shapes with.

How: each ``func Test...`` is one table. Its method, the path field (``tt.reqQuery``, or a
literal path) and its status (``w.Code != http.StatusOK``, or the case's ``expectStatus``)
come from the function's body; each case's fields are the nearest ones before its
``expectRes``. A test whose request is built another way (``fmt.Sprintf``, concatenation) or
whose answer is not JSON is left out and named on stderr.

The omitted fields: the server marshals its Go models with encoding/json, and a field tagged
``omitempty`` is left out of the answer when it is empty (``""``, 0, false, a nil pointer, an
empty slice or map; never a struct or a UUID, which is an array). The spec does not say which
fields those are; the emulator must know to answer in the server's shape, so they are read
from the model each answer's schema names (``Call`` is the ``WebhookMessage`` of
bin-call-manager/models/call), embedded and nested structs followed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "emulator" / "handler_answers.json"
OMITEMPTY = ROOT / "facade" / "voipbin" / "_emulator" / "_omitempty.py"
SERVER = "bin-api-manager/server/"

FUNCTION = re.compile(r"^func (Test\w+)\(t \*testing\.T\) \{$(.*?)^\}$", re.M | re.S)
GO_STRING = r"(`[^`]*`|\"(?:[^\"\\]|\\.)*\")"
REQUEST = re.compile(r"http\.NewRequest\(\s*(\"[A-Z]+\"|http\.Method\w+)\s*,\s*(tt\.\w+|" + GO_STRING + r")\s*[,)]")
ANSWER = re.compile(r"\bexpect(?:ed)?Res\s*:\s*(?:string|\[\]byte)?\(?\s*" + GO_STRING)
CHECKED_STATUS = re.compile(r"w\.Code != (http\.Status\w+|tt\.\w+)")
STATUS_NAMES = {"Status" + "".join(word.title() for word in s.name.split("_")): s.value for s in HTTPStatus}
STATUS_NAMES["StatusOK"] = 200


def go_string(literal: str) -> str:
    """The value of a Go string literal: a raw one as written, an interpreted one unescaped
    (Go's escapes that the handler tests use are JSON's)."""
    if literal.startswith("`"):
        return literal[1:-1]
    value: str = json.loads(literal)
    return value


def field(case_before: str, case_after: str, name: str, value: str = GO_STRING) -> str | None:
    """A case's field: the nearest before its ``expectRes``, else the first after it."""
    pattern = re.compile(rf"\b{name}\s*:\s*(?:\[\]byte\()?{value}")
    before = pattern.findall(case_before)
    if before:
        return str(before[-1])
    after = pattern.search(case_after)
    return after.group(1) if after else None


def status_of(checked: str, case_before: str, case_after: str) -> int | None:
    if checked.startswith("http."):
        return STATUS_NAMES.get(checked.removeprefix("http."))
    found = field(case_before, case_after, checked.removeprefix("tt."), r"http\.(Status\w+)")
    return STATUS_NAMES.get(found) if found else None


def cases(file: str, text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Every JSON answer of one test file, and the tests left out with why."""
    found, left_out = [], []
    for function in FUNCTION.finditer(text):
        test, body = function.group(1), function.group(2)
        answers = list(ANSWER.finditer(body))
        if not answers:
            continue
        request, checked = REQUEST.search(body), CHECKED_STATUS.search(body)
        if request is None or checked is None:
            left_out.append(f"{file} {test}: {'no request built as a table' if request is None else 'no status check'}")
            continue
        method = request.group(1).strip('"').removeprefix("http.Method").upper()
        target = request.group(2)
        first_line = text.count("\n", 0, function.start(2)) + 1
        for index, answer in enumerate(answers):
            start = answers[index - 1].end() if index else 0
            end = answers[index + 1].start() if index + 1 < len(answers) else len(body)
            before, after = body[start : answer.start()], body[answer.end() : end]
            url = go_string(target) if not target.startswith("tt.") else field(before, after, target[3:])
            status = status_of(checked.group(1), before, after)
            try:
                expected = json.loads(go_string(answer.group(1)))
            except ValueError:
                left_out.append(f"{file} {test}: an answer that is not JSON")
                continue
            if url is None or status is None:
                left_out.append(f"{file} {test}: a case without {'its path' if url is None else 'its status'}")
                continue
            request_body = field(before, after, "reqBody")
            name = field(before, after, "name")
            found.append({
                "source": f"{SERVER}{file}:{first_line + body.count(chr(10), 0, answer.start())}",
                "test": test,
                "case": go_string(name) if name else "",
                "method": method,
                "url": go_string(url) if url.startswith(("`", '"')) else url,
                "request_body": go_string(request_body) if request_body else None,
                "status": status,
                "answer": expected,
            })  # fmt: skip
    return found, left_out


MODEL_TYPE = re.compile(r"^type (\w+) (struct \{\n.*?^\}|[^\n]+)$", re.M | re.S)
MODEL_IMPORT = re.compile(r'^\s*(?:(\w+)\s+)?"monorepo/([^"]+)"', re.M)
MODEL_FIELD = re.compile(r'^\s*\w+\s+([^\s`]+)\s+`[^`]*json:"([^"]*)"')
EMBEDDED = re.compile(r"^\s*\*?([\w.]+)$")
GO_BASIC = re.compile(r"string|bool|u?int\d*|float\d+|byte|rune")
OMITTABLE = ("pointer", "slice", "map", "basic")  # encoding/json's isEmptyValue: not structs, not arrays
# Schemas whose model is not where their name points.
MODELS = {
    "TalkManagerTalk": ("bin-talk-manager/models/chat", "WebhookMessage"),
    "ContactManagerAddress": ("bin-contact-manager/models/contact", "Address"),
    "ContactManagerCase": ("bin-contact-manager/models/kase", "Case"),
}
Kind = tuple[str, str, str]  # (kind, package directory, struct name): the last two for a struct


class Models:
    """The Go types of the server's ``models`` packages, read from git as they are needed."""

    def __init__(self, git: Callable[..., str]) -> None:
        self.git = git
        self.files = [path for path in git("ls-tree", "-r", "--name-only", "HEAD").split()
                      if "/models/" in path and path.endswith(".go") and not path.endswith("_test.go")]  # fmt: skip
        self.packages: dict[str, tuple[dict[str, str], dict[str, str]]] = {}

    def package(self, directory: str) -> tuple[dict[str, str], dict[str, str]]:
        """A package's type declarations by name, and its imports of the monorepo by alias."""
        if directory not in self.packages:
            types: dict[str, str] = {}
            imports: dict[str, str] = {}
            for path in self.files:
                if path.rsplit("/", 1)[0] == directory:
                    text = self.git("show", f"HEAD:{path}")
                    imports.update(
                        (alias or target.rsplit("/", 1)[-1], target) for alias, target in MODEL_IMPORT.findall(text)
                    )
                    types.update(MODEL_TYPE.findall(text))
            self.packages[directory] = (types, imports)
        return self.packages[directory]

    def kind(self, directory: str, expression: str) -> Kind:
        if expression.startswith(("*", "[]")):
            _, where, struct = self.kind(directory, expression.lstrip("*[]"))
            return ("pointer" if expression.startswith("*") else "slice", where, struct)
        if expression.startswith("map[") or expression in ("any", "interface{}", "json.RawMessage"):
            return ("map" if expression != "json.RawMessage" else "slice", "", "")
        if GO_BASIC.fullmatch(expression):
            return ("basic", "", "")
        types, imports = self.package(directory)
        if "." in expression:
            alias, expression = expression.split(".", 1)
            if alias not in imports:
                return ("never", "", "")  # uuid.UUID is an array, time.Time a struct: never left out
            directory, types = imports[alias], self.package(imports[alias])[0]
        declaration = types.get(expression, "")
        if declaration.startswith("struct"):
            return ("struct", directory, expression)
        return (self.kind(directory, declaration.split("//")[0].strip())[0] if declaration else "never", "", "")

    def fields(self, directory: str, struct: str, prefix: str = "", depth: int = 0) -> list[tuple[str, bool]]:
        """Every dotted JSON path of a struct, nested ones included, and whether encoding/json
        leaves it out when empty (tagged omitempty, of a kind that can be empty)."""
        found = []
        for line in self.package(directory)[0].get(struct, "").split("\n")[1:-1]:
            line = line.split("//")[0].rstrip()
            field, embedded = MODEL_FIELD.match(line), EMBEDDED.match(line)
            if field is None:
                if embedded:
                    _, where, inner = self.kind(directory, embedded.group(1))
                    found += self.fields(where, inner, prefix, depth) if inner else []
                continue
            name, _, options = field.group(2).partition(",")
            kind, where, inner = self.kind(directory, field.group(1))
            if name != "-":
                found.append((prefix + name, "omitempty" in options.split(",") and kind in OMITTABLE))
                if inner and depth < 3:
                    found += self.fields(where, inner, f"{prefix}{name}.", depth + 1)
        return found

    def of_schema(self, schema: str) -> list[tuple[str, bool]] | None:
        """The fields of the model a spec schema names: ``XManagerY`` is bin-x-manager/models/y,
        its ``WebhookMessage`` (what the API answers) or else its struct ``Y``; ``XManagerYAdmin``
        (an admin's view) is the struct ``Y`` itself; a few are named otherwise (``MODELS``)."""
        named = re.fullmatch(r"([A-Z][A-Za-z]*?)Manager([A-Z]\w*?)(Admin)?", schema)
        if named is None:
            return None
        directory = f"bin-{named.group(1).lower()}-manager/models/{named.group(2).lower()}"
        directory, struct = MODELS.get(schema, (directory, ""))
        types = self.package(directory)[0]
        if not struct:
            struct = "WebhookMessage" if "WebhookMessage" in types and not named.group(3) else next(
                (name for name in types if name.lower() == named.group(2).lower()), "")  # fmt: skip
        return self.fields(directory, struct) if struct else None


def write_omitempty(models: Models, commit: str) -> None:
    import spec_snapshots
    from schema_names import public_names
    from voipbin._generated.emulator_table import SCHEMAS

    # The table names schemas as the SDK does (Call); the Go models are found by the spec's names
    # (CallManagerCall), which the normaliser's rule maps to those.
    spec = json.loads(spec_snapshots.require().read_text())
    spec_name = {public: name for name, public in public_names(list(spec["components"]["schemas"]), {}).items()}
    omitted: dict[str, list[str]] = {}
    not_sent: dict[str, list[str]] = {}
    unread = []
    for schema in sorted(SCHEMAS):
        fields = models.of_schema(spec_name.get(schema, schema))
        if not fields:
            unread.append(schema)
            continue
        if paths := sorted({path for path, omittable in fields if omittable}):
            omitted[schema] = paths
        if absent := sorted(set(SCHEMAS[schema]) - {path for path, _ in fields}):
            not_sent[schema] = absent
    print(f"models: {len(omitted)} schemas leave fields out when empty, {len(not_sent)} never send some; "
          f"no model found for {unread}")  # fmt: skip
    OMITEMPTY.write_text(
        "# Generated by scripts/extract_handler_answers.py from the server's Go models\n"
        f"# (voipbin/monorepo@{commit}): do not edit.\n"
        '"""How the server\'s encoding/json writes each answer, by schema. ``OMITEMPTY``: the fields\n'
        "it leaves out while empty (Go's ``omitempty``), as dotted JSON paths, a list's items named\n"
        "by the list (``actions.option``). ``NOT_SENT``: the spec's fields the model does not have,\n"
        'so the server never sends them."""\n\n'
        f"OMITEMPTY: dict[str, list[str]] = {json.dumps(omitted, indent=4)}\n\n"
        f"NOT_SENT: dict[str, list[str]] = {json.dumps(not_sent, indent=4)}\n"
    )
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(OMITEMPTY)], check=True)


def main(monorepo: Path) -> None:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(monorepo), *args], capture_output=True, text=True, check=True).stdout

    commit = git("rev-parse", "HEAD").strip()
    files = [name for name in git("ls-tree", "--name-only", "HEAD", SERVER).split() if name.endswith("_test.go")]
    answers, left_out = [], []
    for path in files:
        found, skipped = cases(path.removeprefix(SERVER), git("show", f"HEAD:{path}"))
        answers += found
        left_out += skipped
    for line in left_out:
        print(f"left out: {line}", file=sys.stderr)
    lines = ",\n".join("  " + json.dumps(answer, separators=(",", ":")) for answer in answers)
    header = json.dumps({"repository": "voipbin/monorepo", "commit": commit, "files": SERVER + "*_test.go"})
    OUT.write_text(f'{{"source":{header},\n "answers":[\n{lines}\n]}}\n')
    write_omitempty(Models(git), commit)
    print(f"{len(answers)} answers from {len({a['source'].rsplit(':', 1)[0] for a in answers})} files -> {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
