from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class PromptSnapshot(Model):
    """Attributes:
    ai_id (str | None): The ID of the AI this snapshot belongs to.
    prompt_history_id (str | None): UUID of the prompt history entry. Zero UUID means no history entry exists
        yet.
    prompt (str | None): Variable-substituted init_prompt as sent to the LLM.
    member_id (str | None): Zero UUID for single-AI calls; team member UUID for team calls.
    """

    __slots__ = ("ai_id", "member_id", "prompt", "prompt_history_id")
    _fields = (
        ("ai_id", "ai_id"),
        ("prompt_history_id", "prompt_history_id"),
        ("prompt", "prompt"),
        ("member_id", "member_id"),
    )
    _wire_names = frozenset(
        {
            "ai_id",
            "prompt_history_id",
            "prompt",
            "member_id",
        }
    )

    ai_id: str | None
    prompt_history_id: str | None
    prompt: str | None
    member_id: str | None

    def __init__(
        self,
        *,
        ai_id: str | None = None,
        prompt_history_id: str | None = None,
        prompt: str | None = None,
        member_id: str | None = None,
    ) -> None:
        self._data = {}
        self.ai_id = ai_id
        self.prompt_history_id = prompt_history_id
        self.prompt = prompt
        self.member_id = member_id

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "PromptSnapshot")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("ai_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PromptSnapshot", "ai_id", "str", v)
        self.ai_id = v
        v = get("prompt_history_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PromptSnapshot", "prompt_history_id", "str", v)
        self.prompt_history_id = v
        v = get("prompt")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PromptSnapshot", "prompt", "str", v)
        self.prompt = v
        v = get("member_id")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("PromptSnapshot", "member_id", "str", v)
        self.member_id = v
        return self
