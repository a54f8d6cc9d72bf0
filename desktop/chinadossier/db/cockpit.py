"""The Overzicht's own reads: heat-map cells, dated items that need attention, recent audit entries.

Everything is counted or limited in the database, so the dashboard costs the same on a file of
a hundred records as on one of a hundred thousand.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from chinadossier.db.casefile import own_authority_id
from chinadossier.db.models import (
    Action,
    AuditEntry,
    AuditPayload,
    RiskAssessment,
    RiskNote,
    Tie,
)
from chinadossier.db.refs import refs
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.cockpit import (
    ActivityItem,
    AttentionItem,
    AttentionKind,
    HeatCell,
    HeatMap,
    HeatTie,
)
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.history import undo_mark
from chinadossier.domain.records import Ref


def heat_map(session: Session, *, tie_id: uuid.UUID | None = None) -> HeatMap:
    """Open, live risk notes per cell of their latest assessment, bruto and netto; with
    `tie_id` only the notes about that tie (the Risico's list's tie filter: the note's subject)."""
    latest = (
        select(RiskAssessment.risk_note_id, func.max(RiskAssessment.seq).label("seq"))
        .group_by(RiskAssessment.risk_note_id)
        .subquery()
    )
    base = (
        select(RiskAssessment)
        .join(
            latest,
            (latest.c.risk_note_id == RiskAssessment.risk_note_id)
            & (latest.c.seq == RiskAssessment.seq),
        )
        .join(RiskNote, RiskNote.id == RiskAssessment.risk_note_id)
        .where(RiskNote.status == "open", RiskNote.deleted_at.is_(None),
               *(() if tie_id is None else (RiskNote.subject_id == tie_id,)))
        .subquery()
    )

    def cells(likelihood: Any, impact: Any) -> tuple[HeatCell, ...]:
        rows = session.execute(
            select(likelihood, impact, func.count()).group_by(likelihood, impact)
        )
        return tuple(HeatCell(likelihood=int(k), impact=int(i), count=int(n)) for k, i, n in rows)

    gross = cells(base.c.inherent_likelihood, base.c.inherent_impact)
    net = cells(base.c.residual_likelihood, base.c.residual_impact)
    return HeatMap(gross=gross, net=net, total=sum(c.count for c in net))


def attention(
    session: Session, *, today: dt.date, horizon_days: int, limit: int
) -> list[AttentionItem]:
    """Open actions and risk reviews that are overdue or due within the horizon, and ties whose
    evaluation or end date is near; earliest first, at most `limit` of each sort."""
    until = today + dt.timedelta(days=horizon_days)
    items: list[AttentionItem] = []
    for rid, number, what, owner, due in session.execute(
        select(Action.id, Action.display_no, Action.what, Action.owner, Action.due_on)
        .where(
            Action.status == "open",
            Action.deleted_at.is_(None),
            Action.due_on.is_not(None),
            Action.due_on <= until,
        )
        .order_by(Action.due_on, Action.id)
        .limit(limit)
    ):
        if due is None:
            continue
        kind = AttentionKind.ACTION_OVERDUE if due < today else AttentionKind.ACTION_DUE
        items.append(AttentionItem(kind=kind, record_id=rid, record_kind=RecordKind.ACTION,
                                   display_no=number, title=what, due_on=due, owner=owner))
    for rid, number, title, owner, due in session.execute(
        select(RiskNote.id, RiskNote.display_no, RiskNote.title, RiskNote.owner,
               RiskNote.next_review_on)
        .where(
            RiskNote.status == "open",
            RiskNote.deleted_at.is_(None),
            RiskNote.next_review_on <= until,
        )
        .order_by(RiskNote.next_review_on, RiskNote.id)
        .limit(limit)
    ):
        items.append(
            AttentionItem(kind=AttentionKind.REVIEW_DUE, record_id=rid,
                          record_kind=RecordKind.RISK_NOTE, display_no=number, title=title,
                          due_on=due, owner=owner)
        )
    tie_horizon = today + dt.timedelta(days=max(horizon_days, 120))
    for column, kind in ((Tie.evaluation_on, AttentionKind.TIE_EVALUATION),
                         (Tie.ends_on, AttentionKind.TIE_END)):
        for rid, number, title, due in session.execute(
            select(Tie.id, Tie.display_no, Tie.title, column)
            .where(
                Tie.deleted_at.is_(None),
                Tie.status.in_(("active", "preparation")),
                column.is_not(None),
                column >= today - dt.timedelta(days=30),
                column <= tie_horizon,
            )
            .order_by(column, Tie.id)
            .limit(limit)
        ):
            if due is not None:
                items.append(AttentionItem(kind=kind, record_id=rid, record_kind=RecordKind.TIE,
                                           display_no=number, title=title, due_on=due,
                                           owner=None))
    items.sort(key=lambda item: (item.due_on, item.display_no))
    return items


def recent_activity(session: Session, *, limit: int) -> list[ActivityItem]:
    """The newest audit entries about records, newest first, with the records' current labels.

    Not the case file's set-up: the reference authorities and the risk categories written when
    the file was made (in its first transaction, so at the time of the very first entry) are no
    one's activity (#8). An undo (Ctrl+Z) says so: its payload's mark (`undo_mark`)."""
    made_at = select(AuditEntry.at).order_by(AuditEntry.seq).limit(1).scalar_subquery()
    rows = session.execute(
        select(AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.record_id,
               AuditEntry.record_kind, AuditEntry.display_no, AuditPayload.payload)
        .outerjoin(AuditPayload, AuditPayload.entry_seq == AuditEntry.seq)
        .where(AuditEntry.record_id.is_not(None), AuditEntry.record_kind != "authority",
               ~((AuditEntry.record_kind == "risk_category") & (AuditEntry.at == made_at)))
        .order_by(AuditEntry.seq.desc())
        .limit(limit)
    ).all()
    labels = refs(session, [row[3] for row in rows])
    out: list[ActivityItem] = []
    for at, actor, action, rid, kind, number, payload in rows:
        ref = labels.get(rid) if isinstance(rid, uuid.UUID) else None
        out.append(ActivityItem(at=at, actor=actor, action=action, record_id=rid,
                                record_kind=RecordKind(kind) if kind else None,
                                display_no=number, label=ref.label if ref else None,
                                undo_of=undo_mark(payload)))
    return out



def heat_ties(session: Session) -> list[HeatTie]:
    """The ties the heat map can be narrowed to (its tie filter): the own authority's live ties
    with open, live, assessed risk notes (another tie's map would be empty or not this case
    file's business), by name, each with the number of risks its map counts (#8)."""
    own = own_authority_id(session)
    # Driven from the own ties (on ix_tie_authority_id), each counted on ix_risk_note_subject_id:
    # a handful of index lookups instead of grouping every risk note of the file.
    note = aliased(RiskNote, flat=True)  # its own record row, not the tie's
    assessed = select(RiskAssessment.risk_note_id).where(
        RiskAssessment.risk_note_id == note.id).exists()
    open_risks = (
        select(func.count())
        .select_from(note)
        .where(note.subject_id == Tie.id, note.status == "open", note.deleted_at.is_(None),
               assessed)
        .correlate(Tie)
        .scalar_subquery()
    )
    counted = (
        select(Tie.id.label("id"), Tie.sort_key.label("sort_key"), open_risks.label("n"))
        .where(Tie.authority_id == own, Tie.deleted_at.is_(None))
        .subquery()
    )
    rows = session.execute(
        select(counted.c.id, counted.c.n)
        .where(counted.c.n > 0)
        .order_by(counted.c.sort_key, counted.c.id)
    ).all()
    found = refs(session, [row[0] for row in rows])
    return [HeatTie(ref=found[i], open_risks=int(n)) for i, n in rows if i in found]


def cell_risks(
    session: Session, *, likelihood: int, impact: int, net: bool, limit: int,
    tie_id: uuid.UUID | None = None,
) -> list[Ref]:
    """The open, live risk notes whose latest assessment sits in one cell (highest score first);
    with `tie_id` only those about that tie."""
    latest = (
        select(RiskAssessment.risk_note_id, func.max(RiskAssessment.seq).label("seq"))
        .group_by(RiskAssessment.risk_note_id)
        .subquery()
    )
    k_col = RiskAssessment.residual_likelihood if net else RiskAssessment.inherent_likelihood
    i_col = RiskAssessment.residual_impact if net else RiskAssessment.inherent_impact
    ids = session.scalars(
        select(RiskNote.id)
        .join(RiskAssessment, RiskAssessment.risk_note_id == RiskNote.id)
        .join(
            latest,
            (latest.c.risk_note_id == RiskAssessment.risk_note_id)
            & (latest.c.seq == RiskAssessment.seq),
        )
        .where(RiskNote.status == "open", RiskNote.deleted_at.is_(None),
               k_col == likelihood, i_col == impact,
               *(() if tie_id is None else (RiskNote.subject_id == tie_id,)))
        .order_by(RiskNote.residual_score.desc(), RiskNote.id)
        .limit(limit)
    ).all()
    found = refs(session, list(ids))
    return [found[i] for i in ids if i in found]


class CockpitRepository:
    """The Overzicht's reads for one unit of work (services never see its session)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    @property
    def _session(self) -> Session:
        return self._uow._db_session  # noqa: SLF001 - the db package shares the session

    def heat_map(self, *, tie_id: uuid.UUID | None = None) -> HeatMap:
        """See `heat_map`."""
        return heat_map(self._session, tie_id=tie_id)

    def heat_ties(self) -> list[HeatTie]:
        """See `heat_ties`."""
        return heat_ties(self._session)

    def attention(self, *, today: dt.date, horizon_days: int, limit: int) -> list[AttentionItem]:
        """See `attention`."""
        return attention(self._session, today=today, horizon_days=horizon_days, limit=limit)

    def recent_activity(self, *, limit: int) -> list[ActivityItem]:
        """See `recent_activity`."""
        return recent_activity(self._session, limit=limit)

    def cell_risks(self, *, likelihood: int, impact: int, net: bool, limit: int,
                   tie_id: uuid.UUID | None = None) -> list[Ref]:
        """See `cell_risks`."""
        return cell_risks(self._session, likelihood=likelihood, impact=impact, net=net,
                          limit=limit, tie_id=tie_id)
