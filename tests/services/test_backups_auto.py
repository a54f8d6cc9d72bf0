"""Issue 10.4: automatic, verified, rotating backups through one service (services.backups)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers import make_org

from chinadossier.db import backup as db_backup
from chinadossier.db import casefile
from chinadossier.domain.backup_rotation import RotationPolicy
from chinadossier.domain.clock import FixedClock
from chinadossier.services import backups
from chinadossier.services.dossier import Dossier
from conftest import TEST_ACTOR
from fs_support import read_only

AMS = ZoneInfo("Europe/Amsterdam")


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=AMS).astimezone(dt.UTC)


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.endswith(".sqlite3")}


def test_rotation_keeps_exactly_the_documented_set(case_file: Path, tmp_path: Path) -> None:
    """A year of daily automatic backups (real files with fake dates), one by hand and one of
    another case file; the next automatic backup keeps exactly: itself, the 6 days before, the
    Sundays closing the 3 weeks before this one, the last days of the 11 months before this one
    — and the manual and foreign backups. With the application's policy the backup of this
    morning stays too (every backup of the last 24 hours)."""
    folder = tmp_path / "kopieen"
    place = backups.BackupPlace(folder, RotationPolicy())
    case_id = casefile.identity_of_file(case_file)
    assert case_id is not None
    seed = backups.before_change(case_file, place, reason="dagelijks",
                                 clock=FixedClock(_at(dt.date(2025, 12, 1))), actor=TEST_ACTOR,
                                 required=True)
    assert seed.path is not None
    start = dt.date(2026, 1, 1)
    today = dt.date(2026, 12, 6)  # a Sunday
    day = start
    while day <= today:
        os.link(seed.path, folder / db_backup.backup_name(case_id[0], _at(day), "dagelijks"))
        day += dt.timedelta(days=1)
    manual = folder / db_backup.backup_name(case_id[0], _at(dt.date(2026, 3, 3)), "handmatig")
    foreign = folder / db_backup.backup_name("0000-andere-dossier-0001", _at(dt.date(2026, 2, 2)),
                                             "dagelijks")
    os.link(seed.path, manual)
    os.link(seed.path, foreign)
    seed.path.unlink()

    done = backups.before_change(case_file, place, reason="voor-import",
                                 clock=FixedClock(_at(today, 11)), actor=TEST_ACTOR,
                                 required=True)

    assert done.path is not None and done.path.is_file()
    days = [today - dt.timedelta(days=n) for n in range(1, 7)]           # 5 Dec … 30 Nov
    sundays = [dt.date(2026, 11, 29), dt.date(2026, 11, 22), dt.date(2026, 11, 15)]
    month_ends = [dt.date(2026, m + 1, 1) - dt.timedelta(days=1) for m in range(1, 12)]
    expected = {done.path.name, manual.name, foreign.name} | {
        db_backup.backup_name(case_id[0], _at(d), "dagelijks")
        for d in {*days, *sundays, *month_ends}
    }
    assert _names(folder) == expected
    assert len(expected) == 3 + 6 + 3 + 11 - 1  # 30 Nov is both a day and a month end
    assert set(done.removed) == {folder / n for n in
                                 {db_backup.backup_name(case_id[0], _at(d), "dagelijks")
                                  for d in _dates(start, today)} - expected}
    morning = db_backup.backup_name(case_id[0], _at(today), "dagelijks")
    assert morning not in expected

    # The application's policy: the same, plus this morning's backup (within 24 hours).
    os.link(done.path, folder / morning)
    assert backups.rotate(case_id[0], backups.BackupPlace(folder, backups.DEFAULT_POLICY)) == ()
    assert _names(folder) == expected | {morning}


def _dates(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def test_a_backup_is_verified_and_listed_with_counts(dossier: Dossier, tmp_path: Path,
                                                     clock: FixedClock) -> None:
    make_org(dossier)
    place = backups.BackupPlace(tmp_path / "kopieen")
    done = backups.make_now(dossier.path, place, clock=clock, actor=TEST_ACTOR)
    assert done.path is not None and done.noted
    [entry] = backups.list_entries(dossier.path, place)
    assert entry.path == done.path
    assert entry.verified
    assert entry.records is not None and entry.records.get("organisation", 0) >= 1
    assert entry.slots == ("manual",)
    assert entry.size == done.path.stat().st_size
    # A manifest that does not fit the file (changed afterwards) no longer says "verified".
    with done.path.open("ab") as handle:
        handle.write(b"\0" * 10)
    [entry] = backups.list_entries(dossier.path, place)
    assert not entry.verified


def test_startup_backup_only_when_the_newest_is_older_than_a_day(case_file: Path,
                                                                 tmp_path: Path) -> None:
    place = backups.BackupPlace(tmp_path / "kopieen")
    clock = FixedClock(_at(dt.date(2026, 12, 1), 9))
    first = backups.startup_backup(case_file, place, clock=clock, actor=TEST_ACTOR)
    assert first is not None and first.ok            # none yet: due
    clock.advance(dt.timedelta(hours=23, minutes=59))
    assert backups.startup_backup(case_file, place, clock=clock, actor=TEST_ACTOR) is None
    assert len(_names(place.folder)) == 1
    clock.advance(dt.timedelta(minutes=2))           # now 24 h 1 min after the first
    again = backups.startup_backup(case_file, place, clock=clock, actor=TEST_ACTOR)
    assert again is not None and again.ok
    assert len(_names(place.folder)) == 2


def test_a_missing_chosen_folder_is_reported_and_not_created(case_file: Path, tmp_path: Path,
                                                             clock: FixedClock) -> None:
    share = tmp_path / "netwerkschijf" / "back-ups"
    place = backups.BackupPlace(share, configured=True)
    before = case_file.read_bytes()
    outcome = backups.startup_backup(case_file, place, clock=clock, actor=TEST_ACTOR)
    assert outcome is not None and not outcome.ok
    assert outcome.problem is not None and "bestaat niet" in outcome.problem
    assert not share.parent.exists()
    with pytest.raises(backups.BackupUnavailable) as caught:
        backups.before_change(case_file, place, reason="voor-import", clock=clock,
                              actor=TEST_ACTOR, required=True)
    assert "er is niets gewijzigd" in caught.value.message
    assert case_file.read_bytes() == before


def test_a_full_folder_is_reported(case_file: Path, tmp_path: Path, clock: FixedClock,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "kopieen"
    folder.mkdir()
    real = shutil.disk_usage(folder)
    monkeypatch.setattr(backups.shutil, "disk_usage",
                        lambda _p: real._replace(free=1000))
    outcome = backups.before_change(case_file, backups.BackupPlace(folder), reason="dagelijks",
                                    clock=clock, actor=TEST_ACTOR, required=False)
    assert not outcome.ok
    assert outcome.problem is not None and "te weinig vrije ruimte" in outcome.problem
    assert list(folder.iterdir()) == []


def test_an_unwritable_folder_is_reported(case_file: Path, tmp_path: Path,
                                          clock: FixedClock) -> None:
    folder = tmp_path / "kopieen"
    folder.mkdir()
    with read_only(folder):
        outcome = backups.before_change(case_file, backups.BackupPlace(folder),
                                        reason="dagelijks", clock=clock, actor=TEST_ACTOR,
                                        required=False)
    assert not outcome.ok and outcome.problem is not None
    assert "niet" in outcome.problem and str(folder) in outcome.problem


def test_the_folder_setting_is_kept_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "gegevens"
    assert backups.place_for(data).folder == data / "backups"
    share = tmp_path / "share"
    backups.save_place(data, share, RotationPolicy(daily=3, weekly=2, monthly=6))
    place = backups.place_for(data)
    assert place.folder == share and place.configured
    assert place.policy == RotationPolicy(daily=3, weekly=2, monthly=6)
    (data / backups.SETTINGS_FILE).write_text("{kapot", encoding="utf-8")
    broken = backups.place_for(data)
    assert broken.folder == data / "backups" and broken.problem is not None


def test_a_backup_while_another_process_writes_passes_integrity_check(
        case_file: Path, tmp_path: Path, clock: FixedClock) -> None:
    """A second process keeps committing (raw inserts into a table of its own, so the case
    file's own rows stay as they are) while backups are made; each passes integrity_check and
    the counts of the snapshot it copied."""
    conn = sqlite3.connect(case_file)
    conn.execute("CREATE TABLE IF NOT EXISTS t_load (x)")
    conn.commit()
    conn.close()
    script = textwrap.dedent(f"""
        import sqlite3, time
        conn = sqlite3.connect({str(case_file)!r}, timeout=10, isolation_level=None)
        print("ready", flush=True)
        n = 0
        while True:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO t_load VALUES (?)", [(n + i,) for i in range(50)])
            conn.execute("COMMIT")
            n += 50
            time.sleep(0.005)
    """)
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        made = []
        folder = tmp_path / "kopieen"
        for _ in range(2):
            done = backups.before_change(case_file, backups.BackupPlace(folder),
                                         reason="handmatig", clock=clock, actor=TEST_ACTOR,
                                         required=True)
            assert done.path is not None
            made.append(done.path)
        still_writing = writer.poll() is None
    finally:
        writer.kill()
        writer.wait()
    assert still_writing
    counts = set()
    for path in made:
        check = sqlite3.connect(path)
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        counts.add(check.execute("SELECT count(*) FROM t_load").fetchone()[0])
        check.close()
    assert len(counts) > 1  # the writer really wrote between the backups


def test_a_backup_while_the_program_writes_in_another_process_is_a_sound_case_file(
        case_file: Path, tmp_path: Path, clock: FixedClock) -> None:
    """Another process keeps adding records through the program's own services (records,
    search index, audit chain, each a unit of work) while backups are made; each backup passes
    integrity_check and the whole `check` (audit chain, search index, states), and the later
    backup holds more records than the earlier one."""
    from chinadossier.services import maintenance

    script = textwrap.dedent(f"""
        import itertools
        from pathlib import Path
        from chinadossier.domain.codes import OrganisationKind
        from chinadossier.domain.drafts import OrganisationDraft
        from chinadossier.services.dossier import Dossier
        with Dossier.open(Path({str(case_file)!r})) as dossier:
            for n in itertools.count():
                dossier.organisations.create(OrganisationDraft(
                    name_nl=f"Handelskamer {{n}}", org_kind=OrganisationKind.GOVERNMENT))
                if n == 2:
                    print("ready", flush=True)
    """)
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        made = []
        folder = tmp_path / "kopieen"
        for _ in range(2):
            done = backups.before_change(case_file, backups.BackupPlace(folder),
                                         reason="handmatig", clock=clock, actor=TEST_ACTOR,
                                         required=True)
            assert done.path is not None
            made.append(done.path)
            clock.advance(dt.timedelta(seconds=1))
        still_writing = writer.poll() is None
    finally:
        writer.kill()
        writer.wait()
    assert still_writing
    organisations = []
    for path in made:
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        organisations.append(conn.execute("SELECT count(*) FROM organisation").fetchone()[0])
        conn.close()
        report = maintenance.check(path)
        assert report.ok, [i for i in report.items if not i.ok]
    assert 3 <= organisations[0] < organisations[1]  # the writer really wrote in between


def test_backup_before_takes_the_dossier(dossier: Dossier) -> None:
    done = backups.backup_before(dossier, backups.REASON_MERGE)
    assert done.path is not None and done.path.parent == dossier.path.parent / "backups"
    assert "voor-samenvoegen" in done.path.name
