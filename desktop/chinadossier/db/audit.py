"""The audit chain: append hash-linked entries; verify the chain and the payloads.

entry_hash = SHA-256 over the previous hash and every field of the entry, including the hash of
the payload (old/new values). Erasing a payload (AVG) keeps its hash, so the chain stays valid;
altering a payload, an entry, or removing an entry from the middle breaks it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chinadossier.db import canonical
from chinadossier.db.bulk_insert import insert_rows
from chinadossier.db.models import AuditEntry, AuditPayload

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditDraft:
    """One entry to append."""

    action: str
    record_id: uuid.UUID | None
    record_kind: str | None
    display_no: str | None
    fields: tuple[str, ...]
    state_hash: str | None
    payload: dict[str, Any] | None
    #: canonical.dumps(payload) when the caller wrote it already (then payload may be None).
    payload_text: str | None = None


def entry_hash(
    prev_hash: str,
    seq: int,
    at: dt.datetime | str,
    actor: str,
    host: str,
    action: str,
    record_id: uuid.UUID | str | None,
    record_kind: str | None,
    display_no: str | None,
    fields: str,
    state_hash: str | None,
    payload_hash: str | None,
) -> str:
    """The chained hash of one entry (`at` and `record_id` may be given as canonical.plain()
    makes them: the same JSON, so the same hash)."""
    body = canonical.dumps(
        [
            prev_hash,
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
        ]
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class AuditWriter:
    """Appends entries within the caller's transaction (BEGIN IMMEDIATE keeps the chain linear)."""

    def __init__(self, session: Session, *, actor: str, host: str, now: dt.datetime) -> None:
        self._session = session
        self._actor = actor
        self._host = host
        self._now = now
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        self._seq, self._prev = (last[0], last[1]) if last else (0, GENESIS)
        self._entries: list[dict[str, Any]] = []
        self._payloads: list[dict[str, Any]] = []
        # What every entry of this writer hashes alike, in the form the hash's JSON writes it.
        self._at_text = canonical.plain(now)
        self._fields_text: dict[tuple[str, ...], str] = {}

    def append(self, draft: AuditDraft) -> None:
        """Add one entry (and its payload) to the session."""
        self._seq += 1
        fields = self._fields_text.get(draft.fields)
        if fields is None:
            fields = self._fields_text[draft.fields] = canonical.dumps(list(draft.fields))
        payload_text = draft.payload_text
        if payload_text is None and draft.payload is not None:
            payload_text = canonical.dumps(draft.payload)
        payload_hash = (
            None
            if payload_text is None
            else hashlib.sha256(payload_text.encode("utf-8")).hexdigest()
        )
        digest = entry_hash(
            self._prev,
            self._seq,
            self._at_text,  # the same JSON as the datetime itself, worked out once
            self._actor,
            self._host,
            draft.action,
            draft.record_id.hex if draft.record_id is not None else None,
            draft.record_kind,
            draft.display_no,
            fields,
            draft.state_hash,
            payload_hash,
        )
        self._entries.append(
            dict(
                seq=self._seq,
                at=self._now,
                actor=self._actor,
                host=self._host,
                action=draft.action,
                record_id=draft.record_id,
                record_kind=draft.record_kind,
                display_no=draft.display_no,
                fields=fields,
                state_hash=draft.state_hash,
                payload_hash=payload_hash,
                prev_hash=self._prev,
                entry_hash=digest,
            )
        )
        if payload_text is not None:
            self._payloads.append(
                {"entry_seq": self._seq, "payload": payload_text, "erased_at": None}
            )
        self._prev = digest

    def write(self) -> None:
        """Insert the appended entries (one statement per table)."""
        for table, rows in self.take_rows():
            insert_rows(self._session, table, rows)

    def take_rows(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """The appended entries' rows per table, in the order to insert them (no longer
        held here: the caller inserts them)."""
        rows = [(AuditEntry.__tablename__, self._entries),
                (AuditPayload.__tablename__, self._payloads)]
        self._entries, self._payloads = [], []
        return rows


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """Where the chain does not hold."""

    seq: int
    message: str


def verify_chain(session: Session) -> tuple[int, list[ChainProblem]]:
    """Recompute every entry hash and payload hash; return (entries checked, problems)."""
    problems: list[ChainProblem] = []
    payloads = dict(session.execute(select(AuditPayload.entry_seq, AuditPayload.payload)).all())
    prev = GENESIS
    expected_seq = 1
    count = 0
    for entry in _entries(session):
        count += 1
        if entry.seq != expected_seq:
            problems.append(ChainProblem(entry.seq, f"volgnummer {expected_seq} ontbreekt"))
        expected_seq = entry.seq + 1
        if entry.prev_hash != prev:
            problems.append(ChainProblem(entry.seq, "de keten is onderbroken (vorige hash)"))
        recomputed = entry_hash(
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.actor,
            entry.host,
            entry.action,
            entry.record_id,
            entry.record_kind,
            entry.display_no,
            entry.fields,
            entry.state_hash,
            entry.payload_hash,
        )
        if recomputed != entry.entry_hash:
            problems.append(ChainProblem(entry.seq, "de inhoud van de regel is gewijzigd"))
        payload = payloads.get(entry.seq)
        if payload is not None:
            actual = hashlib.sha256(payload.encode("utf-8")).hexdigest()
            if actual != entry.payload_hash:
                problems.append(ChainProblem(entry.seq, "de oude/nieuwe waarden zijn gewijzigd"))
        prev = entry.entry_hash
    return count, problems


def _entries(session: Session) -> Iterator[Any]:
    columns = [c for c in AuditEntry.__table__.columns]
    stmt = select(*columns).order_by(AuditEntry.seq).execution_options(yield_per=5000)
    yield from session.execute(stmt)


def last_states(session: Session) -> dict[uuid.UUID, str | None]:
    """The state hash of each record's latest audit entry."""
    latest = (
        select(AuditEntry.record_id, func.max(AuditEntry.seq).label("seq"))
        .where(AuditEntry.record_id.is_not(None))
        .group_by(AuditEntry.record_id)
        .subquery()
    )
    rows = session.execute(
        select(AuditEntry.record_id, AuditEntry.state_hash).join(
            latest, AuditEntry.seq == latest.c.seq
        )
    )
    return {row[0]: row[1] for row in rows if row[0] is not None}
