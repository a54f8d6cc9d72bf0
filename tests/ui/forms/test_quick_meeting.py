"""Contactmoment vastleggen: title + Ctrl+Enter saves; a full contact moment by keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.ui.closing import track
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import Direction, MeetingKind, ParticipantSide, RecordKind
from chinadossier.domain.drafts import MeetingDraft
from chinadossier.ui.forms.base import RecordForm
from chinadossier.ui.forms.quick_meeting_dialog import QuickMeetingDialog

# The picker's popup is a window of its own; the offscreen platform says it cannot raise it.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")

#: The longest wait for an answer from the worker threads (a loaded machine is slow).
WAIT = 30_000


def _open(qtbot: Any, ops: Any) -> QuickMeetingDialog:
    dialog = QuickMeetingDialog(ops)
    track(qtbot, dialog)
    dialog.open()
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    return dialog


def _saved(qtbot: Any, form: RecordForm) -> Any:
    with qtbot.waitSignal(form.saved, timeout=WAIT) as blocker:
        ctrl_enter(form.focusWidget() or form)
    return blocker.args[0]


def test_a_title_and_ctrl_enter_save_a_valid_contact_moment(qtbot: Any, ops: Any,
                                                            dossier: Any, clock: Any) -> None:
    dialog = _open(qtbot, ops)
    # the cursor starts in Onderwerp; date today, kind/direction the defaults of an empty file
    assert dialog.focusWidget() is dialog.fields["title"]
    assert dialog.fields["held_on"].text() == clock.today().strftime("%d-%m-%Y")
    type_text(dialog.fields["title"], "Kennismaking FAO")
    meeting = _saved(qtbot, dialog)

    stored = dossier.meetings.get(meeting.meta.id)
    assert stored.title == "Kennismaking FAO"
    assert stored.held_on == clock.today()
    assert (stored.meeting_kind, stored.direction) == (
        MeetingKind.WORKING_VISIT, Direction.OUTGOING)
    assert not dialog.isVisible()


def test_kind_and_direction_follow_the_file_then_the_last_used(qtbot: Any, ops: Any,
                                                               dossier: Any) -> None:
    for _ in range(2):
        dossier.meetings.create(MeetingDraft(
            held_on=dossier.ctx.clock.today(), meeting_kind=MeetingKind.VIDEO_CALL,
            title="Overleg", direction=Direction.INCOMING))
    first = _open(qtbot, ops)
    assert first.code_of("meeting_kind") is MeetingKind.VIDEO_CALL
    assert first.direction.value() is Direction.INCOMING
    first.set_field("meeting_kind", MeetingKind.RECEPTION)
    first.direction.set_value(Direction.NEUTRAL)
    type_text(first.fields["title"], "Ontvangst")
    _saved(qtbot, first)

    second = _open(qtbot, ops)
    assert second.code_of("meeting_kind") is MeetingKind.RECEPTION
    assert second.direction.value() is Direction.NEUTRAL


def test_a_contact_moment_by_keyboard_with_a_new_person_created_inline_in_hanzi(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    dialog = _open(qtbot, ops)
    type_text(dialog.fields["title"], "Voorbereiding evaluatie MoU")
    theirs = dialog.parties.theirs
    theirs.edit.setFocus()
    type_text(theirs.edit, "王芳")
    # the person does not exist yet: Ctrl+Shift+N opens the person form, prefilled
    QTest.keyClick(theirs.edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    person_form = dialog.child_editor
    assert person_form is not None and person_form.kind is RecordKind.PERSON
    assert person_form.names.hanzi.text() == "王芳"
    assert person_form.names.pinyin.text() == "Wáng Fāng"
    assert person_form.fields["family_name"].text() == "Wáng"
    person = _saved(qtbot, person_form)
    assert [c.id for c in theirs.choices()] == [person.meta.id]

    # a follow-up action, by keyboard: the button, then its fields
    dialog.actions.add_button.setFocus()
    QTest.keyClick(dialog.actions.add_button, Qt.Key.Key_Space)
    what, owner, due = (dialog.actions.rows[0][i] for i in (1, 2, 3))
    assert dialog.focusWidget() is what
    type_text(what, "Verslag sturen")
    type_text(owner, "J. Bakker")
    type_text(due, "15-12-2026")
    meeting = _saved(qtbot, dialog)

    stored = dossier.meetings.get(meeting.meta.id)
    [participant] = stored.participants
    assert participant.side is ParticipantSide.THEIRS
    new_person = dossier.persons.get(participant.party.id)
    assert (new_person.hanzi, new_person.pinyin, new_person.family_name) == (
        "王芳", "Wáng Fāng", "Wáng")
    actions = [a for a in dossier.actions.list_all() if a.meeting_id == meeting.meta.id]
    assert [(a.what, a.owner, a.due_on.isoformat()) for a in actions] == [
        ("Verslag sturen", "J. Bakker", "2026-12-15")]


@pytest.mark.parametrize(("typed", "hanzi", "family", "given", "tussen", "order"), [
    # a romanised Chinese name reads family name first, as the import reads it; Hanzi typed
    # afterwards keep the names where they are
    ("Wang Wei", "王伟", "Wang", "Wei", None, "family_first"),
    # a Dutch name keeps its tussenvoegsel apart
    ("Jan de Vries", None, "Vries", "Jan", "de", "given_first"),
])
def test_a_name_typed_in_the_picker_splits_as_the_import_splits_it(
    qtbot: Any, ops: Any, dossier: Any, typed: str, hanzi: str | None, family: str,
    given: str, tussen: str | None, order: str,
) -> None:
    from chinadossier.domain.person_names import split_name

    dialog = _open(qtbot, ops)
    theirs = dialog.parties.theirs
    theirs.edit.setFocus()
    type_text(theirs.edit, typed)
    QTest.keyClick(theirs.edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    person_form = dialog.child_editor
    assert person_form is not None and person_form.kind is RecordKind.PERSON
    if hanzi:
        person_form.names.hanzi.setFocus()
        type_text(person_form.names.hanzi, hanzi)
    person = _saved(qtbot, person_form)

    stored = dossier.persons.get(person.meta.id)
    assert (stored.family_name, stored.given_name, stored.tussenvoegsel, stored.name_order) == (
        family, given, tussen, order)
    split = split_name(typed)  # the import's rule, the same function
    assert (split.family_name, split.given_name, split.tussenvoegsel) == (family, given, tussen)


def test_follow_up_actions_are_added_to_a_stored_contact_moment_in_one_transaction(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    from chinadossier.ui.forms.editor import open_editor

    meeting = dossier.meetings.create(MeetingDraft(
        held_on=dossier.ctx.clock.today(), meeting_kind=MeetingKind.VIDEO_CALL,
        title="Overleg", direction=Direction.INCOMING)).record
    form = open_editor(ops, RecordKind.MEETING, meeting.meta.id)
    track(qtbot, form)
    form.open()
    qtbot.waitUntil(lambda: form.record is not None and not ops.is_busy(), timeout=WAIT)
    assert form.rows["actions"].isVisible()
    type_text(form.fields["title"], " over de MoU")
    for what, owner in (("Verslag sturen", "J. Bakker"), ("Evaluatie plannen", "")):
        QTest.keyClick(form.actions.add_button, Qt.Key.Key_Space)
        row = form.actions.rows[-1]
        type_text(row[1], what)
        if owner:
            type_text(row[2], owner)
    # the second action's date is not a date: nothing is saved, the contact moment neither
    type_text(form.actions.rows[1][3], "31-02-2027")
    ctrl_enter(form.fields["title"])
    qtbot.waitUntil(lambda: "actions" in form.errors_shown(), timeout=WAIT)
    assert "(actie 2)" in form.errors_shown()["actions"]
    assert dossier.meetings.get(meeting.meta.id).title == "Overleg"
    # a refusal by the services (too long a text) also leaves everything unsaved
    form.actions.rows[1][3].clear()
    type_text(form.actions.rows[1][3], "01-03-2027")
    form.actions.rows[1][1].setText("x" * 501)
    ctrl_enter(form.fields["title"])
    qtbot.waitUntil(lambda: "actions" in form.errors_shown(), timeout=WAIT)
    assert "(actie 2)" in form.errors_shown()["actions"]
    assert dossier.meetings.get(meeting.meta.id).title == "Overleg"
    assert not [a for a in dossier.actions.list_all() if a.meeting_id == meeting.meta.id]

    form.actions.rows[1][1].setText("Evaluatie plannen")
    _saved(qtbot, form)
    assert dossier.meetings.get(meeting.meta.id).title == "Overleg over de MoU"
    actions = sorted((a.what, a.owner, a.due_on and a.due_on.isoformat(), a.meta.classification)
                     for a in dossier.actions.list_all() if a.meeting_id == meeting.meta.id)
    assert actions == [("Evaluatie plannen", None, "2027-03-01", meeting.meta.classification),
                       ("Verslag sturen", "J. Bakker", None, meeting.meta.classification)]


def test_ctrl_n_with_actions_stores_all_in_one_transaction_or_nothing(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    dialog = _open(qtbot, ops)
    type_text(dialog.fields["title"], "Werkbezoek haven")
    for what in ("Verslag sturen", "Evaluatie plannen"):
        QTest.keyClick(dialog.actions.add_button, Qt.Key.Key_Space)
        type_text(dialog.actions.rows[-1][1], what)
    dialog.actions.rows[1][1].setText("x" * 501)  # refused by the services
    ctrl_enter(dialog.fields["title"])
    qtbot.waitUntil(lambda: "actions" in dialog.errors_shown(), timeout=WAIT)
    assert "(actie 2)" in dialog.errors_shown()["actions"]
    # one user action, one transaction: not the contact moment without its actions either
    assert not [m for m in dossier.meetings.list_all() if m.title == "Werkbezoek haven"]
    assert not dossier.actions.list_all()
    assert dialog.record_id is None and dialog.isVisible()

    dialog.actions.rows[1][1].setText("Evaluatie plannen")
    meeting = _saved(qtbot, dialog)
    actions = sorted(a.what for a in dossier.actions.list_all()
                     if a.meeting_id == meeting.meta.id)
    assert actions == ["Evaluatie plannen", "Verslag sturen"]
