"""Reference data: Dutch authorities (records) and Chinese divisions, versioned, never deleted."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.base import Base
from chinadossier.db.models.record import Record
from chinadossier.db.types import code_enum
from chinadossier.domain.codes import AuthorityKind, RecordKind


class Authority(Record):
    """A Dutch municipality or province (CBS code); one of them is the case file's own."""

    __tablename__ = "authority"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    # Not UNIQUE: a code must be unique among live records only (a deleted entry must not block a
    # new one); the services enforce that inside their BEGIN IMMEDIATE transaction.
    code: Mapped[str] = mapped_column(String(6), index=True)
    name: Mapped[str] = mapped_column(String(120))
    common_name: Mapped[str | None] = mapped_column(String(120))
    authority_kind: Mapped[AuthorityKind] = mapped_column(
        code_enum(AuthorityKind, "authority_kind")
    )
    province_code: Mapped[str | None] = mapped_column(String(6))
    retired_on: Mapped[dt.date | None]
    user_edited: Mapped[bool] = mapped_column(default=False)
    from_reference: Mapped[str | None] = mapped_column(String(20))
    sort_key: Mapped[str] = mapped_column(String(120), index=True)

    __mapper_args__ = {"polymorphic_identity": RecordKind.AUTHORITY}


class CnDivision(Base):
    """A Chinese provincial- or prefecture-level division (GB/T 2260 code)."""

    __tablename__ = "cn_division"

    adcode: Mapped[str] = mapped_column(String(6), primary_key=True)
    level: Mapped[str] = mapped_column(String(20))
    parent_adcode: Mapped[str | None] = mapped_column(ForeignKey("cn_division.adcode"))
    hanzi: Mapped[str] = mapped_column(String(60))
    pinyin: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    retired_on: Mapped[dt.date | None]
    user_edited: Mapped[bool] = mapped_column(default=False)
    from_reference: Mapped[str | None] = mapped_column(String(20))
