"""Canonical JSON of stored values, so a hash of a row is the same on every machine."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
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
    converted = plain(value)
    if converted is value:
        raise TypeError(f"cannot serialise {type(value).__name__}")
    if type(value) is dt.datetime:  # immutable: the same object always gives the same text
        _LAST_MOMENT = (value, converted)
    return converted


_ENCODER = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_default
)


def dumps(value: Any) -> str:
    """Canonical JSON text (sorted keys, no spaces, UTF-8 characters kept).

    One shared encoder: json.dumps() with options builds a new encoder on every call, which
    dominated hashing 100,000 records.
    """
    return _ENCODER.encode(value)


def fast_dumps(value: Any) -> bytes:
    """dumps(value) as UTF-8, written by orjson (a fast pass only).

    The same bytes for what a raw row holds (str, int, bool, None, lists, dicts with str keys;
    bytes and other values go through the same default). A float may be written differently
    ("1e-7" for "1e-07") and a uuid.UUID hyphenated: a fast pass whose mismatches are done
    again with dumps() (db.check.states) is the only user, so a difference costs time, never
    a wrong answer.
    """
    return orjson.dumps(value, default=_default, option=orjson.OPT_SORT_KEYS)


def digest(value: Any) -> str:
    """SHA-256 of the canonical JSON."""
    return hashlib.sha256(dumps(value).encode("utf-8")).hexdigest()
