"""Whether the audit trail is unbroken and unchanged, with every payload present or erased."""

from __future__ import annotations

import hashlib

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db import audit, erasure
from chinadossier.db.check.common import MAX_NAMED, CheckItem
from chinadossier.db.check.raw import _cursor, _reader
from chinadossier.db.models import AuditEntry, AuditPayload, Base


def _check_audit_chain(session: Session) -> CheckItem:
    """Every entry hash and payload hash recomputes; payloads are present or properly erased.

    A fast pass over the raw rows comes first; only when it finds anything does
    audit.verify_chain (the reference) run, and its findings are the ones reported.
    """
    count, sound = _chain_holds(session)
    problems: list[tuple[int, str]] = []
    if not sound:
        count, chain_problems = audit.verify_chain(session)
        problems.extend((p.seq, p.message) for p in chain_problems)
    missing = session.execute(
        select(AuditEntry.seq)
        .outerjoin(AuditPayload, AuditPayload.entry_seq == AuditEntry.seq)
        .where(AuditEntry.payload_hash.is_not(None), AuditPayload.entry_seq.is_(None))
    ).scalars()
    problems.extend((seq, "de oude/nieuwe waarden ontbreken") for seq in missing)
    empty = session.execute(
        select(AuditPayload.entry_seq, AuditPayload.erased_at.is_not(None)).where(
            AuditPayload.payload.is_(None)
        )
    ).all()
    problems.extend(
        (seq, "de oude/nieuwe waarden zijn leeggemaakt zonder wisdatum")
        for seq, erased in empty
        if not erased
    )
    # Every erased payload is named by a later erasure entry of the trail (db.erasure).
    problems.extend(
        (seq, "de oude/nieuwe waarden zijn gewist zonder wisregel in het logboek")
        for seq in erasure.unaccounted_erasures(session, [s for s, erased in empty if erased])
    )
    if not problems:
        return CheckItem(
            "audit_chain",
            True,
            f"Het auditspoor ({count} regels) is ononderbroken en ongewijzigd.",
            count,
        )
    problems.sort()
    shown = "; ".join(f"regel {seq}: {message}" for seq, message in problems[:MAX_NAMED])
    more = f" (en {len(problems) - MAX_NAMED} meer)" if len(problems) > MAX_NAMED else ""
    return CheckItem(
        "audit_chain",
        False,
        f"Het auditspoor klopt niet ({len(problems)} problemen): {shown}{more}.",
        count,
    )


def _chain_holds(session: Session) -> tuple[int, bool]:
    """(entries, whether every entry and payload hash recomputes and links up) — fast pass."""
    entry = Base.metadata.tables["audit_entry"]
    dialect = session.get_bind().dialect
    read_at = _reader(entry.c.at, dialect)
    assert read_at is not None
    cursor = _cursor(session)
    cursor.execute(
        "SELECT e.seq, e.at, e.actor, e.host, e.action, e.record_id, e.record_kind, "
        "e.display_no, e.fields, e.state_hash, e.payload_hash, e.prev_hash, e.entry_hash, "
        "p.payload FROM audit_entry AS e LEFT JOIN audit_payload AS p ON p.entry_seq = e.seq "
        "ORDER BY e.seq"
    )
    prev = audit.GENESIS
    count = 0
    sha256 = hashlib.sha256
    dumps = orjson.dumps
    while batch := cursor.fetchmany(5000):
        for (
            seq,
            at,
            actor,
            host,
            action,
            record_id,
            record_kind,
            display_no,
            fields,
            state_hash,
            payload_hash,
            prev_hash,
            entry_hash,
            payload,
        ) in batch:
            count += 1
            # audit.entry_hash's bytes for raw values (str, int, None: orjson writes them as
            # canonical.dumps does); anything else fails here and goes to the reference.
            try:
                body = dumps([
                    prev_hash,
                    seq,
                    read_at(at),
                    actor,
                    host,
                    action,
                    record_id,
                    record_kind,
                    display_no,
                    fields,
                    state_hash,
                    payload_hash,
                ])
            except TypeError:
                return count, False
            recomputed = sha256(body).hexdigest()
            if seq != count or prev_hash != prev or recomputed != entry_hash:
                return count, False
            if payload is not None and (
                sha256(str(payload).encode("utf-8")).hexdigest() != payload_hash
            ):
                return count, False
            prev = entry_hash
    return count, True
