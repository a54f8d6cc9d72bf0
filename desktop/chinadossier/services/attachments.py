"""Files attached to any record: stored once per content, audited on the record they belong to."""

from __future__ import annotations

import mimetypes
import uuid

from chinadossier.domain.changes import Changes, Result
from chinadossier.domain.errors import Collector, NotFound
from chinadossier.domain.limits import MAX_BLOB_BYTES
from chinadossier.domain.records import AttachmentRecord
from chinadossier.services import validation as v
from chinadossier.services.context import ServiceContext


class AttachmentService:
    """Attach, list, fetch, trash and restore files."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def attach(
        self, record_id: uuid.UUID, *, file_name: str, data: bytes, media_type: str | None = None
    ) -> Result[AttachmentRecord]:
        """Attach a file to a live record (at most 50 MB)."""
        with self.ctx.uow() as uow:
            records = uow.records
            c = Collector()
            name = v.line(c, "file_name", file_name, required=True, max_length=255)
            if name and any(ch in name for ch in "/\\:"):
                c.add("file_name", "mag geen mapnaam bevatten (geen / \\ of :)")
            if len(data) > MAX_BLOB_BYTES:
                c.add("data", f"is groter dan {MAX_BLOB_BYTES // (1024 * 1024)} MB")
            found = records.live_kinds([record_id])
            if record_id not in found:
                c.add("record_id", "verwijst naar een record dat niet bestaat")
            elif found[record_id][1]:
                c.add("record_id", "staat in de prullenbak; zet het eerst terug")
            c.raise_if_any()
            assert name is not None
            kind = found[record_id][0]
            media = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
            attachment = uow.attachments.add(
                record_id, kind, file_name=name, media_type=media, data=data
            )
            changes = uow.commit()
        return Result(attachment, changes)

    def list_for(self, record_id: uuid.UUID) -> list[AttachmentRecord]:
        """A record's attachments, metadata only."""
        with self.ctx.uow(write=False) as uow:
            return uow.attachments.listed(record_id)

    def data(self, attachment_id: uuid.UUID) -> bytes:
        """The bytes of one attachment."""
        with self.ctx.uow(write=False) as uow:
            content = uow.attachments.data(attachment_id)
        if content is None:
            raise NotFound("Deze bijlage bestaat niet.")
        return content

    def set_deleted(
        self, record_id: uuid.UUID, attachment_id: uuid.UUID, *, deleted: bool
    ) -> Result[AttachmentRecord]:
        """Move an attachment to the trash (or back); audited on its record."""
        with self.ctx.uow() as uow:
            found = uow.records.live_kinds([record_id])
            if record_id not in found:
                raise NotFound("Dit record bestaat niet.")
            if found[record_id][1]:
                raise NotFound("Dit record staat in de prullenbak; zet het eerst terug.")
            current = {a.id: a for a in uow.attachments.listed(record_id)}
            if attachment_id not in current:
                raise NotFound("Deze bijlage hoort niet bij dit record.")
            if (current[attachment_id].deleted_at is not None) == deleted:
                return Result(current[attachment_id], Changes())  # already so: nothing to do
            try:
                attachment = uow.attachments.set_deleted(
                    record_id, found[record_id][0], attachment_id, deleted
                )
            except LookupError as exc:
                raise NotFound("Deze bijlage bestaat niet.") from exc
            changes = uow.commit()
        return Result(attachment, changes)
