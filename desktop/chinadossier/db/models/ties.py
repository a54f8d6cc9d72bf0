"""A tie between one of our authorities and a Chinese counterpart."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.record import Record
from chinadossier.db.types import code_enum
from chinadossier.domain.codes import DatePrecision, RecordKind, TieStatus, TieType


class Tie(Record):
    """Sister city, friendship tie, MoU, letter of intent or other cooperation."""

    __tablename__ = "tie"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    authority_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("authority.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    tie_type: Mapped[TieType] = mapped_column(code_enum(TieType, "tie_type"))
    status: Mapped[TieStatus] = mapped_column(code_enum(TieStatus, "tie_status"))
    starts_on: Mapped[dt.date | None]
    starts_precision: Mapped[DatePrecision | None] = mapped_column(
        code_enum(DatePrecision, "tie_starts_precision")
    )
    starts_uncertain: Mapped[bool] = mapped_column(default=False)
    starts_circa: Mapped[bool] = mapped_column(default=False)
    signed_on: Mapped[dt.date | None]
    signed_precision: Mapped[DatePrecision | None] = mapped_column(
        code_enum(DatePrecision, "tie_signed_precision")
    )
    signed_uncertain: Mapped[bool] = mapped_column(default=False)
    signed_circa: Mapped[bool] = mapped_column(default=False)
    ends_on: Mapped[dt.date | None]
    ends_precision: Mapped[DatePrecision | None] = mapped_column(
        code_enum(DatePrecision, "tie_ends_precision")
    )
    ends_uncertain: Mapped[bool] = mapped_column(default=False)
    ends_circa: Mapped[bool] = mapped_column(default=False)
    term_ends_on: Mapped[dt.date | None]
    evaluation_on: Mapped[dt.date | None]
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(String(300))

    __mapper_args__ = {"polymorphic_identity": RecordKind.TIE}
    __table_args__ = (
        Index("ix_tie_sort_key_id", "sort_key", "id"),
        Index("ix_tie_starts_on_id", "starts_on", "id"),
        Index("ix_tie_status_sort_key", "status", "sort_key", "id"),
    )
