"""Small reads that forms need: Chinese places by name, and the most common kind of contact."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chinadossier.db.models import CnDivision, Meeting
from chinadossier.db.reference import DivisionRow
from chinadossier.domain.codes import Direction, MeetingKind


class LookupRepository:
    """The two reads below on a unit of work's session (services never hold the session)."""

    def __init__(self, uow: Any) -> None:
        session = getattr(uow, "_db_session", None)
        self._session: Session = session if session is not None else uow.session

    def all_divisions(self) -> list[DivisionRow]:
        """Every live Chinese division."""
        return all_divisions(self._session)

    def most_common_meeting(self) -> tuple[MeetingKind | None, Direction | None]:
        """The most used kind and direction of contact."""
        return most_common_meeting(self._session)


def all_divisions(session: Session) -> list[DivisionRow]:
    """Every live Chinese division of the reference data (a few hundred rows), by code."""
    rows = session.scalars(
        select(CnDivision).where(CnDivision.retired_on.is_(None)).order_by(CnDivision.adcode)
    )
    return [
        DivisionRow(d.adcode, d.level, d.parent_adcode, d.hanzi, d.pinyin, d.name_en) for d in rows
    ]


def most_common_meeting(session: Session) -> tuple[MeetingKind | None, Direction | None]:
    """The kind and the direction that occur most among live contact moments (None if none)."""
    live = Meeting.deleted_at.is_(None)

    def top(column: Any) -> object:
        stmt = (
            select(column, func.count())
            .where(live)
            .group_by(column)
            .order_by(func.count().desc(), column)
            .limit(1)
        )
        row = session.execute(stmt).first()
        return None if row is None else row[0]

    kind = top(Meeting.meeting_kind)
    direction = top(Meeting.direction)
    return (
        kind if isinstance(kind, MeetingKind) else None,
        direction if isinstance(direction, Direction) else None,
    )
