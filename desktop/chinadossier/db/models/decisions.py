"""Council and executive decisions, motions, questions and commitments."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.base import Base
from chinadossier.db.models.record import Record
from chinadossier.db.types import code_enum
from chinadossier.domain.codes import DecisionBody, DecisionKind, DecisionOutcome, RecordKind


class Decision(Record):
    """A decision by a council, executive, mayor or provincial body."""

    __tablename__ = "decision"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    authority_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("authority.id"), index=True)
    body: Mapped[DecisionBody] = mapped_column(code_enum(DecisionBody, "decision_body"))
    decision_kind: Mapped[DecisionKind] = mapped_column(code_enum(DecisionKind, "decision_kind"))
    decided_on: Mapped[dt.date]
    reference: Mapped[str | None] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[DecisionOutcome] = mapped_column(code_enum(DecisionOutcome, "decision_outcome"))
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]

    __mapper_args__ = {"polymorphic_identity": RecordKind.DECISION}
    __table_args__ = (Index("ix_decision_decided_on_id", "decided_on", "id"),)


class DecisionLink(Base):
    """A tie, organisation or person a decision is about."""

    __tablename__ = "decision_link"

    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("decision.id"), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("record.id"), primary_key=True, index=True
    )
