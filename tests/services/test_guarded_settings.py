"""Issue 7.3: settings and reference data changed directly in the file are found by `check`."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from helpers import org_draft

from chinadossier.domain.drafts import Common
from chinadossier.services import maintenance


def _invariants(path: Path) -> tuple[bool, str]:
    item = maintenance.check(path).item("invariants")
    assert item is not None
    return item.ok, item.message


def _execute(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def tagged(dossier: Any) -> Path:
    """A case file with a tagged record, made through the services."""
    dossier.organisations.create(org_draft(common=Common(tags=("stedenband",))))
    path: Path = dossier.path
    dossier.close()
    return path


def test_a_file_changed_only_through_the_program_passes(tagged: Path) -> None:
    ok, message = _invariants(tagged)
    assert ok, message


@pytest.mark.parametrize(("sql", "named"), [
    ("UPDATE case_file SET default_classification = 'public'", "instellingen"),
    ("UPDATE case_file SET is_demo = 1", "instellingen"),
    ("UPDATE case_file SET own_authority_id = (SELECT id FROM authority "
     "WHERE code = 'GM0363')", "instellingen"),
    ("UPDATE risk_matrix SET definition = replace(definition, '1', '2')", "risicomatrix"),
    ("UPDATE tag SET name = 'vriendschapsband'", "trefwoorden"),
    ("UPDATE cn_division SET hanzi = '北京' WHERE rowid = 5", "Chinese"),
    ("DELETE FROM cn_division WHERE adcode NOT IN (SELECT parent_adcode FROM cn_division "
     "WHERE parent_adcode IS NOT NULL) AND rowid = (SELECT max(rowid) FROM cn_division)",
     "Chinese"),
])
def test_a_direct_change_is_found(tagged: Path, sql: str, named: str) -> None:
    _execute(tagged, sql)
    ok, message = _invariants(tagged)
    assert not ok
    assert named in message


def test_a_reference_row_of_an_authority_is_a_record_and_audited(tagged: Path) -> None:
    _execute(tagged, "UPDATE authority SET name = 'Rotjeknor' WHERE code = 'GM0599'")
    report = maintenance.check(tagged)
    states = report.item("record_states")
    assert states is not None and not states.ok
    assert "GM0599" in states.message


def test_upgrade_anchors_a_file_made_before_the_settings_were_audited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from chinadossier.db.uow import UnitOfWork
    from chinadossier.domain.actor import Actor
    from chinadossier.domain.clock import FixedClock
    from chinadossier.services.setup import new_case_file

    clock, actor = FixedClock.on(dt.date(2026, 11, 30)), Actor("t", None, "h")
    with monkeypatch.context() as patched:  # as an older version made files: no anchor
        patched.setattr(UnitOfWork, "settings_changed",
                        lambda self: setattr(self, "_settings_changed", True))
        path = new_case_file(tmp_path / "oud.sqlite3", authority_code="GM0599", clock=clock,
                             actor=actor)
    assert _invariants(path)[0]
    assert maintenance.upgrade(path, backups_dir=tmp_path / "b", clock=clock,
                               actor=actor).anchored
    _execute(path, "UPDATE case_file SET is_demo = 1")
    ok, message = _invariants(path)
    assert not ok and "instellingen" in message
