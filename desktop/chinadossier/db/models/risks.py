"""Risk notes with their append-only assessment history; categories and matrices are data."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.base import Base
from chinadossier.db.models.record import Record
from chinadossier.db.types import code_enum
from chinadossier.domain.codes import (
    KnowledgeStrength,
    RecordKind,
    RiskLevel,
    RiskStatus,
    Treatment,
)


class RiskMatrix(Base):
    """One version of the likelihood × impact matrix; never changed once adopted."""

    __tablename__ = "risk_matrix"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(120))
    definition: Mapped[dict[str, object]] = mapped_column(JSON)
    adopted_at: Mapped[dt.datetime]


class RiskCategory(Record):
    """A risk category (R-POL, R-KV, …); renamed, added or retired by the authority."""

    __tablename__ = "risk_category"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    # Unique among live categories only (see Authority.code).
    code: Mapped[str] = mapped_column(String(20), index=True)
    name_nl: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    red_flags: Mapped[str | None] = mapped_column(Text)
    typical_measures: Mapped[str | None] = mapped_column(Text)
    retired: Mapped[bool] = mapped_column(default=False)
    sort_order: Mapped[int] = mapped_column(index=True)

    __mapper_args__ = {"polymorphic_identity": RecordKind.RISK_CATEGORY}


class RiskNote(Record):
    """A risk about a tie, organisation, person or meeting; scores mirror its last assessment."""

    __tablename__ = "risk_note"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), index=True)
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_category.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    measures: Mapped[str | None] = mapped_column(Text)
    treatment: Mapped[Treatment] = mapped_column(code_enum(Treatment, "treatment"))
    owner: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[RiskStatus] = mapped_column(code_enum(RiskStatus, "risk_status"))
    next_review_on: Mapped[dt.date]
    knowledge_strength: Mapped[KnowledgeStrength] = mapped_column(
        code_enum(KnowledgeStrength, "knowledge_strength")
    )
    inherent_score: Mapped[int]
    residual_score: Mapped[int]
    residual_level: Mapped[RiskLevel] = mapped_column(code_enum(RiskLevel, "residual_level"))

    __mapper_args__ = {
        "polymorphic_identity": RecordKind.RISK_NOTE,
        "inherit_condition": id == Record.id,
    }
    __table_args__ = (
        Index("ix_risk_note_residual_score_id", "residual_score", "id"),
        Index("ix_risk_note_next_review_on_id", "next_review_on", "id"),
        Index("ix_risk_note_status_level", "status", "residual_level"),
    )


class RiskAssessment(Base):
    """One assessment of a risk note; appended, never changed; keeps its matrix version."""

    __tablename__ = "risk_assessment"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    risk_note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("risk_note.id"))
    seq: Mapped[int]
    assessed_on: Mapped[dt.date]
    matrix_id: Mapped[int] = mapped_column(ForeignKey("risk_matrix.id"), index=True)
    inherent_likelihood: Mapped[int]
    inherent_impact: Mapped[int]
    residual_likelihood: Mapped[int]
    residual_impact: Mapped[int]
    inherent_score: Mapped[int]
    residual_score: Mapped[int]
    inherent_level: Mapped[RiskLevel] = mapped_column(code_enum(RiskLevel, "inherent_level"))
    residual_level: Mapped[RiskLevel] = mapped_column(
        code_enum(RiskLevel, "assessment_residual_level")
    )
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime]
    recorded_by: Mapped[str] = mapped_column(String(200))

    __table_args__ = (
        UniqueConstraint("risk_note_id", "seq"),
        CheckConstraint(
            "inherent_likelihood BETWEEN 1 AND 5 AND inherent_impact BETWEEN 1 AND 5 "
            "AND residual_likelihood BETWEEN 1 AND 5 AND residual_impact BETWEEN 1 AND 5",
            name="scale",
        ),
    )
