"""What a briefing memo reads and writes: scoped record sets, classifications, memo history."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from chinadossier.db.convert import to_records
from chinadossier.db.models import (
    Action,
    Blob,
    Decision,
    DecisionLink,
    DisplayCounter,
    Meeting,
    MeetingParticipant,
    MeetingTie,
    MemoRecord,
    Record,
    RiskNote,
    Tie,
)
from chinadossier.db.registry import SPECS, display_prefix
from chinadossier.domain.codes import ActionStatus, Classification, RecordKind, RiskStatus

_BATCH = 500


def _load(session: Session, kind: RecordKind, stmt: Any) -> list[Any]:
    objs = list(session.scalars(stmt.where(Record.deleted_at.is_(None))))
    out: list[Any] = []
    for start in range(0, len(objs), _BATCH):
        out.extend(to_records(session, kind, objs[start : start + _BATCH]))
    return out


def record_kind(session: Session, record_id: uuid.UUID) -> RecordKind | None:
    """The kind of a live record, or None."""
    kind = session.scalar(
        select(Record.kind).where(Record.id == record_id, Record.deleted_at.is_(None))
    )
    return RecordKind(kind) if kind is not None else None


def id_by_number(session: Session, display_no: str) -> tuple[uuid.UUID, RecordKind] | None:
    """A live record by its display number (case-insensitive)."""
    row = session.execute(
        select(Record.id, Record.kind).where(
            Record.display_no == display_no.strip().upper(), Record.deleted_at.is_(None)
        )
    ).first()
    return (row[0], RecordKind(row[1])) if row else None


def classifications(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Classification]:
    """The classification of each record (deleted ones too)."""
    wanted = list({i for i in ids})
    out: dict[uuid.UUID, Classification] = {}
    for start in range(0, len(wanted), _BATCH):
        part = wanted[start : start + _BATCH]
        for rid, cls in session.execute(
            select(Record.id, Record.classification).where(Record.id.in_(part))
        ):
            out[rid] = Classification(cls)
    return out


def get_many(session: Session, kind: RecordKind, ids: Sequence[uuid.UUID]) -> list[Any]:
    """Live frozen records of one kind by id."""
    if not ids:
        return []
    model: Any = SPECS[kind].model
    return _load(session, kind, select(model).where(model.id.in_(list(ids))))


def ties(
    session: Session, *, authority_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None, tie_id: uuid.UUID | None = None,
) -> list[Any]:
    """Live ties of an authority, of an organisation, or one tie."""
    stmt = select(Tie)
    if tie_id is not None:
        stmt = stmt.where(Tie.id == tie_id)
    if authority_id is not None:
        stmt = stmt.where(Tie.authority_id == authority_id)
    if organisation_id is not None:
        stmt = stmt.where(Tie.organisation_id == organisation_id)
    return _load(session, RecordKind.TIE, stmt.order_by(Tie.starts_on.asc().nulls_first(), Tie.id))


def meetings(
    session: Session, start: dt.date, end: dt.date, *, tie_ids: Sequence[uuid.UUID] | None,
    organisation_id: uuid.UUID | None = None,
) -> list[Any]:
    """Live contact moments in the period: all of them, or those of some ties / an organisation."""
    stmt = select(Meeting).where(Meeting.held_on >= start, Meeting.held_on <= end)
    if tie_ids is not None:
        conds: list[Any] = [
            Meeting.id.in_(select(MeetingTie.meeting_id).where(MeetingTie.tie_id.in_(tie_ids)))
        ]
        if organisation_id is not None:
            conds.append(
                Meeting.id.in_(
                    select(MeetingParticipant.meeting_id).where(
                        MeetingParticipant.organisation_id == organisation_id
                    )
                )
            )
        stmt = stmt.where(or_(*conds))
    return _load(session, RecordKind.MEETING, stmt.order_by(Meeting.held_on, Meeting.id))


def decisions(
    session: Session, end: dt.date, *, authority_id: uuid.UUID | None,
    linked_to: Sequence[uuid.UUID] | None,
) -> list[Any]:
    """Live decisions up to `end` of an authority, or those linking one of the given records."""
    stmt = select(Decision).where(Decision.decided_on <= end)
    if authority_id is not None:
        stmt = stmt.where(Decision.authority_id == authority_id)
    if linked_to is not None:
        stmt = stmt.where(
            Decision.id.in_(
                select(DecisionLink.decision_id).where(DecisionLink.record_id.in_(linked_to))
            )
        )
    return _load(session, RecordKind.DECISION, stmt.order_by(Decision.decided_on, Decision.id))


def open_risks(session: Session, subjects: Sequence[uuid.UUID] | None) -> list[Any]:
    """Live open risk notes, all of them or those about the given records."""
    stmt = select(RiskNote).where(RiskNote.status == RiskStatus.OPEN)
    if subjects is not None:
        stmt = stmt.where(RiskNote.subject_id.in_(subjects))
    return _load(session, RecordKind.RISK_NOTE, stmt.order_by(RiskNote.id))


def actions(
    session: Session, done_since: dt.date | None, *, linked_to: Sequence[uuid.UUID] | None
) -> list[Any]:
    """Live open actions, and those completed on or after `done_since`."""
    cond: Any = Action.status == ActionStatus.OPEN
    if done_since is not None:
        cond = or_(cond, (Action.status == ActionStatus.DONE) & (Action.done_on >= done_since))
    stmt = select(Action).where(cond)
    if linked_to is not None:
        stmt = stmt.where(
            or_(Action.meeting_id.in_(linked_to), Action.decision_id.in_(linked_to))
        )
    return _load(session, RecordKind.ACTION, stmt.order_by(Action.due_on, Action.id))


def peek_memo_number(session: Session, on: dt.date) -> str:
    """The number the next memo made on this day will get (NOT-2026-0013)."""
    prefix = display_prefix(RecordKind.MEMO, on)
    counter = session.get(DisplayCounter, prefix)
    return f"{prefix}-{(counter.last_value if counter else 0) + 1:04d}"


@dataclass(frozen=True, slots=True)
class MemoRow:
    """A memo in the history, without its snapshot and file."""

    id: uuid.UUID
    display_no: str
    title: str
    classification: Classification
    generated_at: dt.datetime
    scope: dict[str, Any]
    options: dict[str, Any]
    file_name: str | None
    file_sha256: str | None
    created_by: str


def _memo_row(m: Any) -> MemoRow:
    return MemoRow(
        m.id, m.display_no, m.title, Classification(m.classification), m.generated_at,
        dict(m.scope), dict(m.options), m.file_name, m.file_sha256, m.created_by,
    )


def memo_rows(session: Session) -> list[MemoRow]:
    """Every live memo, newest first (snapshots and files are not loaded)."""
    stmt = (
        select(MemoRecord)
        .where(MemoRecord.deleted_at.is_(None))
        .order_by(MemoRecord.generated_at.desc(), MemoRecord.id.desc())
    )
    return [_memo_row(m) for m in session.scalars(stmt)]


def memo_snapshot(session: Session, memo_id: uuid.UUID) -> dict[str, Any] | None:
    """The stored snapshot JSON of a memo."""
    value = session.scalar(select(MemoRecord.snapshot).where(MemoRecord.id == memo_id))
    return dict(value) if value is not None else None


def memo_row(session: Session, memo_id: uuid.UUID) -> MemoRow | None:
    """One memo of the history."""
    m = session.get(MemoRecord, memo_id)
    return _memo_row(m) if m is not None else None


def blob_bytes(session: Session, sha256: str) -> bytes | None:
    """Stored file bytes by hash."""
    data = session.scalar(select(Blob.data).where(Blob.sha256 == sha256))
    return bytes(data) if data is not None else None


def store_blob(session: Session, data: bytes, sha256: str, now: dt.datetime) -> None:
    """Keep file bytes once (deduplicated by hash)."""
    if session.get(Blob, sha256) is None:
        session.add(Blob(sha256=sha256, size=len(data), data=data, created_at=now))
        session.flush()


class BriefingRepository:
    """The reads and writes above, on one unit of work's session (services never see it)."""

    def __init__(self, uow: Any) -> None:
        self._uow = uow

    @property
    def _s(self) -> Session:
        session: Session = self._uow._db_session  # noqa: SLF001 - the db package shares it
        return session

    def settings(self) -> Any:
        """The case file's settings."""
        from chinadossier.db import casefile

        return casefile.settings(self._s)

    def current_matrix(self) -> Any:
        """(row id, matrix) in force."""
        from chinadossier.db import casefile

        return casefile.current_matrix(self._s)

    def refs(self, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, Any]:
        """Refs of records by id."""
        from chinadossier.db.convert import refs

        return refs(self._s, ids)

    def record_kind(self, record_id: uuid.UUID) -> RecordKind | None:
        """See `record_kind`."""
        return record_kind(self._s, record_id)

    def id_by_number(self, display_no: str) -> tuple[uuid.UUID, RecordKind] | None:
        """See `id_by_number`."""
        return id_by_number(self._s, display_no)

    def classifications(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Classification]:
        """See `classifications`."""
        return classifications(self._s, ids)

    def get_many(self, kind: RecordKind, ids: Sequence[uuid.UUID]) -> list[Any]:
        """See `get_many`."""
        return get_many(self._s, kind, ids)

    def ties(self, **kw: Any) -> list[Any]:
        """See `ties`."""
        return ties(self._s, **kw)

    def meetings(self, start: dt.date, end: dt.date, **kw: Any) -> list[Any]:
        """See `meetings`."""
        return meetings(self._s, start, end, **kw)

    def decisions(self, end: dt.date, **kw: Any) -> list[Any]:
        """See `decisions`."""
        return decisions(self._s, end, **kw)

    def open_risks(self, subjects: Sequence[uuid.UUID] | None) -> list[Any]:
        """See `open_risks`."""
        return open_risks(self._s, subjects)

    def actions(self, done_since: dt.date | None, **kw: Any) -> list[Any]:
        """See `actions`."""
        return actions(self._s, done_since, **kw)

    def peek_memo_number(self, on: dt.date) -> str:
        """See `peek_memo_number`."""
        return peek_memo_number(self._s, on)

    def memo_rows(self) -> list[MemoRow]:
        """See `memo_rows`."""
        return memo_rows(self._s)

    def memo_snapshot(self, memo_id: uuid.UUID) -> dict[str, Any] | None:
        """See `memo_snapshot`."""
        return memo_snapshot(self._s, memo_id)

    def memo_row(self, memo_id: uuid.UUID) -> MemoRow | None:
        """See `memo_row`."""
        return memo_row(self._s, memo_id)

    def blob_bytes(self, sha256: str) -> bytes | None:
        """See `blob_bytes`."""
        return blob_bytes(self._s, sha256)

    def store_blob(self, data: bytes, sha256: str) -> None:
        """See `store_blob`."""
        store_blob(self._s, data, sha256, self._uow.now)
