"""Attachment rows and their bytes (blob table keyed by SHA-256; lists never load the bytes)."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.models import Attachment, Blob
from chinadossier.domain.ids import new_id
from chinadossier.domain.limits import MAX_BLOB_BYTES
from chinadossier.domain.records import AttachmentRecord


def _record(row: Any) -> AttachmentRecord:
    return AttachmentRecord(
        id=row.id,
        record_id=row.record_id,
        file_name=row.file_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.blob_sha256,
        added_at=row.added_at,
        added_by=row.added_by,
        deleted_at=row.deleted_at,
    )


def add(
    session: Session,
    uow: Any,
    record_id: uuid.UUID,
    *,
    file_name: str,
    media_type: str,
    data: bytes,
) -> AttachmentRecord:
    """Store the bytes once (deduplicated by hash) and link them to the record."""
    if len(data) > MAX_BLOB_BYTES:
        raise ValueError("too large")
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data, created_at=uow.now))
    row = Attachment(
        id=new_id(),
        record_id=record_id,
        blob_sha256=digest,
        file_name=file_name,
        media_type=media_type,
        size=len(data),
        added_at=uow.now,
        added_by=uow.actor.who,
        deleted_at=None,
    )
    session.add(row)
    session.flush()
    return _record(row)


def listed(session: Session, record_id: uuid.UUID) -> list[AttachmentRecord]:
    """A record's attachments (metadata only), oldest first."""
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.record_id == record_id)
        .order_by(Attachment.added_at, Attachment.id)
    )
    return [_record(row) for row in rows]


def set_deleted(
    session: Session, uow: Any, attachment_id: uuid.UUID, deleted: bool
) -> AttachmentRecord:
    """Move an attachment to the trash or back (its bytes stay until a purge)."""
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise LookupError(attachment_id)
    row.deleted_at = uow.now if deleted else None
    session.flush()
    return _record(row)


def data(session: Session, attachment_id: uuid.UUID) -> bytes | None:
    """The bytes of one attachment."""
    return session.scalar(
        select(Blob.data)
        .join(Attachment, Attachment.blob_sha256 == Blob.sha256)
        .where(Attachment.id == attachment_id)
    )
