"""Settings and reference data under the audit: their state is hashed into the chain (issue 7.3).

Records carry their own state hash; the tables that are not part of a record are covered here:
the settings row (own authority, default classification, demo flag, reference version, current
matrix), the risk matrix versions, the tag names and the Chinese divisions. Whenever a unit of
work changes one of them (`UnitOfWork.settings_changed`, or a new tag), commit appends a
"settings_state" event whose state hash covers all of them and whose payload holds one hash per
table; `check` recomputes them and compares with the latest such event.

Authorities and risk categories are records: their rows are audited like any record's.
The number counters change with every new record and are checked by the invariants instead.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db import canonical
from chinadossier.db.models import AuditEntry, AuditPayload, Base

#: The guarded tables, each with how a user would call it (for the check's message).
GUARDED_TABLES = {
    "case_file": "de instellingen (eigen overheid, standaardclassificatie, demo, matrix)",
    "risk_matrix": "de risicomatrix",
    "tag": "de trefwoorden",
    "cn_division": "de Chinese bestuurlijke indeling",
}

#: The audit action of the anchoring event.
SETTINGS_STATE = "settings_state"


def table_digests(session: Session) -> dict[str, str]:
    """One SHA-256 per guarded table over all its rows (ordered by primary key)."""
    digests: dict[str, str] = {}
    for name in GUARDED_TABLES:
        table = Base.metadata.tables[name]
        order = list(table.primary_key.columns)
        rows = [list(row) for row in session.execute(select(*table.columns).order_by(*order))]
        digests[name] = canonical.digest(rows)
    return digests


def state_hash(digests: dict[str, str]) -> str:
    """The state hash of the event: one hash over the per-table hashes."""
    return canonical.digest(digests)


def last_anchor(session: Session) -> tuple[int, str | None, dict[str, Any] | None] | None:
    """(seq, state hash, payload) of the latest settings_state event, or None when there is none."""
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.state_hash, AuditPayload.payload)
        .outerjoin(AuditPayload, AuditPayload.entry_seq == AuditEntry.seq)
        .where(AuditEntry.record_id.is_(None), AuditEntry.action == SETTINGS_STATE)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    payload: Any = None
    if isinstance(row[2], str):
        try:
            payload = json.loads(row[2])
        except ValueError:
            payload = None
    return int(row[0]), row[1], payload if isinstance(payload, dict) else None


def problems(session: Session) -> list[str]:
    """What differs from the latest audited state of the settings and reference data (Dutch)."""
    anchor = last_anchor(session)
    if anchor is None:
        return []  # a file from before this check existed; `upgrade` anchors it
    seq, recorded, payload = anchor
    digests = table_digests(session)
    if state_hash(digests) == recorded:
        return []
    tables = (payload or {}).get("tables")
    if isinstance(tables, dict):
        changed = [GUARDED_TABLES[name] for name in GUARDED_TABLES
                   if tables.get(name) != digests[name]]
    else:
        changed = []
    what = " en ".join(changed) if changed else "de instellingen of referentiegegevens"
    verb = "wijken" if len(changed) > 1 else "wijkt"
    return [f"{what} {verb} af van de laatste auditregel (regel {seq}); direct in het bestand "
            "gewijzigd?"]


def anchor_if_missing(database: Any, *, clock: Any, actor: Any) -> bool:
    """Write the first settings_state event into a file made before it existed; True if done."""
    from chinadossier.db.uow import UnitOfWork

    with UnitOfWork(database, clock=clock, actor=actor) as uow:
        if last_anchor(uow._db_session) is not None:
            return False
        uow.settings_changed()
        uow.commit()
    return True
