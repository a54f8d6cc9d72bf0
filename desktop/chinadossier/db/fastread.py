"""Reading pages on the DB-API cursor: SQL compiled once per statement shape, our own converters.

A list page used to send every statement through SQLAlchemy's execution path (building the
statement, its cache key, bind and result processing, `Row` objects): four to forty times what
SQLite itself spent on the same statements. Here SQLAlchemy still writes the SQL, but only once
per statement shape (`compile_select`); a page then runs that text on the session's own DB-API
connection (same transaction) and converts each value itself: UUIDs from their 32-digit hex
text, dates and times through ``fromisoformat``, stored codes through a dict of enum members,
and only where the column needs it. The converters follow the column types of the models and
refuse a type they do not know, so a new column type cannot be read wrongly in silence.

`FastReads` is the batch reader of a page's linked rows (tags, cited sources, places, child
rows, refs); `db.convert.CoreReads` does the same work through SQLAlchemy and is the reference
the tests compare it with.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    Select,
    String,
    Time,
    Uuid,
    bindparam,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import NullType

from chinadossier.db.labels import _LABEL_COLUMNS, _LABEL_TEMPLATES, _LABELS
from chinadossier.db.makers import maker, slot_setters, twin
from chinadossier.db.models import (
    CnDivision,
    DecisionLink,
    MeetingParticipant,
    MeetingTie,
    PoliticalFact,
    Position,
    Record,
    RecordSource,
    RecordTag,
    RiskAssessment,
    RiskMatrix,
    Source,
    Tag,
)
from chinadossier.db.reading import core
from chinadossier.db.registry import SPECS
from chinadossier.db.types import UTCDateTime
from chinadossier.domain import records as r
from chinadossier.domain.codes import Classification, RecordKind

_DIALECT = SQLiteDialect_pysqlite()
_UUID = uuid.UUID
_UTC = dt.UTC


#: Called with (sql, parameters) before each statement when set (benchmarks/speed.py records
#: the statements this way to replay them on a bare sqlite3 connection).
trace: Callable[[str, Sequence[Any]], None] | None = None


def execute(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[Any]:
    """Every row of one statement on the DB-API connection."""
    if trace is not None:
        trace(sql, params)
    return conn.execute(sql, params).fetchall()


def connection(session: Session) -> sqlite3.Connection:
    """The session's DB-API connection, inside its transaction (pending ORM changes flushed)."""
    dbapi: Any = core(session).connection.driver_connection
    return dbapi  # type: ignore[no-any-return]


_new = object.__new__
_SAFE_UNKNOWN = uuid.SafeUUID.unknown
_SLOTS: Any = vars(_UUID)  # the slots' own descriptors set a UUID's two fields
_SET_INT = _SLOTS["int"].__set__
_SET_SAFE = _SLOTS["is_safe"].__set__


def _uuid(value: str) -> uuid.UUID:
    """``uuid.UUID(hex=value)`` for the 32 hex digits SQLAlchemy stores, without the checks and
    dash handling of UUID.__init__ (a third of its cost); any other form goes through UUID()."""
    if len(value) != 32:
        return _UUID(value)
    made = _new(_UUID)
    _SET_INT(made, int(value, 16))
    _SET_SAFE(made, _SAFE_UNKNOWN)
    return made


_FROMISO = dt.datetime.fromisoformat


def _utc(value: str) -> dt.datetime:
    """An aware UTC moment from the stored text (SQLAlchemy stores naive UTC with microseconds:
    one C call reads it with the offset added; any other form is read and normalised)."""
    if len(value) == 26:
        return _FROMISO(value + "+00:00")
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=_UTC)
    return moment.astimezone(_UTC)


def converter(column_type: Any) -> Callable[[Any], Any] | None:
    """How a stored value of this column type becomes its Python value (None: as stored)."""
    if isinstance(column_type, UTCDateTime):
        return _utc
    if isinstance(column_type, Enum):
        if column_type.enum_class is None:
            return None
        members = {m.value: m for m in column_type.enum_class}
        return members.__getitem__
    if isinstance(column_type, Uuid):
        if not column_type.as_uuid:
            return None
        return _uuid
    if isinstance(column_type, DateTime):
        raise TypeError("naive DateTime columns are not read by the fast reader")
    if isinstance(column_type, Date):
        return dt.date.fromisoformat
    if isinstance(column_type, Time):
        return dt.time.fromisoformat
    if isinstance(column_type, Boolean):
        return bool
    if isinstance(column_type, JSON):
        return json.loads
    if isinstance(column_type, (Integer, String, LargeBinary, NullType)):
        return None
    raise TypeError(f"no fast converter for column type {column_type!r}")


def _row_maker(columns: Sequence[Any], *, meta: bool = False) -> Callable[..., Any]:
    """A function turning one DB-API row into a named tuple of converted values.

    Generated once per statement shape, so a row costs one tuple and the conversions it needs
    (no None test for a column declared NOT NULL). With `meta` (a record's columns first, as a
    list page selects them) the function takes the record's tags and sources as well and the
    tuple ends in the record's Meta, built from the converted values by position.
    """
    names = [c.key for c in columns]
    scope: dict[str, Any] = {"_new": tuple.__new__}
    parts = []
    for i, column in enumerate(columns):
        convert = converter(column.type)
        if convert is None:
            parts.append(f"v[{i}]")
            continue
        scope[f"c{i}"] = convert
        if getattr(column, "nullable", True):
            parts.append(f"(None if v[{i}] is None else c{i}(v[{i}]))")
        else:
            parts.append(f"c{i}(v[{i}])")
    if not meta:
        scope["_Row"] = namedtuple("Row", names, rename=True)  # noqa: PYI024
        source = f"def make(v):\n    return _new(_Row, ({', '.join(parts)},))\n"
        exec(source, scope)  # noqa: S102 - code generated from the model's own column list
        return scope["make"]  # type: ignore[no-any-return]
    scope["_Row"] = namedtuple("Row", [*names, "meta"], rename=True)  # noqa: PYI024
    scope["_Meta"] = r.Meta
    lines = [f"    x{i} = {part}" for i, part in enumerate(parts)]
    # The Meta filled through its slot twin (db.makers.twin), then made a Meta.
    lines.append("    m = _new_object(_MetaTwin)")
    scope["_new_object"] = object.__new__
    scope["_MetaTwin"] = twin(r.Meta)
    for field in _META_SETTERS:
        if field in ("tags", "sources"):
            lines.append(f"    m.{field} = {field}")
        else:
            lines.append(f"    m.{field} = x{names.index(field)}")
    lines.append("    m.__class__ = _Meta")
    values = ", ".join(f"x{i}" for i in range(len(parts)))
    lines.append(f"    return _new(_Row, ({values}, m))")
    source = "def make(v, tags, sources):\n" + "\n".join(lines) + "\n"
    exec(source, scope)  # noqa: S102 - code generated from the model's own column list
    return scope["make"]  # type: ignore[no-any-return]


class Compiled:
    """One statement shape: its SQL text, how to bind its values, how to read its rows."""

    __slots__ = ("_binds", "_readers", "builder", "columns", "make", "sql")

    def __init__(self, stmt: Any, names: Sequence[str] = (), *, meta: bool = False) -> None:
        """Compile `stmt`; its run-time values are the bind parameters named in `names`.

        With `meta` the statement selects whole records (their columns first): see `records`.
        """
        compiled = stmt.compile(dialect=_DIALECT)
        self.sql = compiled.string
        order = {name: i for i, name in enumerate(names)}
        binds: list[tuple[int, Any, Callable[[Any], Any] | None]] = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            process = bind.type.bind_processor(_DIALECT)
            if name in order:
                binds.append((order[name], None, process))
            else:  # a constant of the shape (a kind code, a status)
                value = bind.effective_value
                binds.append((-1, process(value) if process and value is not None else value,
                              None))
        self._binds = tuple(binds)
        self.columns = list(stmt.selected_columns)
        self.make = _row_maker(self.columns, meta=meta)
        #: The record builder generated for this shape (db.pagebuild), once it is needed.
        self.builder: Callable[..., Any] | None = None
        self._readers: dict[str, tuple[int, Callable[[Any], Any] | None]] = {}

    def values_of(self, row: Sequence[Any], name: str) -> tuple[Any, Any]:
        """(the converted value of column `name`, the converted id) of one DB-API row of a
        statement compiled with `meta` (for a page's cursor: two values, not the whole row)."""
        out = []
        for key in (name, "id"):
            found = self._readers.get(key)
            if found is None:
                i = [c.key for c in self.columns].index(key)
                found = self._readers[key] = (i, converter(self.columns[i].type))
            i, convert = found
            value = row[i]
            out.append(convert(value) if convert is not None and value is not None else value)
        return out[0], out[1]

    def params(self, values: Sequence[Any]) -> list[Any]:
        """The positional parameters for these run-time values."""
        out = []
        for index, constant, process in self._binds:
            if index < 0:
                out.append(constant)
            else:
                value = values[index]
                out.append(process(value) if process is not None and value is not None else value)
        return out

    def all(self, conn: sqlite3.Connection, values: Sequence[Any] = ()) -> list[Any]:
        """Every row, converted."""
        make = self.make
        return [make(row) for row in execute(conn, self.sql, self.params(values))]

    def raw(self, conn: sqlite3.Connection, values: Sequence[Any] = ()) -> list[Any]:
        """Every row as the DB-API gives it (for `records`)."""
        return execute(conn, self.sql, self.params(values))

    def records(
        self, reads: FastReads, found: list[Any]
    ) -> tuple[list[Any], tuple[list[r.Meta], list[uuid.UUID]]]:
        """Rows (from `raw`) of a statement compiled with `meta`, converted, each ending in the
        record's Meta with its tags and cited sources (read here, in one statement each); and
        (metas, ids) for db.convert.build_records.

        The ids go to SQLite as they came from it: no UUID is written out, none is hashed.
        """
        param = json.dumps([row[0] for row in found])
        tags = reads.tags_by_stored_id(param)
        sources = reads.sources_by_stored_id(param)
        make = self.make
        none: tuple[Any, ...] = ()
        rows = [
            make(row, tags.get(row[0], none), sources.get(row[0], none)) for row in found
        ]
        ids = [row.id for row in rows]
        reads.known(ids, param)  # the builders' reads of child rows use the same parameter
        return rows, ([row.meta for row in rows], ids)


def ids_param(ids: Iterable[Any]) -> str:
    """A list of ids (or codes) as the one JSON text parameter `in_json` reads."""
    values = list(ids)
    if not values:
        return "[]"
    try:  # ids only (the common case): their hex digits need no JSON escaping
        return '["' + '","'.join(["%032x" % i.int for i in values]) + '"]'  # noqa: UP031
    except AttributeError:
        return json.dumps([i.hex if isinstance(i, _UUID) else i for i in values])


def in_json(column: Any, name: str) -> ColumnElement[bool]:
    """``column IN (the values of a JSON array)``: one parameter and one SQL text for any number
    of values (SQLite reads the array with json_each and probes the column's index per value)."""
    values: Any = select(literal_column("value")).select_from(func.json_each(bindparam(name)))
    return column.in_(values)  # type: ignore[no-any-return]


# --- refs: number, label, kind and classification of linked records, one statement ---------

_RECORD = Record.__table__
_tuple_new = tuple.__new__
_CLASS = {c.value: c for c in Classification}
_ALL_KINDS = tuple(RecordKind)
_REF = maker(r.Ref)
_REF_TWIN, _REF_CLASS = twin(r.Ref), r.Ref
_json_text = json.encoder.encode_basestring_ascii
_SOURCE_REF = maker(r.SourceRef)
_META_SETTERS = slot_setters(r.Meta)


def _by_number(source: r.SourceRef) -> str:
    return source.display_no


class _RefReader:
    """Refs of records of the given kinds: the record row and each kind's label columns, joined."""

    def __init__(self, kinds: tuple[RecordKind, ...]) -> None:
        columns: list[Any] = [_RECORD.c.id, _RECORD.c.kind, _RECORD.c.display_no,
                              _RECORD.c.deleted_at, _RECORD.c.classification]
        joined: Any = _RECORD
        # Per stored kind code: the kind, where its label columns start and end, a named tuple
        # of them, and the kind's label function.
        self.layout: dict[str, tuple[RecordKind, int, int, Any, Any]] = {}
        for kind in kinds:
            table: Any = SPECS[kind].model.__table__.alias(f"l_{kind.value}")
            joined = joined.outerjoin(table, table.c.id == _RECORD.c.id)
            names = _LABEL_COLUMNS[kind]
            label_row: Any = namedtuple("Label", names)  # type: ignore[misc]  # noqa: PYI024
            start = len(columns)
            self.layout[kind.value] = (kind, start, start + len(names), label_row, _LABELS[kind])
            columns.extend(table.c[n].label(f"{kind.value}_{n}") for n in names)
        stmt = select(*columns).select_from(joined).where(in_json(_RECORD.c.id, "ids"))
        self.statement = Compiled(stmt, ["ids"])
        self._build_stored: Callable[[list[Any]], dict[str, r.Ref]] | None = None

    def read(
        self, conn: sqlite3.Connection, wanted: dict[int, uuid.UUID]
    ) -> dict[uuid.UUID, r.Ref]:
        """Refs of these records (by ``UUID.int``), keyed by the UUIDs given."""
        out: dict[uuid.UUID, r.Ref] = {}
        layout = self.layout
        param = '["' + '","'.join(["%032x" % n for n in wanted]) + '"]'  # noqa: UP031
        for row in execute(conn, self.statement.sql, [param]):
            kind, start, end, label_row, label = layout[row[1]]
            stored = row[0]
            rid = wanted.get(int(stored, 16)) if len(stored) == 32 else None
            if rid is None:  # an id stored in another form: read as such
                rid = _uuid(stored)
            ref: Any = _new(_REF_TWIN)
            ref.id = rid
            ref.kind = kind
            ref.display_no = row[2]
            ref.label = str(label(_tuple_new(label_row, row[start:end])))
            ref.deleted = row[3] is not None
            ref.classification = _CLASS[row[4]]
            ref.__class__ = _REF_CLASS
            out[rid] = ref
        return out

    def read_stored(self, conn: sqlite3.Connection, stored: Iterable[str]) -> dict[str, r.Ref]:
        """Refs of these records by their ids as stored (the text a link column holds), keyed
        by that text: no UUID is written out or hashed, one UUID made per record found."""
        param = "[" + ",".join([_json_text(text) for text in stored]) + "]"
        build = self._build_stored
        if build is None:
            build = self._build_stored = _generate_stored_refs(self.layout)
        return build(execute(conn, self.statement.sql, [param]))


def _generate_stored_refs(
    layout: dict[str, tuple[RecordKind, int, int, Any, Any]],
) -> Callable[[list[Any]], dict[str, r.Ref]]:
    """`build(rows)`: the refs of these rows of a `_RefReader` statement by stored id, in one
    generated loop; per kind its label as the expression of db.labels._LABEL_TEMPLATES over
    the row's columns (its label function where there is none)."""
    scope: dict[str, Any] = {
        "_new": _new, "_UUID": _UUID, "_set_int": _SET_INT, "_set_safe": _SET_SAFE,
        "_unknown": _SAFE_UNKNOWN, "_uuid": _uuid, "_CLASS": _CLASS, "_Twin": _REF_TWIN,
        "_Ref": _REF_CLASS, "_tuple_new": _tuple_new,
    }
    lines = [
        "def build(rows):",
        "    out = {}",
        "    for row in rows:",
        "        stored_id = row[0]",
        "        code = row[1]",
        "        ref = _new(_Twin)",
        "        if len(stored_id) == 32:",
        "            rid = _new(_UUID); _set_int(rid, int(stored_id, 16)); "
        "_set_safe(rid, _unknown)",
        "        else:",
        "            rid = _uuid(stored_id)",
        "        ref.id = rid",
        "        ref.display_no = row[2]",
        "        ref.deleted = row[3] is not None",
        "        ref.classification = _CLASS[row[4]]",
    ]
    for n, (code, (kind, start, end, label_row, label)) in enumerate(layout.items()):
        scope[f"_K{n}"] = kind
        template = _LABEL_TEMPLATES.get(kind)
        if template is None:  # the kind's own label function, on a named tuple of its columns
            scope[f"_L{n}"], scope[f"_R{n}"] = label, label_row
            text = f"_L{n}(_tuple_new(_R{n}, row[{start}:{end}]))"
        else:
            names = _LABEL_COLUMNS[kind]
            text = template.format(**{name: f"row[{start + i}]" for i, name in enumerate(names)})
        lines.append(f"        {'if' if n == 0 else 'elif'} code == {code!r}:")
        lines.append(f"            ref.kind = _K{n}")
        lines.append(f"            ref.label = str({text})")
    lines.append("        else:")
    lines.append("            raise KeyError(code)")
    lines.append("        ref.__class__ = _Ref")
    lines.append("        out[stored_id] = ref")
    lines.append("    return out")
    exec("\n".join(lines) + "\n", scope)  # noqa: S102 - generated from the kinds' label columns
    build: Callable[[list[Any]], dict[str, r.Ref]] = scope["build"]
    return build


_REF_READERS: dict[tuple[RecordKind, ...], _RefReader] = {}


def _ref_reader(kinds: tuple[RecordKind, ...]) -> _RefReader:
    reader = _REF_READERS.get(kinds)
    if reader is None:
        reader = _REF_READERS[kinds] = _RefReader(kinds)
    return reader


# --- the linked rows of a page -------------------------------------------------------------


class _Statements:
    """The page reader's fixed statements, compiled on first use."""

    def __init__(self) -> None:
        self._done: dict[str, Compiled] = {}

    def get(self, name: str) -> Compiled:
        found = self._done.get(name)
        if found is None:
            found = self._done[name] = Compiled(_BUILDERS[name](), ("ids",))
        return found


def _tags() -> Any:
    return (
        select(RecordTag.record_id, Tag.name)
        .join(Tag, Tag.id == RecordTag.tag_id)
        .where(in_json(RecordTag.record_id, "ids"))
    )


def _sources() -> Select[Any]:
    source: Any = Source.__table__
    return (
        select(
            RecordSource.record_id,
            RecordSource.locator,
            source.c.id.label("source_id"),
            _RECORD.c.display_no,
            source.c.title,
            _RECORD.c.classification,
        )
        .select_from(RecordSource.__table__)
        .join(source, source.c.id == RecordSource.source_id)
        .join(_RECORD, _RECORD.c.id == source.c.id)
        .where(in_json(RecordSource.record_id, "ids"))
    )


def _places() -> Any:
    return select(
        CnDivision.adcode, CnDivision.hanzi, CnDivision.pinyin, CnDivision.name_en,
        CnDivision.level,
    ).where(in_json(CnDivision.adcode, "ids"))


def _children(model: Any, owner: str) -> Callable[[], Select[Any]]:
    def build() -> Select[Any]:
        # A child row's own id is never shown: not reading it saves a UUID per row.
        table = model.__table__
        columns = [c for c in table.c if c.name != "id"]
        return select(*columns).where(in_json(table.c[owner], "ids")).order_by(table.c.seq)

    return build


def _meeting_ties() -> Any:
    return select(MeetingTie.meeting_id, MeetingTie.tie_id).where(
        in_json(MeetingTie.meeting_id, "ids")
    )


def _decision_links() -> Any:
    return select(DecisionLink.decision_id, DecisionLink.record_id).where(
        in_json(DecisionLink.decision_id, "ids")
    )


def _assessments() -> Select[Any]:
    table: Any = RiskAssessment.__table__
    return (
        select(*(c for c in table.c if c.name != "id"),
               RiskMatrix.version.label("matrix_version"))
        .join(RiskMatrix, RiskMatrix.id == table.c.matrix_id)
        .where(in_json(table.c.risk_note_id, "ids"))
        .order_by(table.c.seq)
    )


_BUILDERS: dict[str, Callable[[], Select[Any]]] = {
    "tags": _tags,
    "sources": _sources,
    "places": _places,
    "positions": _children(Position, "person_id"),
    "facts": _children(PoliticalFact, "person_id"),
    "participants": _children(MeetingParticipant, "meeting_id"),
    "meeting_ties": _meeting_ties,
    "decision_links": _decision_links,
    "assessments": _assessments,
}
_STATEMENTS = _Statements()


class FastReads:
    """The linked rows of a batch of records, read on the DB-API connection.

    Same answers as `db.convert.CoreReads` (the tests compare the two on every kind).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = self.conn = conn
        # The last list of ids and its parameter: a page asks for its tags, sources and child
        # rows with one and the same list, written out once.
        self._ids: object = None
        self._param = ""

    def _rows(self, name: str, ids: Iterable[Any]) -> list[Any]:
        if ids is not self._ids:
            self._ids, self._param = ids, ids_param(ids)
        return _STATEMENTS.get(name).all(self._conn, [self._param])

    def known(self, ids: list[uuid.UUID], param: str) -> None:
        """`param` is the parameter of `ids` (written out already; the next batch read of this
        very list uses it)."""
        self._ids, self._param = ids, param

    def tags_by_stored_id(self, param: str) -> dict[str, tuple[str, ...]]:
        """Sorted tag names per record, by the record's id as stored (only records with tags)."""
        out: dict[str, list[str]] = defaultdict(list)
        for rid, name in execute(self._conn, _STATEMENTS.get("tags").sql, [param]):
            out[rid].append(name)
        return {rid: tuple(sorted(names)) for rid, names in out.items()}

    def sources_by_stored_id(self, param: str) -> dict[str, tuple[r.SourceRef, ...]]:
        """Cited sources per record in number order, by the record's id as stored."""
        out: dict[str, list[r.SourceRef]] = defaultdict(list)
        make = _STATEMENTS.get("sources").make
        for row in execute(self._conn, _STATEMENTS.get("sources").sql, [param]):
            _, locator, sid, number, title, classification = make(row)
            out[row[0]].append(_SOURCE_REF(source_id=sid, display_no=number, title=title,
                                           classification=classification, locator=locator))
        return {rid: tuple(sorted(cited, key=_by_number)) for rid, cited in out.items()}

    def tags(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
        """Tag names per record."""
        out: dict[uuid.UUID, list[str]] = defaultdict(list)
        for rid, name in self._rows("tags", ids):
            out[rid].append(name)
        return out

    def sources(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[r.SourceRef]]:
        """Cited sources per record."""
        out: dict[uuid.UUID, list[r.SourceRef]] = defaultdict(list)
        for rid, locator, sid, number, title, classification in self._rows("sources", ids):
            out[rid].append(_SOURCE_REF(source_id=sid, display_no=number, title=title,
                                        classification=classification, locator=locator))
        return out

    def places(self, codes: Iterable[str]) -> list[Any]:
        """(adcode, hanzi, pinyin, name_en, level) of these division codes."""
        return self._rows("places", codes)

    def children(self, name: str, ids: Sequence[uuid.UUID]) -> list[Any]:
        """Child rows (positions, facts, participants, meeting_ties, decision_links,
        assessments) of these owners, in their stored order."""
        return self._rows(name, ids)

    def children_by_param(self, name: str, param: str) -> list[Any]:
        """`children` of the ids whose `ids_param` (or JSON array of stored ids) is `param`."""
        return _STATEMENTS.get(name).all(self._conn, [param])

    def refs(
        self, ids: Iterable[uuid.UUID | None], kinds: tuple[RecordKind, ...] = _ALL_KINDS
    ) -> dict[uuid.UUID, r.Ref]:
        """Refs of these records (deleted ones included and marked); `kinds` narrows the label
        tables joined when the caller knows which kinds the ids can be."""
        # By number: no Python-level UUID hashing, each written out once; the refs are keyed
        # by the caller's own UUID objects (a lookup then finds its key by identity).
        wanted = {i.int: i for i in ids if i is not None}
        if not wanted:
            return {}
        return _ref_reader(kinds).read(self._conn, wanted)
