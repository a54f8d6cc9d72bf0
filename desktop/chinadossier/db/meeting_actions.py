"""Open follow-up actions per contact moment, for the rows of a contact-moment list.

One grouped read over the page's contact moments (the action table's meeting_id index answers);
kept apart from the listing so the list query itself stays as it is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, String, and_, bindparam, case, func, select, type_coerce

from chinadossier.db.fastread import ids_param, in_json
from chinadossier.db.models import Action
from chinadossier.domain.codes import ActionStatus
from chinadossier.domain.records import OpenActions

# The status is tested inside the aggregates, not in WHERE: the meeting_id index then finds the
# page's actions (a status index would visit every open action of the file). One JSON parameter
# carries the page's ids, so the statement is built and compiled once (as db.fastread does).
_IS_OPEN = Action.status == ActionStatus.OPEN
_STATEMENT = (
    select(
        type_coerce(Action.meeting_id, String),  # the stored hex text: no UUID made per row
        func.sum(case((_IS_OPEN, 1), else_=0)),
        func.min(case((_IS_OPEN, Action.due_on))),
        func.sum(case((and_(_IS_OPEN, Action.due_on < bindparam("today", type_=Date)), 1),
                      else_=0)),
    )
    .where(in_json(Action.meeting_id, "ids"), Action.deleted_at.is_(None))
    .group_by(Action.meeting_id)
)


def open_actions(uow: Any, meeting_ids: Sequence[uuid.UUID],
                 today: dt.date) -> dict[uuid.UUID, OpenActions]:
    """The open, live actions of these contact moments: count, first due date, overdue count.

    Contact moments without open actions are left out.
    """
    if not meeting_ids:
        return {}
    wanted = {i.hex: i for i in meeting_ids}
    rows = uow._db_session.connection().execute(
        _STATEMENT, {"ids": ids_param(meeting_ids), "today": today})
    return {
        wanted[meeting_hex]: OpenActions(int(count), due, int(overdue or 0))
        for meeting_hex, count, due, overdue in rows
        if count
    }
