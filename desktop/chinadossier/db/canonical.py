"""Canonical JSON of stored values, so a hash of a row is the same on every machine."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
import uuid
from collections.abc import Mapping
from enum import Enum
from typing import Any

import orjson


def plain(value: Any) -> Any:
    """A JSON-able, deterministic form of a stored value."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float):
        return value  # json writes repr(float): the same text as dumps() of the raw value
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return str(value)


_LAST_MOMENT: tuple[Any, Any] = (None, None)
"""The last datetime converted and its text (a bulk hashes the same `now` in every record)."""


def _default(value: Any) -> Any:
    """What json cannot write itself; str, int, bool, None, lists and dicts go straight through."""
    global _LAST_MOMENT
    if type(value) is uuid.UUID:  # by far the most common case: keep it cheap
        return value.hex
    last = _LAST_MOMENT  # one tuple, read and replaced whole: safe between threads
    if value is last[0]:
        return last[1]
    # An equal datetime (a copy read back or rounded-tripped): the same instant, or the same
    # naive time, so the same UTC text (naive and aware values are never equal).
    if type(value) is dt.datetime and type(last[0]) is dt.datetime and value == last[0]:
        return last[1]
    converted = plain(value)
    if converted is value:
        raise TypeError(f"cannot serialise {type(value).__name__}")
    if type(value) is dt.datetime:  # immutable: the same object always gives the same text
        _LAST_MOMENT = (value, converted)
    return converted


_ENCODER = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_default
)


def reference_dumps(value: Any) -> str:
    """Canonical JSON text as the standard library's json module writes it: the definition.

    Every hash in the audit chain was made of these bytes; dumps() and dumps_bytes() write
    the same bytes faster (tests/db/test_canonical.py compares them on generated values).
    One shared encoder: json.dumps() with options builds a new encoder on every call.
    """
    return _ENCODER.encode(value)


class _Unusual(Exception):
    """A value the fast path leaves to reference_dumps (non-str dict keys, ...)."""


_INF = float("inf")
_ORJSON_OPTIONS = orjson.OPT_SORT_KEYS


def _float_text(value: float) -> bytes:
    """A float as json writes it (repr; NaN and infinities as JavaScript names them)."""
    if value != value:
        return b"NaN"
    if value == _INF:
        return b"Infinity"
    if value == -_INF:
        return b"-Infinity"
    return float.__repr__(value).encode("ascii")


_SAME = frozenset({str, int, bool, type(None)})
"""Exact types orjson writes like json (an int over 64 bits makes orjson raise: fallback)."""

_BY_TYPE: dict[type, Any] = {uuid.UUID: operator.attrgetter("hex")}
"""Leaf types whose JSON follows from the type alone, with the conversion (learned as met)."""


def _int_fragment(value: int) -> Any:
    return orjson.Fragment(int.__repr__(value).encode("ascii"))


def _float_fragment(value: float) -> Any:
    return orjson.Fragment(_float_text(value))


def _via_default(value: Any) -> Any:
    return _prepared(_default(value))


def _prepared(value: Any) -> Any:
    """`value` with everything orjson would write differently from json made plain.

    Mirrors the C encoder of the json module: None/True/False, str (subclasses by their
    text), int (subclasses by int.__repr__), float (repr, as a pre-written fragment), list
    and tuple, dict; anything else through the same default as reference_dumps. What orjson
    then sees are only exact str, int, bool, None, lists, str-keyed dicts and fragments,
    which it writes byte for byte like json (sorted keys in code point order, the same
    escapes, UTF-8 kept). Leaves of those exact types are passed through as they are.
    """
    kind = type(value)
    if kind in _SAME:
        return value
    if kind is list or kind is tuple:
        return [
            item if (t := type(item)) in _SAME
            else _BY_TYPE[t](item) if t in _BY_TYPE
            else _prepared(item)
            for item in value
        ]
    if kind is dict:
        for key in value:
            if type(key) is not str:
                raise _Unusual
        return {
            key: item if (t := type(item)) in _SAME
            else _BY_TYPE[t](item) if t in _BY_TYPE
            else _prepared(item)
            for key, item in value.items()
        }
    convert = _BY_TYPE.get(kind)
    if convert is not None:
        return convert(value)
    if isinstance(value, (list, tuple, dict)):
        raise _Unusual  # subclasses: rare, and json's own rules apply
    if isinstance(value, str):
        convert = str.__str__  # json writes a str subclass's text, whatever __str__ says
    elif isinstance(value, int):
        convert = _int_fragment  # int subclasses (IntEnum): json writes int.__repr__
    elif isinstance(value, float):
        convert = _float_fragment
    else:
        convert = _via_default  # dates, datetimes, enums, bytes: plain() as json's default
    _BY_TYPE[kind] = convert
    return convert(value)


def dumps_bytes(value: Any) -> bytes:
    """reference_dumps(value) encoded as UTF-8, byte for byte, written by orjson.

    About five times faster for the rows a bulk hashes. Anything the fast path does not
    handle itself (a dict with keys other than str, an int over 64 bits, a lone surrogate,
    a cycle) is written by reference_dumps, which also raises what it would raise.
    """
    try:
        return orjson.dumps(_prepared(value), option=_ORJSON_OPTIONS)
    except Exception:
        return reference_dumps(value).encode("utf-8")


def _changes(diff: Mapping[str, tuple[Any, Any]]) -> dict[str, dict[str, Any]]:
    """The payload of changes as reference_dumps writes it, built in one pass."""
    return {name: {"old": old, "new": new} for name, (old, new) in diff.items()}


def dumps_changes(diff: Mapping[str, tuple[Any, Any]]) -> str:
    """dumps() of the audit payload {name: {"old": old, "new": new}} of a diff, without
    building that payload first and walking it again.

    The same text as reference_dumps(_changes(diff)): each value is made plain by the very
    rule _prepared applies to a dict's values, the two-key dicts are written directly (an
    audit payload of a created record is ~17 of them). Anything unusual (a key that is not
    a str) goes the reference way.
    """
    try:
        prepared: dict[str, dict[str, Any]] = {}
        for name, (old, new) in diff.items():
            if type(name) is not str:
                raise _Unusual
            prepared[name] = {
                "new": new if (t := type(new)) in _SAME
                else _BY_TYPE[t](new) if t in _BY_TYPE
                else _prepared(new),
                "old": old if (t := type(old)) in _SAME
                else _BY_TYPE[t](old) if t in _BY_TYPE
                else _prepared(old),
            }
        return orjson.dumps(prepared, option=_ORJSON_OPTIONS).decode("utf-8")
    except Exception:
        return reference_dumps(_changes(diff))


def dumps(value: Any) -> str:
    """Canonical JSON text (sorted keys, no spaces, UTF-8 characters kept): the same text as
    reference_dumps(value), written by orjson where it can."""
    try:
        return orjson.dumps(_prepared(value), option=_ORJSON_OPTIONS).decode("utf-8")
    except Exception:
        return reference_dumps(value)


def fast_dumps(value: Any) -> bytes:
    """dumps(value) as UTF-8, written by orjson (a fast pass only).

    The same bytes for what a raw row holds (str, int, bool, None, lists, dicts with str keys;
    bytes and other values go through the same default). A float may be written differently
    ("1e-7" for "1e-07") and a uuid.UUID hyphenated: a fast pass whose mismatches are done
    again with dumps() (db.check.states) is the only user, so a difference costs time, never
    a wrong answer.
    """
    return orjson.dumps(value, default=_default, option=orjson.OPT_SORT_KEYS)


def digest_tables(tables: Mapping[str, list[list[Any]]]) -> str:
    """digest() of a record's state {table: [row as a list of values, ...]}.

    The same bytes as digest(tables): the leaves of each row are made plain by the rule
    _prepared applies to a list's items (a row's trailing dict of added columns goes through
    _prepared itself), without a call per table and per row. Anything else (a key that is not
    a str, a row that is not a list) goes the general way.
    """
    try:
        prepared: dict[str, list[list[Any]]] = {}
        for name, rows in tables.items():
            if type(name) is not str or type(rows) is not list:
                raise _Unusual
            converted = []
            for row in rows:
                if type(row) is not list:
                    raise _Unusual
                converted.append([
                    item if (t := type(item)) in _SAME
                    else _BY_TYPE[t](item) if t in _BY_TYPE
                    else _prepared(item)
                    for item in row
                ])
            prepared[name] = converted
        text = orjson.dumps(prepared, option=_ORJSON_OPTIONS)
    except Exception:
        return digest(tables)
    return hashlib.sha256(text).hexdigest()


def digest(value: Any) -> str:
    """SHA-256 of the canonical JSON."""
    return hashlib.sha256(dumps_bytes(value)).hexdigest()
