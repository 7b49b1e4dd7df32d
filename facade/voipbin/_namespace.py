"""The namespaces every operation hangs off: ``vb.<resource>[.<sub>...].<verb>()``.

A namespace is declared once, as a ``Namespace`` attribute of whatever holds it (the
clients, a parent namespace), and comes in four views: sync, async, and the raw-response
view of each (``vb.with_raw_response``). The view of the holder chooses the class; its
module is imported on first use, so a client that only places calls never loads the
code of the other resources. The generated modules (voipbin/_generated/resources)
define the four classes of each namespace.
"""

from __future__ import annotations

import importlib
from typing import Any, ClassVar, Generic, Self, TypeVar, overload

from ._request import AsyncRequester, SyncRequester

S = TypeVar("S")
A = TypeVar("A")
SR = TypeVar("SR")
AR = TypeVar("AR")


class SyncView:
    """Holds the sync view of namespaces: Voipbin and the sync namespaces."""

    _class_name: ClassVar[str] = "{}"


class AsyncView:
    """Holds the async view: AsyncVoipbin and the async namespaces."""

    _class_name: ClassVar[str] = "Async{}"


class SyncRawView:
    """Holds the raw-response view of Voipbin (vb.with_raw_response) and of its namespaces."""

    _class_name: ClassVar[str] = "{}WithRawResponse"


class AsyncRawView:
    """Holds the raw-response view of AsyncVoipbin and of its namespaces."""

    _class_name: ClassVar[str] = "Async{}WithRawResponse"


View = SyncView | AsyncView | SyncRawView | AsyncRawView


class SyncResource(SyncView):
    """Base of the generated sync namespaces (vb.routes, vb.calls, ...)."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client


class AsyncResource(AsyncView):
    """Base of the generated async namespaces."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client


class SyncRawResource(SyncRawView):
    """Base of the generated raw-response namespaces: the sync methods, sent through a
    requester that answers RawResponse (see voipbin/_raw.py)."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client


class AsyncRawResource(AsyncRawView):
    """Base of the generated async raw-response namespaces."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client


_RESOURCES = (SyncResource, AsyncResource, SyncRawResource, AsyncRawResource)


class Namespace(Generic[S, A, SR, AR]):
    """A namespace attribute: the class of the holder's view from ``module``, made on
    first access and kept on the holder (as functools.cached_property does)."""

    def __init__(self, module: str, class_name: str) -> None:
        self._module = module
        self._class_name = class_name
        self._attribute = class_name

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._attribute = name

    @overload
    def __get__(self, holder: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, holder: SyncView, owner: type[Any]) -> S: ...
    @overload
    def __get__(self, holder: AsyncView, owner: type[Any]) -> A: ...
    @overload
    def __get__(self, holder: SyncRawView, owner: type[Any]) -> SR: ...
    @overload
    def __get__(self, holder: AsyncRawView, owner: type[Any]) -> AR: ...
    def __get__(self, holder: View | None, owner: type[Any]) -> Any:
        if holder is None:
            return self
        module = importlib.import_module(self._module)
        namespace = getattr(module, holder._class_name.format(self._class_name))
        requester = holder._client if isinstance(holder, _RESOURCES) else holder
        made = holder.__dict__[self._attribute] = namespace(requester)
        return made
