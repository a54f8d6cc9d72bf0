"""Whether each record as stored still hashes to the state of its latest audit entry."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from chinadossier.db import audit, canonical
from chinadossier.db.check.common import MAX_NAMED, CheckItem, _capital, _named
from chinadossier.db.check.raw import _cursor, _raw_batches, _record_rows
from chinadossier.db.models import Base
from chinadossier.db.record_state import owned_tables, row_order, stable_row_of, state_hashes
from chinadossier.domain.codes import RecordKind

#: Tables whose rows belong to a record of any kind (owned by every kind).
_COMMON_TABLES = frozenset.intersection(
    *(frozenset(name for name, _ in owned_tables(kind)) for kind in RecordKind)
)


def _check_record_states(session: Session) -> CheckItem:
    """Each record as stored must hash to the state of its latest audit entry.

    Hashes are first computed in one fast pass over every owned table; a record whose fast hash
    differs from its audit entry is then hashed again with record_state.state_hashes (the
    reference used when writing), and only that verdict counts. The fast pass can therefore
    make the check slower, never wrong.
    """
    cursor = _cursor(session)
    last_by_text: dict[Any, str | None] = dict(
        cursor.execute(
            "SELECT e.record_id, e.state_hash FROM audit_entry AS e JOIN ("
            "SELECT record_id, max(seq) AS seq FROM audit_entry WHERE record_id IS NOT NULL "
            "GROUP BY record_id) AS latest ON e.seq = latest.seq"
        ).fetchall()
    )
    records = _record_rows(session)
    kind_of = {raw: str(kind) for raw, kind, _, _ in records}
    fast, doubtful = _fast_state_hashes(session, kind_of)
    known = {kind.value: kind for kind in RecordKind}
    last: dict[uuid.UUID, str | None] | None = None
    numbers: dict[uuid.UUID, str] = {}
    suspects: dict[RecordKind, list[uuid.UUID]] = {}
    unaudited: list[str] = []
    unknown_kinds: set[str] = set()
    for raw, kind_value, display_no, _ in records:
        kind = known.get(str(kind_value))
        digest = fast[raw]
        if kind is not None and raw not in doubtful and last_by_text.get(raw) == digest:
            continue  # the usual case: stored as audited
        if last is None:
            last = audit.last_states(session)  # the reference, for the few records in doubt
        record_id = _as_uuid(raw)
        if kind is None or record_id is None:
            unknown_kinds.add(str(kind_value) if kind is None else f"id {raw!r}")
            continue
        numbers[record_id] = display_no
        if last.get(record_id) is None:
            unaudited.append(display_no)
        else:
            suspects.setdefault(kind, []).append(record_id)
    changed = [numbers[record_id] for record_id in _confirm_changed(session, suspects, last or {})]
    checked = len(records)
    if not (unaudited or changed or unknown_kinds):
        return CheckItem(
            "record_states",
            True,
            f"Alle {counted(kind_of.values())} komen overeen met hun laatste auditregel.",
            checked,
        )
    parts: list[str] = []
    if changed:
        parts.append(
            _named(sorted(changed), "komt", "komen") + " niet overeen met de laatste "
            "auditregel (direct in het bestand gewijzigd?)"
        )
    if unaudited:
        parts.append(
            _named(sorted(unaudited), "heeft", "hebben") + " geen auditregel (buiten "
            "het programma toegevoegd?)"
        )
    if unknown_kinds:
        parts.append(f"onleesbare records: {', '.join(sorted(unknown_kinds)[:MAX_NAMED])}")
    return CheckItem(
        "record_states",
        False,
        _capital("; ".join(parts)) + ".",
        len(changed) + len(unaudited) + len(unknown_kinds),
    )


def _confirm_changed(
    session: Session, suspects: dict[RecordKind, list[uuid.UUID]], last: dict[uuid.UUID, str | None]
) -> list[uuid.UUID]:
    """Of the suspects, those whose reference state hash differs from their audit entry."""
    changed: list[uuid.UUID] = []
    for kind, ids in suspects.items():
        try:
            hashes = state_hashes(session, kind, ids)
        except (ValueError, LookupError, TypeError):
            # A value no longer readable as its type (edited directly): find which records.
            hashes = {}
            for record_id in ids:
                try:
                    hashes.update(state_hashes(session, kind, [record_id]))
                except (ValueError, LookupError, TypeError):
                    changed.append(record_id)
        changed.extend(
            record_id for record_id, digest in hashes.items() if digest != last.get(record_id)
        )
    return changed


def _fast_state_hashes(
    session: Session, kind_of: dict[Any, str]
) -> tuple[dict[Any, str], set[Any]]:
    """State hashes of every record as record_state.state_hashes would give them (fast pass).

    Each table is read once. Returns the hashes by raw record id, and the raw ids of records
    owning a row whose owner id is not stored in its usual form (those need the reference).
    """
    scans: list[tuple[str, str, str | None]] = []
    for kind in RecordKind:
        for table_name, owner_name in owned_tables(kind):
            only = None if table_name in _COMMON_TABLES else kind.value
            if (table_name, owner_name, only) not in scans:
                scans.append((table_name, owner_name, only))
    # The state is canonical JSON of {table name: [rows]} with sorted keys. Reading the tables in
    # that order lets each record's hash be fed piece by piece, so only one table's rows are
    # held at a time (all tables at once took ~500 MB for 117,000 records). A table owned
    # through two columns would break that order: it is then scanned into one group.
    scans.sort(key=lambda scan: scan[0])
    by_table: dict[str, list[tuple[str, str | None]]] = {}
    for table_name, owner_name, only in scans:
        by_table.setdefault(table_name, []).append((owner_name, only))
    hashers = {raw: hashlib.sha256(b"{") for raw in kind_of}
    started: set[Any] = set()
    doubtful: set[Any] = set()
    by_text = {str(raw).lower(): raw for raw in kind_of}
    kind_of_get = kind_of.get
    fast_dumps = canonical.fast_dumps
    for table_name, owners in by_table.items():
        table = Base.metadata.tables[table_name]
        names = list(table.columns.keys())
        # Columns added by later migrations count only when set (record_state.stable_row).
        added = any(c.info.get("added") for c in table.columns)
        stable = stable_row_of(table_name)
        grouped: dict[Any, list[Sequence[Any]]] = {}
        key = canonical.fast_dumps(table_name) + b":"
        primary = [c.name for c in table.primary_key.columns]
        for owner_name, only in owners:
            owner_index = names.index(owner_name)
            # Owned through its primary key (the record row, the entity row): one row per
            # record, hashed as it streams by instead of held.
            single = len(owners) == 1 and primary == [owner_name]
            # A child table owned through one column is read in owner order: each record's
            # rows then arrive together and are hashed as soon as the next owner starts.
            ordered = len(owners) == 1 and not single
            current: Any = None
            held: list[Sequence[Any]] | None = None
            for batch in _raw_batches(session, table, owner_name if ordered else None):
                for values in batch:
                    owner = values[owner_index]
                    owner_kind = kind_of_get(owner)
                    if owner_kind is None:
                        normal = _as_uuid(owner)
                        if normal is not None and normal.hex in by_text:
                            doubtful.add(by_text[normal.hex])
                        continue
                    if only is not None and owner_kind != only:
                        continue
                    if added:
                        values = stable(values)
                    if single:
                        piece = key + fast_dumps([values])
                        if owner in started:
                            piece = b"," + piece
                        else:
                            started.add(owner)
                        hashers[owner].update(piece)
                    elif ordered:
                        if held is not None and owner == current:
                            held.append(values)
                            continue
                        if held is not None:  # a new owner: the previous one is complete
                            _feed(key, current, held, hashers, started)
                        current, held = owner, [values]
                    else:
                        rows = grouped.get(owner)
                        if rows is None:
                            grouped[owner] = [values]
                        else:
                            rows.append(values)
            if held is not None:
                _feed(key, current, held, hashers, started)
        for owner, rows in grouped.items():
            _feed(key, owner, rows, hashers, started)
        del grouped
    hashes: dict[Any, str] = {}
    for raw, hasher in hashers.items():
        hasher.update(b"}")
        hashes[raw] = hasher.hexdigest()
    return hashes, doubtful


def _feed(
    key: bytes, owner: Any, rows: list[Sequence[Any]], hashers: dict[Any, Any], started: set[Any]
) -> None:
    """Add one table's rows of one record to that record's hash."""
    if len(rows) > 1:
        rows.sort(key=row_order)
    piece = key + canonical.fast_dumps(rows)
    if owner in started:
        piece = b"," + piece
    else:
        started.add(owner)
    hashers[owner].update(piece)


def _as_uuid(raw: Any) -> uuid.UUID | None:
    """A stored id as a UUID, or None when it is not one."""
    if isinstance(raw, uuid.UUID):
        return raw
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        return None


#: Kinds that are reference data (CBS municipalities and provinces, risk categories).
REFERENCE_KINDS = frozenset({RecordKind.AUTHORITY.value, RecordKind.RISK_CATEGORY.value})


def counted(kinds: Iterable[str]) -> str:
    """ "150 records en 366 referentiegegevens": reference data is not what an official made."""
    values = list(kinds)
    reference = sum(1 for kind in values if kind in REFERENCE_KINDS)
    own = len(values) - reference
    return (
        f"{own} records en {reference} referentiegegevens "
        "(gemeenten, provincies, risicocategorieën)"
    )
