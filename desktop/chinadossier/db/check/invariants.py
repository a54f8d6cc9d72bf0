"""Whether the case file's own rules hold: settings, own authority, matrix, scores and numbers."""

from __future__ import annotations

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from chinadossier.db import guarded
from chinadossier.db.check.common import CheckItem, _capital, _named
from chinadossier.db.check.raw import _cursor
from chinadossier.db.models import (
    Authority,
    CaseFile,
    DisplayCounter,
    Record,
    RiskAssessment,
    RiskMatrix,
    RiskNote,
)
from chinadossier.domain.codes import RecordKind


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
    parts.extend(guarded.problems(session))
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
    behind = _counters_behind(session)
    if behind:
        parts.append(_named(behind, "staat", "staan") + " achter bij de hoogste uitgegeven "
                     "nummers (nieuwe records zouden een bestaand nummer krijgen)")
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


def _counters_behind(session: Session) -> list[str]:
    """Number counters lower than the highest number already given out under their prefix."""
    counters = dict(session.execute(select(DisplayCounter.prefix, DisplayCounter.last_value)).all())
    highest: dict[str, int] = {}
    # Raw rows (one per record): SQLAlchemy's row handling doubled the time of this loop.
    for (number,) in _cursor(session).execute("SELECT display_no FROM record"):
        prefix, _, tail = str(number).rpartition("-")
        if prefix and tail.isdigit() and len(tail) >= 4:
            highest[prefix] = max(highest.get(prefix, 0), int(tail))
    return sorted(
        f"teller {prefix}" for prefix, top in highest.items()
        if prefix in counters and counters[prefix] < top
    )
