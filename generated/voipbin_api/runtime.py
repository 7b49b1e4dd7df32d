"""What every generated model stands on: the Model base, field errors, and the
parsers the models' specialised from_dict code calls.

A model is parsed strictly where it protects and leniently where strictness would
only punish. A present value of the wrong JSON type raises FieldError naming the
model and field path: code reading that field would otherwise fail later, further
from the cause. An absent field, null, an unknown field, an unknown enum value or
an id that is not a UUID is accepted: servers older or newer than the spec send
them, and refusing the whole answer would lose everything else in it
(docs/server-behaviour.md#open-enums, docs/server-behaviour.md#ids-are-strings,
docs/server-behaviour.md#null-collections). Ids and uuid-format fields stay the
strings the server sent.

Hand-written, not rendered: scripts/regenerate.py copies this file byte for byte
from scripts/runtime/model_runtime.py to voipbin_api/runtime.py, so it is linted
and type-checked as source. Nothing here depends on the spec; what does (the field
names, their types) is in the models, rendered by scripts/templates/model.py.jinja.
"""

import datetime
import enum
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, ClassVar, Self, TypeVar

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """A file to upload (multipart fields), or a file an operation answered."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx takes for a multipart/form-data field."""
        return self.file_name, self.payload, self.mime_type


E = TypeVar("E", bound=enum.Enum)
M = TypeVar("M", bound="Model")
UTC = datetime.UTC


class FieldError(ValueError):
    """A present value of the wrong JSON type: ``Model.field.path: expected int, got str 'high'``."""

    def __init__(self, model: str, path: str, expected: str, value: Any) -> None:
        self.model, self.path, self.expected, self.value = model, path, expected, value
        super().__init__()

    def within(self, model: str, field: str) -> "FieldError":
        """The same error, seen from the model that holds the failing one under ``field``."""
        self.model = model
        self.path = field + (self.path if self.path.startswith("[") or not self.path else "." + self.path)
        return self

    def __str__(self) -> str:
        shown = repr(self.value)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        where = self.model + ("." if self.path and not self.path.startswith("[") else "") + self.path
        return f"{where}: expected {self.expected}, got {type(self.value).__name__} {shown}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.model, self.path, self.expected, self.value))


def parse_datetime(value: str) -> datetime.datetime | None:
    """Parse a VoIPBIN timestamp into a UTC-aware datetime; "" means not set (None).

    The server sends ISO 8601 with Z and 0 to 9 fraction digits; docs and older data
    use "YYYY-MM-DD HH:MM:SS.ffffff" in UTC without a zone. Fractions beyond
    microseconds are truncated. The 9999-01-01 "not set" sentinel is kept as a date:
    voipbin.parse_timestamp turns it into None (docs/server-behaviour.md#unset-timestamps).
    """
    if not value:
        return None
    head, dot, tail = value.partition(".")
    if dot:
        digits = len(tail) - len(tail.lstrip("0123456789"))
        value = f"{head}.{tail[: min(digits, 6)].ljust(6, '0')}{tail[digits:]}"
    parsed = datetime.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


# The models' fast path for timestamps: the server's own ISO form parses in C, and
# only what fromisoformat refuses goes through timestamp().
fromisoformat = datetime.datetime.fromisoformat
new_model = object.__new__


def in_utc(value: datetime.datetime) -> datetime.datetime:
    """A parsed timestamp in UTC: the legacy form has no zone and means UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def timestamp(value: Any, model: str, field: str) -> datetime.datetime | None:
    """A timestamp field that fromisoformat refused: the lenient parser, else FieldError."""
    if type(value) is not str:
        raise FieldError(model, field, "a timestamp string", value)
    try:
        return parse_datetime(value)
    except ValueError:
        raise FieldError(model, field, "a timestamp string", value) from None


def open_enum(cls: type[E], value: Any, model: str, field: str) -> E:
    """An enum member; an unknown value becomes a member equal to it: the server adds values
    the spec does not list yet (docs/server-behaviour.md#open-enums)."""
    expected = int if issubclass(cls, int) else str
    if type(value) is not expected and (not isinstance(value, expected) or isinstance(value, bool)):
        raise FieldError(model, field, expected.__name__, value)
    member = cls._value2member_map_.get(value)
    return member if isinstance(member, cls) else cls(value)


def str_list(value: Any, model: str, field: str) -> list[str]:
    """A list of strings (ids included), kept as sent."""
    if type(value) is not list:
        raise FieldError(model, field, "array", value)
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise FieldError(model, f"{field}[{index}]", "str", item)
    return value


def model_list(cls: type[M], value: Any, model: str, field: str) -> list[M]:
    """A list of models, each parsed; an error names the item's index."""
    if type(value) is not list:
        raise FieldError(model, field, "array", value)
    parse = cls.from_dict
    try:
        return [parse(item) for item in value]
    except FieldError as error:
        index = next(i for i, item in enumerate(value) if not _parses(cls, item))
        raise error.within(model, f"{field}[{index}]") from None


def _parses(cls: "type[Model]", item: Any) -> bool:
    try:
        cls.from_dict(item)
    except FieldError:
        return False
    return True


def enum_list(cls: type[E], value: Any, model: str, field: str) -> list[E]:
    """A list of open enum members."""
    if type(value) is not list:
        raise FieldError(model, field, "array", value)
    return [open_enum(cls, item, model, f"{field}[{index}]") for index, item in enumerate(value)]


def model_of_kind(
    value: Any, kind: Any, models: Mapping[str, "type[Model]"], default: "type[Model]", model: str, field: str
) -> "Model":
    """A field whose model depends on another field's value: an action's option is the option
    model of the action's type (``models[kind]``). A kind not in ``models`` keeps ``default``
    (the raw option, with its fields as ``option["name"]``), and so does an option that does
    not fit its type's model: the server stores options as free-form maps, unchecked."""
    chosen = models.get(kind, default) if isinstance(kind, str) else default
    if chosen is not default:
        try:
            return chosen.from_dict(value)
        except FieldError:
            pass
    try:
        return default.from_dict(value)
    except FieldError as error:
        raise error.within(model, field) from None


def as_object(value: Any, model: str) -> dict[str, Any]:
    """The JSON object a model is read from; a mapping is copied, anything else refused."""
    if isinstance(value, Mapping):
        return dict(value)
    raise FieldError(model, "", "object", value)


def to_json_value(value: Any) -> Any:
    """A field value in its JSON form: the server's own timestamp layout, enum values, nested models."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, datetime.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [to_json_value(item) for item in value]
    return value


class Model:
    """Base of every generated model.

    A field reads None when the answer lacks it or sent null, even a field typed
    without None because the server always sends it (older servers and the docs'
    examples do not): that is the one place a model's type can be optimistic.
    Fields the spec does not know are kept: ``model.additional_properties`` and
    ``model["name"]``. ``to_dict()`` gives back what was received (timestamps in
    the server's ISO form), ``to_json()`` the same as text.
    """

    __slots__ = ("_data",)
    # (python name, JSON name) of every field, in the spec's order.
    _fields: ClassVar[tuple[tuple[str, str], ...]] = ()
    _wire_names: ClassVar[frozenset[str]] = frozenset()
    _data: dict[str, Any]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model read from the server's JSON object (each generated model defines it)."""
        raise NotImplementedError

    def _present(self) -> list[tuple[str, str, Any]]:
        """(python name, JSON name, value) of the fields that were received or set."""
        data = self._data
        present = []
        for name, wire in self._fields:
            value = getattr(self, name)
            if value is not None or wire in data:
                present.append((name, wire, value))
        return present

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the server sent that the spec does not describe, as received."""
        known = self._wire_names
        return {key: value for key, value in self._data.items() if key not in known}

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data and key not in self._wire_names

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as the server would send it: the fields set, unknown ones kept."""
        out = {wire: to_json_value(value) for _, wire, value in self._present()}
        out.update(self.additional_properties)
        return out

    def to_json(self, **dumps: Any) -> str:
        """``json.dumps(self.to_dict(), **dumps)``."""
        return json.dumps(self.to_dict(), **dumps)

    def __repr__(self) -> str:
        parts = [f"{name}={value!r}" for name, _, value in self._present()]
        extra = self.additional_properties
        if extra:
            parts.append(f"additional_properties={extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (field names as the constructor takes them), the way
        dataclasses.replace and attrs.evolve work: ``route.replace(priority=2)``. Fields the
        spec lacks are kept; an unknown name raises TypeError."""
        known = {name for name, _ in self._fields}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(unknown)}")
        copy = new_model(type(self))
        object.__setattr__(copy, "_data", dict(self._data))
        for name, _ in self._fields:
            object.__setattr__(copy, name, changes[name] if name in changes else getattr(self, name))
        return copy

    __replace__ = replace  # copy.replace(model, ...) on Python 3.13

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Model)
        return self.to_dict() == other.to_dict()

    # Unhashable because mutable, like a dict. Python would set this itself (the class defines
    # __eq__); spelled out so type checkers know too, which typeshed's object.__hash__ refuses.
    # Declared, not inferred: pyright's check of a typed library counts an inferred override
    # of a base's method as "ambiguous", and with it every model class.
    __hash__: ClassVar[None]  # type: ignore[assignment]
    __hash__ = None


E164 = re.compile(r"\+[1-9][0-9]{6,14}")  # used with fullmatch: "$" would let a trailing newline in
# C0 and C1 controls and DEL: a CR or LF in a SIP URI or an email address would inject a header.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ADDRESS_FIELDS = ("type", "target", "target_name", "name", "detail")


class Address(Model):
    """A VoIPBIN address: where a call, message or flow action goes (tel, sip, extension,
    agent...). The one class for what is sent and what is answered (``call.source``).

    Any type is accepted (the server adds types over time: docs/server-behaviour.md#open-enums);
    the constructors check what can be checked before a call is placed, and raise ValueError,
    saying what is wrong, for a target that cannot be right. Immutable and hashable, like a
    value: ``address.replace(name="desk")`` gives a changed copy.
    """

    __slots__ = _ADDRESS_FIELDS
    _fields = tuple((name, name) for name in _ADDRESS_FIELDS)
    _wire_names = frozenset(_ADDRESS_FIELDS)

    type: str
    target: str
    target_name: str | None
    name: str | None
    detail: str | None

    def __init__(
        self, type: str, target: str, target_name: str | None = None, name: str | None = None,
        detail: str | None = None,
    ) -> None:  # fmt: skip
        for field, value in zip(_ADDRESS_FIELDS, (type, target, target_name, name, detail), strict=True):
            object.__setattr__(self, field, value)
        object.__setattr__(self, "_data", {})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"an Address is immutable: use address.replace({name}=...)")

    def __hash__(self) -> int:  # type: ignore[override]  # Model is unhashable: it is mutable
        return hash(tuple(getattr(self, field) for field in _ADDRESS_FIELDS))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The address as the server sent it: each field a string or absent, its value not validated."""
        data = src_dict if type(src_dict) is dict else as_object(src_dict, "Address")
        get, self = data.get, new_model(cls)
        # The slots' own setters: past the immutable __setattr__, cheaper than object.__setattr__
        # (two addresses in every call event).
        for field, put in _ADDRESS_SETTERS:
            value = get(field)
            if type(value) is not str and value is not None and not isinstance(value, str):
                raise FieldError("Address", field, "str", value)
            put(self, value)
        _SET_DATA(self, data)
        return self

    def __repr__(self) -> str:
        return f"Address({', '.join(f'{k}={v!r}' for k, v in self.to_dict().items())})"

    @classmethod
    def tel(cls, number: str, **extra: str) -> Self:
        """An E.164 number: "+" then 7 to 15 digits, no spaces, e.g. "+15551234567"."""
        if not isinstance(number, str) or not E164.fullmatch(number):
            raise ValueError(
                f"not an E.164 phone number: {number!r}; write '+', the country code and the number, "
                "digits only, e.g. '+15551234567'"
            )
        return cls("tel", number, **_checked_extra(extra))

    @classmethod
    def sip(cls, uri: str, **extra: str) -> Self:
        """A SIP URI: "user@example.com"."""
        return cls("sip", _required(uri, "SIP URI"), **_checked_extra(extra))

    @classmethod
    def extension(cls, number: str, **extra: str) -> Self:
        """An extension of the customer's PBX: "2001"."""
        return cls("extension", _required(number, "extension"), **_checked_extra(extra))

    @classmethod
    def agent(cls, agent_id: str | uuid.UUID, **extra: str) -> Self:
        """An agent, by id."""
        return cls("agent", _required(_id_text(agent_id), "agent id"), **_checked_extra(extra))

    @classmethod
    def email(cls, address: str, **extra: str) -> Self:
        """An email address."""
        if "@" not in _required(address, "email address"):
            raise ValueError(f"not an email address: {address!r}")
        return cls("email", address, **_checked_extra(extra))

    @classmethod
    def line(cls, target: str, **extra: str) -> Self:
        """A LINE user id."""
        return cls("line", _required(target, "LINE id"), **_checked_extra(extra))

    @classmethod
    def conference(cls, conference_id: str | uuid.UUID, **extra: str) -> Self:
        """A conference, by id."""
        return cls("conference", _required(_id_text(conference_id), "conference id"), **_checked_extra(extra))


_ADDRESS_SETTERS = tuple((field, vars(Address)[field].__set__) for field in _ADDRESS_FIELDS)
_SET_DATA = vars(Model)["_data"].__set__


def _id_text(value: str | uuid.UUID) -> str:
    """A UUID as text; anything else as it is, for _required to judge (None must not become "None")."""
    return str(value) if isinstance(value, uuid.UUID) else value


def _required(value: str, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"an address needs a non-empty {what}")
    if CONTROL.search(value):
        raise ValueError(f"the {what} holds a control character (CR, LF, NUL...): {value!r}")
    return value


def _checked_extra(extra: dict[str, str]) -> dict[str, str]:
    """target_name, name and detail: no control characters either."""
    for field, value in extra.items():
        if isinstance(value, str) and CONTROL.search(value):
            raise ValueError(f"the address {field} holds a control character (CR, LF, NUL...): {value!r}")
    return extra


__all__ = [
    "UTC",
    "Address",
    "FieldError",
    "File",
    "FileTypes",
    "Model",
    "RequestFiles",
    "as_object",
    "enum_list",
    "fromisoformat",
    "in_utc",
    "model_list",
    "model_of_kind",
    "new_model",
    "open_enum",
    "parse_datetime",
    "str_list",
    "timestamp",
    "to_json_value",
]
