"""Ctrl+Z beyond deletes (issue #8): undo a create, an edit and a tag through the real widgets,
and the list text filter that finds a contact moment by its organisation's name."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import MeetingKind, RecordKind
from chinadossier.domain.drafts import MeetingDraft
from chinadossier.services import reverting
from chinadossier.ui.forms.editor import open_editor
from chinadossier.ui.undo import UndoStack

from .conftest import MEETINGS
from .test_list_flows import idle, open_page, ops, select  # noqa: F401


def _ctrl_z(qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow())
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _page_with_undo(qtbot, ops, kind=RecordKind.MEETING):  # noqa: F811
    undo = UndoStack(ops)
    page = open_page(qtbot, ops, kind, undo=undo)
    page.addAction(undo.action(page))
    return page, undo


def _edit_name(qtbot, ops, record_id, text):  # noqa: F811
    form = open_editor(ops, RecordKind.ORGANISATION, record_id)
    form.open()
    qtbot.waitUntil(lambda: form.record is not None and form.isEnabled())
    field = form.fields["name_nl"]
    assert isinstance(field, QLineEdit)
    field.selectAll()
    type_text(field, text)
    with qtbot.waitSignal(form.saved):
        ctrl_enter(field)
    idle(qtbot, ops)


def test_undo_an_edit_restores_the_stored_values(qtbot, ops, filled):  # noqa: F811
    d = filled.dossier
    org_id = filled.ids["org"]
    before = d.organisations.get(org_id)
    page, undo = _page_with_undo(qtbot, ops, RecordKind.ORGANISATION)
    _edit_name(qtbot, ops, org_id, "Volksregering Nieuwe Naam")
    after = d.organisations.get(org_id)
    assert after.name_nl == "Volksregering Nieuwe Naam"
    assert undo.action().text() == f"Ongedaan maken: wijziging van {before.meta.display_no}"

    _ctrl_z(qtbot, page)
    qtbot.waitUntil(lambda: not undo.can_undo() and not ops.is_busy())
    now = d.organisations.get(org_id)
    assert now.name_nl == before.name_nl and now.hanzi == before.hanzi
    assert now.meta.version == after.meta.version + 1  # a new, audited version
    assert len(d.history.of_record(org_id)) >= 3  # made, edited, the undo
    # and the record's Geschiedenis says it was an undo, not an ordinary change (#8)
    page.show_record(org_id)
    qtbot.waitUntil(lambda: "Ongedaan gemaakt: wijziging" in page.detail.text())


def test_undo_an_edit_is_refused_when_the_record_changed_since(qtbot, ops, filled):  # noqa: F811
    d = filled.dossier
    org_id = filled.ids["org"]
    page, undo = _page_with_undo(qtbot, ops, RecordKind.ORGANISATION)
    _edit_name(qtbot, ops, org_id, "Volksregering Eerste")
    edited = d.organisations.get(org_id)
    # changed since, elsewhere (another window, an import): the undo must not overwrite it
    draft = dataclasses.replace(reverting.previous_draft(RecordKind.ORGANISATION, edited),
                                notes="Later toegevoegd")
    later = d.organisations.edit(org_id, draft, expected_version=edited.meta.version).record
    failures = []
    ops.failed.connect(failures.append)
    _ctrl_z(qtbot, page)
    qtbot.waitUntil(lambda: bool(failures) and not ops.is_busy())
    assert "kan niet ongedaan worden gemaakt" in str(failures[0])
    now = d.organisations.get(org_id)
    assert (now.name_nl, now.notes) == ("Volksregering Eerste", "Later toegevoegd")
    assert now.meta.version == later.meta.version


def test_undo_a_create_moves_it_to_the_prullenbak(qtbot, ops, filled):  # noqa: F811
    d = filled.dossier
    page, undo = _page_with_undo(qtbot, ops, RecordKind.ORGANISATION)
    rows = page.model.rowCount()
    form = open_editor(ops, RecordKind.ORGANISATION)
    form.open()
    type_text(form.fields["name_nl"], "Havenbedrijf Xinghe (fictief)")
    with qtbot.waitSignal(form.saved) as blocker:
        ctrl_enter(form.fields["name_nl"])
    created = blocker.args[0]
    qtbot.waitUntil(lambda: page.model.rowCount() == rows + 1 and not ops.is_busy())
    assert undo.action().text() == f"Ongedaan maken: aanmaken van {created.meta.display_no}"

    _ctrl_z(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == rows and not ops.is_busy())
    assert d.organisations.get(created.meta.id).meta.deleted


def test_undo_a_tag_takes_it_off_every_record(qtbot, ops, filled):  # noqa: F811
    d = filled.dossier
    page, undo = _page_with_undo(qtbot, ops)
    first, second = page.model.record(0), page.model.record(1)
    select(page, [0, 1])
    page.tag_selected("Kennis")
    qtbot.waitUntil(lambda: undo.can_undo() and not ops.is_busy())
    assert "Kennis" in d.meetings.get(first.meta.id).meta.tags
    assert undo.action().text() == "Ongedaan maken: tag 'Kennis' bij 2 contactmomenten"

    _ctrl_z(qtbot, page)
    qtbot.waitUntil(lambda: not undo.can_undo() and not ops.is_busy())
    for record in (first, second):
        assert d.meetings.get(record.meta.id).meta.tags == ("haven",)


def test_text_filter_finds_meetings_by_their_organisations_name(qtbot, ops, filled):  # noqa: F811
    filled.dossier.meetings.create(MeetingDraft(
        held_on=dt.date(2026, 6, 1), meeting_kind=MeetingKind.RECEPTION,
        title="Overleg zonder partner"))
    page = open_page(qtbot, ops, RecordKind.MEETING)
    for typed in ("xinghe", "星河"):
        page.filter_bar.text.clear()
        page.focus_filter()
        type_text(page.filter_bar.text, typed)
        qtbot.keyClick(page.filter_bar.text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.model.rowCount() == MEETINGS and not ops.is_busy())
        qtbot.wait(50)
        idle(qtbot, ops)
        titles = {r.title for r in page.model.records()}
        assert "Overleg zonder partner" not in titles
        assert page.model.rowCount() == MEETINGS
