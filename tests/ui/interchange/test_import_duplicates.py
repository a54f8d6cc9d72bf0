"""The import preview's probable duplicates through the wizard: merge a row into the record
(side by side), add it as new, skip it; merge two records the file names as one; and an import
that only updates records refreshes the window and shows old → new per field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QRadioButton, QWidget

from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.ui.avg.duplicates_dialog import MergeDialog
from chinadossier.ui.interchange.import_wizard import ImportWizard
from chinadossier.ui.interchange.preview_choices import RowMergeDialog
from chinadossier.ui.ops import Operations

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)

LIMIT = 60_000


@pytest.fixture
def ops(qtbot, dossier):
    QSettings().clear()
    operations = Operations(dossier)
    yield operations
    operations.wait_idle()
    qtbot.wait(10)


@pytest.fixture
def haven(dossier):
    return dossier.organisations.create(OrganisationDraft(
        name_nl="Havenbedrijf Xinghe (fictief)", hanzi="星河港务集团",
        org_kind=OrganisationKind.SOE)).record


def to_preview(qtbot, ops, tmp_path, text: str) -> ImportWizard:
    source = tmp_path / "organisaties.csv"
    source.write_bytes(text.encode("utf-8-sig"))
    wizard = ImportWizard(ops, tmp_path / "backups")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=LIMIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW, timeout=LIMIT)
    return wizard


def unnamed_focusable(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()}" for w in root.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(root)
            and not w.accessibleName()]


def line(preview, number: int) -> list[str]:
    for r in range(preview.proxy.rowCount()):
        if preview.proxy.index(r, 0).data() == str(number):
            return [preview.proxy.index(r, c).data() for c in range(6)]
    raise AssertionError(f"row {number} not shown")


def test_an_import_that_only_updates_refreshes_the_window_and_shows_old_to_new(
    qtbot, ops, dossier, tmp_path, haven
) -> None:
    wizard = to_preview(qtbot, ops, tmp_path, "Naam;Website\r\n"
                        "Havenbedrijf Xinghe (fictief);https://haven.example.cn\r\n")
    preview = wizard.preview_page
    assert "bijwerken: 1" in preview.counts.text()
    assert [preview.outcome.itemText(i) for i in range(preview.outcome.count())] == [
        "Alle rijen (1)", "bijwerken (1)"]
    cells = line(preview, 2)
    assert cells[1:4] == ["bijwerken", "Havenbedrijf Xinghe (fictief)", haven.meta.display_no]
    assert cells[5] == "Website: (leeg) → https://haven.example.cn"
    changed: list[object] = []
    ops.changed.connect(changed.append)
    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=LIMIT)
    assert changed  # the main window's pages re-query
    assert wizard.result_page.summary.text().startswith(
        "1 bestaand record bijgewerkt uit organisaties.csv.")
    (only,) = dossier.organisations.list_all()
    assert only.website == "https://haven.example.cn"


ROW = ("Naam;Website;E-mailadres\r\n"
       "Havenbedrijf Xinghee (fictief);https://haven.example.cn;info@haven.example.cn\r\n"
       "Universiteit Xinghe (fictief);;\r\n")


def test_a_probable_duplicate_merged_side_by_side_then_imported(
    qtbot, ops, dossier, tmp_path, haven
) -> None:
    wizard = to_preview(qtbot, ops, tmp_path, ROW)
    preview = wizard.preview_page
    choices = preview.duplicates
    assert "mogelijk dubbel: 1" in preview.counts.text() and "nieuw: 1" in preview.counts.text()
    assert not choices.row_bar.isVisible()
    assert line(preview, 2)[5].startswith(f"Lijkt op {haven.meta.display_no}")
    assert preview.select_row(2)
    assert choices.row_bar.isVisible()
    assert "Nu gekozen: overslaan" in choices.row_text.text()
    assert unnamed_focusable(wizard) == []

    choices.merge_button.setFocus()
    QTest.keyClick(choices.merge_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(choices.row_merge, RowMergeDialog)
                    and choices.row_merge.merge_button.isEnabled(), timeout=LIMIT)
    dialog = choices.row_merge
    assert dialog is not None and not dialog.swap.isVisible()
    assert "rij 2 van het bestand (B)" in dialog.intro.text()
    assert set(dialog.groups) == {"name_nl", "website", "emails", "aliases"}
    # The row's spelling is kept as another spelling of the record (the next import finds it).
    assert dialog.choices() == {"name_nl": "a", "website": "b", "emails": "b", "aliases": "b"}
    assert unnamed_focusable(dialog) == []
    # The user keeps the record's name but not the row's e-mail address.
    (mail_a,) = [b for b in dialog.groups["emails"].buttons() if b.property("side") == "a"]
    assert isinstance(mail_a, QRadioButton)
    mail_a.click()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: "bijwerken: 1" in preview.counts.text(), timeout=LIMIT)
    assert "mogelijk dubbel" not in preview.counts.text()
    cells = line(preview, 2)
    assert cells[1] == "bijwerken" and cells[3] == haven.meta.display_no
    assert cells[5] == ("Uw keuze: samenvoegen. Website: (leeg) → https://haven.example.cn; "
                        "Andere schrijfwijzen: (leeg) → Havenbedrijf Xinghee (fictief)")
    assert "Nu gekozen: samenvoegen" in choices.row_text.text()

    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=LIMIT)
    orgs = {o.name_nl: o for o in dossier.organisations.list_all()}
    assert set(orgs) == {"Havenbedrijf Xinghe (fictief)", "Universiteit Xinghe (fictief)"}
    assert orgs["Havenbedrijf Xinghe (fictief)"].website == "https://haven.example.cn"
    assert orgs["Havenbedrijf Xinghe (fictief)"].emails == ()
    assert orgs["Havenbedrijf Xinghe (fictief)"].aliases == "Havenbedrijf Xinghee (fictief)"
    assert list((tmp_path / "backups").glob("*.sqlite3"))


def test_a_probable_duplicate_as_new_then_skipped_again(qtbot, ops, dossier, tmp_path,
                                                         haven) -> None:
    wizard = to_preview(qtbot, ops, tmp_path, ROW)
    preview = wizard.preview_page
    choices = preview.duplicates
    preview.select_row(2)
    choices.new_button.setFocus()
    QTest.keyClick(choices.new_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "nieuw: 2" in preview.counts.text(), timeout=LIMIT)
    assert line(preview, 2)[5] == "Uw keuze: als nieuw toevoegen."
    choices.skip_button.click()
    qtbot.waitUntil(lambda: "mogelijk dubbel: 1" in preview.counts.text(), timeout=LIMIT)
    choices.new_button.click()
    qtbot.waitUntil(lambda: "nieuw: 2" in preview.counts.text(), timeout=LIMIT)
    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=LIMIT)
    assert len(dossier.organisations.list_all()) == 3


def test_two_records_the_file_names_as_one_are_merged_from_the_preview(
    qtbot, ops, dossier, tmp_path, haven
) -> None:
    other = dossier.organisations.create(OrganisationDraft(
        name_nl="Xinghe Port Group (fictief)", org_kind=OrganisationKind.SOE)).record
    wizard = to_preview(qtbot, ops, tmp_path,
                        "Naam;Chinese naam;Soort\r\nXinghe Port Group (fictief);星河港务集团;"
                        "staatsbedrijf\r\n")
    choices = wizard.preview_page.duplicates
    assert choices.as_one_bar.isVisible()
    assert other.meta.display_no in choices.as_one_text.text()
    assert haven.meta.display_no in choices.as_one_text.text()
    choices.as_one_button.click()
    qtbot.waitUntil(lambda: isinstance(choices.merge_dialog, MergeDialog)
                    and choices.merge_dialog.merge_button.isEnabled(), timeout=LIMIT)
    choices.merge_dialog.merge_button.click()  # backup first, undo in Mogelijke dubbelen
    qtbot.waitUntil(lambda: not choices.as_one_bar.isVisible(), timeout=LIMIT)
    (kept,) = dossier.organisations.list_all()
    assert kept.meta.id == other.meta.id and kept.hanzi == "星河港务集团"
    assert dossier.merges.merged_into(haven.meta.id) is not None  # kept as merged: undoable
    # Checked again: the row now names one organisation, which already holds what it says.
    assert wizard.preview_page.counts.text().endswith("bestaat al: 1")
