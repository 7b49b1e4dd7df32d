from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..runtime import (
    FieldError,
    Model,
    as_object,
    new_model,
)


class RequestBodyAuthUnregisterPOST(Model):
    """Request body for POST /auth/unregister (self-service account deletion).
    Exactly one of `password` or `confirmation_phrase` must be provided.

    Attributes:
        password (str | None): Account password for re-authentication. Required for password-based accounts.
            Mutually exclusive with `confirmation_phrase`.
        confirmation_phrase (str | None): Must be exactly "DELETE". Required for SSO users and API-key authenticated
            requests. Mutually exclusive with `password`.
        immediate (bool | None): If true, skip the 30-day grace period and delete the account immediately. The
            account is frozen and then permanently deleted (PII anonymized, all resources cascade-deleted) in a single
            request. Default: false.
    """

    __slots__ = ("confirmation_phrase", "immediate", "password")
    _fields = (
        ("password", "password"),
        ("confirmation_phrase", "confirmation_phrase"),
        ("immediate", "immediate"),
    )
    _wire_names = frozenset(
        {
            "password",
            "confirmation_phrase",
            "immediate",
        }
    )

    password: str | None
    confirmation_phrase: str | None
    immediate: bool | None

    def __init__(
        self,
        *,
        password: str | None = None,
        confirmation_phrase: str | None = None,
        immediate: bool | None = None,
    ) -> None:
        self._data = {}
        self.password = password
        self.confirmation_phrase = confirmation_phrase
        self.immediate = immediate

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object; FieldError names a field that does not fit."""
        d = (
            src_dict
            if type(src_dict) is dict
            else as_object(src_dict, "RequestBodyAuthUnregisterPOST")
        )
        get = d.get
        self = new_model(cls)
        self._data = d
        v = get("password")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError("RequestBodyAuthUnregisterPOST", "password", "str", v)
        self.password = v
        v = get("confirmation_phrase")
        if type(v) is not str and v is not None and not isinstance(v, str):
            raise FieldError(
                "RequestBodyAuthUnregisterPOST", "confirmation_phrase", "str", v
            )
        self.confirmation_phrase = v
        v = get("immediate")
        if type(v) is not bool and v is not None:
            raise FieldError("RequestBodyAuthUnregisterPOST", "immediate", "bool", v)
        self.immediate = v
        return self
