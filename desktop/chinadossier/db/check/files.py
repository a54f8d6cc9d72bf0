"""Whether the stored files are whole: bytes match hash and size, and no file lacks its bytes."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from chinadossier.db.check.common import MAX_NAMED, CheckItem, _capital, _named
from chinadossier.db.models import Attachment, Blob, MemoRecord, Record
from chinadossier.domain import plural


def _check_attachments(session: Session) -> CheckItem:
    """Every blob's bytes hash to its key and have its size; every file points at a blob."""
    bad: list[str] = []
    blobs = 0
    rows = session.connection().execute(
        select(Blob.sha256, Blob.size, Blob.data).execution_options(
            stream_results=True, yield_per=1
        )
    )
    for sha256, size, data in rows:
        blobs += 1
        if hashlib.sha256(data).hexdigest() != sha256 or len(data) != size:
            bad.append(sha256)
    holder = aliased(Record)
    damaged = _blob_users(session, bad)
    dangling = session.execute(
        select(holder.display_no, Attachment.file_name)
        .join(holder, holder.id == Attachment.record_id)
        .outerjoin(Blob, Blob.sha256 == Attachment.blob_sha256)
        .where(Blob.sha256.is_(None))
    ).all()
    wrong_size = session.execute(
        select(holder.display_no, Attachment.file_name)
        .join(holder, holder.id == Attachment.record_id)
        .join(Blob, Blob.sha256 == Attachment.blob_sha256)
        .where(Attachment.size != Blob.size)
    ).all()
    memo_files = (
        session.execute(
            select(MemoRecord.display_no)
            .outerjoin(Blob, Blob.sha256 == MemoRecord.file_sha256)
            .where(MemoRecord.file_sha256.is_not(None), Blob.sha256.is_(None))
        )
        .scalars()
        .all()
    )
    parts: list[str] = []
    if bad:
        parts.append(
            f"{plural.count(len(bad), 'bestand is', 'bestanden zijn')} beschadigd of gewijzigd "
            f"(inhoud past niet bij de vingerafdruk): {', '.join(damaged[:MAX_NAMED])}"
        )
    if dangling:
        parts.append(
            f"{plural.count(len(dangling), 'bijlage mist haar', 'bijlagen missen hun')} inhoud: "
            + ", ".join(f"{no} ({name})" for no, name in dangling[:MAX_NAMED])
        )
    if wrong_size:
        parts.append(
            f"{plural.count(len(wrong_size), 'bijlage heeft', 'bijlagen hebben')} een afwijkende "
            "grootte: "
            + ", ".join(f"{no} ({name})" for no, name in wrong_size[:MAX_NAMED])
        )
    if memo_files:
        parts.append(_named(sorted(memo_files), "mist", "missen") + " het notitiebestand")
    if not parts:
        message = (
            f"Alle {blobs} opgeslagen bestanden zijn heel."
            if blobs
            else "Er zijn geen opgeslagen bestanden; er ontbreekt niets."
        )
        return CheckItem("attachments", True, message, blobs)
    problems = len(bad) + len(dangling) + len(wrong_size) + len(memo_files)
    return CheckItem("attachments", False, _capital("; ".join(parts)) + ".", problems)


def _blob_users(session: Session, shas: list[str]) -> list[str]:
    """ "ORG-0003 (mou.pdf)" for each attachment or memo using one of these blobs, else the key."""
    if not shas:
        return []
    holder = aliased(Record)
    used: list[tuple[str | None, str, str | None]] = [
        (r[0], r[1], r[2])
        for r in session.execute(
            select(Attachment.blob_sha256, holder.display_no, Attachment.file_name)
            .join(holder, holder.id == Attachment.record_id)
            .where(Attachment.blob_sha256.in_(shas))
        )
    ]
    used += [
        (r[0], r[1], r[2])
        for r in session.execute(
            select(MemoRecord.file_sha256, MemoRecord.display_no, MemoRecord.file_name).where(
                MemoRecord.file_sha256.in_(shas)
            )
        )
    ]
    named = sorted(f"{no} ({name})" for _, no, name in used)
    unused = sorted(f"bestand {sha[:12]}" for sha in set(shas) - {row[0] for row in used})
    return named + unused
