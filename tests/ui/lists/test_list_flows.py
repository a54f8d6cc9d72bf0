"""List pages, search, delete/undo/Prullenbak and a save conflict, driven through the widgets."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, QPoint, QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from chinadossier.domain import labels
from chinadossier.domain.codes import AuditAction, MeetingKind, RecordKind
from chinadossier.domain.errors import Conflict
from chinadossier.domain.history import UndoOf
from chinadossier.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from chinadossier.ui.ops import Operations
from chinadossier.ui.pages.list_page import ListPage
from chinadossier.ui.pages.trash_page import TrashPage
from chinadossier.ui.search.search_popup import SearchPopup
from chinadossier.ui.search.search_results import SearchAnswer
from chinadossier.ui.undo import UndoStack

from .conftest import MEETINGS

# The offscreen platform has no window manager; it says so for every top-level window and popup.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture
def ops(qtbot, filled):
    QSettings().clear()
    operations = Operations(filled.dossier)
    yield operations
    operations.wait_idle()
    qtbot.wait(10)  # deliver the last answers before the case file closes


def idle(qtbot, ops):
    qtbot.waitUntil(lambda: not ops.is_busy())


def open_page(qtbot, ops, kind=RecordKind.MEETING, **kw):
    page = ListPage(ops, kind, **kw)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.detail.record is not None)
    idle(qtbot, ops)
    return page


def select(page, rows):
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(page.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def unnamed_focusable(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in root.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(root)
        and not w.accessibleName()
    ]


def test_list_shows_rows_count_detail_and_sorts_only_on_service_sorts(qtbot, ops, filled):
    page = open_page(qtbot, ops)
    assert page.model.rowCount() == MEETINGS
    assert page.subtitle.text().startswith(f"{MEETINGS} contactmomenten · ")
    first = page.model.record(0)
    assert first.title == f"Overleg havens {MEETINGS - 1:02d}"  # newest first
    assert page.selected_ids() == [first.meta.id]
    text = page.detail.text()
    assert first.meta.display_no in text and "刘洋 Liú Yáng" in text
    assert "Stedenband Xinghe (fictief)" in text and "GESCHIEDENIS" in text
    assert unnamed_focusable(page) == []

    header = page.table.horizontalHeader()
    keys = [c.key for c in page.model.columns]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, 10))
    qtbot.waitUntil(lambda: page.model.rowCount() == MEETINGS
                    and page.model.record(0).title == "Overleg havens 00")
    assert "oudste eerst" in page.subtitle.text()

    with qtbot.waitSignal(page.open_record_requested) as link:  # a linked record in the pane
        page.detail._body.anchorClicked.emit(QUrl(f"open:tie:{filled.ids['tie']}"))
    assert link.args == [RecordKind.TIE, filled.ids["tie"]]

    page._header_clicked(keys.index("title"))  # no service sort: nothing changes
    idle(qtbot, ops)
    assert page.model.record(0).title == "Overleg havens 00"
    assert header.sortIndicatorSection() == 0


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, ops):
    page = ListPage(ops, RecordKind.MEETING)
    qtbot.addWidget(page)
    page.page_size = 5
    page.resize(1200, 400)
    page.show()
    # The view asks for pages until its last row is out of sight (about 7 rows show), then stops.
    qtbot.waitUntil(lambda: page.model.rowCount() >= 5 and not ops.is_busy())
    qtbot.wait(50)
    first = page.model.rowCount()
    assert first < MEETINGS and first % 5 == 0 and page.model.has_more
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolling to the end fetches the next page
    qtbot.waitUntil(lambda: page.model.rowCount() == min(first + 5, MEETINGS)
                    and not ops.is_busy())
    while page.model.has_more:
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: not ops.is_busy())
    assert page.model.rowCount() == MEETINGS
    assert page.subtitle.text().startswith(f"{MEETINGS} contactmomenten · ")


def test_code_labels_follow_the_interface_language(qapp):
    from chinadossier.ui.models.formatting import code_label

    assert code_label(MeetingKind.VIDEO_CALL) == "Videogesprek"
    before = QLocale()
    english = QLocale(QLocale.Language.English, QLocale.Country.Netherlands)
    QLocale.setDefault(english)  # what the shell does for --lang en
    try:
        assert code_label(MeetingKind.VIDEO_CALL) == "Video call"
    finally:
        QLocale.setDefault(before)
    assert code_label(MeetingKind.VIDEO_CALL) == "Videogesprek"


def test_filter_bar_filters_through_the_service_and_marks_active_combos(qtbot, ops):
    page = open_page(qtbot, ops)
    bar = page.filter_bar
    assert all(w.isEnabled() for w in (bar.text, bar.code, bar.period, bar.classification,
                                       bar.tag))
    bar.code.setCurrentIndex(bar.code.findData(MeetingKind.VIDEO_CALL))
    qtbot.waitUntil(lambda: page.model.rowCount() == MEETINGS // 2 and not ops.is_busy())
    assert bar.code.property("active") is True
    assert {r.meeting_kind for r in page.model.records()} == {MeetingKind.VIDEO_CALL}
    bar.clear_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == MEETINGS and not ops.is_busy())
    assert bar.code.property("active") is False


def test_column_choice_is_remembered_and_enter_edits(qtbot, ops):
    page = open_page(qtbot, ops)
    keys = [c.key for c in page.model.columns]
    page._column_actions[keys.index("organisation")].setChecked(False)
    page._column_actions[keys.index("display_no")].setChecked(True)
    again = open_page(qtbot, ops)
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(keys.index("organisation"))
    assert not header.isSectionHidden(keys.index("display_no"))

    page.table.setFocus()
    with qtbot.waitSignal(page.edit_requested) as edit:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert edit.args == [RecordKind.MEETING, page.model.record(0).meta.id]


def test_multi_select_tags_every_selected_record(qtbot, ops, filled):
    page = open_page(qtbot, ops)
    select(page, [0, 2, 3])
    ids = page.selected_ids()
    page.tag_selected("#raad")
    qtbot.waitUntil(lambda: not ops.is_busy()
                    and all("raad" in page.model.record(page.model.row_of(i)).meta.tags
                            for i in ids))
    assert page.selected_ids() == ids  # the refresh kept the selection
    stored = [filled.dossier.meetings.get(i).meta.tags for i in ids]
    assert stored == [("haven", "raad")] * 3
    assert "raad" not in filled.dossier.meetings.get(page.model.record(1).meta.id).meta.tags


def test_search_while_typing_and_open_the_record(qtbot, ops, filled):
    popup = SearchPopup(ops)
    qtbot.addWidget(popup)
    popup.popup()
    qtbot.keyClicks(popup.field, "havens 0")
    qtbot.waitUntil(lambda: bool(popup.result_refs()))
    kinds = {k for k, _ in popup.result_refs()}
    assert kinds == {RecordKind.MEETING}
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(popup.open_record_requested) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    kind, record_id = opened.args
    assert record_id == popup.result_refs()[1][1]

    page = ListPage(ops, RecordKind.MEETING)  # as the main window does: page first shown now
    qtbot.addWidget(page)
    page.show_record(record_id)
    page.show()
    qtbot.waitUntil(lambda: page.selected_ids() == [record_id] and not ops.is_busy())
    assert page.detail.record.meta.id == record_id

    popup.popup("刘洋")  # Hanzi from the top-bar field
    qtbot.waitUntil(lambda: (RecordKind.PERSON, filled.ids["person"]) in popup.result_refs())
    texts = [popup.results.topLevelItem(i).text(0)
             for i in range(popup.results.topLevelItemCount())]
    assert texts[0] == "Persoon"
    assert popup.results.topLevelItem(0).child(0).text(0) == "刘洋 Liú Yáng"

    popup.popup("星河")
    qtbot.waitUntil(lambda: (RecordKind.ORGANISATION, filled.ids["org"]) in popup.result_refs())
    group = popup.results.topLevelItem(0)
    assert group.text(0) == "Organisatie"
    assert "星河市人民政府 Xīnghé" in group.child(0).text(0)


def test_a_search_that_finds_nothing_offers_a_spelling_and_enter_takes_it(qtbot, ops, filled):
    popup = SearchPopup(ops)
    qtbot.addWidget(popup)
    popup.popup()
    with qtbot.waitSignal(popup.suggested) as offered:
        qtbot.keyClicks(popup.field, "Xinghw")  # a typo of Xinghe, the city in the file
    assert offered.args == ["Xinghe"]
    assert "Bedoelde u" in popup.status.text() and "Xinghe" in popup.status.text()
    assert not popup.result_refs()
    with qtbot.waitSignal(popup.answered):
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert popup.field.text() == "Xinghe"
    assert (RecordKind.ORGANISATION, filled.ids["org"]) in popup.result_refs()
    assert popup.suggestion() is None


def test_stale_search_answers_are_dropped(qtbot, ops):
    popup = SearchPopup(ops)
    qtbot.addWidget(popup)
    popup.popup()
    popup.field.setText("havens")
    qtbot.waitUntil(lambda: bool(popup.result_refs()))
    shown = popup.result_refs()
    popup.field.setText("xinghe")  # typed on before the next answer came
    with qtbot.assertNotEmitted(popup.answered):
        popup._show(SearchAnswer("havens", ()))  # a late answer for the old text
    assert popup.result_refs() == shown


def test_delete_undo_and_restore_from_the_prullenbak(qtbot, ops, filled):
    d = filled.dossier
    undo = UndoStack(ops)
    page = open_page(qtbot, ops, undo=undo)
    page.addAction(undo.action(page))
    first, second = page.model.record(0), page.model.record(1)
    select(page, [0, 1])
    assert page.selected_ids() == [first.meta.id, second.meta.id]

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.delete_confirm is not None)  # several records: asked once
    assert "2 contactmomenten naar de prullenbak" in page.delete_confirm.text()
    page.delete_confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.model.rowCount() == MEETINGS - 2 and not ops.is_busy())
    assert d.meetings.get(first.meta.id).meta.deleted
    assert d.meetings.get(second.meta.id).meta.deleted
    assert undo.can_undo() and "2 contactmomenten" in undo.undo_text()
    page.activateWindow()  # the question has closed; the window is active again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == MEETINGS and not ops.is_busy())
    assert not d.meetings.get(first.meta.id).meta.deleted
    assert not d.meetings.get(second.meta.id).meta.deleted
    assert not undo.can_undo()
    # the history marks the restore as the undo of the delete (#8)
    newest = d.history.of_record(first.meta.id)[0]
    assert (newest.action, newest.undo_of) == (AuditAction.RESTORE, UndoOf.DELETE)

    select(page, [page.model.row_of(second.meta.id)])
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == MEETINGS - 1 and not ops.is_busy())

    trash = TrashPage(ops)
    qtbot.addWidget(trash)
    trash.show()
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1 and not ops.is_busy())
    assert unnamed_focusable(trash) == []
    assert trash.select_record(second.meta.id)
    qtbot.waitUntil(lambda: trash.detail.record is not None)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0 and page.model.rowCount() == MEETINGS
                    and not ops.is_busy())
    assert not d.meetings.get(second.meta.id).meta.deleted
    assert not undo.can_undo()  # restored another way: nothing left to undo
    newest = d.history.of_record(second.meta.id)[0]  # an ordinary restore: not an undo
    assert (newest.action, newest.undo_of) == (AuditAction.RESTORE, None)


SECOND_PROCESS = textwrap.dedent("""
    import dataclasses, sys, uuid
    from pathlib import Path
    from chinadossier.domain.drafts import MeetingDraft, Common
    from chinadossier.services.dossier import Dossier
    with Dossier.open(Path(sys.argv[1])) as d:
        m = d.meetings.get(uuid.UUID(sys.argv[2]))
        draft = MeetingDraft(held_on=m.held_on, meeting_kind=m.meeting_kind, title=sys.argv[3],
                             direction=m.direction, common=Common(tags=m.meta.tags,
                             classification=m.meta.classification))
        d.meetings.edit(m.meta.id, draft, expected_version=m.meta.version)
""")


def test_save_conflict_from_a_second_process_is_explained_and_reloads(qtbot, ops, filled):
    page = open_page(qtbot, ops)
    seen = page.detail.record
    subprocess.run(
        [sys.executable, "-c", SECOND_PROCESS, str(filled.path), str(seen.meta.id),
         "Gewijzigd in een ander venster"],
        check=True, timeout=120,
    )
    from chinadossier.domain.drafts import Common, MeetingDraft
    mine = MeetingDraft(held_on=seen.held_on, meeting_kind=seen.meeting_kind,
                        title="Mijn versie", direction=seen.direction,
                        common=Common(tags=seen.meta.tags))
    errors: list[BaseException] = []
    ops.write(lambda d: d.meetings.edit(seen.meta.id, mine, expected_version=seen.meta.version),
              on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Conflict)
    assert filled.dossier.meetings.get(seen.meta.id).title == "Gewijzigd in een ander venster"

    dialog = ConflictDialog(errors[0], page, ops=ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.latest.isVisible())
    assert seen.meta.display_no in dialog.explanation.text()
    # a contact moment's title is its "onderwerp", as its form names it
    assert labels.field_label("title", kind=RecordKind.MEETING) == "onderwerp"
    assert "onderwerp" in dialog.latest.text()
    assert unnamed_focusable(dialog) == []
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is ConflictChoice.RELOAD
    assert dialog.current.title == "Gewijzigd in een ander venster"

    page.detail.show_record(RecordKind.MEETING, seen.meta.id)
    qtbot.waitUntil(lambda: page.detail.record.title == "Gewijzigd in een ander venster")
    assert "Gewijzigd in een ander venster" in page.detail.text()


def test_history_in_the_detail_pane_names_fields_and_values(qtbot, ops, filled):
    page = open_page(qtbot, ops, RecordKind.ORGANISATION)
    org = page.detail.record
    from chinadossier.domain.drafts import OrganisationDraft
    draft = OrganisationDraft(name_nl="Stadsbestuur Xinghe (fictief)", org_kind=org.org_kind,
                              hanzi=org.hanzi)
    ops.write(lambda d: d.organisations.edit(org.meta.id, draft,
                                             expected_version=org.meta.version))
    qtbot.waitUntil(lambda: "Stadsbestuur Xinghe" in page.detail.text() and not ops.is_busy())
    text = page.detail.text()
    assert "‘Volksregering Xinghe (fictief)’ → ‘Stadsbestuur Xinghe (fictief)’" in text
    assert "gewijzigd" in text and "aangemaakt" in text


def test_closing_the_conflict_dialog_keeps_what_was_typed(qtbot, ops, filled):
    current = filled.dossier.meetings.get(filled.ids["meetings"][0])
    dialog = ConflictDialog(Conflict("gewijzigd", current))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is ConflictChoice.KEEP_EDITING
    assert dialog.current is current
