"""Records straight from a page's DB-API rows: one generated builder per kind and row shape.

The general page path (db.fastread.Compiled.records, then db.convert.build_records) converts
a row into a named tuple ending in its Meta, and a kind's builder then reads that tuple by name
and calls the record's maker with keywords. For the lists whose rows are cheapest for SQLite
(authorities, organisations, persons, ties, sources, actions) that middle step was as dear as
SQLite's own work. Here one function per (kind, statement shape) is generated from the record
class's fields and the statement's columns: it converts each column the record needs with the
column's own converter (db.fastread.converter; no None test for a NOT NULL column), fills the
Meta's and the record's slots through their descriptors (db.makers.slot_setters) and returns
the record. A field whose value is not one column is an expression of the kind's `_SPECIAL`
entry, written in terms of the row's converted columns (``{name}``), its stored values
(``{raw:name}``), a column's converter (``{conv:name}``) and the page's linked rows
(``ctx``), which `_CONTEXT` reads before the rows are built (refs keyed by the id as stored,
so an id shared by many rows is one UUID).

Same records as the general path: tests/db/test_fast_pages.py compares every kind, sort,
trash state and filter against the SQLAlchemy reference, value by value.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from chinadossier.db import fastread
from chinadossier.db.columns import partial_from
from chinadossier.db.convert import PERSON_LINKS, _exact_day
from chinadossier.db.fastread import Compiled, FastReads, _ref_reader, _uuid
from chinadossier.db.makers import twin
from chinadossier.domain import contact
from chinadossier.domain import records as r
from chinadossier.domain.codes import RecordKind

_Ctx = tuple[Any, ...]

#: The record class of each kind built here.
_CLASSES: dict[RecordKind, type] = {
    RecordKind.AUTHORITY: r.AuthorityRecord,
    RecordKind.ORGANISATION: r.OrganisationRecord,
    RecordKind.PERSON: r.PersonRecord,
    RecordKind.TIE: r.TieRecord,
    RecordKind.SOURCE: r.SourceRecord,
    RecordKind.ACTION: r.ActionRecord,
}


def _partial(name: str) -> str:
    # Most partial dates of a row are empty: then nothing is converted and nothing called.
    # uncertain and circa as stored (partial_from makes them bools itself).
    day, precision = f"{name}_on", f"{name}_precision"
    return (f"(_partial({{conv:{day}}}({{raw:{day}}}), "
            f"None if {{raw:{precision}}} is None else {{conv:{precision}}}({{raw:{precision}}}), "
            f"{{raw:{name}_uncertain}}, {{raw:{name}_circa}}, {{raw:{name}_until}}) "
            f"if {{raw:{day}}} is not None else None)")


def _place_label(adcode: str | None, text: str | None, places: dict[str, str]) -> str | None:
    if adcode:
        label = places.get(adcode, adcode)
        return f"{label}, {text}" if text else label
    return text


#: Per kind: record fields that are not one column of the same name, as expressions.
_SPECIAL: dict[RecordKind, dict[str, str]] = {
    RecordKind.AUTHORITY: {},
    RecordKind.ORGANISATION: {
        "place_label": "_place_label({place_adcode}, {place_text}, ctx[0])",
        "emails": "_decode({raw:emails})",
        "phones": "_decode({raw:phones})",
        "postal_addresses": "_decode({raw:postal_addresses})",
    },
    RecordKind.PERSON: {
        "positions": "ctx[0].get(v[0], ())",
        "political_facts": "ctx[1].get(v[0], ())",
        "emails": "_decode({raw:emails})",
        "phones": "_decode({raw:phones})",
        "postal_addresses": "_decode({raw:postal_addresses})",
    },
    RecordKind.TIE: {
        "authority": "ctx[0][{raw:authority_id}]",
        "organisation": "ctx[0][{raw:organisation_id}]",
        "starts": _partial("starts"),
        "signed": _partial("signed"),
        "ends": _partial("ends"),
        "term_starts": _partial("term_starts"),
        "renewed": _partial("renewed"),
        # term_ends first: term_ends_on is the day of it when known to the day
        "term_ends": _partial("term_ends"),
        "term_ends_on": "_exact_day(f_term_ends)",
    },
    RecordKind.SOURCE: {"published": _partial("published")},
    RecordKind.ACTION: {},
}

_HELPERS: dict[str, Any] = {
    "_iso": fastread._FROMISO,
    "_utc": fastread._utc,
    "_uuid": _uuid,
    "_UUID": fastread._UUID,
    "_set_int": fastread._SET_INT,
    "_set_safe": fastread._SET_SAFE,
    "_unknown": fastread._SAFE_UNKNOWN,
    "_partial": partial_from,
    "_place_label": _place_label,
    "_decode": contact.decode,
    "_exact_day": _exact_day,
}
_json_text = json.encoder.encode_basestring_ascii


def _as_stored(value: Any) -> Any:
    return value


_NAME = re.compile(r"\{(raw:|conv:)?(\w+)\}")


class _RowCode:
    """The body of a generated function that reads one DB-API row `v` of these columns: every
    column unpacked into a local once, converted in place where first used."""

    def __init__(self, columns: Sequence[Any], scope: dict[str, Any]) -> None:
        self.columns = columns
        self.index = {c.key: i for i, c in enumerate(columns)}
        self.scope = scope
        self.lines = [f"    {', '.join(f'x{i}' for i in range(len(columns)))}, = v"]
        self._converted: dict[str, str] = {}

    def value(self, name: str) -> str:
        """The local holding the converted column `name` (converted on first use)."""
        local = self._converted.get(name)
        if local is not None:
            return local
        lines = self.lines
        i = self.index[name]
        column = self.columns[i]
        convert = fastread.converter(column.type)
        local = self._converted[name] = f"x{i}"
        nullable = getattr(column, "nullable", True)
        pad = "    "
        if convert is not None and nullable:
            lines.append(f"    if {local} is not None:")
            pad = "        "
        if convert is None:
            pass
        elif convert is fastread._utc:
            # Moments written in one unit of work share their text (created = updated for a
            # record never edited; a whole import): one datetime per distinct text on a page.
            # The stored form inline, any other through _utc.
            lines.append(f"{pad}t = moments.get({local})")
            lines.append(f"{pad}if t is None:")
            lines.append(f"{pad}    t = moments[{local}] = _iso({local} + '+00:00') "
                         f"if len({local}) == 26 else _utc({local})")
            lines.append(f"{pad}{local} = t")
        elif convert is fastread._uuid:  # 32 hex digits inline, any other through _uuid
            lines.append(f"{pad}if len({local}) == 32:")
            lines.append(f"{pad}    u = _new(_UUID); _set_int(u, int({local}, 16)); "
                         f"_set_safe(u, _unknown); {local} = u")
            lines.append(f"{pad}else:")
            lines.append(f"{pad}    {local} = _uuid({local})")
        elif convert is bool:  # a truth test, as bool() makes it, without the call
            lines.append(f"{pad}{local} = True if {local} else False")
        elif isinstance(getattr(convert, "__self__", None), dict):  # a code: its member
            self.scope[f"d{i}"] = convert.__self__  # type: ignore[attr-defined]
            lines.append(f"{pad}{local} = d{i}[{local}]")
        else:
            self.scope[f"c{i}"] = convert
            lines.append(f"{pad}{local} = c{i}({local})")
        return local

    def expression(self, template: str) -> str:
        """A `_SPECIAL` template in terms of this row's locals (see the module text)."""

        def one(match: re.Match[str]) -> str:
            how, name = match.group(1), match.group(2)
            i = self.index[name]
            if how == "raw:":
                return f"x{i}" if name not in self._converted else f"v[{i}]"
            if how == "conv:":  # the column's converter itself (as stored: `_as_stored`)
                convert = fastread.converter(self.columns[i].type)
                self.scope[f"c{i}"] = _as_stored if convert is None else convert
                return f"c{i}"
            return self.value(name)

        return _NAME.sub(one, template)

    def build(self, cls: type, fields: dict[str, str], local: str) -> None:
        """Fill a `cls` into `local` through its slot twin (db.makers.twin): `fields` gives
        the source of each field; a field not in it is the column of the same name."""
        self.scope[f"_T_{cls.__name__}"] = twin(cls)
        self.scope[f"_C_{cls.__name__}"] = cls
        sources = {f.name: fields[f.name] if f.name in fields else self.value(f.name)
                   for f in dataclasses.fields(cls)}  # a KeyError: no column, no expression
        self.lines.append(f"    {local} = _new(_T_{cls.__name__})")
        self.lines.extend(f"    {local}.{name} = {source}" for name, source in sources.items())
        self.lines.append(f"    {local}.__class__ = _C_{cls.__name__}")

    def specials(self, special: dict[str, str]) -> dict[str, str]:
        """The `_SPECIAL` fields computed into locals f_<field>, in order (one may use another
        as f_<field>); their sources for `build`."""
        for field, template in special.items():
            self.lines.append(f"    f_{field} = {self.expression(template)}")
        return {field: f"f_{field}" for field in special}


def _scope() -> dict[str, Any]:
    return {"_new": object.__new__, **_HELPERS}


def _generate(kind: RecordKind, columns: Sequence[Any]) -> Callable[..., Any]:
    """`make(rows, tags, sources, ctx)`: the records of these DB-API rows of these columns
    (`tags`, `sources`: the page's, by stored id), in one call: the loop over the rows is part
    of the generated code (UTC moments made once per distinct stored text on the page)."""
    cls = _CLASSES[kind]
    if columns[0].key != "id":  # tags, sources and build_page's parameter read v[0] as the id
        raise TypeError("a page statement selects the record's id first")
    scope = _scope()
    code = _RowCode(columns, scope)
    # tags and sources: the page's dicts by the id as stored (only records that have some)
    code.build(r.Meta, {"tags": "tags.get(v[0], ())", "sources": "sources.get(v[0], ())"}, "m")
    fields = code.specials(_SPECIAL[kind])
    fields["meta"] = "m"
    code.build(cls, fields, "made")
    code.lines.append("    append(made)")
    body = "\n".join("    " + line for line in code.lines)
    text = ("def make(rows, tags, sources, ctx):\n    out = []\n    append = out.append\n"
            "    moments = {}\n    for v in rows:\n" + body + "\n    return out\n")
    exec(text, scope)  # noqa: S102 - generated from the record class and the model's columns
    make: Callable[..., Any] = scope["make"]
    make.__name__ = make.__qualname__ = f"build_{kind.value}"
    return make


def _generate_children(
    cls: type, columns: Sequence[Any], special: dict[str, str], owner: str
) -> Callable[..., dict[Any, tuple[Any, ...]]]:
    """`build(rows, refs)`: the `cls` records of these DB-API child rows, as tuples in row
    order per owner id as stored (`refs`: the linked records' refs by stored id). One call for
    all rows of a page: the loop is part of the generated code."""
    scope = _scope()
    code = _RowCode(columns, scope)
    at = code.index[owner]
    code.build(cls, code.specials(special), "made")
    code.lines.append(f"    found = out.get(x{at})")
    code.lines.append("    if found is None:")
    code.lines.append(f"        out[x{at}] = [made]")
    code.lines.append("    else:")
    code.lines.append("        found.append(made)")
    body = "\n".join("    " + line for line in code.lines)
    text = ("def build(rows, refs):\n    out = {}\n    moments = {}\n    for v in rows:\n"
            + body + "\n    return {k: tuple(x) for k, x in out.items()}\n")
    exec(text, scope)  # noqa: S102 - generated from the record class and the model's columns
    build: Callable[..., dict[Any, tuple[Any, ...]]] = scope["build"]
    build.__name__ = build.__qualname__ = f"build_{cls.__name__}s"
    return build


def builds(kind: RecordKind) -> bool:
    """Whether pages of this kind are built here."""
    return kind in _CLASSES


def _builder(kind: RecordKind, statement: Compiled) -> Callable[..., Any]:
    found = statement.builder
    if found is None:  # a statement selects one kind's records: its builder is for that kind
        found = statement.builder = _generate(kind, statement.columns)
    return found


# --- what a kind's expressions read from the page, before its rows are built ---------------


def _column(statement: Compiled, name: str) -> int:
    return [c.key for c in statement.columns].index(name)


def _refs_by_stored(
    conn: sqlite3.Connection, stored: set[str], kinds: tuple[RecordKind, ...]
) -> dict[str, r.Ref]:
    """Refs of these ids (as stored), keyed by the stored text: one UUID per distinct id."""
    return _ref_reader(kinds).read_stored(conn, stored)


def _no_context(reads: FastReads, statement: Compiled, rows: list[Any], param: str) -> _Ctx:
    return ()


def _organisation_context(
    reads: FastReads, statement: Compiled, rows: list[Any], param: str
) -> _Ctx:
    at = _column(statement, "place_adcode")
    codes = {row[at] for row in rows if row[at]}
    if not codes:
        return ({},)
    return ({
        # A region the reference keeps neutral (Taiwan) reads by its own name (db.convert).
        adcode: f"{name_en} ({hanzi})" if level == "region" else f"{hanzi} {pinyin}"
        for adcode, hanzi, pinyin, name_en, level in reads.places(codes)
    },)


#: What a position's and a political fact's fields are when not one column of the same name.
_CHILD_SPECIAL: dict[str, tuple[type, dict[str, str]]] = {
    "positions": (r.PositionRecord, {
        "organisation": "refs.get({raw:organisation_id}) "
                        "if {raw:organisation_id} is not None else None",
        "authority": "refs.get({raw:authority_id}) if {raw:authority_id} is not None else None",
        "starts": _partial("starts"),
        "ends": _partial("ends"),
    }),
    "facts": (r.PoliticalFactRecord, {"source": "refs[{raw:source_id}]"}),
}
_PERSON_LINK_COLUMNS = {"positions": ("organisation_id", "authority_id"), "facts": ("source_id",)}


def _children_builder(name: str) -> tuple[Compiled, Callable[..., dict[Any, tuple[Any, ...]]]]:
    statement = fastread._STATEMENTS.get(name)
    found = statement.builder
    if found is None:
        cls, special = _CHILD_SPECIAL[name]
        found = statement.builder = _generate_children(
            cls, statement.columns, special, "person_id"
        )
    return statement, found


def _person_context(reads: FastReads, statement: Compiled, rows: list[Any], param: str) -> _Ctx:
    """A person's positions and political facts by the person's id as stored: both child
    statements' rows as SQLite gives them, the refs they link to read once (keyed by the
    stored ids), then one generated call per statement for all its rows."""
    conn = reads.conn
    found = {}
    stored: set[Any] = set()
    for name, links in _PERSON_LINK_COLUMNS.items():
        child, build = _children_builder(name)
        child_rows = fastread.execute(conn, child.sql, child.params([param]))
        found[name] = (child_rows, build)
        for column in links:
            at = _column(child, column)
            stored.update(row[at] for row in child_rows)
    stored.discard(None)  # a position without an organisation or authority
    refs = _refs_by_stored(conn, stored, PERSON_LINKS) if stored else {}
    return tuple(build(child_rows, refs) for child_rows, build in found.values())


_TIE_LINKS = (RecordKind.AUTHORITY, RecordKind.ORGANISATION)


def _tie_context(reads: FastReads, statement: Compiled, rows: list[Any], param: str) -> _Ctx:
    a, o = _column(statement, "authority_id"), _column(statement, "organisation_id")
    stored = {row[a] for row in rows} | {row[o] for row in rows}
    return (_refs_by_stored(reads.conn, stored, _TIE_LINKS),)


_CONTEXT: dict[RecordKind, Callable[[FastReads, Compiled, list[Any], str], _Ctx]] = {
    RecordKind.AUTHORITY: _no_context,
    RecordKind.ORGANISATION: _organisation_context,
    RecordKind.PERSON: _person_context,
    RecordKind.TIE: _tie_context,
    RecordKind.SOURCE: _no_context,
    RecordKind.ACTION: _no_context,
}

def build_page(
    kind: RecordKind, statement: Compiled, reads: FastReads, rows: list[Any]
) -> list[Any]:
    """The records of these DB-API rows of a page statement compiled with `meta` (see
    `builds`): tags and cited sources read in one statement each, then the kind's linked rows,
    then one generated call for all rows."""
    if not rows:
        return []
    # The ids as SQLite gave them, as one JSON array (the C string encoder json.dumps uses).
    param = "[" + ",".join([_json_text(row[0]) for row in rows]) + "]"
    tags = reads.tags_by_stored_id(param)
    sources = reads.sources_by_stored_id(param)
    ctx = _CONTEXT[kind](reads, statement, rows, param)
    return _builder(kind, statement)(rows, tags, sources, ctx)  # type: ignore[no-any-return]


__all__ = ["build_page", "builds"]
