"""The common record every entity extends: identity, classification, retention, version, links."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chinadossier.db.models.base import ADDED, Base
from chinadossier.db.types import code_enum
from chinadossier.domain.codes import Classification, DatePrecision, RecordKind, RetentionCategory
from chinadossier.domain.limits import MAX_BLOB_BYTES  # noqa: F401 - re-exported

#: Largest attachment or memo file kept in the case file (bytes).


class Record(Base):
    """Shared fields of every record; each entity table's id is a foreign key to this one."""

    __tablename__ = "record"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[RecordKind] = mapped_column(code_enum(RecordKind, "record_kind"))
    display_no: Mapped[str] = mapped_column(String(32), unique=True)
    classification: Mapped[Classification] = mapped_column(
        code_enum(Classification, "classification")
    )
    retention_category: Mapped[RetentionCategory] = mapped_column(
        code_enum(RetentionCategory, "retention_category")
    )
    retention_on: Mapped[dt.date | None]
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime]
    updated_by: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column()
    deleted_at: Mapped[dt.datetime | None]
    deleted_by: Mapped[str | None] = mapped_column(String(200))
    #: The record this one was merged into (issue 10.5): hidden like a deleted record, but
    #: only `unmerge` brings it back, not the trash. Added in 0004.
    merged_into: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("record.id"), info=ADDED)

    # The services set the version themselves (once per unit of work, see Records._stamp); the
    # ORM still adds "WHERE version = <old>" to every UPDATE as a second guard.
    __mapper_args__ = {
        "polymorphic_on": "kind",
        "version_id_col": version,
        "version_id_generator": False,
    }
    __table_args__: Any = (
        Index("ix_record_kind_deleted", "kind", "deleted_at"),
        CheckConstraint("version >= 1", name="version_positive"),
    )


class Tag(Base):
    """A free label; name_key (normalised) is unique."""

    __tablename__ = "tag"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[dt.datetime]


class RecordTag(Base):
    """A tag on a record."""

    __tablename__ = "record_tag"

    record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tag.id"), primary_key=True, index=True)


class Source(Record):
    """Where a fact comes from: a document, article, web page or decision; has its own class."""

    __tablename__ = "source"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    publisher: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(1000))
    published_on: Mapped[dt.date | None]
    published_precision: Mapped[DatePrecision | None] = mapped_column(
        code_enum(DatePrecision, "source_published_precision")
    )
    published_uncertain: Mapped[bool] = mapped_column(default=False)
    published_circa: Mapped[bool] = mapped_column(default=False)
    published_until: Mapped[int | None] = mapped_column(info=ADDED)
    accessed_on: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)
    sort_key: Mapped[str] = mapped_column(String(300), index=True)

    __mapper_args__ = {"polymorphic_identity": RecordKind.SOURCE}


class RecordSource(Base):
    """A source cited by a record (many-to-many), with where in the source the fact stands."""

    __tablename__ = "record_source"

    record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    source_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("source.id"), primary_key=True, index=True
    )
    locator: Mapped[str | None] = mapped_column(String(200))


class Blob(Base):
    """Bytes of attachments and memo files, keyed by their SHA-256; never loaded by lists."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime]

    __table_args__ = (
        CheckConstraint(f"size >= 0 AND size <= {MAX_BLOB_BYTES}", name="size_limit"),
    )


class Attachment(Base):
    """A file attached to a record; the bytes sit in blob."""

    __tablename__ = "attachment"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), index=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int]
    added_at: Mapped[dt.datetime]
    added_by: Mapped[str] = mapped_column(String(200))
    deleted_at: Mapped[dt.datetime | None]


class SearchKey(Base):
    """Which row of the full-text table holds a record's document.

    FTS5 finds rows quickly only by rowid; looking a record up by its (unindexed) id column
    would scan the whole index on every edit.
    """

    __tablename__ = "search_key"

    record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), primary_key=True)
    fts_rowid: Mapped[int] = mapped_column(unique=True)


class RecordMerge(Base):
    """One merge of two records, with what `unmerge` needs to put every row back exactly.

    `rows_before` is the JSON of every row the merge changed or removed, as SQLite stored it; its
    SHA-256 stands in the merge's audit entry, so an altered snapshot is refused on undo.
    `after_versions` holds the version of every record the merge touched: undo is refused once
    one of them was changed since.
    """

    __tablename__ = "record_merge"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kept_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), index=True)
    merged_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("record.id"), index=True)
    merged_at: Mapped[dt.datetime]
    merged_by: Mapped[str] = mapped_column(String(200))
    rows_before: Mapped[str] = mapped_column(Text)
    rows_sha256: Mapped[str] = mapped_column(String(64))
    after_versions: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(200))
