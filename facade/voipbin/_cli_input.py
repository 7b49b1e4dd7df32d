"""What the command line reads besides plain flag values: secrets, JSON from a file or
stdin, counts.

A value on the command line is readable by every user of the machine (/proc/<pid>/cmdline,
``ps``) and stays in shell history. So a parameter that carries a secret (a password, an
LLM provider's key, a direct hash...) takes ``@FILE``, ``-`` (stdin) or ``env:NAME``, never
the value itself; a ``--body`` holding one must come from a file or stdin. The generated
operation table says nothing about secrets: they are known here by their names.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

# Parameter and body field names that carry a secret (the API's own credential is not a flag).
SECRET_NAMES = frozenset(
    {"password", "secret", "token", "accesskey", "engine_key", "direct_hash", "api_key", "app_secret", "credentials"}
)
SECRET_FORMS = "@FILE, - (stdin) or env:NAME"


def is_secret(name: str) -> bool:
    return name.lower() in SECRET_NAMES


class _Stdin:
    """Stdin can be read once: by --token-stdin, a secret given as ``-`` or ``--body @-``."""

    def __init__(self) -> None:
        self.taken_by: str | None = None

    def read(self, what: str, *, line: bool = False) -> str:
        if self.taken_by is not None:
            raise argparse.ArgumentTypeError(f"{what}: stdin is already read for {self.taken_by}")
        self.taken_by = what
        return sys.stdin.readline() if line else sys.stdin.read()


STDIN = _Stdin()


def non_negative(text: str) -> int:
    """A count: 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def _read_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as file:
            return file.read()
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {path!r}: {exc.strerror}") from None


def json_value(text: str) -> Any:
    """A JSON value, or ``@path`` for a file holding one, or ``@-`` for stdin."""
    source = text
    if text == "@-":
        source = STDIN.read("--body @-")
    elif text.startswith("@"):
        source = _read_file(text[1:])
    try:
        return json.loads(source)
    except (ValueError, RecursionError) as exc:
        raise argparse.ArgumentTypeError(f"not JSON ({type(exc).__name__})") from None


def body_json(text: str) -> Any:
    """``--body``: as ``json_value``, but a body holding a secret-named field must come from
    a file or stdin, not from the command line."""
    value = json_value(text)
    if not text.startswith("@") and isinstance(value, dict):
        named = sorted(key for key in value if is_secret(key))
        if named:
            raise argparse.ArgumentTypeError(
                f"the body holds {', '.join(map(repr, named))}: a secret on the command line shows in ps and "
                "shell history; give the body as --body @file.json or --body @- (stdin)"
            )
    return value


def secret(flag: str, read: Callable[[str], Any]) -> Callable[[str], Any]:
    """The reader of a secret parameter: ``@FILE``, ``-`` (stdin) or ``env:NAME``, then
    read as its kind. A trailing newline (``echo`` or a file's last line) is not part of it."""

    def read_secret(text: str) -> Any:
        if text == "-":
            value = STDIN.read(f"--{flag} -")
        elif text.startswith("@"):
            value = _read_file(text[1:])
        elif text.startswith("env:"):
            value = os.environ.get(text[4:], "")
            if not value:
                raise argparse.ArgumentTypeError(f"the environment variable {text[4:]} is not set, or empty")
        else:  # the value is not quoted: it is the secret
            raise argparse.ArgumentTypeError(
                f"a secret is not taken on the command line (ps and shell history show it): give {SECRET_FORMS}"
            )
        return read(value.removesuffix("\n").removesuffix("\r"))

    return read_secret
