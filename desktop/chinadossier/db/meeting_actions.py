"""Open follow-up actions per contact moment, for the rows of a contact-moment list.

One grouped read over the page's contact moments (the action table's meeting_id index answers);
kept apart from the listing so the list query itself stays as it is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, and_, bindparam, case, func, select

from chinadossier.db.fastread import Compiled, ids_param, in_json
from chinadossier.db.models import Action
from chinadossier.domain.codes import ActionStatus
from chinadossier.domain.records import OpenActions

_STATEMENT: list[Compiled] = []


def _statement() -> Compiled:
    """The grouped read, compiled once; run on the DB-API cursor (db.fastread).

    The status is tested inside the aggregates, not in WHERE: the meeting_id index then finds
    the page's actions (a status index would visit every open action of the file)."""
    if not _STATEMENT:
        today = bindparam("today", type_=Date())
        is_open = Action.status == ActionStatus.OPEN
        stmt = (
            select(
                Action.meeting_id,
                func.sum(case((is_open, 1), else_=0)),
                func.min(case((is_open, Action.due_on))),
                func.sum(case((and_(is_open, Action.due_on < today), 1), else_=0)),
            )
            .where(in_json(Action.meeting_id, "ids"), Action.deleted_at.is_(None))
            .group_by(Action.meeting_id)
        )
        _STATEMENT.append(Compiled(stmt, ("ids", "today")))
    return _STATEMENT[0]


def open_actions(uow: Any, meeting_ids: Sequence[uuid.UUID],
                 today: dt.date) -> dict[uuid.UUID, OpenActions]:
    """The open, live actions of these contact moments: count, first due date, overdue count.

    Contact moments without open actions are left out.
    """
    if not meeting_ids:
        return {}
    rows = _statement().all(uow._dbapi, [ids_param(meeting_ids), today])
    return {
        meeting_id: OpenActions(int(count), due, int(overdue or 0))
        for meeting_id, count, due, overdue in rows
        if count
    }
