"""Read-only figures and timelines, computed in the database (counts, unions by date)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    String,
    Uuid,
    and_,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from chinadossier.db.convert import refs
from chinadossier.db.fastread import Compiled, FastReads, connection
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
from chinadossier.domain.codes import RecordKind, RiskLevel, TieStatus
from chinadossier.domain.records import Dashboard, TimelineItem
from chinadossier.domain.risk import add_months


def _live(stmt: Any) -> Any:
    return stmt.where(Record.deleted_at.is_(None))


def _unindexed(column: Any) -> Any:
    """The column as ``+table.column``: the same value, but SQLite will not pick an index for
    the condition (its documented way to steer the planner to a better index)."""
    return literal_column(f"+{column.table.name}.{column.name}", type_=column.type)


def _live_counts(kind: str, table: Any, where: list[Any], group: Any = None) -> list[Any]:
    """Two statements whose COUNT(*) rows, the first minus the second, count the live rows of
    one entity table (per `group` value when given).

    Counted on the entity table alone (its index answers) minus the deleted ones: joining every
    counted row with its record row only to read deleted_at visited 20,000 records for one year
    of contact moments. The deleted ones are found through the record table's (kind, deleted_at)
    index, which the statement names (INDEXED BY), so the few deleted records lead the join:
    left to itself SQLite started from the entity's status index and probed all 5,000 open risk
    notes to find none deleted (1.5-6 ms of the dashboard's 14 ms raw; now 0.01 ms).
    """
    record: Any = Record.__table__
    key = group if group is not None else literal(None)
    deleted = (
        text(
            f"SELECT id FROM {record.name} INDEXED BY ix_record_kind_deleted "
            "WHERE kind = :kind AND deleted_at IS NOT NULL"
        )
        .bindparams(kind=kind)
        .columns(record.c.id)
        .subquery("deleted")
    )
    out = []
    for source in (table, deleted.join(table, table.c.id == deleted.c.id)):
        stmt = select(key, func.count()).select_from(source).where(*where)
        out.append(stmt.group_by(group) if group is not None else stmt)
    return out


#: Run-time values of the dashboard's statements, in this order.
_DASHBOARD_VALUES = ("authority", "since", "today")
_DASHBOARDS: dict[bool, dict[str, Any]] = {}


def _dashboard_statements(own: bool) -> dict[str, Any]:
    """The dashboard's statements for the own or another authority, compiled once."""
    found = _DASHBOARDS.get(own)
    if found is not None:
        return found
    authority = bindparam("authority", type_=Uuid())
    since = bindparam("since", type_=Date())
    today = bindparam("today", type_=Date())
    ties = _live(select(Tie.status, func.count()).where(Tie.authority_id == authority)).group_by(
        Tie.status
    )
    # Tie extends Record (joined inheritance): selecting Tie already joins the record table.
    tie_ids = select(Tie.id).where(Tie.authority_id == authority, Tie.deleted_at.is_(None))
    meeting: Any = Meeting.__table__
    notes: Any = RiskNote.__table__
    if own:
        meetings = _live_counts("meeting", meeting, [meeting.c.held_on > since,
                                                     meeting.c.held_on <= today])
    else:
        meetings = [
            _live(
                select(literal(None), func.count())
                .select_from(Meeting)
                .where(Meeting.held_on > since, Meeting.held_on <= today)
                .where(
                    or_(
                        Meeting.id.in_(
                            select(MeetingTie.meeting_id).where(MeetingTie.tie_id.in_(tie_ids))
                        ),
                        Meeting.id.in_(
                            select(MeetingParticipant.meeting_id).where(
                                MeetingParticipant.authority_id == authority
                            )
                        ),
                    )
                )
            )
        ]
    subject = [] if own else [notes.c.subject_id.in_(tie_ids)]
    levels = _live_counts(
        "risk_note", notes, [notes.c.status == "open", *subject], notes.c.residual_level
    )
    reviews = _live_counts(
        "risk_note",
        notes,
        # "+status" keeps SQLite off the (status, level) index, which made it read every open
        # note; the next_review_on index reads only the overdue ones (4.9 -> 1.2 ms raw).
        [_unindexed(notes.c.status) == "open", notes.c.next_review_on < today, *subject],
    )
    actions = _live(
        select(func.count())
        .select_from(Action)
        .where(Action.status == "open", Action.due_on < today)
    )
    if not own:
        actions = actions.where(
            Action.meeting_id.in_(
                select(MeetingTie.meeting_id).where(MeetingTie.tie_id.in_(tie_ids))
            )
        )

    def compiled(statements: list[Any]) -> list[Compiled]:
        return [Compiled(stmt, _DASHBOARD_VALUES) for stmt in statements]

    found = _DASHBOARDS[own] = {
        "ties": Compiled(ties, _DASHBOARD_VALUES),
        "meetings": compiled(meetings),
        "levels": compiled(levels),
        "reviews": compiled(reviews),
        "actions": Compiled(actions, _DASHBOARD_VALUES),
    }
    return found


def _signed(conn: Any, statements: list[Compiled], values: list[Any]) -> dict[Any, int]:
    """Counts per key: the first statement's rows minus the second's (see `_live_counts`)."""
    counts: dict[Any, int] = {}
    for sign, statement in zip((1, -1), statements, strict=False):
        for key, n in statement.all(conn, values):
            counts[key] = counts.get(key, 0) + sign * int(n)
    return counts


def dashboard(session: Session, authority_id: uuid.UUID, *, own: bool, today: dt.date) -> Dashboard:
    """Ties per status, contact moments in the last 12 months, open risks per residual level,
    overdue actions and reviews. For the case file's own authority every record counts; for
    another authority only what is linked to its ties.

    Eight statements, compiled once and run on the DB-API cursor (db.fastread).
    """
    plan = _dashboard_statements(own)
    conn = connection(session)
    values = [authority_id, add_months(today, -12), today]
    ties_by_status = {status: 0 for status in TieStatus}
    for status, count in plan["ties"].all(conn, values):
        ties_by_status[status] = count
    by_level = {level: 0 for level in RiskLevel}
    for level, count in _signed(conn, plan["levels"], values).items():
        if count:
            by_level[level] = count
    (overdue_actions,) = plan["actions"].all(conn, values)
    authority = FastReads(conn).refs([authority_id], (RecordKind.AUTHORITY,))[authority_id]
    return Dashboard(
        authority=authority,
        today=today,
        ties_by_status=ties_by_status,
        meetings_last_12_months=sum(_signed(conn, plan["meetings"], values).values()),
        open_risks_by_level=by_level,
        overdue_actions=int(overdue_actions[0] or 0),
        overdue_reviews=sum(_signed(conn, plan["reviews"], values).values()),
    )


def contact_days(session: Session, person_ids: list[uuid.UUID]) -> set[tuple[uuid.UUID, dt.date]]:
    """(person, day) of every live contact moment with these persons (500 ids per read)."""
    found: set[tuple[uuid.UUID, dt.date]] = set()
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start:start + 500]
        stmt = _live(
            select(MeetingParticipant.person_id, Meeting.held_on)
            .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
            .where(MeetingParticipant.person_id.in_(chunk))
        )
        found.update((person, day) for person, day in session.execute(stmt))
    return found


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


def _timeline_union(subject: Any, link: str) -> Any:
    """Every dated event about one record as rows (on, record_id, seq, what, extra)."""
    if link == "tie_id":
        meeting_ids = select(MeetingTie.meeting_id).where(MeetingTie.tie_id == subject)
    elif link == "organisation_id":
        meeting_ids = select(MeetingParticipant.meeting_id).where(
            MeetingParticipant.organisation_id == subject
        )
    else:
        meeting_ids = select(MeetingParticipant.meeting_id).where(
            MeetingParticipant.person_id == subject
        )
    meetings = _live(
        select(
            Meeting.held_on.label("on"),
            Meeting.id.label("rid"),
            literal(0).label("seq"),
            literal("contactmoment").label("what"),
            type_coerce(Meeting.meeting_kind, String).label("a"),
            type_coerce(literal(None), Integer).label("b"),
        ).where(Meeting.id.in_(meeting_ids))
    )
    decisions = _live(
        select(
            Decision.decided_on,
            Decision.id,
            literal(0),
            literal("besluit"),
            type_coerce(Decision.decision_kind, String),
            type_coerce(literal(None), Integer),
        ).where(
            Decision.id.in_(
                select(DecisionLink.decision_id).where(DecisionLink.record_id == subject)
            )
        )
    )
    assessments = _live(
        select(
            RiskAssessment.assessed_on,
            RiskNote.id,
            RiskAssessment.seq,
            literal("risicobeoordeling"),
            type_coerce(RiskAssessment.residual_level, String),
            RiskAssessment.residual_score,
        )
        .join(RiskNote, RiskNote.id == RiskAssessment.risk_note_id)
        .where(RiskNote.subject_id == subject)
    )
    return union_all(meetings, decisions, assessments).subquery("events")


_TIMELINES: dict[tuple[str, bool], tuple[Compiled, Compiled]] = {}


def _timeline_statements(link: str, after: bool) -> tuple[Compiled, Compiled]:
    """A timeline page's statement and its count, compiled once per link (and first page or
    not); the subject, the key after and the limit are bound per call."""
    found = _TIMELINES.get((link, after))
    if found is None:
        events = _timeline_union(bindparam("subject", type_=NullType()), link)
        c = events.c
        stmt = select(c.on, c.rid, c.seq, c.what, c.a, c.b)
        names = ["subject"]
        if after:
            on = bindparam("on", type_=NullType())
            rid = bindparam("rid", type_=NullType())
            seq = bindparam("seq", type_=NullType())
            stmt = stmt.where(
                or_(
                    c.on < on,
                    and_(c.on == on, c.rid < rid),
                    and_(c.on == on, c.rid == rid, c.seq < seq),
                )
            )
            names += ["on", "rid", "seq"]
        stmt = stmt.order_by(c.on.desc(), c.rid.desc(), c.seq.desc()).limit(
            bindparam("limit", type_=Integer())
        )
        found = _TIMELINES[(link, after)] = (
            Compiled(stmt, [*names, "limit"]),
            Compiled(select(func.count()).select_from(events), ["subject"]),
        )
    return found


def timeline_page(
    source: Session | sqlite3.Connection,
    subject: uuid.UUID,
    link: str,
    *,
    limit: int,
    after: tuple[dt.date, uuid.UUID, int] | None,
) -> tuple[list[TimelineItem], tuple[dt.date, uuid.UUID, int] | None, int]:
    """One page of a record's timeline, newest first: items, the key after the last, total.

    Read on the DB-API cursor (db.fastread) of the session or the connection given.
    """
    conn = source if isinstance(source, sqlite3.Connection) else connection(source)
    page, counted = _timeline_statements(link, after is not None)
    rows = page.all(conn, [subject, *(after or ()), limit + 1])
    ((total,),) = counted.all(conn, [subject])
    more = len(rows) > limit
    rows = rows[:limit]
    linked = FastReads(conn).refs([row.rid for row in rows])
    items = []
    for on, rid, _seq, what, a, b in rows:
        if what == "contactmoment":
            label = f"contactmoment:{a}"
        elif what == "besluit":
            label = f"besluit:{a}"
        else:
            label = f"risicobeoordeling:{a}:{b}"
        items.append(TimelineItem(on=_as_date(on), ref=linked[_as_uuid(rid)], what=label))
    last = rows[-1] if more and rows else None
    key = (_as_date(last[0]), _as_uuid(last[1]), int(last[2])) if last is not None else None
    return items, key, int(total or 0)


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _as_uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


def counts(session: Session) -> dict[str, int]:
    """Live records per kind (deleted ones excluded)."""
    rows = session.execute(
        select(Record.kind, func.count()).where(Record.deleted_at.is_(None)).group_by(Record.kind)
    )
    return {str(getattr(kind, "value", kind)): int(n) for kind, n in rows}
