"""Hash-chained audit entries; old/new values sit in an erasable (never alterable) payload."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.base import Base


class AuditEntry(Base):
    """One change, export or maintenance step; appended, never updated."""

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("record.id"))
    record_kind: Mapped[str | None] = mapped_column(String(40))
    display_no: Mapped[str | None] = mapped_column(String(32))
    fields: Mapped[str] = mapped_column(Text)
    state_hash: Mapped[str | None] = mapped_column(String(64))
    payload_hash: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (Index("ix_audit_entry_record_id_seq", "record_id", "seq"),)


class AuditPayload(Base):
    """Old and new values of one audit entry; may be erased (AVG), never altered."""

    __tablename__ = "audit_payload"

    entry_seq: Mapped[int] = mapped_column(ForeignKey("audit_entry.seq"), primary_key=True)
    payload: Mapped[str | None] = mapped_column(Text)
    erased_at: Mapped[dt.datetime | None]
