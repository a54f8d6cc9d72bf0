"""The duplicates/merge dialogs and the retention dialog, driven like a user (pytest-qt)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QRadioButton, QWidget
from tests.conftest import TEST_ACTOR

from chinadossier.domain.codes import RetentionCategory
from chinadossier.domain.drafts import Common, PersonDraft
from chinadossier.services.dossier import Dossier
from chinadossier.ui.avg.duplicates_dialog import DuplicatesDialog, MergeDialog
from chinadossier.ui.avg.retention_dialog import RetentionDialog
from chinadossier.ui.ops import Operations


@pytest.fixture
def opened(case_file: Path, clock: Any) -> Iterator[Dossier]:
    d = Dossier.open(case_file, clock=clock, actor=TEST_ACTOR)
    yield d
    d.close()


def _named(widget: QWidget) -> list[QWidget]:
    """Focusable children without an accessible name (should be none)."""
    from PySide6.QtCore import Qt

    return [w for w in widget.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(widget)
            and not w.accessibleName() and not hasattr(w, "text")]


def test_merge_dialog_offers_both_notes_and_refuses_an_anonymised_person(
        qtbot: Any, opened: Dossier) -> None:
    from chinadossier.services.anonymise import anonymise

    a = opened.persons.create(PersonDraft(family_name="Sun", notes="A")).record.meta.id
    b = opened.persons.create(PersonDraft(family_name="Sun", notes="B")).record.meta.id
    ops = Operations(opened)
    merge = MergeDialog(ops, a, b)
    qtbot.addWidget(merge)
    qtbot.waitUntil(lambda: merge.merge_button.isEnabled() or merge.message.text() != "")
    both = [r for r in merge.findChildren(QRadioButton) if r.property("side") == "both"]
    assert len(both) == 1 and both[0].isChecked() and both[0].accessibleName()
    assert merge.choices()["notes"] == "both"
    anonymise(opened.ctx, b)
    refused = MergeDialog(ops, a, b)
    qtbot.addWidget(refused)
    qtbot.waitUntil(lambda: refused.message.text() != "")
    assert "geanonimiseerd" in refused.message.text()
    assert not refused.merge_button.isEnabled()


def test_merge_from_the_duplicates_list_and_undo(qtbot: Any, opened: Dossier,
                                                  case_file: Path, tmp_path: Path) -> None:
    a = opened.persons.create(PersonDraft(family_name="Wang", given_name="Wei")).record.meta
    b = opened.persons.create(PersonDraft(family_name="", hanzi="王伟",
                                          notes="ontmoet in Nanjing")).record.meta
    ops = Operations(opened)
    dialog = DuplicatesDialog(ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Zoeken" not in dialog.status.text(), timeout=20000)
    assert dialog.table.rowCount() == 1, dialog.status.text()
    assert a.display_no in dialog.table.item(0, 1).text()
    dialog.table.selectRow(0)
    assert dialog.merge_button.isEnabled()
    dialog.merge_selected()
    merge = dialog.merge_dialog
    assert merge is not None
    qtbot.waitUntil(lambda: merge.merge_button.isEnabled() or merge.message.text() != "")
    assert merge.message.text() == ""
    # The Hanzi are proposed from B (A has none); choose B's notes too (proposed already).
    hanzi = [r for r in merge.findChildren(QRadioButton)
             if str(r.property("value")).startswith("王伟")]
    assert hanzi and hanzi[0].isChecked()
    assert merge.choices()["notes"] == "b"
    with qtbot.waitSignal(ops.changed, timeout=20000):
        merge.merge_button.click()
    qtbot.waitUntil(lambda: dialog.undo_button.isEnabled())
    conn = sqlite3.connect(case_file)
    assert conn.execute("SELECT hanzi, notes FROM person WHERE id=?", (a.id.hex,)).fetchone() == (
        "王伟", "ontmoet in Nanjing")
    assert conn.execute("SELECT merged_into FROM record WHERE id=?",
                        (b.id.hex,)).fetchone() == (a.id.hex,)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    with qtbot.waitSignal(ops.changed, timeout=20000):
        dialog.undo_button.click()
    qtbot.waitUntil(lambda: "ongedaan" in dialog.status.text() and dialog.table.rowCount() == 1)
    assert conn.execute("SELECT merged_into, hanzi FROM record r JOIN person p ON p.id=r.id "
                        "WHERE r.id=?", (a.id.hex,)).fetchone() == (None, None)
    # A verified backup before the merge and before the undo (the rotation keeps one per day).
    assert conn.execute("SELECT count(*) FROM audit_entry e JOIN audit_payload p "
                        "ON p.entry_seq = e.seq WHERE e.action = 'backup' "
                        "AND p.payload LIKE '%voor-samenvoegen%'").fetchone() == (2,)
    conn.close()
    assert list((tmp_path / "backups").glob("*voor-samenvoegen*.sqlite3"))
    # An earlier merge is undone by number: unknown number → Dutch message, nothing written.
    dialog.number.setText("PER-9999")
    dialog.unmerge_button.click()
    qtbot.waitUntil(lambda: "PER-9999" in dialog.status.text())
    assert not _named(dialog) and not _named(merge)
    ops.wait_idle()


def test_retention_dialog_destroys_after_confirmation(qtbot: Any, opened: Dossier,
                                                      case_file: Path, tmp_path: Path) -> None:
    due = opened.persons.create(PersonDraft(family_name="Sun", common=Common(
        retention_category=RetentionCategory.DESTROY, retention_on=dt.date(2021, 1, 1))))
    ops = Operations(opened)
    dialog = RetentionDialog(ops)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.due.rowCount() == 1)
    assert dialog.due.item(0, 0).text() == due.record.meta.display_no
    dialog.due.selectRow(0)
    dialog.ask_destroy()
    box = dialog.confirm
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()  # cancel: nothing happens
    assert dialog.due.rowCount() == 1
    dialog.ask_destroy()
    destroy = next(b for b in dialog.confirm.buttons()
                   if b.text() == "Vernietigen")  # type: ignore[union-attr]
    with qtbot.waitSignal(ops.changed, timeout=20000):
        destroy.click()
    qtbot.waitUntil(lambda: "Vernietigd" in dialog.status.text() or "…" not in
                    dialog.status.text(), timeout=20000)
    assert dialog.status.text().startswith("Vernietigd"), dialog.status.text()
    qtbot.waitUntil(lambda: dialog.due.rowCount() == 0)
    conn = sqlite3.connect(case_file)
    assert conn.execute("SELECT count(*) FROM person WHERE id=?",
                        (due.record.meta.id.hex,)).fetchone() == (0,)
    conn.close()
    assert not _named(dialog)
    ops.wait_idle()


def test_access_export_from_the_desktop_writes_both_files(opened: Dossier, tmp_path: Path,
                                                         case_file: Path) -> None:
    from chinadossier.ui.avg.access_dialog import export_files

    person = opened.persons.create(PersonDraft(family_name="Liu", hanzi="刘洋")).record.meta
    files = export_files(opened, person.id, tmp_path / "inzage.pdf")
    assert [f.name for f in files] == ["inzage.json", "inzage.pdf"]
    assert all(f.stat().st_size > 0 for f in files)
    conn = sqlite3.connect(case_file)
    assert conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'export'").fetchone() == (
        1,)
    conn.close()
    from chinadossier.domain.errors import FileRefused

    (tmp_path / "nieuw.pdf").write_bytes(b"eerder")
    with pytest.raises(FileRefused):  # never overwritten silently, and nothing half written
        export_files(opened, person.id, tmp_path / "nieuw")
    assert not (tmp_path / "nieuw.json").exists()
