"""The one-row case-file settings and the display-number counters."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.base import Base
from chinadossier.db.types import code_enum
from chinadossier.domain.codes import Classification


class CaseFile(Base):
    """Settings that belong to the data (backed up with it): own authority, defaults, demo flag."""

    __tablename__ = "case_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    own_authority_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("authority.id"))
    default_classification: Mapped[Classification] = mapped_column(
        code_enum(Classification, "default_classification")
    )
    is_demo: Mapped[bool]
    reference_version: Mapped[str] = mapped_column(String(20))
    current_matrix_id: Mapped[int] = mapped_column(ForeignKey("risk_matrix.id"))
    created_at: Mapped[dt.datetime]
    #: Seats of the gemeenteraad or Provinciale Staten (votes must fit); added in 0002.
    council_seats: Mapped[int | None]

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


class DisplayCounter(Base):
    """Next human display number per prefix (e.g. "CM-2026")."""

    __tablename__ = "display_counter"

    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_value: Mapped[int]
