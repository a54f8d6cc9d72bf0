"""Maintenance: check reports, audited backups, restore with a check, upgrade behind a backup."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from chinadossier.db.backup import list_backups, verify_backup
from chinadossier.db.migrate import head_ordinal
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import AuditAction, OrganisationKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.domain.errors import FileRefused
from chinadossier.services import maintenance
from chinadossier.services.dossier import Dossier
from chinadossier.services.maintenance import (
    CheckReport,
    MigrationFailed,
    RestoreOutcome,
    UpgradeOutcome,
)
from chinadossier.services.reference import REFERENCE_VERSION
from chinadossier.services.setup import new_case_file

ACTOR = Actor("beheerder", "GEMEENTE", "werkplek-1")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(dt.date(2026, 11, 29))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "dossier.sqlite3"
    return new_case_file(path, authority_code="GM0599",
                         clock=FixedClock.on(dt.date(2026, 11, 29)), actor=ACTOR)


@pytest.fixture
def case_file(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "dossier.sqlite3"
    target.write_bytes(template.read_bytes())
    return target


def _query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _events(path: Path, action: AuditAction) -> list[dict[str, Any]]:
    rows = _query(path, "SELECT p.payload FROM audit_entry e JOIN audit_payload p "
                        f"ON p.entry_seq = e.seq WHERE e.action = '{action.value}' ORDER BY e.seq")
    return [json.loads(row[0]) for row in rows]


def _org_names(path: Path) -> list[str]:
    return [row[0] for row in _query(path, "SELECT name_nl FROM organisation ORDER BY name_nl")]


def _add_org(path: Path, clock: FixedClock, name: str) -> None:
    with Dossier.open(path, clock=clock, actor=ACTOR) as dossier:
        dossier.organisations.create(OrganisationDraft(name, OrganisationKind.GOVERNMENT))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- check -----------------------------------------------------------------------------------


def test_check_report_of_a_fresh_file(case_file: Path) -> None:
    report = maintenance.check(case_file)
    assert isinstance(report, CheckReport)
    assert report.ok
    assert report.item("record_states") is not None
    assert report.item("attachments") is None
    data = report.to_json()
    assert json.loads(json.dumps(data)) == data
    assert data["ok"] is True
    assert set(data["items"][0]) == {"name", "ok", "message", "count"}
    assert [i["name"] for i in data["items"]][:2] == ["header", "schema"]


def test_full_check_report_includes_attachments(case_file: Path) -> None:
    report = maintenance.check(case_file, full=True)
    assert report.ok
    assert report.item("attachments") is not None


def test_check_report_is_not_ok_when_one_item_fails(case_file: Path, clock: FixedClock) -> None:
    _add_org(case_file, clock, "Volksregering van Suzhou")
    _edit(case_file, "UPDATE organisation SET notes = 'stiekem'")
    report = maintenance.check(case_file)
    assert not report.ok
    failing = [i for i in report.to_json()["items"] if not i["ok"]]
    assert [i["name"] for i in failing] == ["record_states"]
    assert "ORG-0001" in failing[0]["message"]


def test_check_of_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "ander.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    report = maintenance.check(path)
    assert not report.ok
    assert [i.name for i in report.items] == ["header"]


def test_schema_status(case_file: Path) -> None:
    assert maintenance.schema_status(case_file) == (head_ordinal(), head_ordinal())
    _edit(case_file, "PRAGMA user_version = 0")
    assert maintenance.schema_status(case_file) == (0, head_ordinal())


def test_schema_status_refuses_a_newer_file(case_file: Path) -> None:
    _edit(case_file, f"PRAGMA user_version = {head_ordinal() + 1}")
    with pytest.raises(FileRefused):
        maintenance.schema_status(case_file)


# --- backup ----------------------------------------------------------------------------------


def test_backup_is_verified_and_audited(case_file: Path, tmp_path: Path,
                                        clock: FixedClock) -> None:
    out = tmp_path / "kopieen"
    made = maintenance.backup(case_file, out_dir=out, reason="Vóór de raadsvergadering",
                              clock=clock, actor=ACTOR)
    assert made.parent == out
    assert "voor-de-raadsvergadering" in made.name
    assert verify_backup(made) == head_ordinal()
    assert [info.path for info in list_backups(out)] == [made]
    assert _events(case_file, AuditAction.BACKUP) == [
        {"file": made.name, "reason": "Vóór de raadsvergadering"}
    ]
    actor = _query(case_file, "SELECT actor FROM audit_entry ORDER BY seq DESC LIMIT 1")
    assert actor == [("GEMEENTE\\beheerder",)]
    # The entry is written after the copy: the backup does not hold it, the case file does.
    assert _events(made, AuditAction.BACKUP) == []
    assert maintenance.check(case_file).ok
    assert maintenance.check(made).ok


def test_two_backups_in_one_second_get_two_names(case_file: Path, tmp_path: Path,
                                                 clock: FixedClock) -> None:
    first = maintenance.backup(case_file, out_dir=tmp_path, reason="x", clock=clock, actor=ACTOR)
    second = maintenance.backup(case_file, out_dir=tmp_path, reason="x", clock=clock, actor=ACTOR)
    assert first != second
    assert len(_events(case_file, AuditAction.BACKUP)) == 2


# --- restore ---------------------------------------------------------------------------------


def test_restore_brings_back_the_old_content(case_file: Path, tmp_path: Path,
                                             clock: FixedClock) -> None:
    _add_org(case_file, clock, "Volksregering van Nanjing")
    made = maintenance.backup(case_file, out_dir=tmp_path / "kopieen", reason="voor-import",
                              clock=clock, actor=ACTOR)
    clock.advance(dt.timedelta(hours=1))
    _add_org(case_file, clock, "Volksregering van Wuhan")
    assert _org_names(case_file) == ["Volksregering van Nanjing", "Volksregering van Wuhan"]

    clock.advance(dt.timedelta(hours=1))
    outcome = maintenance.restore(case_file, made, safety_dir=tmp_path / "veilig", clock=clock,
                                  actor=ACTOR)

    assert isinstance(outcome, RestoreOutcome)
    assert _org_names(case_file) == ["Volksregering van Nanjing"]
    assert outcome.report.ok, [i for i in outcome.report.items if not i.ok]
    assert outcome.restored_version == head_ordinal()
    assert outcome.migrated_to is None
    assert outcome.safety_copy.parent == tmp_path / "veilig"
    assert _org_names(outcome.safety_copy) == [
        "Volksregering van Nanjing", "Volksregering van Wuhan"
    ]
    events = _events(case_file, AuditAction.RESTORE_BACKUP)
    # ORG-0002 was handed out after the backup (Wuhan): the restored file does not give it again
    assert events == [{"file": made.name, "safety_copy": outcome.safety_copy.name,
                       "schema": head_ordinal(), "numbers_kept": {"ORG": 2}}]
    assert maintenance.check(case_file, full=True).ok
    _add_org(case_file, clock, "Volksregering van Xi'an")
    numbers = dict(_query(case_file, "SELECT o.name_nl, r.display_no FROM organisation o "
                                     "JOIN record r ON r.id = o.id"))
    assert numbers == {"Volksregering van Nanjing": "ORG-0001",
                       "Volksregering van Xi'an": "ORG-0003"}
    assert maintenance.check(case_file, full=True).ok


def test_restore_refuses_a_bad_backup_and_changes_nothing(case_file: Path, tmp_path: Path,
                                                          clock: FixedClock) -> None:
    bad = tmp_path / "kapot.sqlite3"
    bad.write_bytes(b"geen database" * 20)
    before = _sha256(case_file)
    with pytest.raises(FileRefused):
        maintenance.restore(case_file, bad, safety_dir=tmp_path / "veilig", clock=clock,
                            actor=ACTOR)
    assert _sha256(case_file) == before
    assert _events(case_file, AuditAction.RESTORE_BACKUP) == []


# --- upgrade ---------------------------------------------------------------------------------


def test_upgrade_of_a_current_file_does_nothing(case_file: Path, tmp_path: Path,
                                                clock: FixedClock) -> None:
    before = _sha256(case_file)
    outcome = maintenance.upgrade(case_file, backups_dir=tmp_path / "kopieen", clock=clock,
                                  actor=ACTOR)
    assert outcome == UpgradeOutcome(head_ordinal(), head_ordinal(), None)
    assert not outcome.changed
    assert not (tmp_path / "kopieen").exists()
    assert _sha256(case_file) == before


def test_upgrade_of_an_older_file_backs_up_first(case_file: Path, tmp_path: Path,
                                                 clock: FixedClock) -> None:
    _edit(case_file, "PRAGMA user_version = 0")
    assert not maintenance.check(case_file).ok
    outcome = maintenance.upgrade(case_file, backups_dir=tmp_path / "kopieen", clock=clock,
                                  actor=ACTOR)
    assert (outcome.from_version, outcome.to_version) == (0, head_ordinal())
    assert outcome.changed
    assert outcome.backup is not None
    assert "voor-upgrade" in outcome.backup.name
    assert verify_backup(outcome.backup) == 0  # the backup holds the file as it was
    assert maintenance.schema_status(case_file) == (head_ordinal(), head_ordinal())
    assert _events(case_file, AuditAction.BACKUP) == [
        {"file": outcome.backup.name, "reason": "voor-upgrade", "schema_from": 0,
         "schema_to": head_ordinal()}
    ]
    assert maintenance.check(case_file).ok


def test_failed_upgrade_leaves_the_file_and_names_the_backup(case_file: Path, tmp_path: Path,
                                                             clock: FixedClock) -> None:
    _edit(case_file, "PRAGMA user_version = 0",
          "UPDATE alembic_version SET version_num = '0000'")
    before = _sha256(case_file)
    with pytest.raises(MigrationFailed) as caught:
        maintenance.upgrade(case_file, backups_dir=tmp_path / "kopieen", clock=clock,
                            actor=ACTOR)
    backups = list_backups(tmp_path / "kopieen")
    assert len(backups) == 1
    assert str(backups[0].path) in caught.value.message
    assert "niets gewijzigd" in caught.value.message
    assert _sha256(case_file) == before
    assert _query(case_file, "PRAGMA user_version") == [(0,)]
    assert _query(case_file, "SELECT version_num FROM alembic_version") == [("0000",)]


def test_restore_over_a_damaged_case_file(case_file: Path, tmp_path: Path,
                                          clock: FixedClock) -> None:
    made = maintenance.backup(case_file, out_dir=tmp_path / "kopieen", reason="goed",
                              clock=clock, actor=ACTOR)
    conn = sqlite3.connect(case_file)
    page_size, root = conn.execute(
        "SELECT (SELECT page_size FROM pragma_page_size), rootpage FROM sqlite_master "
        "WHERE name = 'record'").fetchone()
    conn.close()
    with case_file.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)
    assert not maintenance.check(case_file).ok

    clock.advance(dt.timedelta(minutes=5))
    outcome = maintenance.restore(case_file, made, safety_dir=tmp_path / "veilig", clock=clock,
                                  actor=ACTOR)

    assert outcome.report.ok, [i for i in outcome.report.items if not i.ok]
    assert outcome.safety_copy.exists()
    case_prefix = made.name.split("-")[1]  # read from the backup: the damaged file has no id
    assert outcome.safety_copy.name.startswith(f"chinadossier-{case_prefix}-")
    assert len(_events(case_file, AuditAction.RESTORE_BACKUP)) == 1


def test_upgrade_applies_a_newer_shipped_reference_version(
    tmp_path: Path, clock: FixedClock
) -> None:
    # Given a case file that follows an older reference version than this release ships
    path = new_case_file(tmp_path / "case.sqlite3", authority_code="GM0599", clock=clock,
                         actor=ACTOR)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE case_file SET reference_version = '2024.1'")
    # (recorded in the audit trail as the program would have, else check calls it tampering)
    from chinadossier.db.engine import open_database
    from chinadossier.db.uow import UnitOfWork

    database = open_database(path)
    with UnitOfWork(database, clock=clock, actor=ACTOR) as uow:
        uow.settings_changed()
        uow.commit()
    database.close()
    # When the case file is upgraded
    outcome = maintenance.upgrade(path, backups_dir=tmp_path / "backups", clock=clock,
                                  actor=ACTOR)
    # Then the shipped version is applied after a backup, and nothing needed changing
    assert not outcome.changed
    assert outcome.reference is not None and outcome.reference.version == REFERENCE_VERSION
    assert outcome.reference.authorities.inserted == 0
    assert outcome.backup is not None and outcome.backup.exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT reference_version FROM case_file").fetchone()[0] == (
            REFERENCE_VERSION)
    assert maintenance.check(path).ok


def test_restore_refuses_another_case_files_backup_unless_accepted(
    tmp_path: Path, clock: FixedClock
) -> None:
    # Given a case file for Rotterdam and a backup of an Amsterdam case file
    ours = new_case_file(tmp_path / "ours.sqlite3", authority_code="GM0599", clock=clock,
                         actor=ACTOR)
    theirs = new_case_file(tmp_path / "theirs.sqlite3", authority_code="GM0363", clock=clock,
                           actor=ACTOR)
    before = hashlib.sha256(ours.read_bytes()).hexdigest()
    # When the Amsterdam file is restored over the Rotterdam one, it is refused untouched
    with pytest.raises(FileRefused, match="ander dossier"):
        maintenance.restore(ours, theirs, safety_dir=tmp_path / "veilig", clock=clock,
                            actor=ACTOR)
    assert hashlib.sha256(ours.read_bytes()).hexdigest() == before
    # And with the explicit confirmation it goes through, after a safety copy
    outcome = maintenance.restore(ours, theirs, safety_dir=tmp_path / "veilig", clock=clock,
                                  actor=ACTOR, accept_other_case_file=True)
    assert outcome.safety_copy is not None and outcome.report.ok
