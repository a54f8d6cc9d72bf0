"""Anonymising a person (AVG art. 17) and the erasure ledger (issue 10.6).

What anonymise_person does, in the caller's unit of work:

- the person's personal fields are blanked (the family name becomes ANONYMISED_NAME; given
  name, tussenvoegsel, Hanzi, pinyin, aliases, notes, e-mail, telephone and postal addresses
  are emptied); positions, political facts, tag and source links and attachments of the
  person are deleted (explicit deletes, no cascade). Contact moments, decisions and risk notes
  that name the person stay; they now show ANONYMISED_NAME;
- the payloads (old/new values) of every audit entry of the person are blanked: payload NULL,
  `erased_at` set. The entries themselves stay: their hash covers the *payload's hash*, which
  is kept, so the chain still verifies (db.audit);
- the record's own audit entry (action erase_payload, no payload: it names no value) carries
  the new state hash, so `check` finds the record's state as audited;
- what other records hold of the person goes too (db.erasure_traces): their audit payloads
  that name the person and hold a personal value of theirs (a merge's entries of the kept
  record) are blanked the same way, undo copies of other merges holding the person's rows are
  deleted, and a title the program wrote from the name ("Laatste contact met …") is written
  anew without it;
- one event ERASURE_EVENT is appended with the record id, display number and the sequence
  numbers of the blanked payloads — the erasure entry that says which payloads were blanked,
  and the ledger line: what (which record), when and by whom (the entry's own time and actor),
  never the erased values.

After the commit, scrub() removes the old bytes from the file: the search index is merged
(FTS5 'optimize', so no old segment still holds the name's terms), the file is rebuilt
(VACUUM: free pages and the free space inside pages of earlier edits go too; an incremental
vacuum alone only returns whole free pages at the end of the file), and the WAL is
checkpointed and truncated. The write itself runs with PRAGMA secure_delete=ON, so the deleted
cells are zeroed even when the VACUUM cannot run at once.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from chinadossier.db import erasure_traces, sqlite_file
from chinadossier.db.engine import Database
from chinadossier.db.models import (
    Attachment,
    AuditEntry,
    AuditPayload,
    Person,
    PoliticalFact,
    Position,
    RecordMerge,
    RecordSource,
    RecordTag,
)
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.codes import AuditAction, RecordKind
from chinadossier.domain.errors import ChinadossierError, NotFound
from chinadossier.domain.search_text import sort_key

#: The name an anonymised person shows everywhere.
ANONYMISED_NAME = "geanonimiseerde persoon"

#: The audit event of an erasure (the ledger's lines).
ERASURE_EVENT = "erasure"

_BLANKED = ("given_name", "tussenvoegsel", "hanzi", "pinyin", "aliases", "notes", "emails",
            "phones", "postal_addresses")


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One line of the erasure ledger: which record was erased, when and by whom.

    Attributes:
        record_id: The person's id.
        display_no: Its number (PER-0012).
        at: When it was erased (first time, also for a re-applied line).
        actor: Who erased it (first time).
        reapplied: Whether this line re-applied an erasure after a restore.
        destroyed: The record (of any kind) was destroyed after its retention (db.retention),
            not only anonymised: a restore destroys it again.
    """

    record_id: uuid.UUID
    display_no: str
    at: dt.datetime
    actor: str
    reapplied: bool = False
    destroyed: bool = False


@dataclass(frozen=True, slots=True)
class ErasureFacts:
    """What anonymise_person changed."""

    display_no: str
    payloads: int
    deleted_rows: int
    already: bool


def anonymise_person(
    uow: UnitOfWork, person_id: uuid.UUID, *, original: LedgerEntry | None = None
) -> ErasureFacts:
    """Anonymise one person in the unit of work (see the module docstring); commit is the
    caller's. `original` is the ledger line being re-applied after a restore.

    A person already anonymised (a ledger line in this file) only gets a ledger line when
    `original` is given and this file had none (a restored backup); nothing else changes.

    Raises:
        NotFound: there is no such person (when not re-applying).
    """
    session = uow._db_session  # noqa: SLF001 - the db package shares the session
    session.execute(text("PRAGMA secure_delete = ON"))
    person = session.get(Person, person_id)
    if person is None or person.kind != RecordKind.PERSON:
        if original is not None:  # not in this (older) file: keep the ledger line only
            _ledger_event(uow, person_id, original.display_no, [], original)
            return ErasureFacts(original.display_no, 0, 0, True)
        raise NotFound("Deze persoon bestaat niet (meer) in het dossier.")
    if person_id in {entry.record_id for entry in ledger(session)}:
        return ErasureFacts(person.display_no, 0, 0, True)
    blobs = set(session.scalars(
        select(Attachment.blob_sha256).where(Attachment.record_id == person_id)))
    deleted = 0
    for model, column in ((Position, Position.person_id),
                          (PoliticalFact, PoliticalFact.person_id),
                          (RecordTag, RecordTag.record_id),
                          (RecordSource, RecordSource.record_id),
                          (Attachment, Attachment.record_id)):
        result = session.execute(delete(model).where(column == person_id))
        deleted += int(getattr(result, "rowcount", 0) or 0)
    # The undo copies of merges the person took part in hold their old values (db.merging);
    # without them such a merge can no longer be undone, which the anonymisation intends.
    for column in (RecordMerge.kept_id, RecordMerge.merged_id):
        result = session.execute(delete(RecordMerge).where(column == person_id))
        deleted += int(getattr(result, "rowcount", 0) or 0)
    # What other records hold of the person (db.erasure_traces).
    values = erasure_traces.personal_values(person)
    deleted += erasure_traces.drop_other_merge_copies(session, person_id)
    others = erasure_traces.other_payloads(session, person_id, person.display_no, values)
    erasure_traces.rename_generated_titles(uow, session, person_id, values, ANONYMISED_NAME)
    person.family_name = ANONYMISED_NAME
    for name in _BLANKED:
        setattr(person, name, None)
    person.pinyin_auto = False
    person.sort_key = sort_key(ANONYMISED_NAME)
    _delete_orphan_blobs(session, blobs)
    uow.records._stamp(person)  # noqa: SLF001 - one new version, stamped like any change
    uow.touched(person, AuditAction.ERASE_PAYLOAD, {})
    seqs = list(session.scalars(
        select(AuditEntry.seq).where(AuditEntry.record_id == person_id,
                                     AuditEntry.payload_hash.is_not(None))))
    seqs = sorted({*seqs, *others})
    if seqs:
        session.execute(
            update(AuditPayload)
            .where(AuditPayload.entry_seq.in_(seqs), AuditPayload.payload.is_not(None))
            .values(payload=None, erased_at=uow.now)
        )
    _ledger_event(uow, person_id, person.display_no, seqs, original)
    return ErasureFacts(person.display_no, len(seqs), deleted, False)


def person_id_by_number(uow: UnitOfWork, number: str) -> uuid.UUID | None:
    """The person with this display number, live or in the Prullenbak (case-insensitive)."""
    session = uow._db_session  # noqa: SLF001 - the db package shares the session
    return session.scalar(select(Person.id).where(Person.display_no == number.strip().upper()))


def ledger_of(uow: UnitOfWork) -> list[LedgerEntry]:
    """The erasure ledger of the unit of work's case file, oldest first."""
    return ledger(uow._db_session)  # noqa: SLF001 - the db package shares the session


def _ledger_event(uow: UnitOfWork, person_id: uuid.UUID, display_no: str, seqs: list[int],
                  original: LedgerEntry | None) -> None:
    details: dict[str, Any] = {"record_id": str(person_id), "display_no": display_no,
                               "payloads": seqs}
    if original is not None:
        details["reapplied"] = {"at": original.at.isoformat(), "actor": original.actor}
    uow.event(ERASURE_EVENT, **details)


def record_destruction(uow: UnitOfWork, record_id: uuid.UUID, display_no: str,
                       seqs: list[int], *, original: LedgerEntry | None = None) -> None:
    """The erasure entry of a record destroyed after its retention (db.retention): it names the
    audit payloads that were blanked, so `check` accounts for them, and it is a ledger line, so
    a destroyed record restored from an older backup is destroyed again. `original`: the
    ledger line being re-applied after a restore."""
    details: dict[str, Any] = {"record_id": str(record_id), "display_no": display_no,
                               "payloads": seqs, "destroyed": True}
    if original is not None:
        details["reapplied"] = {"at": original.at.isoformat(), "actor": original.actor}
    uow.event(ERASURE_EVENT, **details)


def _delete_orphan_blobs(session: Session, blobs: set[str]) -> None:
    """The bytes of the person's attachments, unless another record's attachment or a memo
    still uses them."""
    from chinadossier.db.models import Blob, MemoRecord

    if not blobs:
        return
    session.flush()
    used = set(session.scalars(select(Attachment.blob_sha256).where(
        Attachment.blob_sha256.in_(blobs))))
    used |= set(session.scalars(select(MemoRecord.file_sha256).where(
        MemoRecord.file_sha256.in_(blobs))))
    if blobs - used:
        session.execute(delete(Blob).where(Blob.sha256.in_(blobs - used)))


def ledger(session: Session) -> list[LedgerEntry]:
    """The erasure ledger of the open case file, oldest first."""
    rows = session.execute(
        select(AuditEntry.at, AuditEntry.actor, AuditPayload.payload)
        .join(AuditPayload, AuditPayload.entry_seq == AuditEntry.seq)
        .where(AuditEntry.action == ERASURE_EVENT)
        .order_by(AuditEntry.seq)
    ).all()
    return [entry for at, actor, payload in rows
            if (entry := _entry(at, actor, payload)) is not None]


def ledger_of_file(path: Path) -> list[LedgerEntry]:
    """The erasure ledger of a case file on disk, read-only (before a restore replaces it).

    Raises:
        FileRefused: the file cannot be opened as ours; sqlite3.DatabaseError: damaged.
    """
    conn = sqlite_file.connect_existing(path, read_only=True)
    try:
        rows = conn.execute(
            "SELECT e.at, e.actor, p.payload FROM audit_entry e JOIN audit_payload p "
            "ON p.entry_seq = e.seq WHERE e.action = ? ORDER BY e.seq", (ERASURE_EVENT,)
        ).fetchall()
    finally:
        conn.close()
    return [entry for at, actor, payload in rows
            if (entry := _entry(_as_datetime(at), str(actor), payload)) is not None]


def _as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _entry(at: dt.datetime, actor: str, payload: str | None) -> LedgerEntry | None:
    if payload is None:
        return None
    try:
        data = json.loads(payload)
        record_id = uuid.UUID(str(data["record_id"]))
    except (ValueError, KeyError, TypeError):
        return None
    destroyed = data.get("destroyed") is True
    again = data.get("reapplied")
    if isinstance(again, dict):
        return LedgerEntry(record_id, str(data.get("display_no", "")),
                           _as_datetime(again.get("at", at)), str(again.get("actor", actor)),
                           True, destroyed)
    return LedgerEntry(record_id, str(data.get("display_no", "")), _as_datetime(at), actor,
                       destroyed=destroyed)


def unaccounted_erasures(session: Session, erased: list[int] | None = None) -> list[int]:
    """Sequence numbers of erased payloads that no later erasure entry names (for `check`):
    a payload blanked outside this program. `erased`: the erased payloads, when known."""
    if erased is None:
        erased = list(session.scalars(
            select(AuditPayload.entry_seq).where(AuditPayload.erased_at.is_not(None))))
    if not erased:
        return []
    named: set[int] = set()
    rows = session.execute(
        select(AuditEntry.seq, AuditPayload.payload)
        .join(AuditPayload, AuditPayload.entry_seq == AuditEntry.seq)
        .where(AuditEntry.action == ERASURE_EVENT)
    ).all()
    for seq, payload in rows:
        try:
            listed = json.loads(payload or "{}").get("payloads", [])
        except (ValueError, AttributeError):
            continue
        named.update(int(n) for n in listed if isinstance(n, int) and n < seq)
    return sorted(set(erased) - named)


@dataclass(frozen=True, slots=True)
class ScrubOutcome:
    """Whether the old bytes are gone from the file and its WAL."""

    vacuumed: bool
    wal_truncated: bool


def scrub(database: Database) -> ScrubOutcome:
    """Merge the search index, rebuild the file and truncate its WAL (after an erasure).

    Raises nothing for a busy file: the outcome says what could not be done (another program
    reading the file keeps an old snapshot; the next scrub or close finishes it).
    """
    vacuumed = truncated = False
    with database.raw() as conn:
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            conn.execute("COMMIT")
            conn.execute("PRAGMA incremental_vacuum")
            conn.execute("VACUUM")
            vacuumed = True
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            truncated = busy == 0
        except sqlite3.OperationalError:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
    return ScrubOutcome(vacuumed, truncated)


class ErasureRefused(ChinadossierError):
    """The person cannot be anonymised now (e.g. the file is read-only)."""
