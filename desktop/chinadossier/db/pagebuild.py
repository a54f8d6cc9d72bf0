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
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from chinadossier.db import fastread
from chinadossier.db.columns import partial_from
from chinadossier.db.convert import PERSON_LINKS, _exact_day
from chinadossier.db.fastread import Compiled, FastReads, _ref_reader, _uuid
from chinadossier.db.makers import maker, slot_setters
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
        "positions": "ctx[0].get({id}, ())",
        "political_facts": "ctx[1].get({id}, ())",
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
_META_SETTERS = slot_setters(r.Meta)
_json_text = json.encoder.encode_basestring_ascii
def _as_stored(value: Any) -> Any:
    return value


_NAME = re.compile(r"\{(raw:|conv:)?(\w+)\}")


def _generate(kind: RecordKind, columns: Sequence[Any]) -> Callable[..., Any]:
    """`make(v, tags, sources, ctx, moments)`: the record of one DB-API row `v` of these
    columns (`tags`, `sources`: the page's, by stored id; `moments`: the page's UTC moments by
    stored text, filled as it goes)."""
    cls = _CLASSES[kind]
    if columns[0].key != "id":  # tags, sources and build_page's parameter read v[0] as the id
        raise TypeError("a page statement selects the record's id first")
    index = {c.key: i for i, c in enumerate(columns)}
    scope: dict[str, Any] = {"_new": object.__new__, "_Meta": r.Meta, "_Cls": cls, **_HELPERS}
    lines: list[str] = []
    converted: dict[str, str] = {}

    def value(name: str) -> str:
        """The local holding the converted column `name` (converted on first use)."""
        local = converted.get(name)
        if local is None:
            i = index[name]
            column = columns[i]
            convert = fastread.converter(column.type)
            local = converted[name] = f"x{i}"
            nullable = getattr(column, "nullable", True)
            test = f"if {local} is not None: " if nullable else ""
            if convert is None:
                pass
            elif convert is fastread._utc:
                # Moments written in one unit of work share their text (created = updated for
                # a record never edited; a whole import): one datetime per distinct text on a
                # page. The stored form inline, any other through _utc.
                pad = "    "
                if nullable:
                    lines.append(f"    if {local} is not None:")
                    pad = "        "
                lines.append(f"{pad}t = moments.get({local})")
                lines.append(f"{pad}if t is None:")
                lines.append(f"{pad}    t = moments[{local}] = _iso({local} + '+00:00') "
                             f"if len({local}) == 26 else _utc({local})")
                lines.append(f"{pad}{local} = t")
            elif convert is fastread._uuid:  # 32 hex digits inline, any other through _uuid
                pad = "    "
                if nullable:
                    lines.append(f"    if {local} is not None:")
                    pad = "        "
                lines.append(f"{pad}if len({local}) == 32:")
                lines.append(f"{pad}    u = _new(_UUID); _set_int(u, int({local}, 16)); "
                             f"_set_safe(u, _unknown); {local} = u")
                lines.append(f"{pad}else:")
                lines.append(f"{pad}    {local} = _uuid({local})")
            else:
                scope[f"c{i}"] = convert
                lines.append(f"    {test}{local} = c{i}({local})")
        return local

    def expression(template: str) -> str:
        def one(match: re.Match[str]) -> str:
            how, name = match.group(1), match.group(2)
            i = index[name]
            if how == "raw:":
                return f"v[{i}]"
            if how == "conv:":  # the column's converter itself (as stored: `_as_stored`)
                convert = fastread.converter(columns[i].type)
                scope[f"c{i}"] = _as_stored if convert is None else convert
                return f"c{i}"
            return value(name)

        return _NAME.sub(one, template)

    # Every column into a local in one unpacking; converted in place where first used.
    lines.append(f"    {', '.join(f'x{i}' for i in range(len(columns)))}, = v")
    lines.append("    m = _new(_Meta)")
    for field, setter in _META_SETTERS.items():
        scope[f"_m_{field}"] = setter
        # tags and sources: the page's dicts by the id as stored (only records that have some)
        source = f"{field}.get(v[0], ())" if field in ("tags", "sources") else value(field)
        lines.append(f"    _m_{field}(m, {source})")
    lines.append("    made = _new(_Cls)")
    special = _SPECIAL[kind]
    setters = slot_setters(cls)
    for field in special:  # computed first: one may use another (f_<field>)
        lines.append(f"    f_{field} = {expression(special[field])}")
    for field in (f.name for f in dataclasses.fields(cls)):
        scope[f"_s_{field}"] = setters[field]
        if field == "meta":
            source = "m"
        elif field in special:
            source = f"f_{field}"
        else:
            source = value(field)  # a KeyError here: a field with no column and no expression
        lines.append(f"    _s_{field}(made, {source})")
    lines.append("    return made")
    text = "def make(v, tags, sources, ctx, moments):\n" + "\n".join(lines) + "\n"
    exec(text, scope)  # noqa: S102 - generated from the record class and the model's columns
    make: Callable[..., Any] = scope["make"]
    make.__name__ = make.__qualname__ = f"build_{kind.value}"
    return make


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
    wanted = {}
    by_text = {}
    for text in stored:
        rid = _uuid(text)
        wanted[rid.int] = rid
        by_text[text] = rid
    refs = _ref_reader(kinds).read(conn, wanted)
    return {text: refs[rid] for text, rid in by_text.items() if rid in refs}


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


def _person_context(reads: FastReads, statement: Compiled, rows: list[Any], param: str) -> _Ctx:
    positions = reads.children_by_param("positions", param)
    facts = reads.children_by_param("facts", param)
    linked = reads.refs(
        [p.organisation_id for p in positions]
        + [p.authority_id for p in positions]
        + [f.source_id for f in facts],
        PERSON_LINKS,
    )
    by_person: dict[Any, list[r.PositionRecord]] = defaultdict(list)
    for p in positions:
        by_person[p.person_id].append(
            _POSITION(
                title=p.title,
                organisation=linked.get(p.organisation_id) if p.organisation_id else None,
                authority=linked.get(p.authority_id) if p.authority_id else None,
                starts=partial_from(p.starts_on, p.starts_precision, p.starts_uncertain,
                                    p.starts_circa, p.starts_until),
                ends=partial_from(p.ends_on, p.ends_precision, p.ends_uncertain,
                                  p.ends_circa, p.ends_until),
            )
        )
    facts_by: dict[Any, list[r.PoliticalFactRecord]] = defaultdict(list)
    for f in facts:
        facts_by[f.person_id].append(
            _FACT(fact_kind=f.fact_kind, text=f.text, source=linked[f.source_id], as_of=f.as_of)
        )
    return (
        {k: tuple(v) for k, v in by_person.items()},
        {k: tuple(v) for k, v in facts_by.items()},
    )


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

_POSITION = maker(r.PositionRecord)
_FACT = maker(r.PoliticalFactRecord)


def build_page(
    kind: RecordKind, statement: Compiled, reads: FastReads, rows: list[Any]
) -> list[Any]:
    """The records of these DB-API rows of a page statement compiled with `meta` (see
    `builds`): tags and cited sources read in one statement each, then the kind's linked rows,
    then one generated call per row."""
    if not rows:
        return []
    # The ids as SQLite gave them, as one JSON array (the C string encoder json.dumps uses).
    param = "[" + ",".join([_json_text(row[0]) for row in rows]) + "]"
    tags = reads.tags_by_stored_id(param)
    sources = reads.sources_by_stored_id(param)
    ctx = _CONTEXT[kind](reads, statement, rows, param)
    make = _builder(kind, statement)
    moments: dict[str, Any] = {}
    return [make(row, tags, sources, ctx, moments) for row in rows]


__all__ = ["build_page", "builds"]
