"""Generated briefing memos: scope, options, the frozen snapshot and the file."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.record import Record
from chinadossier.domain.codes import RecordKind


class MemoRecord(Record):
    """A memo as generated: what it covered and the exact file that was produced."""

    __tablename__ = "memo"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    generated_at: Mapped[dt.datetime]
    scope: Mapped[dict[str, object]] = mapped_column(JSON)
    options: Mapped[dict[str, object]] = mapped_column(JSON)
    snapshot_version: Mapped[int]
    snapshot: Mapped[dict[str, object]] = mapped_column(JSON)
    file_name: Mapped[str | None] = mapped_column(String(255))
    file_sha256: Mapped[str | None] = mapped_column(ForeignKey("blob.sha256"), index=True)

    __mapper_args__ = {"polymorphic_identity": RecordKind.MEMO}
