"""Contact moments with their participants, related ties and follow-up actions."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.base import Base
from chinadossier.db.models.record import Record
from chinadossier.db.types import code_enum
from chinadossier.domain.codes import (
    ActionStatus,
    Direction,
    MeetingKind,
    ParticipantSide,
    RecordKind,
)


class Meeting(Record):
    """A contact moment: visit, delegation, call, letter, conference."""

    __tablename__ = "meeting"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    held_on: Mapped[dt.date]
    start_time: Mapped[dt.time | None]
    meeting_kind: Mapped[MeetingKind] = mapped_column(code_enum(MeetingKind, "meeting_kind"))
    direction: Mapped[Direction] = mapped_column(code_enum(Direction, "direction"))
    title: Mapped[str] = mapped_column(String(300))
    place_adcode: Mapped[str | None] = mapped_column(ForeignKey("cn_division.adcode"), index=True)
    place_text: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    topics: Mapped[str | None] = mapped_column(Text)
    gifts: Mapped[str | None] = mapped_column(Text)
    gift_value_cents: Mapped[int | None]
    costs_cents: Mapped[int | None]

    __mapper_args__ = {"polymorphic_identity": RecordKind.MEETING}
    __table_args__ = (
        Index("ix_meeting_held_on_id", "held_on", "id"),
        Index("ix_meeting_kind_held_on_id", "meeting_kind", "held_on", "id"),
        CheckConstraint(
            "(gift_value_cents IS NULL OR gift_value_cents >= 0) "
            "AND (costs_cents IS NULL OR costs_cents >= 0)",
            name="money_not_negative",
        ),
    )


class MeetingParticipant(Base):
    """Someone at a contact moment: a person, or an organisation/authority as a whole."""

    __tablename__ = "meeting_participant"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    side: Mapped[ParticipantSide] = mapped_column(code_enum(ParticipantSide, "participant_side"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), index=True
    )
    authority_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("authority.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(200))
    seq: Mapped[int]

    __table_args__ = (
        CheckConstraint(
            "(person_id IS NOT NULL) + (organisation_id IS NOT NULL) "
            "+ (authority_id IS NOT NULL) = 1",
            name="one_party",
        ),
    )


class MeetingTie(Base):
    """A tie that a contact moment belongs to."""

    __tablename__ = "meeting_tie"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), primary_key=True)
    tie_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tie.id"), primary_key=True, index=True)


class Action(Record):
    """A follow-up action or commitment: what, who, by when."""

    __tablename__ = "action"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("decision.id"), index=True)
    what: Mapped[str] = mapped_column(String(500))
    owner: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[dt.date | None]
    status: Mapped[ActionStatus] = mapped_column(code_enum(ActionStatus, "action_status"))
    done_on: Mapped[dt.date | None]

    __mapper_args__ = {"polymorphic_identity": RecordKind.ACTION}
    __table_args__ = (
        Index("ix_action_status_due_on_id", "status", "due_on", "id"),
        Index("ix_action_due_on_id", "due_on", "id"),
    )
