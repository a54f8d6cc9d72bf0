"""The fast canonical JSON (orjson) writes exactly the bytes of the json-module reference.

Every state hash and audit entry hash in an existing case file was made from
`canonical.reference_dumps`; a single differing byte would break `check` on old files.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import uuid
from collections import OrderedDict
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from chinadossier.db import canonical


class _Colour(enum.Enum):
    RED = "rood"
    NUMBER = 1.5
    NESTED = (1, "a")


class _Code(enum.StrEnum):
    A = "a\u00e9"


class _Level(enum.IntEnum):
    HIGH = 3


class _Text(str):
    def __str__(self) -> str:  # json writes the text itself, not str()
        return "something else"


class _Count(int):
    def __repr__(self) -> str:  # json writes int.__repr__, not this
        return "not a number"


_TEXT = st.text() | st.text(
    alphabet=st.characters(min_codepoint=0, max_codepoint=0x40) | st.sampled_from(
        ["\u2028", "\u2029", "\x7f", "\ud800", "\udfff", "\uffff", "\U0001f600", "王"]
    )
)
_ZONES = st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=5, minutes=30))])
_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.floats(min_value=-1e-3, max_value=1e-3)
    | st.floats(min_value=1e15, max_value=1e22)
    | _TEXT
    | st.uuids()
    | st.datetimes(timezones=_ZONES)
    | st.dates()
    | st.times()
    | st.sampled_from(list(_Colour) + list(_Code) + list(_Level))
    | st.binary(max_size=8)
    | st.decimals(allow_nan=False)
    | _TEXT.map(_Text)
    | st.integers().map(_Count)
)
_KEYS = _TEXT | st.integers() | st.none() | st.booleans() | st.floats(allow_nan=False)


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return (
        st.lists(children, max_size=6)
        | st.lists(children, max_size=4).map(tuple)
        | st.dictionaries(_TEXT, children, max_size=6)
        | st.dictionaries(_KEYS, children, max_size=4)
        | st.dictionaries(_TEXT, children, max_size=3).map(OrderedDict)
    )


_VALUES = st.recursive(_LEAVES, _containers, max_leaves=30)


def _outcome(write: Any, value: Any) -> tuple[str, Any]:
    try:
        return "ok", write(value)
    except Exception as exc:  # the same failure counts as the same outcome
        return "error", type(exc)


@settings(max_examples=1000, deadline=None)
@given(_VALUES)
def test_dumps_matches_the_reference(value: Any) -> None:
    assert _outcome(canonical.dumps, value) == _outcome(canonical.reference_dumps, value)
    assert _outcome(canonical.dumps_bytes, value) == _outcome(
        lambda v: canonical.reference_dumps(v).encode("utf-8"), value
    )


def test_the_known_differences_of_orjson_are_covered() -> None:
    """Cases where orjson alone writes other bytes than json: each one exactly as json."""
    record_id = uuid.UUID("0192f0a0-0000-7000-8000-000000000001")
    for value in [
        [1e-07, 1e16, 1e22, float("nan"), float("inf"), -0.0, 0.1],
        {"id": record_id, "at": dt.datetime(2026, 12, 6, 17, 0, tzinfo=dt.UTC)},
        [2**64, -(2**63) - 1, _Level.HIGH, _Count(5), _Text("x")],
        {1: "a", None: "b"},
        {"z": Decimal("1.10"), "a": b"\x00", "m": _Colour.NESTED},
        ["\ud800"],
        # The same instant in two zones, then the same wall time naive: the remembered text
        # of the last datetime must only serve equal values.
        [dt.datetime(2026, 12, 6, 17, 0, tzinfo=dt.UTC),
         dt.datetime(2026, 12, 6, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
         dt.datetime(2026, 12, 6, 17, 0), dt.datetime(2026, 12, 6, 17, 0, 0, 1)],
    ]:
        assert _outcome(canonical.dumps, value) == _outcome(canonical.reference_dumps, value)
    assert canonical.dumps([record_id]) == f'["{record_id.hex}"]'
    assert canonical.dumps([1e-07]) == "[1e-07]"
    value = {"b": [1, "é", record_id], "a": None}
    expected = hashlib.sha256(canonical.reference_dumps(value).encode("utf-8")).hexdigest()
    assert canonical.digest(value) == expected


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(_KEYS, st.tuples(_VALUES, _VALUES), max_size=20))
def test_dumps_changes_matches_the_reference_of_the_payload(diff: Any) -> None:
    """The audit payload of a diff, written directly, is the reference text of
    {name: {"old": old, "new": new}} (what the audit trail hashed before)."""
    payload = {name: {"old": old, "new": new} for name, (old, new) in diff.items()}
    assert _outcome(canonical.dumps_changes, diff) == _outcome(canonical.reference_dumps, payload)


def test_dumps_changes_of_a_created_record() -> None:
    record_id = uuid.UUID("0192f0a0-0000-7000-8000-000000000001")
    diff = {"name": (None, "Wang Wei"), "id": (None, record_id), "level": (None, _Level.HIGH),
            "on": (None, dt.date(2024, 1, 2)), "score": (None, 1e-07)}
    assert canonical.dumps_changes(diff) == (
        '{"id":{"new":"0192f0a000007000800000000000000' '1","old":null},'
        '"level":{"new":3,"old":null},"name":{"new":"Wang Wei","old":null},'
        '"on":{"new":"2024-01-02","old":null},"score":{"new":1e-07,"old":null}}'
    )


_ROWS = st.lists(st.lists(_VALUES, max_size=8) | st.tuples(_VALUES), max_size=3)


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(_KEYS, _ROWS, max_size=5))
def test_digest_tables_matches_the_reference(tables: Any) -> None:
    """A record's state hash from its rows is the hash of the reference text."""
    assert _outcome(canonical.digest_tables, tables) == _outcome(
        lambda v: hashlib.sha256(canonical.reference_dumps(v).encode("utf-8")).hexdigest(),
        tables,
    )
