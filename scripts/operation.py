"""One facade method, as the pipeline plans it: its parameters, what it sends and answers,
what its docstring says, and how the command line takes it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class MethodDoc:
    """What the spec (and the examples table) say about one operation."""

    description: str = ""  # the operation's description, when it says more than the summary
    params: dict[str, str] = field(default_factory=dict)  # wire name -> description
    returns: str = ""  # what the 2xx answer is
    statuses: tuple[str, ...] = ()  # the error statuses the spec lists that STATUS_ERRORS explains
    example: str = ""


@dataclass
class Param:
    """One keyword argument of a facade method and where it goes on the wire."""

    name: str  # python name
    wire: str  # JSON key or query name
    annotation: str
    required: bool
    reference: bool = False  # a body id (uuid, or a str named *_id): None sends the nil UUID, "no reference"


@dataclass
class Operation:
    """One facade method: how it is called, what it sends and what it returns."""

    chain: tuple[str, ...]  # the namespace: ("service_agents", "contacts", "addresses")
    name: str
    method: str
    path: str
    summary: str
    path_params: list[tuple[str, str]]  # (python name, wire name)
    query: list[Param]
    body: list[Param]
    multipart: bool
    returns: str
    parser: str  # the expression (in voipbin/_resource.py terms) that reads a 2xx answer
    item: str | None  # the item type when the method paginates (a list verb)
    imports: set[str] = field(default_factory=set)
    at_root: bool = False  # served at the server root, not under /v1.0 (spec_overrides.yaml, root_paths)
    public: bool = False  # served without a credential (root_paths entries marked public)
    download: bool = False  # answers a redirect to the file (spec_overrides.yaml, downloads)
    doc: MethodDoc | None = None  # what its docstring says (method_docs.attach)

    @property
    def spec_path(self) -> str:
        """The path as the spec writes it (the generator renames parameters)."""
        spec = self.path
        for python, wire in self.path_params:
            spec = spec.replace("{" + python + "}", "{" + wire + "}")
        return spec

    @property
    def extra_body(self) -> bool:
        """Whether the method takes extra_body: every JSON request that may carry a body."""
        return not self.multipart and (self.method != "get" or bool(self.body))

    @property
    def has_token(self) -> bool:
        return any(p.wire == "page_token" for p in self.query)

    @property
    def url(self) -> str:
        """The path as an f-string body with quoted path parameters."""
        url = self.path
        for python, _ in self.path_params:
            url = url.replace("{" + python + "}", "{path_segment(" + python + ")}")
        return url


# Options the command line itself defines on every operation (facade/voipbin/_cli.py): a
# parameter whose flag would be one of them takes ``--<name>-param`` instead.
CLI_OPTIONS = {"body", "format", "limit", "token-stdin", "base-url", "output", "help"}


def split_union(annotation: str) -> list[str]:
    """The members of a union written as text, a Literal[...] kept whole."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth == 0 and annotation.startswith(" | ", index):
            parts.append(annotation[start:index])
            start = index + 3
    return [*parts, annotation[start:]]


def cli_kind(annotation: str) -> str:
    """How the command line reads a parameter's text: str, int, float, bool, file (a path,
    uploaded), or json (models, lists, mappings: a JSON value, or @file.json)."""
    parts = set(split_union(annotation)) - {"None"}
    if "File" in parts:
        return "file"
    if any(part.startswith(("Sequence[", "Mapping[")) or part.endswith("Param") or part == "Any" for part in parts):
        return "json"
    if "str" in parts or any(part.startswith('Literal["') for part in parts):
        return "str"  # str, a UUID, or an open enum's values
    if any(part.startswith("Literal[") for part in parts):
        return "int"  # an integer enum's values
    for kind in ("bool", "int", "float"):
        if parts == {kind}:
            return kind
    if parts == {"int", "float"}:
        return "float"
    raise ValueError(f"no command line type for a parameter typed {annotation!r}")


def cli_flags(op: Operation) -> list[str]:
    """The command line flag of each keyword parameter of ``op`` (query, then body): the
    python name with hyphens, its trailing underscore dropped unless that would clash."""
    params = op.query + op.body
    flags = []
    for p in params:
        flag = p.name.replace("_", "-")
        bare = flag.rstrip("-")
        if bare not in CLI_OPTIONS and not any(q.name == bare.replace("-", "_") for q in params if q is not p):
            flag = bare
        flags.append(f"{flag}-param" if flag in CLI_OPTIONS else flag)
    return flags
