"""A tie between one of our authorities and a Chinese counterpart."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.base import ADDED
from chinadossier.db.models.record import Record
from chinadossier.db.types import code_enum
from chinadossier.domain.codes import DatePrecision, RecordKind, TieStatus, TieType


def _added_flag() -> Mapped[bool]:
    """A boolean column added in a later migration (false for the rows that were there)."""
    return mapped_column(default=False, server_default=false(), info=ADDED)


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
    # Added in 0002 (info "added": left out of a record's state hash while at their default, so
    # records written before the migration keep the hash their audit entry holds).
    starts_until: Mapped[int | None] = mapped_column(info=ADDED)
    signed_until: Mapped[int | None] = mapped_column(info=ADDED)
    ends_until: Mapped[int | None] = mapped_column(info=ADDED)
    term_ends_precision: Mapped[DatePrecision | None] = mapped_column(
        code_enum(DatePrecision, "tie_term_ends_precision"), info=ADDED
    )
    term_ends_uncertain: Mapped[bool] = _added_flag()
    term_ends_circa: Mapped[bool] = _added_flag()
    term_ends_until: Mapped[int | None] = mapped_column(info=ADDED)
    term_starts_on: Mapped[dt.date | None] = mapped_column(info=ADDED)
    term_starts_precision: Mapped[DatePrecision | None] = mapped_column(
        code_enum(DatePrecision, "tie_term_starts_precision"), info=ADDED
    )
    term_starts_uncertain: Mapped[bool] = _added_flag()
    term_starts_circa: Mapped[bool] = _added_flag()
    term_starts_until: Mapped[int | None] = mapped_column(info=ADDED)
    renewed_on: Mapped[dt.date | None] = mapped_column(info=ADDED)
    renewed_precision: Mapped[DatePrecision | None] = mapped_column(
        code_enum(DatePrecision, "tie_renewed_precision"), info=ADDED
    )
    renewed_uncertain: Mapped[bool] = _added_flag()
    renewed_circa: Mapped[bool] = _added_flag()
    renewed_until: Mapped[int | None] = mapped_column(info=ADDED)
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
