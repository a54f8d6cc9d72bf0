"""Retention: the overview of what is due, proposals for undecided records, and destruction.

Destroying a record purges it, table by table in explicit code (no cascade): its tags, source
citations, attachments (and their bytes when nothing else uses them), its child rows, its
entity row, its search entry, the old and new values in its audit payloads, and any copy kept
to undo a merge it took part in. Link rows of other records that point at it (a participant of
a contact moment, a decision's link, a citation of a destroyed source, a contact moment's tie)
are removed and those records audited as changed. What other records *need* (a tie's
organisation, a risk note's subject, a post at an organisation, a sub-organisation, a political
fact's source, an action's contact moment or decision) is not removed: the destruction is
refused, naming them. The `record` row stays as a tombstone (number, kind, classification,
retention and the stamps — no content), because the audit chain refers to it; its last audit
entry ("vernietigd") holds the state hash of that tombstone, so `check` still passes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from chinadossier.db import erasure
from chinadossier.db.models import AuditEntry, AuditPayload, Base
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.codes import AuditAction, RecordKind, RetentionCategory
from chinadossier.domain.errors import NotFound, Refused
from chinadossier.domain.labels import label
from chinadossier.domain.retention import RULES, RetentionItem, RetentionOverview

_ENTITY = {kind: kind.value for kind in RULES}
_TITLE = {
    RecordKind.PERSON: "trim(coalesce(e.given_name || ' ', '') || e.family_name)",
    RecordKind.ORGANISATION: "e.name_nl",
    RecordKind.ACTION: "e.what",
}

#: Rows of other records that need the destroyed one: (table, column, what, owner column).
_NEEDED_BY = (
    ("tie", "organisation_id", "band", "id"),
    ("risk_note", "subject_id", "risiconotitie", "id"),
    ("position", "organisation_id", "functie van persoon", "person_id"),
    ("organisation", "parent_id", "onderdeel", "id"),
    ("political_fact", "source_id", "politiek feit van persoon", "person_id"),
    ("action", "meeting_id", "actie", "id"),
    ("action", "decision_id", "actie", "id"),
)
#: Link rows of other records that are removed with it: (table, column, owner column).
_LINKS = (
    ("meeting_participant", "person_id", "meeting_id"),
    ("meeting_participant", "organisation_id", "meeting_id"),
    ("decision_link", "record_id", "decision_id"),
    ("record_source", "source_id", "record_id"),
    ("meeting_tie", "tie_id", "meeting_id"),
)
#: The record's own rows besides the entity row, per kind: (table, owner column).
_OWN: dict[RecordKind, tuple[tuple[str, str], ...]] = {
    RecordKind.PERSON: (("position", "person_id"), ("political_fact", "person_id")),
    RecordKind.MEETING: (("meeting_participant", "meeting_id"), ("meeting_tie", "meeting_id")),
    RecordKind.DECISION: (("decision_link", "decision_id"),),
    RecordKind.RISK_NOTE: (("risk_assessment", "risk_note_id"),),
}


def _raw(session: Session, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    result = session.connection().exec_driver_sql(sql, tuple(params))
    names = list(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


class RetentionRepository:
    """Retention reads and writes inside one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    @property
    def _session(self) -> Session:
        return self.uow._db_session  # noqa: SLF001 - the db package shares the session

    def _title(self, kind: RecordKind) -> str:
        return _TITLE.get(kind, "e.title")

    def overview(self, today: dt.date) -> RetentionOverview:
        """Counts per kind and category (destroyed records left out), and what is due."""
        counts: dict[RecordKind, dict[RetentionCategory, int]] = {}
        due: list[RetentionItem] = []
        for kind, table in _ENTITY.items():
            per = {c: 0 for c in RetentionCategory}
            for row in _raw(self._session,
                            f'SELECT r.retention_category AS c, count(*) AS n FROM record r '
                            f'JOIN "{table}" e ON e.id = r.id GROUP BY r.retention_category'):
                per[RetentionCategory(row["c"])] = int(row["n"])
            counts[kind] = per
            for row in _raw(self._session,
                            f"SELECT r.id, r.display_no, r.retention_on, r.deleted_at, "
                            f"{self._title(kind)} AS title FROM record r "
                            f'JOIN "{table}" e ON e.id = r.id '
                            "WHERE r.retention_category = 'destroy' AND r.retention_on <= ? "
                            "ORDER BY r.retention_on, r.display_no", (today.isoformat(),)):
                due.append(RetentionItem(
                    kind, uuid.UUID(row["id"]), row["display_no"], row["title"] or "",
                    RetentionCategory.DESTROY, dt.date.fromisoformat(row["retention_on"]),
                    row["deleted_at"] is not None,
                ))
        due.sort(key=lambda i: (i.retention_on or today, i.display_no))
        return RetentionOverview(today, counts, tuple(due))

    def undecided(self, kind: RecordKind) -> list[tuple[uuid.UUID, int, dt.date]]:
        """(id, version, anchor date) of every record of the kind still "nog te bepalen"."""
        anchor = "e.held_on" if kind is RecordKind.MEETING else "substr(r.updated_at, 1, 10)"
        rows = _raw(self._session,
                    f"SELECT r.id, r.version, {anchor} AS anchor FROM record r "
                    f'JOIN "{_ENTITY[kind]}" e ON e.id = r.id '
                    "WHERE r.retention_category = 'undecided' ORDER BY r.id")
        return [(uuid.UUID(r["id"]), int(r["version"]), dt.date.fromisoformat(r["anchor"]))
                for r in rows]

    def set_retention(self, kind: RecordKind, record_id: uuid.UUID, expected_version: int,
                      category: RetentionCategory, on: dt.date | None) -> bool:
        """Set a record's retention (audited); False when it already had exactly this."""
        from chinadossier.db.registry import SPECS
        from chinadossier.domain.errors import check_version

        obj = self._session.get(SPECS[kind].model, record_id)
        if obj is None:
            raise NotFound("Dit record bestaat niet (meer) in het dossier.")
        check_version(display_no=obj.display_no, version=obj.version,
                      expected_version=expected_version)
        old = (obj.retention_category, obj.retention_on)
        if old == (category, on):
            return False
        obj.retention_category, obj.retention_on = category, on
        self.uow.records._stamp_change(obj, {  # noqa: SLF001 - the db package's own helper
            "retention_category": (RetentionCategory(old[0]).value, category.value),
            "retention_on": (old[1].isoformat() if old[1] else None,
                             on.isoformat() if on else None),
        })
        return True

    # -- destroy ----------------------------------------------------------------------------------

    def check_destroy(
        self, record_id: uuid.UUID, today: dt.date, together: frozenset[str] = frozenset()
    ) -> tuple[dict[str, Any], RecordKind]:
        """The record row and kind, or Refused/NotFound saying why it may not be destroyed.

        `together`: ids (hex) destroyed in the same action; what they need does not count.
        """
        session = self._session
        rid = record_id.hex
        rows = _raw(session, "SELECT * FROM record WHERE id = ?", (rid,))
        if not rows:
            raise NotFound("Dit record bestaat niet (meer) in het dossier.")
        rec = rows[0]
        kind = RecordKind(rec["kind"])
        number = rec["display_no"]
        if kind not in _ENTITY:
            raise Refused(f"{number} is een {label(kind)} (referentiegegevens); die worden "
                          "niet vernietigd.")
        table = _ENTITY[kind]
        if not _raw(session, f'SELECT 1 FROM "{table}" WHERE id = ?', (rid,)):
            raise Refused(f"{number} is al vernietigd.")
        on = dt.date.fromisoformat(rec["retention_on"]) if rec["retention_on"] else None
        if rec["retention_category"] != RetentionCategory.DESTROY.value or on is None:
            raise Refused(f"{number} heeft geen bewaartermijn 'vernietigen' met een datum; "
                          "leg die eerst vast.")
        if on > today:
            raise Refused(f"De bewaartermijn van {number} loopt tot {on:%d-%m-%Y}; het mag "
                          "nog niet worden vernietigd.")
        needed = self._needed_by(rid, together)
        if needed:
            raise Refused(f"{number} wordt nog gebruikt door: {needed}. Vernietig of wijzig die "
                          "eerst.")
        return rec, kind

    def destroy(
        self, record_id: uuid.UUID, today: dt.date, together: frozenset[str] = frozenset()
    ) -> str:
        """Purge one record whose retention has passed; returns its display number."""
        rec, kind = self.check_destroy(record_id, today, together)
        self._purge(record_id, rec, kind, together)
        return str(rec["display_no"])

    def destroy_all_again(
        self, entries: Sequence[erasure.LedgerEntry]
    ) -> tuple[int, list[str]]:
        """Re-apply the destructions of the erasure ledger to a restored (older) case file.

        Each record is purged exactly as `destroy` did the first time, whatever its retention
        says in this older file. They count as one set: what one destroyed record needed here
        counts only when it is not destroyed too. A record still needed by a record that stays
        is left (and everything that then needs it: nothing is purged while a remaining row
        points at it), with its reason. A record this file never held, or that is gone already,
        only gets the ledger line, so a later restore still knows it.

        Returns:
            (records purged, Dutch reasons of those left).
        """
        ids = {e.record_id.hex for e in entries}
        while True:
            kept = {rid for rid in ids if self._needed_by(rid, frozenset(ids))}
            if not kept:
                break
            ids -= kept
        together = frozenset(ids)
        purged, refusals = 0, []
        for entry in entries:
            rid = entry.record_id.hex
            if rid not in ids:
                refusals.append(f"{entry.display_no} wordt in deze back-up nog gebruikt door: "
                                f"{self._needed_by(rid, together)}")
                continue
            rows = _raw(self._session, "SELECT * FROM record WHERE id = ?", (rid,))
            kind = RecordKind(rows[0]["kind"]) if rows else None
            table = _ENTITY.get(kind) if kind is not None else None
            if kind is None or table is None or not _raw(
                    self._session, f'SELECT 1 FROM "{table}" WHERE id = ?', (rid,)):
                erasure.record_destruction(self.uow, entry.record_id, entry.display_no, [],
                                           original=entry)
                continue
            self._purge(entry.record_id, rows[0], kind, together, original=entry)
            purged += 1
        return purged, refusals

    def _needed_by(self, rid: str, together: frozenset[str]) -> str:
        """The records (not in `together`) that need the record, shown; empty when none."""
        needed = []
        for other, column, what, owner in _NEEDED_BY:
            sql = (f'SELECT r.id, r.display_no FROM "{other}" x JOIN record r '
                   f'ON r.id = x."{owner}" WHERE x."{column}" = ? AND x."{owner}" <> ?')
            for row in _raw(self._session, sql, (rid, rid)):
                if row["id"] not in together:
                    needed.append(f"{what} {row['display_no']}")
        return ", ".join(sorted(set(needed))[:10])

    def _purge(self, record_id: uuid.UUID, rec: dict[str, Any], kind: RecordKind,
               together: frozenset[str], *,
               original: erasure.LedgerEntry | None = None) -> None:
        """Remove the record's content everywhere (see the module docstring), audited.

        Records linked to it are audited as changed, except those in `together` (destroyed in
        the same action: a change entry written for them now would keep their link after
        their own payloads were blanked)."""
        session = self._session
        session.execute(text("PRAGMA secure_delete = ON"))  # deleted cells zeroed at once
        rid = record_id.hex
        number, table = rec["display_no"], _ENTITY[kind]
        touched: dict[str, str] = {}
        for other, column, owner in _LINKS:
            for row in _raw(session, f'SELECT "{owner}" AS owner FROM "{other}" '
                            f'WHERE "{column}" = ?', (rid,)):
                if row["owner"] != rid and row["owner"] not in together:
                    touched[row["owner"]] = other
            self._exec(f'DELETE FROM "{other}" WHERE "{column}" = ? AND "{owner}" <> ?',
                       (rid, rid))
        # The record's own rows.
        for other, column in (*_OWN.get(kind, ()), ("record_tag", "record_id"),
                              ("record_source", "record_id")):
            self._exec(f'DELETE FROM "{other}" WHERE "{column}" = ?', (rid,))
        blobs = [r["blob_sha256"] for r in _raw(
            session, "SELECT blob_sha256 FROM attachment WHERE record_id = ?", (rid,))]
        if kind is RecordKind.MEMO:
            blobs += [r["file_sha256"] for r in _raw(
                session, "SELECT file_sha256 FROM memo WHERE id = ?", (rid,)) if r["file_sha256"]]
        self._exec("DELETE FROM attachment WHERE record_id = ?", (rid,))
        self._exec(f'DELETE FROM "{table}" WHERE id = ?', (rid,))
        for sha in set(blobs):
            self._exec("DELETE FROM blob WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM "
                       "attachment WHERE blob_sha256 = ?) AND NOT EXISTS (SELECT 1 FROM memo "
                       "WHERE file_sha256 = ?)", (sha, sha, sha))
        self._exec("DELETE FROM record_merge WHERE kept_id = ? OR merged_id = ?", (rid, rid))
        seqs = list(session.scalars(
            select(AuditPayload.entry_seq)
            .join(AuditEntry, AuditEntry.seq == AuditPayload.entry_seq)
            .where(AuditEntry.record_id == record_id, AuditPayload.payload.is_not(None))))
        if seqs:
            session.execute(
                update(AuditPayload)
                .where(AuditPayload.entry_seq.in_(seqs))
                .values(payload=None, erased_at=self.uow.now)
            )
        record = Base.metadata.tables["record"]
        values: dict[str, Any] = {"merged_into": None}
        if rec["deleted_at"] is None:
            values.update(deleted_at=self.uow.now, deleted_by=self.uow.actor.who)
        session.execute(update(record).where(record.c.id == record_id).values(**values))
        self.uow.touched(
            SimpleNamespace(id=record_id, kind=kind.value, display_no=number,
                            deleted_at=self.uow.now),
            AuditAction.DESTROY, {"destroyed": (None, True)},
        )
        erasure.record_destruction(self.uow, record_id, str(number), seqs, original=original)
        session.expire_all()
        self._touch_owners(touched, number)

    def _touch_owners(self, owners: dict[str, str], number: str) -> None:
        from chinadossier.db.registry import SPECS

        for owner in owners:
            kind = RecordKind(_raw(self._session, "SELECT kind FROM record WHERE id = ?",
                                   (owner,))[0]["kind"])
            obj = self._session.get(SPECS[kind].model, uuid.UUID(owner))
            if obj is None:  # itself destroyed earlier in this unit of work
                continue
            self.uow.records._stamp_change(obj, {"links": (number, None)})  # noqa: SLF001

    def _exec(self, sql: str, params: Sequence[Any]) -> int:
        return int(self._session.connection().exec_driver_sql(sql, tuple(params)).rowcount)
