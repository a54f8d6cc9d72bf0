"""Anonymise a person (AVG) and keep the erasure ledger that a restore re-applies (issue 10.6).

See db.erasure for what is erased and how the audit chain stays verifiable, and
docs/architecture.md ("Anonymiseren en het wisregister") for the design.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chinadossier.db import casefile, erasure
from chinadossier.db.engine import open_database
from chinadossier.db.erasure import ANONYMISED_NAME, LedgerEntry
from chinadossier.db.retention import RetentionRepository
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.actor import Actor
from chinadossier.domain.changes import Changes
from chinadossier.domain.clock import Clock
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import ChinadossierError, NotFound
from chinadossier.services.context import ServiceContext

__all__ = [
    "ANONYMISED_NAME",
    "AnonymiseOutcome",
    "LedgerEntry",
    "anonymise",
    "ledger",
    "ledger_of_file",
    "Reapplied",
    "reapply",
]


@dataclass(frozen=True, slots=True)
class AnonymiseOutcome:
    """What anonymise() did.

    Attributes:
        display_no: The person's number (it stays).
        payloads: How many audit payloads were blanked.
        deleted_rows: Positions, political facts, links and attachments removed.
        already: The person had been anonymised before; nothing changed.
        scrubbed: Whether the old bytes are gone from the file and its WAL now (False: another
            program held the file; they go at the next anonymise or `chinadossier vacuum`).
    """

    display_no: str
    payloads: int
    deleted_rows: int
    already: bool
    scrubbed: bool
    changes: Changes = Changes.all()


def anonymise(ctx: ServiceContext, person_id: uuid.UUID) -> AnonymiseOutcome:
    """Anonymise one person: one unit of work, then the file is scrubbed (db.erasure.scrub).

    Raises:
        NotFound: no such person.
    """
    with ctx.uow() as uow:
        kinds = uow.records.live_kinds([person_id])
        if kinds.get(person_id, (None,))[0] is not RecordKind.PERSON:
            raise NotFound("Alleen een persoon kan worden geanonimiseerd; dit nummer is geen "
                           "persoon in het dossier.")
        facts = erasure.anonymise_person(uow, person_id)
        if facts.already:
            return AnonymiseOutcome(facts.display_no, 0, 0, True, True, Changes())
        uow.commit()
    scrub = erasure.scrub(ctx.database)
    mirror_ledger(ctx.database.path, ledger(ctx))
    return AnonymiseOutcome(facts.display_no, facts.payloads, facts.deleted_rows, False,
                            scrub.vacuumed and scrub.wal_truncated)


def find_person(ctx: ServiceContext, number: str) -> Any | None:
    """The person (live or in the Prullenbak) with this number, as a record, or None."""
    with ctx.uow(write=False) as uow:
        found = erasure.person_id_by_number(uow, number)
        return None if found is None else uow.records.get_record(RecordKind.PERSON, found)


def ledger(ctx: ServiceContext) -> list[LedgerEntry]:
    """The erasure ledger of the case file (what was erased, when, by whom), oldest first."""
    with ctx.uow(write=False) as uow:
        return erasure.ledger_of(uow)


def ledger_of_file(path: Path) -> list[LedgerEntry]:
    """The ledger of a case file on disk; empty when it cannot be read (a damaged file)."""
    try:
        return erasure.ledger_of_file(path)
    except Exception:  # noqa: BLE001 - a damaged current file has no readable ledger
        return []


@dataclass(frozen=True, slots=True)
class Reapplied:
    """What reapply() did to a restored case file.

    Attributes:
        anonymised: Persons anonymised again.
        destroyed: Records (any kind) destroyed again.
        refused: Destructions that could not be re-applied, each with its Dutch reason (the
            older file still has a record that needs it); their ledger lines stay in the
            copy beside the backups, so the next restore tries again.
    """

    anonymised: int = 0
    destroyed: int = 0
    refused: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        """Records erased again."""
        return self.anonymised + self.destroyed


def reapply(path: Path, entries: list[LedgerEntry], *, clock: Clock,
            actor: Actor) -> Reapplied:
    """Re-apply ledger lines to a (just restored) case file: anonymised persons are anonymised
    again, destroyed records (of any kind) purged again exactly as the destruction did —
    entity and child rows, links, attachments and their bytes, search entries, audit payloads.
    Lines the file already holds are skipped; lines of records the file does not hold are
    copied into its ledger, so a later restore still knows them. One unit of work."""
    if not entries:
        return Reapplied()
    database = open_database(path)
    try:
        if not database.is_current:
            raise ChinadossierError("Het teruggezette dossier heeft een oudere opbouw; het "
                                    "wisregister is niet opnieuw toegepast.")
        with UnitOfWork(database, clock=clock, actor=actor, write=False) as uow:
            present = {(e.record_id, e.destroyed) for e in erasure.ledger_of(uow)}
        destroy: dict[uuid.UUID, LedgerEntry] = {}
        for entry in entries:
            if entry.destroyed and (entry.record_id, True) not in present:
                destroy.setdefault(entry.record_id, entry)
        anonymise_: dict[uuid.UUID, LedgerEntry] = {}
        for entry in entries:
            if (not entry.destroyed and entry.record_id not in destroy
                    and (entry.record_id, False) not in present):
                anonymise_.setdefault(entry.record_id, entry)
        if not destroy and not anonymise_:
            return Reapplied()
        anonymised = 0
        with UnitOfWork(database, clock=clock, actor=actor) as uow:
            for record_id, entry in anonymise_.items():
                facts = erasure.anonymise_person(uow, record_id, original=entry)
                anonymised += 0 if facts.already else 1
            destroyed, refused = RetentionRepository(uow).destroy_all_again(
                list(destroy.values()))
            uow.commit()
        erasure.scrub(database)
    finally:
        database.close()
    return Reapplied(anonymised, destroyed, tuple(refused))


MIRROR_PREFIX = "wisregister-"


def _mirror_path(case_file: Path, folder: Path | None = None) -> Path | None:
    identity = casefile.identity_of_file(case_file)
    if identity is None:
        return None
    from chinadossier.services.backups import place_beside

    where = folder or place_beside(case_file).folder
    return where / f"{MIRROR_PREFIX}{identity[0]}.json"


def mirror_ledger(case_file: Path, entries: list[LedgerEntry],
                  folder: Path | None = None) -> Path | None:
    """Keep a copy of the ledger beside the backups (`wisregister-<case-file id>.json`), so a
    restore onto a machine whose case file is lost still re-applies it. Holds no erased
    values. Lines already in the copy stay (a ledger only grows: a destruction a restore could
    not re-apply is in no case file's ledger, only here); new ones are added. Returns the
    file, or None when it could not be written (not fatal: the ledger is in the case file's
    audit trail too)."""
    target = _mirror_path(case_file, folder)
    if target is None:
        return None
    merged = _read_mirror(target)
    seen = {(e.record_id, e.destroyed) for e in merged}
    for entry in entries:
        if (entry.record_id, entry.destroyed) not in seen:
            seen.add((entry.record_id, entry.destroyed))
            merged.append(entry)
    data = [{"record_id": str(e.record_id), "display_no": e.display_no,
             "at": e.at.isoformat(), "actor": e.actor, "destroyed": e.destroyed}
            for e in merged]
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)
        return None
    return target


def mirrored_ledger(case_file_id: str, folder: Path) -> list[LedgerEntry]:
    """The ledger copy kept beside the backups for this case file (empty when none)."""
    return _read_mirror(folder / f"{MIRROR_PREFIX}{case_file_id}.json")


def _read_mirror(path: Path) -> list[LedgerEntry]:
    try:
        data = json.loads(path.read_text("utf-8"))
        return [LedgerEntry(uuid.UUID(d["record_id"]), str(d["display_no"]),
                            dt.datetime.fromisoformat(d["at"]), str(d["actor"]),
                            destroyed=d.get("destroyed") is True)
                for d in data]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def first_erased(entries: list[LedgerEntry]) -> dict[uuid.UUID, dt.datetime]:
    """When each record was first erased (for messages)."""
    found: dict[uuid.UUID, dt.datetime] = {}
    for entry in entries:
        found.setdefault(entry.record_id, entry.at)
    return found
