"""The ``voipbin`` command line: every operation, live events, webhook checks.

    voipbin <resource> [<sub-resource> ...] <verb> [ids] [--param value ...]
    voipbin events tail TOPIC...
    voipbin webhooks verify --secret-env NAME --signature HEADER < body

Built on the SDK and on the operation table generated beside the resources
(voipbin/_generated/cli_table.py), so it never drifts from them. Only the parser for the path
typed is built, and the SDK's client is imported only to run a command: ``--help``
reads plain data. Credentials come from the environment (VOIPBIN_TOKEN,
VOIPBIN_ACCESSKEY) or ``--token-stdin``, never from a flag, and are never printed;
other secrets a command takes come from a file, stdin or the environment (_cli_input).
What the server says is printed with its control characters escaped (_cli_output).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from ._cli_input import SECRET_FORMS, STDIN, body_json, is_secret, json_value, non_negative, secret
from ._cli_output import (
    EXIT_BROKEN_PIPE,
    event_row,
    print_items,
    print_json,
    print_pages,
    printable,
    rows_of,
    tail_table,
    write_download,
)
from ._generated.cli_table import OPERATIONS, Operation

if TYPE_CHECKING:
    from ._client import Voipbin

__all__ = ["EXIT_CODES", "main"]

PROG = "voipbin"
# (exit code, what it means): printed by `voipbin --help`, and in the README.
EXIT_CODES = (
    (0, "success; webhooks verify: the signature is valid"),
    (1, "webhooks verify: the signature does not verify"),
    (2, "usage: unknown command, bad or missing argument, no credential"),
    (3, "AuthenticationError 401, PermissionDeniedError 403"),
    (4, "NotFoundError 404"),
    (5, "any other APIError 4xx: BadRequestError 400, PaymentRequiredError 402, ConflictError 409, RateLimitError 429"),
    (6, "InternalServerError 5xx, ServiceUnavailableError 503"),
    (7, "APIConnectionError, APITimeoutError: no answer (a POST may have run)"),
    (8, "ResponseParseError: a 2xx answer that did not fit its model (the call ran)"),
    (9, "EventStreamError: the event stream was refused (topics, handshake)"),
    (10, "APIError 3xx: an answer redirecting elsewhere (only a download's redirect is followed)"),
    (130, "interrupted (Ctrl-C)"),
    (EXIT_BROKEN_PIPE, "a download to stdout whose reader went away (broken pipe): the file is incomplete"),
)
SPECIAL = {"events": "tail: print live events as they arrive", "webhooks": "verify: check a delivery's signature",
           "emulate": "serve an offline VoIPBIN for testing apps (--port, --speed)"}  # fmt: skip


class UsageError(Exception):
    """A command line that cannot run: exit 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit code (see EXIT_CODES)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args)
    except UsageError as exc:
        print(f"{PROG}: error: {printable(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `voipbin calls list | head`: stdout goes to /dev/null for the exit flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        from ._exceptions import VoipbinError

        if not isinstance(exc, VoipbinError):
            raise
        print(f"{PROG}: error: {describe(exc)}", file=sys.stderr)
        return exit_code(exc)


def exit_code(error: BaseException) -> int:
    """The exit code for an error the SDK raised (EXIT_CODES)."""
    from . import _exceptions as e

    if isinstance(error, e.AuthenticationError | e.PermissionDeniedError):
        return 3
    if isinstance(error, e.NotFoundError):
        return 4
    if isinstance(error, e.APIError):
        return 6 if error.status_code >= 500 else 10 if error.status_code < 400 else 5
    if isinstance(error, e.APIConnectionError):
        return 7
    if isinstance(error, e.ResponseParseError):
        return 8
    if isinstance(error, e.EventStreamError):
        return 9
    return 2  # VoipbinError itself: no credentials


def describe(error: BaseException) -> str:
    """One line: status, reason, message and request id of an API error; else its message.
    What the server wrote is escaped: a newline in it cannot forge a line of its own."""
    from ._exceptions import APIError

    if isinstance(error, APIError):
        parts = [str(error.status_code), error.reason or "", error.message or ""]
        line = " ".join(part for part in parts if part)
        return printable(f"{line} (request id: {error.request_id or 'none'})")
    return printable(" ".join(str(error).split()))


def _dispatch(args: list[str]) -> int:
    chain: list[str] = []
    for index, word in enumerate(args):
        if word.startswith("-"):
            break
        if not chain and word in SPECIAL:
            return {"events": _events, "webhooks": _webhooks, "emulate": _emulate}[word](args[index + 1 :])
        namespaces, verbs = _level(tuple(chain))
        if word in verbs:
            return _run(".".join([*chain, word]), verbs[word], args[index + 1 :])
        if word not in namespaces:
            known = sorted(namespaces | set(verbs) | (set(SPECIAL) if not chain else set()))
            raise UsageError(f"unknown command {' '.join([PROG, *chain, word])!r}; one of: {', '.join(known)}")
        chain.append(word)
    parser = _namespace_parser(tuple(chain))
    rest = args[len(chain) :]
    if rest and rest[0] == "--version":
        from ._version import __version__

        print(f"{PROG} {__version__}")
        return 0
    if any(word in ("-h", "--help") for word in rest):
        parser.print_help()
        return 0
    parser.print_usage(sys.stderr)
    raise UsageError(f"{' '.join([PROG, *chain])}: a command is needed (see --help)")


def _emulate(args: list[str]) -> int:
    from ._emulator._command import emulate

    return emulate(args)


def _level(chain: tuple[str, ...]) -> tuple[set[str], dict[str, Operation]]:
    """The sub-namespaces and the verbs directly under ``chain``."""
    namespaces, verbs = set(), {}
    depth = len(chain)
    for key, op in OPERATIONS.items():
        parts = key.split(".")
        if tuple(parts[:depth]) != chain:
            continue
        if len(parts) == depth + 1:
            verbs[parts[depth]] = op
        else:
            namespaces.add(parts[depth])
    return namespaces, verbs


def _count(chain: tuple[str, ...]) -> int:
    namespaces, verbs = _level(chain)
    return len(namespaces) + len(verbs)


def _namespace_parser(chain: tuple[str, ...]) -> argparse.ArgumentParser:
    namespaces, verbs = _level(chain)
    counts = {name: _count((*chain, name)) for name in namespaces}
    lines = [f"  {name:<28} {n} command{'s' if n != 1 else ''}" for name, n in sorted(counts.items())]
    if not chain:
        lines += [f"  {name:<28} {text}" for name, text in SPECIAL.items()]
    lines += [f"  {verb:<28} {op.summary}  [{op.http}]" for verb, op in sorted(verbs.items())]
    epilog = "commands:\n" + "\n".join(lines)
    if not chain:
        epilog += (
            "\n\ncredentials: VOIPBIN_TOKEN or VOIPBIN_ACCESSKEY in the environment, or --token-stdin;"
            "\nother secrets (--password, --engine-key, --secret...): @FILE, - (stdin) or env:NAME, never the value;"
            "\nthe server: --base-url or VOIPBIN_BASE_URL (default https://api.voipbin.net/v1.0)."
            "\n\nexit codes:\n" + "\n".join(f"  {code:<4} {text}" for code, text in EXIT_CODES)
        )
    prog = " ".join([PROG, *chain])
    parser = argparse.ArgumentParser(
        prog=prog,
        usage=f"{prog} <command> ... [--help]",
        description="The VoIPBIN API from the command line." if not chain else f"vb.{'.'.join(chain)}",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if not chain:
        parser.add_argument("--version", action="store_true", help="print the version")
    return parser


# -- operations ---------------------------------------------------------------------------


def _boolean(text: str) -> bool:
    value = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}.get(text.lower())
    if value is None:
        raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")
    return value


# How each kind of parameter (voipbin/_generated/cli_table.py) is read; a file is its path, opened on run.
KINDS: dict[str, Callable[[str], Any]] = {
    "str": str, "int": int, "float": float, "bool": _boolean, "json": json_value, "file": str,
}  # fmt: skip


def _common(parser: argparse.ArgumentParser, *, formats: bool = True) -> argparse._ArgumentGroup:
    """--format, --token-stdin and --base-url, in a group of their own (returned, for more)."""
    group = parser.add_argument_group("output, credentials and server")
    if formats:
        group.add_argument(
            "--format", choices=("json", "table"), default="json", help="JSON lines (default) or a table"
        )
    group.add_argument(
        "--token-stdin", action="store_true", help="read the token from the first line of stdin (not from a flag)"
    )
    group.add_argument("--base-url", metavar="URL", help="the server (default: VOIPBIN_BASE_URL, else the SDK's)")
    return group


def _operation_parser(key: str, op: Operation) -> argparse.ArgumentParser:
    chain = key.split(".")
    parser = argparse.ArgumentParser(
        prog=" ".join([PROG, *chain]),
        description=f"{op.summary}\n\n{op.http}  (vb.{key})",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for name in op.ids:
        parser.add_argument(name, help="path parameter")
    groups = {
        True: parser.add_argument_group("required parameters (a flag, or the field in --body)"),
        False: parser.add_argument_group("optional parameters"),
    }
    for p in op.params:
        where = "body" if p.in_body else "query"
        kind, metavar, text = KINDS[p.kind], p.kind.upper(), f"{where} {p.wire!r}"
        if is_secret(p.name):
            kind, metavar = secret(p.flag, kind), "@FILE|-|env:NAME"
            text += f"; a secret: {SECRET_FORMS}, never the value itself (ps and shell history show it)"
        groups[p.required].add_argument(f"--{p.flag}", dest=f"p:{p.name}", type=kind, metavar=metavar, help=text)
    options = _common(parser, formats=not op.download)
    if op.body:
        options.add_argument(
            "--body", type=body_json, metavar="JSON",
            help="body fields as a JSON object, @file.json or @- (stdin); flags win over it",
        )  # fmt: skip
    if op.lists:
        options.add_argument("--limit", type=non_negative, metavar="N", help="stop after N items (default: every page)")
    if op.download:
        options.add_argument("--output", metavar="PATH", help="write the file there (default: stdout)")
    return parser


def _run(key: str, op: Operation, args: list[str]) -> int:
    parsed = vars(_operation_parser(key, op).parse_args(args))
    ids = [parsed[name] for name in op.ids]
    kwargs, extra = _arguments(key, op, parsed)
    if extra:
        kwargs["extra_body"] = extra
    with _client(parsed["token_stdin"], parsed["base_url"], anonymous=op.public) as vb:
        target: Any = vb
        for part in key.split("."):
            target = getattr(target, part)
        if op.download:  # streamed to its destination: no cap on what memory would hold
            return write_download(lambda to: target(*ids, to=to, max_response_bytes=sys.maxsize, **kwargs),
                                  parsed["output"])  # fmt: skip
        result = target(*ids, **kwargs)
        if op.lists:
            print_pages(_limited((page.items for page in result.pages()), parsed["limit"]), parsed["format"])
        else:
            print_items(rows_of(result), parsed["format"])
    return 0


def _limited(pages: Iterable[list[Any]], limit: int | None) -> Iterator[list[Any]]:
    """Pages cut to ``limit`` items in all; the next page is not asked for once it is reached."""
    left = limit
    for items in pages if left != 0 else ():
        if left is not None:
            items, left = items[:left], left - min(left, len(items))
        yield items
        if left == 0:
            return


def _arguments(key: str, op: Operation, parsed: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The method's keyword arguments (flags, then --body fields it knows) and the --body
    fields it does not know (sent as extra_body)."""
    body = parsed.get("body")
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise UsageError(f"--body must be a JSON object, got {type(body).__name__}")
    extra = dict(body)
    kwargs: dict[str, Any] = {}
    missing = []
    for p in op.params:
        value = parsed[f"p:{p.name}"]
        if p.in_body and p.wire in extra:
            known = extra.pop(p.wire)
            value = known if value is None else value
        if value is None:
            if p.required:
                missing.append(f"--{p.flag}" + (f" (or {p.wire!r} in --body)" if op.body and p.in_body else ""))
            continue
        kwargs[p.name] = _upload(value) if p.kind == "file" else value
    if missing:
        raise UsageError(f"{PROG} {key.replace('.', ' ')}: missing {', '.join(missing)}")
    return kwargs, extra


def _upload(path: str) -> Any:
    from voipbin_api.runtime import File

    try:
        return File(payload=open(path, "rb"), file_name=os.path.basename(path))
    except OSError as exc:
        raise UsageError(f"cannot read {path!r}: {exc.strerror}") from None


def _client(token_stdin: bool, base_url: str | None, *, anonymous: bool = False) -> Voipbin:
    """The client a command runs with; ``anonymous``: none of the caller's credentials are
    asked for or sent (a public route), unless --token-stdin gives one."""
    from ._client import Voipbin

    options: dict[str, Any] = {} if base_url is None else {"base_url": base_url}
    if token_stdin:
        try:
            options["token"] = STDIN.read("--token-stdin", line=True).strip()
        except argparse.ArgumentTypeError as exc:
            raise UsageError(str(exc)) from None
        if not options["token"]:
            raise UsageError("--token-stdin: the first line of stdin is empty")
        return _checked(lambda: Voipbin(**options))
    return _checked(lambda: Voipbin._made(anonymous=anonymous, **options))


def _checked(make: Callable[[], Voipbin]) -> Voipbin:
    """A client; a credential or base URL it refuses, or none, is a usage error (the SDK's
    message never quotes the credential)."""
    from ._exceptions import VoipbinError

    try:
        return make()
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    except VoipbinError:
        raise UsageError("no credentials: set VOIPBIN_TOKEN or VOIPBIN_ACCESSKEY, or pass --token-stdin") from None


# -- events and webhooks ------------------------------------------------------------------


def _events(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} events",
        description="Real-time events over the WebSocket (vb.events.subscribe): reconnects and re-subscribes itself.",
    )
    commands = parser.add_subparsers(dest="command", metavar="tail", required=True)
    tail = commands.add_parser("tail", help="print events as they arrive", description="Print events as they arrive.")
    tail.add_argument("topics", nargs="+", metavar="TOPIC", help="<scope>:<uuid>:<resource>[:<id>]")
    tail.add_argument("--service-agent", action="store_true", help="use /service_agents/ws")
    tail.add_argument("--count", type=non_negative, metavar="N", help="stop after N events (default: until Ctrl-C)")
    _common(tail)
    parsed = parser.parse_args(args)
    with _client(parsed.token_stdin, parsed.base_url) as vb:
        try:
            stream = vb.events.subscribe(parsed.topics, service_agent=parsed.service_agent)
        except ValueError as exc:  # a topic that cannot be right
            raise UsageError(str(exc)) from None
        with stream:
            events = islice(stream, parsed.count)
            if parsed.format == "json":
                print_json(event_row(event) for event in events)
            else:
                tail_table(events)
    return 0


def _webhooks(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=f"{PROG} webhooks", description="Webhook deliveries.")
    commands = parser.add_subparsers(dest="command", metavar="verify", required=True)
    verify = commands.add_parser(
        "verify",
        help="check a delivery's signature",
        description="Check the X-VoIPBIN-Signature of a delivery's raw body, read from stdin. "
        "Exit 0 and 'valid', or exit 1 and why not.",
    )
    verify.add_argument(
        "--secret-env", required=True, metavar="NAME", help="the environment variable holding the secret"
    )
    verify.add_argument("--signature", metavar="HEADER", help="the X-VoIPBIN-Signature header: sha256=<hex>")
    parsed = parser.parse_args(args)
    secret = os.environ.get(parsed.secret_env)
    if not secret:
        raise UsageError(f"the environment variable {parsed.secret_env} is not set, or empty")
    from ._exceptions import WebhookSignatureError
    from ._webhook_deliveries import verify_signature

    try:
        verify_signature(sys.stdin.buffer.read(), parsed.signature, secret)
    except WebhookSignatureError as exc:
        print(f"invalid: {exc}", file=sys.stderr)
        return 1
    print("valid")
    return 0
