"""Read-only figures and timelines, computed in the database (counts, unions by date)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from chinadossier.db.convert import refs
from chinadossier.db.models import (
    Action,
    Decision,
    DecisionLink,
    Meeting,
    MeetingParticipant,
    MeetingTie,
    Record,
    RiskAssessment,
    RiskNote,
    Tie,
)
from chinadossier.domain.codes import RiskLevel, TieStatus
from chinadossier.domain.records import Dashboard, TimelineItem
from chinadossier.domain.risk import add_months


def _live(stmt: Any) -> Any:
    return stmt.where(Record.deleted_at.is_(None))


def dashboard(session: Session, authority_id: uuid.UUID, *, own: bool, today: dt.date) -> Dashboard:
    """Ties per status, contact moments in the last 12 months, open risks per residual level,
    overdue actions and reviews. For the case file's own authority every record counts; for
    another authority only what is linked to its ties."""
    ties_by_status = {status: 0 for status in TieStatus}
    for status, count in session.execute(
        _live(select(Tie.status, func.count()).where(Tie.authority_id == authority_id)).group_by(
            Tie.status
        )
    ):
        ties_by_status[TieStatus(status)] = count
    # Tie extends Record (joined inheritance): selecting Tie already joins the record table.
    tie_ids = select(Tie.id).where(Tie.authority_id == authority_id, Tie.deleted_at.is_(None))
    since = add_months(today, -12)
    meetings = _live(
        select(func.count())
        .select_from(Meeting)
        .where(Meeting.held_on > since, Meeting.held_on <= today)
    )
    if not own:
        meetings = meetings.where(
            or_(
                Meeting.id.in_(select(MeetingTie.meeting_id).where(MeetingTie.tie_id.in_(tie_ids))),
                Meeting.id.in_(
                    select(MeetingParticipant.meeting_id).where(
                        MeetingParticipant.authority_id == authority_id
                    )
                ),
            )
        )
    risks = _live(select(RiskNote.residual_level, func.count()).where(RiskNote.status == "open"))
    reviews = _live(
        select(func.count())
        .select_from(RiskNote)
        .where(RiskNote.status == "open", RiskNote.next_review_on < today)
    )
    if not own:
        risks = risks.where(RiskNote.subject_id.in_(tie_ids))
        reviews = reviews.where(RiskNote.subject_id.in_(tie_ids))
    by_level = {level: 0 for level in RiskLevel}
    for level, count in session.execute(risks.group_by(RiskNote.residual_level)):
        by_level[RiskLevel(level)] = count
    overdue_actions = _live(
        select(func.count())
        .select_from(Action)
        .where(Action.status == "open", Action.due_on < today)
    )
    if not own:
        overdue_actions = overdue_actions.where(
            Action.meeting_id.in_(
                select(MeetingTie.meeting_id).where(MeetingTie.tie_id.in_(tie_ids))
            )
        )
    authority = refs(session, [authority_id])[authority_id]
    return Dashboard(
        authority=authority,
        today=today,
        ties_by_status=ties_by_status,
        meetings_last_12_months=int(session.scalar(meetings) or 0),
        open_risks_by_level=by_level,
        overdue_actions=int(session.scalar(overdue_actions) or 0),
        overdue_reviews=int(session.scalar(reviews) or 0),
    )


def timeline(
    session: Session,
    *,
    tie_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    person_id: uuid.UUID | None = None,
) -> list[TimelineItem]:
    """Contact moments, decisions and risk assessments concerning one record, by date."""
    subject = tie_id or organisation_id or person_id
    assert subject is not None
    if tie_id is not None:
        meeting_ids = select(MeetingTie.meeting_id).where(MeetingTie.tie_id == tie_id)
    elif organisation_id is not None:
        meeting_ids = select(MeetingParticipant.meeting_id).where(
            MeetingParticipant.organisation_id == organisation_id
        )
    else:
        meeting_ids = select(MeetingParticipant.meeting_id).where(
            MeetingParticipant.person_id == person_id
        )
    rows: list[tuple[dt.date, uuid.UUID, str]] = []
    for held_on, mid, kind in session.execute(
        _live(
            select(Meeting.held_on, Meeting.id, Meeting.meeting_kind).where(
                Meeting.id.in_(meeting_ids)
            )
        )
    ):
        rows.append((held_on, mid, f"contactmoment:{kind}"))
    for decided_on, did, kind in session.execute(
        _live(
            select(Decision.decided_on, Decision.id, Decision.decision_kind).where(
                Decision.id.in_(
                    select(DecisionLink.decision_id).where(DecisionLink.record_id == subject)
                )
            )
        )
    ):
        rows.append((decided_on, did, f"besluit:{kind}"))
    for assessed_on, nid, score, level in session.execute(
        _live(
            select(
                RiskAssessment.assessed_on,
                RiskNote.id,
                RiskAssessment.residual_score,
                RiskAssessment.residual_level,
            )
            .join(RiskNote, RiskNote.id == RiskAssessment.risk_note_id)
            .where(RiskNote.subject_id == subject)
        )
    ):
        rows.append((assessed_on, nid, f"risicobeoordeling:{level}:{score}"))
    linked = refs(session, [r[1] for r in rows])
    items = [TimelineItem(on=on, ref=linked[rid], what=what) for on, rid, what in rows]
    items.sort(key=lambda i: (i.on, i.ref.display_no))
    return items


def counts(session: Session) -> dict[str, int]:
    """Live records per kind (deleted ones excluded)."""
    rows = session.execute(
        select(Record.kind, func.count()).where(Record.deleted_at.is_(None)).group_by(Record.kind)
    )
    return {str(getattr(kind, "value", kind)): int(n) for kind, n in rows}
