"""What a form now edits beside its fields: a person's political facts (with source and date),
a contact moment's participant roles, where in a source a fact stands (the locator)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ui.closing import track
from tests.ui.typing import ctrl_enter, type_text

from chinadossier.domain.codes import PoliticalFactKind, RecordKind
from chinadossier.domain.drafts import PersonDraft, PoliticalFactDraft, SourceDraft
from chinadossier.ui.forms.editor import open_editor
from chinadossier.ui.widgets.picker_sources import choice_for_ref

WAIT = 30_000


def _open(qtbot: Any, ops: Any, kind: RecordKind, record_id: Any = None) -> Any:
    form = open_editor(ops, kind, record_id)
    track(qtbot, form)
    form.open()
    if record_id is not None:
        qtbot.waitUntil(lambda: form.record is not None and form.isEnabled(), timeout=WAIT)
    return form


def test_political_facts_are_edited_with_their_source_and_date(qtbot: Any, ops: Any,
                                                               dossier: Any) -> None:
    source = dossier.sources.create(SourceDraft(title="Jaarverslag (fictief)")).record
    person = dossier.persons.create(PersonDraft(
        family_name="Zhao", hanzi="赵敏", political_facts=(PoliticalFactDraft(
            PoliticalFactKind.PARTY_MEMBERSHIP, "Lid van de partij", source.meta.id,
            dt.date(2024, 1, 1)),),
    )).record
    form = _open(qtbot, ops, RecordKind.PERSON, person.meta.id)
    editor = form.political_facts
    assert len(editor.rows) == 1 and editor.rows[0][2].text() == "Lid van de partij"

    # a second fact without source or date: the services refuse it, next to the field
    editor.add_button.click()
    _row, kind, text, picker, as_of = editor.rows[1]
    kind.setCurrentIndex(kind.findData(PoliticalFactKind.PARTY_POST))
    type_text(text, "Secretaris partijcommissie")
    ctrl_enter(text)
    qtbot.waitUntil(lambda: "political_facts" in form.errors_shown(), timeout=WAIT)
    shown = form.errors_shown()["political_facts"]
    assert "bron" in shown and "datum" in shown
    assert [f.text for f in dossier.persons.get(person.meta.id).political_facts] == [
        "Lid van de partij"]

    # with both, it is stored; the first fact's text changed too
    picker.add_choice(choice_for_ref(_ref(source)))
    type_text(as_of, "01-03-2025")
    editor.rows[0][2].setText("Lid van de CCP")
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        ctrl_enter(text)
    stored = dossier.persons.get(person.meta.id).political_facts
    assert [(f.fact_kind, f.text, f.source.id, f.as_of) for f in stored] == [
        (PoliticalFactKind.PARTY_MEMBERSHIP, "Lid van de CCP", source.meta.id,
         dt.date(2024, 1, 1)),
        (PoliticalFactKind.PARTY_POST, "Secretaris partijcommissie", source.meta.id,
         dt.date(2025, 3, 1)),
    ]


def _ref(record: Any) -> Any:
    from chinadossier.domain.records import Ref

    return Ref(id=record.meta.id, kind=RecordKind.SOURCE, display_no=record.meta.display_no,
               label=record.title)


def test_participant_roles_and_source_locators_are_stored_and_loaded(qtbot: Any, ops: Any,
                                                                     dossier: Any) -> None:
    from chinadossier.domain.codes import MeetingKind, ParticipantSide
    from chinadossier.domain.drafts import Common, MeetingDraft, ParticipantDraft, SourceLink

    own = dossier.settings().own_authority
    liu = dossier.persons.create(PersonDraft(family_name="Liu", given_name="Yang",
                                             hanzi="刘洋")).record
    source = dossier.sources.create(SourceDraft(title="Verslag ontvangst (fictief)")).record
    meeting = dossier.meetings.create(MeetingDraft(
        held_on=dt.date(2026, 5, 22), meeting_kind=MeetingKind.RECEPTION, title="Delegatie",
        participants=(ParticipantDraft(ParticipantSide.OURS, authority_id=own.id,
                                       role="gastheer"),
                      ParticipantDraft(ParticipantSide.THEIRS, person_id=liu.meta.id)),
        common=Common(sources=(SourceLink(source.meta.id, "p. 3"),)),
    )).record

    form = _open(qtbot, ops, RecordKind.MEETING, meeting.meta.id)
    roles = form.parties.roles.lines()
    assert roles[(ParticipantSide.OURS, own.id)].text() == "gastheer"
    assert roles[(ParticipantSide.THEIRS, liu.meta.id)].text() == ""
    assert form.parties.roles.isVisibleTo(form)
    assert form.locators.lines()[(None, source.meta.id)].text() == "p. 3"
    assert not form.is_dirty()

    # too long: refused by the services, shown under the participants and the sources
    role = roles[(ParticipantSide.THEIRS, liu.meta.id)]
    locator = form.locators.lines()[(None, source.meta.id)]
    role.setText("r" * 201)
    locator.setText("p" * 201)
    ctrl_enter(role)
    qtbot.waitUntil(lambda: {"participants", "sources"} <= set(form.errors_shown()),
                    timeout=WAIT)
    assert role.text() == "r" * 201 and locator.text() == "p" * 201  # nothing typed is lost
    assert dossier.meetings.get(meeting.meta.id).meta.version == meeting.meta.version
    role.clear()
    type_text(role, "directeur Europa")
    locator.clear()
    type_text(locator, "https://example.org/verslag#p3")
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        ctrl_enter(locator)
    stored = dossier.meetings.get(meeting.meta.id)
    assert {(p.side, p.role) for p in stored.participants} == {
        (ParticipantSide.OURS, "gastheer"), (ParticipantSide.THEIRS, "directeur Europa")}
    assert [(s.source_id, s.locator) for s in stored.meta.sources] == [
        (source.meta.id, "https://example.org/verslag#p3")]

    # a role follows its chip: removing the person takes the role line along
    again = _open(qtbot, ops, RecordKind.MEETING, meeting.meta.id)
    theirs = again.parties.theirs
    theirs.remove_choice(theirs.choices()[0])
    assert (ParticipantSide.THEIRS, liu.meta.id) not in again.parties.roles.lines()
    assert again.parties.drafts()[0].role == "gastheer"


def test_chips_wrap_onto_lines_instead_of_widening_the_form(qtbot: Any) -> None:
    import uuid

    from chinadossier.ui.widgets.chips import ChipInput, Choice

    chips = ChipInput(placeholder="Typ naam")
    qtbot.addWidget(chips)
    chips.resize(320, 30)
    chips.show()
    one_line = chips.heightForWidth(320)
    for n in range(6):
        chips.add_choice(Choice(RecordKind.PERSON, uuid.uuid4(), f"Deelnemer nummer {n} (fictief)"))
    qtbot.wait(1)  # new chips are shown on the next turn of the event loop
    assert chips.minimumSizeHint().width() <= 320
    assert chips.heightForWidth(320) >= 3 * (one_line - 4)
    chips.resize(320, chips.heightForWidth(320))
    qtbot.wait(1)
    for chip in chips._chips:
        assert chips.rect().contains(chip.geometry())
    assert chips.rect().contains(chips.edit.geometry())
