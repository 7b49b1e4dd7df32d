"""How a 2xx answer becomes what a method returns: a model, a list of models, a Page,
bytes, text, nothing, or plain JSON. Written once for every operation, sync and async;
error answers are read by ``_exceptions``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx
from voipbin_api.runtime import File, Model, model_list

from ._json import loads

if TYPE_CHECKING:
    from ._pagination import Page

T = TypeVar("T")
M = TypeVar("M", bound=Model)
Parser = Callable[[httpx.Response], T]


def json_body(response: httpx.Response) -> Any:
    """The JSON of a 2xx answer whatever its content type; None for an empty body."""
    content = response.content
    return loads(content) if content.strip() else None


def no_body(response: httpx.Response) -> None:
    """For operations that answer a bare status."""
    return None


def text_body(response: httpx.Response) -> str:
    """A text answer (an HTML page), decoded."""
    return response.text


def file_body(response: httpx.Response) -> File:
    """A file answer, whole, as the generated File type."""
    return File(payload=io.BytesIO(response.content), mime_type=response.headers.get("content-type"))


def raw_bytes(response: httpx.Response) -> bytes:
    return response.content


def model_parser(model: type[M], *, legacy: Callable[[Any], Any] | None = None) -> Parser[M]:
    """A parser for an answer that is one model; ``legacy`` first turns older shapes into today's."""
    from_dict = model.from_dict

    def parse_model(response: httpx.Response) -> M:
        data = json_body(response)
        return from_dict(legacy(data) if legacy else data)

    return parse_model


def list_parser(model: type[M]) -> Parser[list[M]]:
    """A parser for an answer that is a bare array of models."""
    name = model.__name__

    def parse_list(response: httpx.Response) -> list[M]:
        return model_list(model, json_body(response), name, "")

    return parse_list


def calls_envelope(data: Any) -> Any:
    """POST /calls as today's ``{"calls", "groupcalls"}`` from the older shapes the docs
    and older servers show: a bare array of calls, or one call object
    (docs/server-behaviour.md#post-calls-answer)."""
    if isinstance(data, list):
        return {"calls": data, "groupcalls": []}
    if isinstance(data, dict) and "calls" not in data and "groupcalls" not in data and "id" in data:
        return {"calls": [data], "groupcalls": []}
    return data


def page_parser(model: type[M] | None) -> Parser[Page[Any]]:
    """A parser that turns any list answer into a Page: envelope, bare array,
    result-only, null result, token omitted or empty (docs/server-behaviour.md#pagination)."""
    from ._pagination import Page

    name = model.__name__ if model else ""

    def items_of(value: Any) -> list[Any]:
        if value is None:
            return []
        return model_list(model, value, name, "") if model else list(value)

    def parse_page(response: httpx.Response) -> Page[Any]:
        data = json_body(response)
        if not isinstance(data, dict):
            return Page(items_of(data), None)
        token = data.get("next_page_token")
        return Page(items_of(data.get("result")), token if isinstance(token, str) and token else None)

    return parse_page


def parser_for(cast_to: type[T]) -> Parser[T]:
    """How vb.get/post/put/delete read an answer: a model's from_dict, bytes, text, nothing
    (``type(None)``), or the JSON as it is (dict, list, object)."""
    chosen: Callable[[httpx.Response], Any]
    if isinstance(cast_to, type) and issubclass(cast_to, Model):
        chosen = model_parser(cast_to)
    elif cast_to is bytes:
        chosen = raw_bytes
    else:
        chosen = {str: text_body, type(None): no_body}.get(cast_to, json_body)
    return cast("Parser[T]", chosen)
