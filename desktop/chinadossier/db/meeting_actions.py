"""Open follow-up actions per contact moment, for the rows of a contact-moment list.

One grouped read over the page's contact moments (the action table's meeting_id index answers);
kept apart from the listing so the list query itself stays as it is.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select

from chinadossier.db.models import Action
from chinadossier.domain.codes import ActionStatus
from chinadossier.domain.records import OpenActions


def open_actions(uow: Any, meeting_ids: Sequence[uuid.UUID],
                 today: dt.date) -> dict[uuid.UUID, OpenActions]:
    """The open, live actions of these contact moments: count, first due date, overdue count.

    Contact moments without open actions are left out.
    """
    if not meeting_ids:
        return {}
    stmt = (
        select(
            Action.meeting_id,
            func.count(),
            func.min(Action.due_on),
            func.sum(case((Action.due_on < today, 1), else_=0)),
        )
        .where(
            Action.meeting_id.in_(list(meeting_ids)),
            Action.status == ActionStatus.OPEN,
            Action.deleted_at.is_(None),
        )
        .group_by(Action.meeting_id)
    )
    return {
        meeting_id: OpenActions(int(count), due, int(overdue or 0))
        for meeting_id, count, due, overdue in uow._db_session.execute(stmt)
    }
