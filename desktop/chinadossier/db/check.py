"""Whether a case file is sound: read-only checks of file, schema, pages, links, audit and index."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    Dialect,
    Integer,
    String,
    Table,
    TypeDecorator,
    Uuid,
    and_,
    func,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased

from chinadossier.db import audit, canonical, migrate, sqlite_file
from chinadossier.db.engine import open_database
from chinadossier.db.models import (
    Attachment,
    AuditEntry,
    AuditPayload,
    Authority,
    Base,
    Blob,
    CaseFile,
    MemoRecord,
    Record,
    RiskAssessment,
    RiskMatrix,
    RiskNote,
)
from chinadossier.db.record_state import owned_tables, row_order, state_hashes
from chinadossier.db.registry import SPECS
from chinadossier.db.search import SqliteFtsIndex
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import FileRefused
from chinadossier.domain.search_text import index_text

#: How many display numbers or audit lines a message names at most.
MAX_NAMED = 10

#: Names of the checks, in the order they are reported.
CHECK_NAMES = (
    "header",
    "schema",
    "quick_check",
    "foreign_keys",
    "audit_chain",
    "record_states",
    "search_index",
    "attachments",
    "invariants",
)

_UPGRADE_HINT = "Werk het bij met: chinadossier upgrade"

#: Tables whose rows belong to a record of any kind (owned by every kind).
_COMMON_TABLES = frozenset.intersection(
    *(frozenset(name for name, _ in owned_tables(kind)) for kind in RecordKind)
)


@dataclass(frozen=True, slots=True)
class CheckItem:
    """The outcome of one check.

    Attributes:
        name: English code of the check (one of CHECK_NAMES).
        ok: Whether the file passed it.
        message: What was found, in Dutch.
        count: How many things were checked or found (e.g. audit lines), if meaningful.
    """

    name: str
    ok: bool
    message: str
    count: int | None = None


def run_checks(path: Path, *, full: bool) -> list[CheckItem]:
    """Check a case file without changing a byte of it.

    The file is only opened read-only (SQLite mode=ro); every data check runs in one read
    transaction, so they all see the same committed state. A file that is not a Chinadossier
    file gives only the failing "header" item; a file from a newer version stops after
    "schema"; an older or inconsistent schema stops after the page and link checks, because
    the data checks need the current tables.

    Args:
        path: The case file.
        full: Also run PRAGMA integrity_check (instead of quick_check), recompute every search
            document and hash every attachment.

    Returns:
        The checks in CHECK_NAMES order ("attachments" only when full).
    """
    try:
        sqlite_file.read_header(path)
    except FileRefused as exc:
        return [CheckItem("header", False, exc.message)]
    items = [CheckItem("header", True, "Het bestand is een Chinadossier-bestand.")]
    schema, go_on = _check_schema(path)
    items.append(schema)
    if go_on is None:
        return items
    try:
        database = open_database(path, read_only=True)
    except FileRefused as exc:
        items.append(CheckItem("quick_check", False, exc.message))
        return items
    session = database.read_session()
    try:
        session.begin()
        items.append(_guarded("quick_check", lambda: _check_pages(session, full=full)))
        items.append(_guarded("foreign_keys", lambda: _check_links(session)))
        if go_on:
            items.append(_guarded("audit_chain", lambda: _check_audit_chain(session)))
            items.append(_guarded("record_states", lambda: _check_record_states(session)))
            items.append(_guarded("search_index", lambda: _check_search(session, full=full)))
            if full:
                items.append(_guarded("attachments", lambda: _check_attachments(session)))
            items.append(_guarded("invariants", lambda: _check_invariants(session)))
    finally:
        # Only read: end with a rollback (a COMMIT can itself fail on a damaged file).
        with suppress(sqlite3.DatabaseError, SQLAlchemyError):
            session.rollback()
        session.close()
        database.close()
    return items


def _guarded(name: str, check: Callable[[], CheckItem]) -> CheckItem:
    """Run one check; a database error or an unreadable stored value becomes a failing item."""
    try:
        return check()
    except (sqlite3.DatabaseError, SQLAlchemyError, ValueError, LookupError, TypeError) as exc:
        detail = getattr(exc, "orig", None) or exc
        return CheckItem(name, False, f"De controle kon niet worden uitgevoerd: {detail}.")


# --- schema ----------------------------------------------------------------------------------


def _check_schema(path: Path) -> tuple[CheckItem, bool | None]:
    """The schema item, and whether to go on: True all checks, False page checks only, None stop.

    PRAGMA user_version must equal the code's head and the ordinal of the revision stamped in
    alembic_version.
    """
    head = migrate.head_ordinal()
    chain = migrate.revisions()
    try:
        with closing(sqlite_file.connect_existing(path, read_only=True)) as conn:
            version = sqlite_file.schema_version(conn)
            stamped = _stamped_revisions(conn)
    except FileRefused as exc:
        return CheckItem("schema", False, exc.message), None
    except sqlite3.DatabaseError as exc:
        return CheckItem("schema", False, f"De opbouw kan niet worden gelezen: {exc}."), None
    unknown = [rev for rev in stamped if rev not in chain]
    if version > head or unknown:
        shown = f"schema {version}" + (f", revisie {', '.join(unknown)}" if unknown else "")
        return CheckItem(
            "schema",
            False,
            f"Het bestand is gemaakt met een nieuwere versie van Chinadossier ({shown}; deze "
            f"versie kent t/m schema {head}). Installeer de nieuwste versie; er is verder niets "
            "gecontroleerd.",
            version,
        ), None
    ordinal = chain.index(stamped[0]) + 1 if len(stamped) == 1 else None
    problems: list[str] = []
    if len(stamped) != 1:
        problems.append(
            "de migratiestand (alembic_version) ontbreekt"
            if not stamped
            else f"er zijn {len(stamped)} migratiestanden in plaats van één"
        )
    elif ordinal != version:
        problems.append(
            f"het schemanummer ({version}) en de migratiestand ({stamped[0]}, schema {ordinal}) "
            "komen niet overeen"
        )
    if version < head:
        problems.append(f"de opbouw is ouder (schema {version}, deze versie: {head})")
    if problems:
        message = (
            f"{_capital('; '.join(problems))}. {_UPGRADE_HINT}. Alleen de pagina's en "
            "verwijzingen zijn gecontroleerd; de overige controles volgen na het bijwerken."
        )
        return CheckItem("schema", False, message, version), False
    return CheckItem("schema", True, f"De opbouw is actueel (schema {version}).", version), True


def _stamped_revisions(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if exists is None:
        return []
    return [str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version")]


# --- pages and links -------------------------------------------------------------------------


def _check_pages(session: Session, *, full: bool) -> CheckItem:
    """PRAGMA quick_check (integrity_check with full) must answer exactly "ok"."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        lines = [str(row[0]) for row in session.connection().exec_driver_sql(f"PRAGMA {pragma}")]
    except (sqlite3.DatabaseError, SQLAlchemyError) as exc:
        lines = [str(getattr(exc, "orig", None) or exc)]
    what = "volledige" if full else "snelle"
    if lines == ["ok"]:
        return CheckItem(
            "quick_check", True, f"De {what} controle van de databasepagina's is in orde.", 0
        )
    shown = "; ".join(lines[:3]) + (f" (en {len(lines) - 3} meer)" if len(lines) > 3 else "")
    return CheckItem(
        "quick_check",
        False,
        f"Het bestand is beschadigd ({pragma}): {shown}. Herstel een reservekopie.",
        len(lines),
    )


def _check_links(session: Session) -> CheckItem:
    """PRAGMA foreign_key_check must come back empty."""
    rows = session.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return CheckItem("foreign_keys", True, "Alle verwijzingen tussen tabellen kloppen.", 0)
    per_link = Counter(f"{row[0]} → {row[2]}" for row in rows)
    shown = ", ".join(f"{link} ({n})" for link, n in per_link.most_common(MAX_NAMED))
    return CheckItem(
        "foreign_keys", False, f"{len(rows)} verbroken verwijzing(en): {shown}.", len(rows)
    )


# --- audit -----------------------------------------------------------------------------------


def _check_audit_chain(session: Session) -> CheckItem:
    """Every entry hash and payload hash recomputes; payloads are present or properly erased.

    A fast pass over the raw rows comes first; only when it finds anything does
    audit.verify_chain (the reference) run, and its findings are the ones reported.
    """
    count, sound = _chain_holds(session)
    problems: list[tuple[int, str]] = []
    if not sound:
        count, chain_problems = audit.verify_chain(session)
        problems.extend((p.seq, p.message) for p in chain_problems)
    missing = session.execute(
        select(AuditEntry.seq)
        .outerjoin(AuditPayload, AuditPayload.entry_seq == AuditEntry.seq)
        .where(AuditEntry.payload_hash.is_not(None), AuditPayload.entry_seq.is_(None))
    ).scalars()
    problems.extend((seq, "de oude/nieuwe waarden ontbreken") for seq in missing)
    blanked = session.execute(
        select(AuditPayload.entry_seq).where(
            AuditPayload.payload.is_(None), AuditPayload.erased_at.is_(None)
        )
    ).scalars()
    problems.extend(
        (seq, "de oude/nieuwe waarden zijn leeggemaakt zonder wisdatum") for seq in blanked
    )
    if not problems:
        return CheckItem(
            "audit_chain",
            True,
            f"Het auditspoor ({count} regels) is ononderbroken en ongewijzigd.",
            count,
        )
    problems.sort()
    shown = "; ".join(f"regel {seq}: {message}" for seq, message in problems[:MAX_NAMED])
    more = f" (en {len(problems) - MAX_NAMED} meer)" if len(problems) > MAX_NAMED else ""
    return CheckItem(
        "audit_chain",
        False,
        f"Het auditspoor klopt niet ({len(problems)} problemen): {shown}{more}.",
        count,
    )


def _check_record_states(session: Session) -> CheckItem:
    """Each record as stored must hash to the state of its latest audit entry.

    Hashes are first computed in one fast pass over every owned table; a record whose fast hash
    differs from its audit entry is then hashed again with record_state.state_hashes (the
    reference used when writing), and only that verdict counts. The fast pass can therefore
    make the check slower, never wrong.
    """
    cursor = _cursor(session)
    last_by_text: dict[Any, str | None] = dict(
        cursor.execute(
            "SELECT e.record_id, e.state_hash FROM audit_entry AS e JOIN ("
            "SELECT record_id, max(seq) AS seq FROM audit_entry WHERE record_id IS NOT NULL "
            "GROUP BY record_id) AS latest ON e.seq = latest.seq"
        ).fetchall()
    )
    records = _record_rows(session)
    kind_of = {raw: str(kind) for raw, kind, _, _ in records}
    fast, doubtful = _fast_state_hashes(session, kind_of)
    known = {kind.value: kind for kind in RecordKind}
    last: dict[uuid.UUID, str | None] | None = None
    numbers: dict[uuid.UUID, str] = {}
    suspects: dict[RecordKind, list[uuid.UUID]] = {}
    unaudited: list[str] = []
    unknown_kinds: set[str] = set()
    for raw, kind_value, display_no, _ in records:
        kind = known.get(str(kind_value))
        digest = fast[raw]
        if kind is not None and raw not in doubtful and last_by_text.get(raw) == digest:
            continue  # the usual case: stored as audited
        if last is None:
            last = audit.last_states(session)  # the reference, for the few records in doubt
        record_id = _as_uuid(raw)
        if kind is None or record_id is None:
            unknown_kinds.add(str(kind_value) if kind is None else f"id {raw!r}")
            continue
        numbers[record_id] = display_no
        if last.get(record_id) is None:
            unaudited.append(display_no)
        else:
            suspects.setdefault(kind, []).append(record_id)
    changed = [numbers[record_id] for record_id in _confirm_changed(session, suspects, last or {})]
    checked = len(records)
    if not (unaudited or changed or unknown_kinds):
        return CheckItem(
            "record_states",
            True,
            f"Alle {checked} records komen overeen met hun laatste auditregel.",
            checked,
        )
    parts: list[str] = []
    if changed:
        parts.append(
            _named(sorted(changed), "komt", "komen") + " niet overeen met de laatste "
            "auditregel (direct in het bestand gewijzigd?)"
        )
    if unaudited:
        parts.append(
            _named(sorted(unaudited), "heeft", "hebben") + " geen auditregel (buiten "
            "het programma toegevoegd?)"
        )
    if unknown_kinds:
        parts.append(f"onleesbare records: {', '.join(sorted(unknown_kinds)[:MAX_NAMED])}")
    return CheckItem(
        "record_states",
        False,
        _capital("; ".join(parts)) + ".",
        len(changed) + len(unaudited) + len(unknown_kinds),
    )


def _confirm_changed(
    session: Session, suspects: dict[RecordKind, list[uuid.UUID]], last: dict[uuid.UUID, str | None]
) -> list[uuid.UUID]:
    """Of the suspects, those whose reference state hash differs from their audit entry."""
    changed: list[uuid.UUID] = []
    for kind, ids in suspects.items():
        try:
            hashes = state_hashes(session, kind, ids)
        except (ValueError, LookupError, TypeError):
            # A value no longer readable as its type (edited directly): find which records.
            hashes = {}
            for record_id in ids:
                try:
                    hashes.update(state_hashes(session, kind, [record_id]))
                except (ValueError, LookupError, TypeError):
                    changed.append(record_id)
        changed.extend(
            record_id for record_id, digest in hashes.items() if digest != last.get(record_id)
        )
    return changed


# --- search index ----------------------------------------------------------------------------


def _check_search(session: Session, *, full: bool) -> CheckItem:
    """The index holds exactly the live records (full: each with the document it should have)."""
    numbers: dict[str, str] = {}
    deleted: set[str] = set()
    for raw_id, _, display_no, is_deleted in _record_rows(session):
        numbers[raw_id] = display_no
        if is_deleted:
            deleted.add(raw_id)
    live = numbers.keys() - deleted
    indexed = Counter(
        str(row[0]) for row in session.execute(text("SELECT record_id FROM search_fts"))
    )
    missing = sorted(numbers[i] for i in live - indexed.keys())
    stale = sorted(numbers[i] for i in deleted & indexed.keys())
    orphans = len(indexed.keys() - numbers.keys())
    doubles = sorted(numbers.get(i, i) for i, n in indexed.items() if n > 1)
    outdated = _outdated_documents(session, numbers) if full else []
    bad_keys = session.execute(
        text(
            "SELECT count(*) FROM search_key k LEFT JOIN search_fts f ON f.rowid = k.fts_rowid "
            "WHERE f.record_id IS NULL OR f.record_id != k.record_id"
        )
    ).scalar_one()
    bad_keys += session.execute(
        text(
            "SELECT count(*) FROM search_fts f LEFT JOIN search_key k ON k.fts_rowid = f.rowid "
            "WHERE k.record_id IS NULL"
        )
    ).scalar_one()
    parts: list[str] = []
    if missing:
        parts.append(_named(missing, "ontbreekt", "ontbreken") + " in de zoekindex")
    if stale:
        parts.append(_named(stale, "staat", "staan") + " in de prullenbak maar nog in de zoekindex")
    if orphans:
        parts.append(f"{orphans} zoekregel(s) verwijzen naar records die niet bestaan")
    if doubles:
        parts.append(_named(doubles, "staat", "staan") + " meer dan eens in de zoekindex")
    if outdated:
        parts.append(_named(outdated, "heeft", "hebben") + " een verouderde tekst in de zoekindex")
    if bad_keys:
        parts.append(f"{bad_keys} verwijzing(en) tussen records en zoekregels kloppen niet")
    if not parts:
        what = " met de juiste tekst" if full else ""
        return CheckItem(
            "search_index",
            True,
            f"De zoekindex bevat precies de {len(live)} actieve records{what}.",
            len(live),
        )
    problems = len(missing) + len(stale) + orphans + len(doubles) + len(outdated) + bad_keys
    advice = ". Herstel de zoekindex met: chinadossier reindex"
    return CheckItem("search_index", False, _capital("; ".join(parts)) + advice, problems)


def _outdated_documents(session: Session, numbers: dict[str, str]) -> list[str]:
    """Live records whose stored search text differs from what UnitOfWork._reindex would write."""
    stored = SqliteFtsIndex().indexed(session)
    outdated: list[str] = []
    for kind, spec in SPECS.items():
        model: Any = spec.model
        stmt = (
            select(model)
            .where(model.kind == kind, model.deleted_at.is_(None))
            .execution_options(yield_per=2000)
        )
        for obj in session.scalars(stmt):
            title, body = spec.document(obj)
            expected = (index_text(obj.display_no, *title), index_text(*body))
            current = stored.get(obj.id)
            if current is not None and current != expected:
                outdated.append(numbers.get(obj.id.hex, obj.display_no))
    return sorted(outdated)


# --- attachments -----------------------------------------------------------------------------


def _check_attachments(session: Session) -> CheckItem:
    """Every blob's bytes hash to its key and have its size; every file points at a blob."""
    bad: list[str] = []
    blobs = 0
    rows = session.connection().execute(
        select(Blob.sha256, Blob.size, Blob.data).execution_options(
            stream_results=True, yield_per=1
        )
    )
    for sha256, size, data in rows:
        blobs += 1
        if hashlib.sha256(data).hexdigest() != sha256 or len(data) != size:
            bad.append(sha256)
    holder = aliased(Record)
    damaged = _blob_users(session, bad)
    dangling = session.execute(
        select(holder.display_no, Attachment.file_name)
        .join(holder, holder.id == Attachment.record_id)
        .outerjoin(Blob, Blob.sha256 == Attachment.blob_sha256)
        .where(Blob.sha256.is_(None))
    ).all()
    wrong_size = session.execute(
        select(holder.display_no, Attachment.file_name)
        .join(holder, holder.id == Attachment.record_id)
        .join(Blob, Blob.sha256 == Attachment.blob_sha256)
        .where(Attachment.size != Blob.size)
    ).all()
    memo_files = (
        session.execute(
            select(MemoRecord.display_no)
            .outerjoin(Blob, Blob.sha256 == MemoRecord.file_sha256)
            .where(MemoRecord.file_sha256.is_not(None), Blob.sha256.is_(None))
        )
        .scalars()
        .all()
    )
    parts: list[str] = []
    if bad:
        parts.append(
            f"{len(bad)} bestand(en) zijn beschadigd of gewijzigd (inhoud past niet "
            f"bij de vingerafdruk): {', '.join(damaged[:MAX_NAMED])}"
        )
    if dangling:
        parts.append(
            f"{len(dangling)} bijlage(n) missen hun inhoud: "
            + ", ".join(f"{no} ({name})" for no, name in dangling[:MAX_NAMED])
        )
    if wrong_size:
        parts.append(
            f"{len(wrong_size)} bijlage(n) hebben een afwijkende grootte: "
            + ", ".join(f"{no} ({name})" for no, name in wrong_size[:MAX_NAMED])
        )
    if memo_files:
        parts.append(_named(sorted(memo_files), "mist", "missen") + " het notitiebestand")
    if not parts:
        message = (
            f"Alle {blobs} opgeslagen bestanden zijn heel."
            if blobs
            else "Er zijn geen opgeslagen bestanden; er ontbreekt niets."
        )
        return CheckItem("attachments", True, message, blobs)
    problems = len(bad) + len(dangling) + len(wrong_size) + len(memo_files)
    return CheckItem("attachments", False, _capital("; ".join(parts)) + ".", problems)


def _blob_users(session: Session, shas: list[str]) -> list[str]:
    """ "ORG-0003 (mou.pdf)" for each attachment or memo using one of these blobs, else the key."""
    if not shas:
        return []
    holder = aliased(Record)
    used: list[tuple[str | None, str, str | None]] = [
        (r[0], r[1], r[2])
        for r in session.execute(
            select(Attachment.blob_sha256, holder.display_no, Attachment.file_name)
            .join(holder, holder.id == Attachment.record_id)
            .where(Attachment.blob_sha256.in_(shas))
        )
    ]
    used += [
        (r[0], r[1], r[2])
        for r in session.execute(
            select(MemoRecord.file_sha256, MemoRecord.display_no, MemoRecord.file_name).where(
                MemoRecord.file_sha256.in_(shas)
            )
        )
    ]
    named = sorted(f"{no} ({name})" for _, no, name in used)
    unused = sorted(f"bestand {sha[:12]}" for sha in set(shas) - {row[0] for row in used})
    return named + unused


# --- invariants ------------------------------------------------------------------------------


def _check_invariants(session: Session) -> CheckItem:
    """Settings row, own authority, current matrix, risk scores and unique display numbers."""
    parts: list[str] = []
    settings_rows = session.execute(
        select(CaseFile.own_authority_id, CaseFile.current_matrix_id)
    ).all()
    if len(settings_rows) != 1:
        parts.append(f"er zijn {len(settings_rows)} instellingenregels in plaats van één")
    for own_id, matrix_id in settings_rows[:1]:
        own = session.execute(
            select(Record.kind, Record.deleted_at, Authority.code)
            .select_from(Record.__table__)
            .outerjoin(Authority.__table__, Authority.__table__.c.id == Record.__table__.c.id)
            .where(Record.__table__.c.id == own_id)
        ).first()
        if own is None or own[0] != RecordKind.AUTHORITY or own[2] is None:
            parts.append("de eigen gemeente of provincie van het dossier bestaat niet")
        elif own[1] is not None:
            parts.append(f"de eigen gemeente of provincie ({own[2]}) staat in de prullenbak")
        if session.get(RiskMatrix, matrix_id) is None:
            parts.append(f"de huidige risicomatrix (nr. {matrix_id}) bestaat niet")
    parts.extend(_risk_score_problems(session))
    record = Record.__table__
    doubles = (
        session.execute(
            select(record.c.display_no).group_by(record.c.display_no).having(func.count() > 1)
        )
        .scalars()
        .all()
    )
    if doubles:
        parts.append(_named(sorted(doubles), "komt", "komen") + " meer dan eens voor als nummer")
    if not parts:
        return CheckItem(
            "invariants",
            True,
            "De instellingen, de eigen gemeente, de "
            "risicomatrix, de risicoscores en de nummers kloppen.",
            0,
        )
    return CheckItem("invariants", False, _capital("; ".join(parts)) + ".", len(parts))


def _risk_score_problems(session: Session) -> list[str]:
    """Risk notes whose scores differ from their latest assessment (or that have none)."""
    latest = (
        select(RiskAssessment.risk_note_id, func.max(RiskAssessment.seq).label("seq"))
        .group_by(RiskAssessment.risk_note_id)
        .subquery()
    )
    assessment = aliased(RiskAssessment)
    note = RiskNote.__table__
    record = Record.__table__
    rows = session.execute(
        select(
            record.c.display_no,
            note.c.inherent_score,
            note.c.residual_score,
            note.c.residual_level,
            assessment.inherent_score,
            assessment.residual_score,
            assessment.residual_level,
            assessment.id,
        )
        .select_from(note)
        .join(record, record.c.id == note.c.id)
        .outerjoin(latest, latest.c.risk_note_id == note.c.id)
        .outerjoin(
            assessment,
            and_(assessment.risk_note_id == latest.c.risk_note_id, assessment.seq == latest.c.seq),
        )
    )
    unassessed: list[str] = []
    differing: list[str] = []
    for display_no, n_inh, n_res, n_lvl, a_inh, a_res, a_lvl, a_id in rows:
        if a_id is None:
            unassessed.append(display_no)
        elif (n_inh, n_res, n_lvl) != (a_inh, a_res, a_lvl):
            differing.append(display_no)
    problems: list[str] = []
    if differing:
        problems.append(
            _named(sorted(differing), "heeft", "hebben") + " andere scores dan de "
            "laatste beoordeling"
        )
    if unassessed:
        problems.append(_named(sorted(unassessed), "heeft", "hebben") + " geen beoordeling")
    return problems


# --- fast passes -----------------------------------------------------------------------------
#
# audit.verify_chain and record_state.state_hashes load every value through SQLAlchemy's result
# processing, which takes several seconds for 117,000 records. The passes below read raw rows and
# process only the columns whose stored text is not already what canonical.dumps would write for
# the loaded value (timestamps, times, booleans, JSON), with the same SQLAlchemy processors,
# memoised. Text, numbers, codes, ids and dates are taken as stored: for what the program wrote
# that gives the same JSON, and anything else merely fails the fast pass and goes to the
# reference code (so a fast pass can make a check slower, never wrong).


def _reader(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """How a raw stored value becomes what canonical.dumps sees; None when raw will do."""
    kind = column.type
    if isinstance(kind, (String, Integer, Uuid, Date)) and not isinstance(kind, TypeDecorator):
        return None
    process = kind.dialect_impl(dialect).result_processor(dialect, None)
    memo: dict[str, Any] = {}

    def read(raw: Any) -> Any:
        if raw is None:
            return None
        if type(raw) is str and raw in memo:
            return memo[raw]
        value = process(raw) if process is not None else raw
        if isinstance(value, (dt.date, dt.time)):
            value = canonical.plain(value)  # canonical.dumps writes these as plain() gives them
        if type(raw) is str:
            memo[raw] = value
        return value

    return read


def _raw_batches(session: Session, table: Table) -> Iterator[list[Sequence[Any]]]:
    """Every row of a table as stored, read as canonical.dumps needs it, in batches."""
    dialect = session.get_bind().dialect
    readers = [(i, r) for i, c in enumerate(table.columns) if (r := _reader(c, dialect))]
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    cursor = _cursor(session)
    cursor.execute(f'SELECT {names} FROM "{table.name}"')
    while batch := cursor.fetchmany(5000):
        if not readers:
            yield batch  # tuples serialise as JSON arrays, just like lists
            continue
        rows: list[Sequence[Any]] = []
        for raw in batch:
            values = list(raw)
            for index, read in readers:
                values[index] = read(values[index])
            rows.append(values)
        yield rows


def _fast_state_hashes(
    session: Session, kind_of: dict[Any, str]
) -> tuple[dict[Any, str], set[Any]]:
    """State hashes of every record as record_state.state_hashes would give them (fast pass).

    Each table is read once. Returns the hashes by raw record id, and the raw ids of records
    owning a row whose owner id is not stored in its usual form (those need the reference).
    """
    scans: list[tuple[str, str, str | None]] = []
    for kind in RecordKind:
        for table_name, owner_name in owned_tables(kind):
            only = None if table_name in _COMMON_TABLES else kind.value
            if (table_name, owner_name, only) not in scans:
                scans.append((table_name, owner_name, only))
    state: dict[Any, dict[str, list[Sequence[Any]]]] = {raw: {} for raw in kind_of}
    doubtful: set[Any] = set()
    by_text = {str(raw).lower(): raw for raw in kind_of}
    for table_name, owner_name, only in scans:
        table = Base.metadata.tables[table_name]
        owner_index = list(table.columns.keys()).index(owner_name)
        for batch in _raw_batches(session, table):
            for values in batch:
                owner = values[owner_index]
                owner_kind = kind_of.get(owner)
                if owner_kind is None:
                    normal = _as_uuid(owner)
                    if normal is not None and normal.hex in by_text:
                        doubtful.add(by_text[normal.hex])
                elif only is None or owner_kind == only:
                    tables = state[owner]
                    if table_name in tables:
                        tables[table_name].append(values)
                    else:
                        tables[table_name] = [values]
    hashes: dict[Any, str] = {}
    for raw, tables in state.items():
        for name, rows in tables.items():
            if len(rows) > 1:
                tables[name] = sorted(rows, key=row_order)
        hashes[raw] = canonical.digest(tables)
    return hashes, doubtful


def _chain_holds(session: Session) -> tuple[int, bool]:
    """(entries, whether every entry and payload hash recomputes and links up) — fast pass."""
    entry = Base.metadata.tables["audit_entry"]
    dialect = session.get_bind().dialect
    read_at = _reader(entry.c.at, dialect)
    assert read_at is not None
    cursor = _cursor(session)
    cursor.execute(
        "SELECT e.seq, e.at, e.actor, e.host, e.action, e.record_id, e.record_kind, "
        "e.display_no, e.fields, e.state_hash, e.payload_hash, e.prev_hash, e.entry_hash, "
        "p.payload FROM audit_entry AS e LEFT JOIN audit_payload AS p ON p.entry_seq = e.seq "
        "ORDER BY e.seq"
    )
    prev = audit.GENESIS
    count = 0
    sha256 = hashlib.sha256
    while batch := cursor.fetchmany(5000):
        for (
            seq,
            at,
            actor,
            host,
            action,
            record_id,
            record_kind,
            display_no,
            fields,
            state_hash,
            payload_hash,
            prev_hash,
            entry_hash,
            payload,
        ) in batch:
            count += 1
            recomputed = audit.entry_hash(
                prev_hash,
                seq,
                read_at(at),
                actor,
                host,
                action,
                record_id,
                record_kind,
                display_no,
                fields,
                state_hash,
                payload_hash,
            )
            if seq != count or prev_hash != prev or recomputed != entry_hash:
                return count, False
            if payload is not None and (
                sha256(str(payload).encode("utf-8")).hexdigest() != payload_hash
            ):
                return count, False
            prev = entry_hash
    return count, True


def _record_rows(session: Session) -> list[tuple[Any, Any, str, int]]:
    """(raw id, kind, display number, deleted) of every record; read once per check run."""
    rows: list[tuple[Any, Any, str, int]] | None = session.info.get("check_record_rows")
    if rows is None:
        rows = (
            _cursor(session)
            .execute("SELECT id, kind, display_no, deleted_at IS NOT NULL FROM record")
            .fetchall()
        )
        session.info["check_record_rows"] = rows
    return rows


def _cursor(session: Session) -> sqlite3.Cursor:
    """A DB-API cursor inside the session's read transaction."""
    dbapi = session.connection().connection.dbapi_connection
    assert isinstance(dbapi, sqlite3.Connection)
    return dbapi.cursor()


def _as_uuid(raw: Any) -> uuid.UUID | None:
    """A stored id as a UUID, or None when it is not one."""
    if isinstance(raw, uuid.UUID):
        return raw
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        return None


# --- helpers ---------------------------------------------------------------------------------


def _named(numbers: list[str], singular: str, plural: str) -> str:
    """ "ORG-0003 komt" / "ORG-0003, PER-0001 en 3 andere komen": up to MAX_NAMED numbers."""
    shown = ", ".join(numbers[:MAX_NAMED])
    rest = len(numbers) - MAX_NAMED
    if rest > 0:
        shown += f" en {rest} andere"
    return f"{shown} {singular if len(numbers) == 1 else plural}"


def _capital(message: str) -> str:
    return message[:1].upper() + message[1:]
