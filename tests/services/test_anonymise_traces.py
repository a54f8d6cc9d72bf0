"""Anonymising a person also erases what OTHER records hold of them: the merge and undo entries
of the record they were merged with, and text the program wrote from their name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import person_draft

from chinadossier.domain.clock import FixedClock
from chinadossier.services import anonymise, backups, importing, maintenance
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR

SECRETS = ["Pietersma-Qiu", "Baozhen", "baozhen.qiu@example.cn", "+31 6 9876 5432"]


def _raw(path: Path) -> bytes:
    """The bytes of a case file and its WAL, lower-cased (the search index folds case)."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data.lower()


def _found(path: Path, secrets: list[str]) -> list[str]:
    raw = _raw(path)
    return [s for s in secrets if s.lower().encode("utf-8") in raw]


def test_anonymising_a_person_once_merged_erases_them_from_the_other_records_entries(
        dossier: Dossier, tmp_path: Path, clock: FixedClock) -> None:
    kept = dossier.persons.create(person_draft("Jansen", given_name="Anna")).record
    other = dossier.persons.create(person_draft(
        "Pietersma-Qiu", given_name="Baozhen", emails=("baozhen.qiu@example.cn",),
        phones=("+31 6 9876 5432",))).record
    # The kept record takes the other's family name, given name and e-mail for a while.
    dossier.merges.merge(kept.meta.id, other.meta.id,
                         {"family_name": "b", "given_name": "b", "emails": "b", "phones": "b"})
    dossier.merges.unmerge(other.meta.id)
    path = dossier.path
    assert set(_found(path, SECRETS)) == set(SECRETS)

    done = anonymise.anonymise(dossier.ctx, other.meta.id)

    assert done.scrubbed
    assert _found(path, SECRETS) == []
    assert dossier.persons.get(kept.meta.id).display_name == kept.display_name
    assert maintenance.check(path).ok
    place = backups.BackupPlace(tmp_path / "kopieen")
    clock.advance(dt.timedelta(hours=1))
    newer = backups.make_now(path, place, clock=clock, actor=TEST_ACTOR).path
    assert newer is not None and _found(newer, SECRETS) == []


def test_the_contact_moment_an_import_named_after_the_person_is_renamed(
        dossier: Dossier, tmp_path: Path, clock: FixedClock) -> None:
    data = (b"Naam;E-mailadres;Laatste contact\r\n"
            b"Pieter Baozhenstra;pieter@baozhenstra.example;3-2-2024\r\n")
    plan = importing.plan_import(dossier, importing.read_table(data, file_name="p.csv"))
    importing.commit_import(dossier, plan)
    (person,) = [p for p in dossier.persons.list_all() if p.family_name == "Baozhenstra"]
    (meeting,) = dossier.meetings.list_all()
    assert meeting.title == "Laatste contact met Pieter Baozhenstra"
    path = dossier.path
    secrets = ["Baozhenstra", "pieter@baozhenstra.example"]
    assert set(_found(path, secrets)) == set(secrets)

    anonymise.anonymise(dossier.ctx, person.meta.id)

    assert _found(path, secrets) == []
    assert dossier.meetings.get(meeting.meta.id).title == (
        "Laatste contact met geanonimiseerde persoon")
    assert dossier.overview.search("Baozhenstra") == []
    assert [h.ref.id for h in dossier.overview.search("Laatste contact")] == [meeting.meta.id]
    assert maintenance.check(path).ok
    clock.advance(dt.timedelta(hours=1))
    newer = backups.make_now(path, backups.BackupPlace(tmp_path / "k"), clock=clock,
                             actor=TEST_ACTOR).path
    assert newer is not None and _found(newer, secrets) == []
