"""Appending risk assessments (never changed afterwards)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import func, select

from chinadossier.db.models import RiskAssessment
from chinadossier.domain.ids import new_id
from chinadossier.domain.risk import Matrix, add_months


def append_assessment(
    records: Any,
    note_id: uuid.UUID,
    *,
    matrix_id: int,
    matrix: Matrix,
    assessed_on: dt.date,
    scores: tuple[int, int, int, int],
    note: str | None,
    now: dt.datetime,
    who: str,
    first: bool = False,
) -> dict[str, Any]:
    """Add the next assessment of a note; returns its values for the audit payload."""
    il, ii, rl, ri = scores
    seq = (
        1
        if first
        else (
            records._session.scalar(
                select(func.max(RiskAssessment.seq)).where(RiskAssessment.risk_note_id == note_id)
            )
            or 0
        )
        + 1
    )
    values: dict[str, Any] = {
        "seq": seq,
        "assessed_on": assessed_on,
        "matrix_id": matrix_id,
        "inherent_likelihood": il,
        "inherent_impact": ii,
        "residual_likelihood": rl,
        "residual_impact": ri,
        "inherent_score": il * ii,
        "residual_score": rl * ri,
        "inherent_level": matrix.level(il, ii),
        "residual_level": matrix.level(rl, ri),
        "note": note,
    }
    row = {"id": new_id(), "risk_note_id": note_id, "recorded_at": now, "recorded_by": who}
    records.uow.add_rows("risk_assessment", [{**row, **values}], owner=note_id)
    return values


def record_reassessment(
    records: Any,
    note_id: uuid.UUID,
    *,
    assessed_on: dt.date,
    scores: tuple[int, int, int, int],
    note: str | None,
    next_review_on: dt.date | None,
) -> None:
    """Append an assessment under the current matrix and let the note follow it (audited)."""
    from chinadossier.domain.codes import RecordKind

    uow = records.uow
    matrix_id, matrix = records.current_matrix()
    obj = records._load(RecordKind.RISK_NOTE, note_id)
    values = append_assessment(
        records,
        note_id,
        matrix_id=matrix_id,
        matrix=matrix,
        assessed_on=assessed_on,
        scores=scores,
        note=note,
        now=uow.now,
        who=uow.actor.who,
    )
    old = (obj.inherent_score, obj.residual_score, obj.residual_level, obj.next_review_on)
    obj.inherent_score = values["inherent_score"]
    obj.residual_score = values["residual_score"]
    obj.residual_level = values["residual_level"]
    obj.next_review_on = next_review_on or add_months(
        assessed_on, matrix.review_months(values["residual_level"])
    )
    new = (obj.inherent_score, obj.residual_score, obj.residual_level, obj.next_review_on)
    records._stamp_change(obj, {"assessment": (None, values), "scores": (old, new)})
