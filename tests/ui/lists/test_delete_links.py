"""Deleting records that others link to asks once, naming the links; Ctrl+Z still undoes; the
lists that show a deleted linked record mark it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from chinadossier.domain.codes import OrganisationKind, RecordKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.ui.pages.list_page import ListPage
from chinadossier.ui.undo import UndoStack

from .test_list_flows import idle, open_page, ops, select  # noqa: F401


def test_multi_delete_names_the_links_asks_once_and_undoes(qtbot, ops, filled):  # noqa: F811
    d = filled.dossier
    for name in ("Beijing (stad) (fictief)", "Wuhan (stad) (fictief)"):
        d.organisations.create(OrganisationDraft(name_nl=name,
                                                 org_kind=OrganisationKind.GOVERNMENT))
    undo = UndoStack(ops)
    page = open_page(qtbot, ops, RecordKind.ORGANISATION, undo=undo)
    page.addAction(undo.action(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    select(page, [0, 1, 2])
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.delete_confirm is not None and page.delete_confirm.isVisible())
    text = page.delete_confirm.text()
    assert "3 organisaties naar de prullenbak verplaatsen?" in text
    assert ("Volksregering Xinghe (fictief) is gekoppeld aan 1 band, 12 contactmomenten"
            in text)
    assert "Beijing" not in text  # nothing links to it
    page.delete_confirm.button(QMessageBox.StandardButton.Cancel).click()
    idle(qtbot, ops)
    assert page.model.rowCount() == 3 and not d.organisations.get(filled.ids["org"]).meta.deleted

    page.delete_confirm = None
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.delete_confirm is not None and page.delete_confirm.isVisible())
    page.delete_confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not ops.is_busy())
    assert d.organisations.get(filled.ids["org"]).meta.deleted

    ties = ListPage(ops, RecordKind.TIE)  # the Banden list marks the deleted partner
    qtbot.addWidget(ties)
    ties.show()
    qtbot.waitUntil(lambda: ties.model.rowCount() == 1 and not ops.is_busy())
    column = [c.key for c in ties.model.columns].index("organisation")
    shown = ties.model.index(0, column).data()
    assert shown.startswith("Volksregering Xinghe") and shown.endswith(" (verwijderd)")

    page.activateWindow()  # the question has closed; the window is active again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not ops.is_busy())
    qtbot.waitUntil(lambda: "(verwijderd)" not in ties.model.index(0, column).data())


def test_a_single_unlinked_record_is_deleted_without_a_question(qtbot, ops, filled):  # noqa: F811
    page = open_page(qtbot, ops, RecordKind.DECISION)
    select(page, [0])
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not ops.is_busy())
    assert page.delete_confirm is None
