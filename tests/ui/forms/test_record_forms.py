"""Record forms driven through their widgets, asserting on what the services stored."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from tests.ui.closing import track
from tests.ui.typing import commit_ime, ctrl_enter, type_text

from chinadossier.domain.codes import (
    DatePrecision,
    DecisionBody,
    DecisionKind,
    NameOrder,
    OrganisationKind,
    RecordKind,
    TieStatus,
    TieType,
)
from chinadossier.domain.drafts import OrganisationDraft, TieDraft
from chinadossier.ui.forms.base import RecordForm
from chinadossier.ui.forms.editor import open_editor

# The picker's popup is a window of its own; the offscreen platform says it cannot raise it.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")

#: The longest wait for an answer from the worker threads (a loaded machine is slow).
WAIT = 30_000


def _form(qtbot: Any, ops: Any, kind: RecordKind, record_id: Any = None) -> RecordForm:
    form = open_editor(ops, kind, record_id)
    track(qtbot, form)
    form.open()
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    return form


def _save(qtbot: Any, form: RecordForm) -> Any:
    with qtbot.waitSignal(form.saved, timeout=WAIT) as blocker:
        ctrl_enter(form.fields["title"] if "title" in form.fields else form)
    return blocker.args[0]


def _pick(qtbot: Any, picker: Any, text: str) -> None:
    """Type into a picker, wait for the popup, take the first row with Enter."""
    picker.edit.setFocus()
    type_text(picker.edit, text)
    qtbot.waitUntil(lambda: picker.popup.isVisible() and bool(picker.popup.choices()), timeout=WAIT)
    QTest.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.choices()


def _org(dossier: Any) -> Any:
    return dossier.organisations.create(OrganisationDraft(
        name_nl="Bureau Buitenlandse Zaken Xinghe (fictief)", hanzi="星河市外事办公室",
        org_kind=OrganisationKind.FOREIGN_AFFAIRS_OFFICE)).record


def test_create_a_tie(qtbot: Any, ops: Any, dossier: Any) -> None:
    org = _org(dossier)
    form = _form(qtbot, ops, RecordKind.TIE)
    # the own authority is preselected
    assert [c.id for c in form.choices_of("authority_id")] == [dossier.settings().own_authority.id]
    _pick(qtbot, form.fields["organisation_id"], "xinghe")
    form.set_field("tie_type", TieType.FRIENDSHIP)
    # An active tie with an end in the past is refused (issue 5): this one has ended.
    form.set_field("status", TieStatus.ENDED)
    type_text(form.fields["starts"], "ca. 1985")
    type_text(form.fields["ends"], "2022 (onzeker)")
    type_text(form.fields["evaluation_on"], "01-03-2027")
    tie = _save(qtbot, form)

    stored = dossier.ties.get(tie.meta.id)
    assert stored.organisation.id == org.meta.id
    assert (stored.tie_type, stored.status) == (TieType.FRIENDSHIP, TieStatus.ENDED)
    assert (stored.starts.value.year, stored.starts.precision, stored.starts.circa) == (
        1985, DatePrecision.YEAR, True)
    assert stored.ends.uncertain and not stored.ends.circa
    assert stored.evaluation_on == dt.date(2027, 3, 1)
    assert stored.meta.classification is dossier.settings().default_classification


def test_a_tie_ending_before_its_signing_is_refused_and_a_span_kept(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    """Sinds "ca. 1985", Ondertekend "2022/23", Beëindigd "2021": refused at Beëindigd; the
    span of years is stored as typed, and the detail header reads the tie by its end."""
    from chinadossier.domain.partial_date import PartialDate
    from chinadossier.ui.detail.detail_html import meta_line

    _org(dossier)
    form = _form(qtbot, ops, RecordKind.TIE)
    _pick(qtbot, form.fields["organisation_id"], "xinghe")
    form.set_field("tie_type", TieType.FRIENDSHIP)
    form.set_field("status", TieStatus.ENDED)
    type_text(form.fields["starts"], "ca. 1985")
    type_text(form.fields["signed"], "2022/23")
    type_text(form.fields["ends"], "2021")
    ctrl_enter(form.fields["title"])
    qtbot.waitUntil(lambda: "ends" in form.errors_shown(), timeout=WAIT)
    assert "Beëindigd ligt vóór de ondertekening (2022/23)" in form.errors_shown()["ends"]
    form.fields["ends"].clear()
    type_text(form.fields["ends"], "2023")
    tie = _save(qtbot, form)

    stored = dossier.ties.get(tie.meta.id)
    assert stored.signed == PartialDate.years(2022, 2023)
    assert stored.ends == PartialDate.year(2023)
    assert meta_line(stored) == "Beëindigd in 2023"


def test_a_new_tie_asks_for_its_kind_and_status_instead_of_assuming_them(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    _org(dossier)
    form = _form(qtbot, ops, RecordKind.TIE)
    for key in ("tie_type", "status"):
        assert form.fields[key].currentText() == "Kies…"
        assert form.code_of(key) is None
    _pick(qtbot, form.fields["organisation_id"], "xinghe")
    ctrl_enter(form.fields["title"])
    qtbot.waitUntil(lambda: {"tie_type", "status"} <= set(form.errors_shown()), timeout=WAIT)
    assert form.isVisible()  # not saved
    form.set_field("tie_type", TieType.SISTER_CITY)
    form.set_field("status", TieStatus.UNKNOWN)  # the domain's own "onbekend" is a choice
    tie = _save(qtbot, form)
    assert dossier.ties.get(tie.meta.id).status is TieStatus.UNKNOWN


def test_record_a_decision(qtbot: Any, ops: Any, dossier: Any) -> None:
    form = _form(qtbot, ops, RecordKind.DECISION)
    type_text(form.fields["title"], "Motie beëindiging stedenband")
    type_text(form.fields["decided_on"], "03-11-2026")
    form.set_field("decision_kind", DecisionKind.MOTION)
    form.set_field("body", DecisionBody.COUNCIL)
    form.tags.edit.setFocus()
    type_text(form.tags.edit, "raad")
    QTest.keyClick(form.tags.edit, Qt.Key.Key_Return)
    decision = _save(qtbot, form)

    stored = dossier.decisions.get(decision.meta.id)
    assert stored.title == "Motie beëindiging stedenband"
    assert (stored.decided_on, stored.decision_kind, stored.body) == (
        dt.date(2026, 11, 3), DecisionKind.MOTION, DecisionBody.COUNCIL)
    assert stored.meta.tags == ("raad",)


def test_add_a_risk(qtbot: Any, ops: Any, dossier: Any) -> None:
    org = _org(dossier)
    own = dossier.settings().own_authority.id
    tie = dossier.ties.create(TieDraft(authority_id=own, organisation_id=org.meta.id,
                                       tie_type=TieType.SISTER_CITY,
                                       status=TieStatus.ACTIVE, title="Band met Xinghe")).record
    form = _form(qtbot, ops, RecordKind.RISK_NOTE)
    type_text(form.fields["title"], "Betaalde reis voor raadsleden")
    _pick(qtbot, form.fields["subject_id"], "Band met")
    form.set_field("category_code", "R-POL")
    for key, value in (("inherent_likelihood", 4), ("inherent_impact", 3),
                       ("residual_likelihood", 2), ("residual_impact", 3)):
        form.fields[key].setValue(value)
    risk = _save(qtbot, form)

    stored = dossier.risk_notes.get(risk.meta.id)
    assert stored.subject.id == tie.meta.id
    assert stored.category.display_no == "R-POL"
    assert (stored.inherent_score, stored.residual_score) == (12, 6)


def test_all_errors_at_once_under_their_fields_and_nothing_typed_is_lost(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    form = _form(qtbot, ops, RecordKind.PERSON)
    commit_ime(form.names.hanzi, "王伟")
    assert form.names.pinyin.text() == "Wáng Wěi"
    type_text(form.fields["emails"], "geen-adres")
    type_text(form.fields["phones"], "+31 10 123 4567\nbel mij")
    form.positions.add_row()
    type_text(form.positions.rows[0][3], "32-13-2020")
    ctrl_enter(form.names.hanzi)
    # the unreadable date is caught before saving (with the services' own check where offered)
    qtbot.waitUntil(lambda: not ops.is_busy(), timeout=WAIT)
    assert "positions" in form.errors_shown()
    assert "32-13-2020" in form.errors_shown()["positions"]
    assert "Functie 1" in form.errors_shown()["positions"]  # the first row, counted from 1
    form.positions.rows[0][3].clear()
    type_text(form.positions.rows[0][1], "Directeur")
    ctrl_enter(form.names.hanzi)
    qtbot.waitUntil(lambda: len(form.errors_shown()) >= 3, timeout=WAIT)
    shown = form.errors_shown()
    # Only Hanzi is enough for the name (the Latin name follows from the pinyin, issue 5);
    # every other problem is shown at once, under its own field.
    assert set(shown) == {"emails", "phones", "positions"}
    assert "bel mij" in shown["phones"] and "telefoonnummer" in shown["phones"]
    assert form.fields["emails"].property("invalid") is True
    assert form.focusWidget() in (form.fields["emails"], form.positions, None)
    # nothing typed was lost
    assert form.fields["emails"].toPlainText() == "geen-adres"
    assert form.names.hanzi.text() == "王伟"
    assert not any(p.hanzi == "王伟" for p in dossier.persons.list().items)


def test_contact_details_and_an_edited_pinyin_are_stored(qtbot: Any, ops: Any,
                                                         dossier: Any) -> None:
    form = _form(qtbot, ops, RecordKind.ORGANISATION)
    type_text(form.fields["name_nl"], "Havenbedrijf Xinghe (fictief)")
    commit_ime(form.names.hanzi, "星河港")
    assert form.names.pinyin.text() != ""
    form.names.pinyin.clear()
    type_text(form.names.pinyin, "Xinghe Gang")
    commit_ime(form.names.hanzi, "集团")  # more Hanzi: the edited pinyin stays
    assert form.names.pinyin.text() == "Xinghe Gang"
    type_text(form.fields["emails"], "info@xinghe-port.example")
    type_text(form.fields["postal_addresses"], "Haventerrein 1\nXinghe")
    with qtbot.waitSignal(form.saved, timeout=WAIT) as blocker:
        ctrl_enter(form.fields["name_nl"])
    stored = dossier.organisations.get(blocker.args[0].meta.id)
    assert (stored.hanzi, stored.pinyin, stored.pinyin_auto) == ("星河港集团", "Xinghe Gang", False)
    assert stored.emails == ("info@xinghe-port.example",)
    assert stored.postal_addresses == ("Haventerrein 1\nXinghe",)


def test_closing_with_unsaved_changes_asks_first(qtbot: Any, ops: Any, dossier: Any) -> None:
    form = _form(qtbot, ops, RecordKind.SOURCE)
    QTest.keyClick(form.fields["title"], Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not form.isVisible()

    form = _form(qtbot, ops, RecordKind.SOURCE)
    type_text(form.fields["title"], "Raadsvoorstel")
    QTest.keyClick(form.fields["title"], Qt.Key.Key_Escape)
    box = form.discard_box
    assert box is not None and box.isVisible() and form.isVisible()
    keep = next(b for b in box.buttons() if b.text() == "Verder bewerken")
    keep.click()
    assert form.isVisible() and form.fields["title"].text() == "Raadsvoorstel"
    form.reject()
    discard = next(b for b in form.discard_box.buttons() if b.text() == "Weggooien")
    discard.click()
    assert not form.isVisible()
    assert not dossier.sources.list().items


def test_a_conflict_keeps_what_was_typed(qtbot: Any, ops: Any, dossier: Any) -> None:
    org = _org(dossier)
    form = _form(qtbot, ops, RecordKind.ORGANISATION, org.meta.id)
    assert form.fields["name_nl"].text() == org.name_nl
    # meanwhile someone else saves a change
    dossier.organisations.edit(org.meta.id, OrganisationDraft(
        name_nl="Andere naam", org_kind=org.org_kind), expected_version=org.meta.version)
    form.fields["name_nl"].clear()
    type_text(form.fields["name_nl"], "Mijn naam")
    ctrl_enter(form.fields["name_nl"])
    qtbot.waitUntil(lambda: form.conflict_box is not None, timeout=WAIT)
    # (ui-lists' conflict dialog when present, else the forms' own: both name the choice so)
    keep = next(b for b in form.conflict_box.findChildren(QPushButton)
                if b.text() == "Verder bewerken")
    keep.click()
    assert form.fields["name_nl"].text() == "Mijn naam"
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        ctrl_enter(form.fields["name_nl"])
    assert dossier.organisations.get(org.meta.id).name_nl == "Mijn naam"


def test_a_missing_organisation_is_created_from_the_picker_with_a_place(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    form = _form(qtbot, ops, RecordKind.TIE)
    picker = form.fields["organisation_id"]
    picker.edit.setFocus()
    type_text(picker.edit, "星河港")
    QTest.keyClick(picker.edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    org_form = form.child_editor
    assert org_form is not None and org_form.kind is RecordKind.ORGANISATION
    assert org_form.names.hanzi.text() == "星河港"
    type_text(org_form.fields["name_nl"], "Haven Xinghe (fictief)")
    _pick(qtbot, org_form.fields["place_adcode"], "nanjing")
    with qtbot.waitSignal(org_form.saved, timeout=WAIT):
        ctrl_enter(org_form.fields["name_nl"])
    [chip] = picker.choices()
    form.set_field("tie_type", TieType.OTHER)
    form.set_field("status", TieStatus.PREPARATION)
    tie = _save(qtbot, form)

    stored = dossier.ties.get(tie.meta.id)
    assert stored.organisation.id == chip.id
    org = dossier.organisations.get(chip.id)
    assert (org.name_nl, org.hanzi, org.place_adcode) == (
        "Haven Xinghe (fictief)", "星河港", "320100")


def test_tab_out_of_a_picker_closes_its_list(qtbot: Any, ops: Any, dossier: Any) -> None:
    _org(dossier)
    form = _form(qtbot, ops, RecordKind.TIE)
    picker = form.fields["organisation_id"]
    picker.edit.setFocus()
    type_text(picker.edit, "xing")
    qtbot.waitUntil(lambda: picker.popup.isVisible() and bool(picker.popup.choices()), timeout=WAIT)
    QTest.keyClick(picker.edit, Qt.Key.Key_Tab)
    assert not picker.popup.isVisible()
    assert picker.choices() == []  # nothing was taken by leaving


def test_retention_is_undecided_by_default_and_a_destroy_date_is_required(
    qtbot: Any, ops: Any, dossier: Any
) -> None:
    from chinadossier.domain.codes import RetentionCategory

    form = _form(qtbot, ops, RecordKind.SOURCE)
    assert form.code_of("retention_category") is RetentionCategory.UNDECIDED
    type_text(form.fields["title"], "Raadsinformatiebrief")
    form.set_field("retention_category", RetentionCategory.DESTROY)
    ctrl_enter(form.fields["title"])
    qtbot.waitUntil(lambda: "retention_on" in form.errors_shown(), timeout=WAIT)
    type_text(form.fields["retention_on"], "31-12-2035")
    with qtbot.waitSignal(form.saved, timeout=WAIT) as blocker:
        ctrl_enter(form.fields["title"])
    stored = dossier.sources.get(blocker.args[0].meta.id)
    assert (stored.meta.retention_category, stored.meta.retention_on.isoformat()) == (
        RetentionCategory.DESTROY, "2035-12-31")


def test_editing_a_person_keeps_what_the_form_does_not_show(qtbot: Any, ops: Any,
                                                            dossier: Any) -> None:
    from chinadossier.domain.codes import PoliticalFactKind
    from chinadossier.domain.drafts import PersonDraft, PoliticalFactDraft, SourceDraft

    source = dossier.sources.create(SourceDraft(title="Jaarverslag (fictief)")).record
    person = dossier.persons.create(PersonDraft(
        family_name="Zhao", hanzi="赵敏", political_facts=(PoliticalFactDraft(
            PoliticalFactKind.PARTY_MEMBERSHIP, "Lid van de partij", source.meta.id,
            dt.date(2024, 1, 1)),),
    )).record
    form = _form(qtbot, ops, RecordKind.PERSON, person.meta.id)
    assert form.names.pinyin.text() == "Zhào Mǐn"
    type_text(form.fields["given_name"], "Min")
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        ctrl_enter(form.fields["given_name"])
    stored = dossier.persons.get(person.meta.id)
    assert stored.given_name == "Min"
    assert [f.text for f in stored.political_facts] == ["Lid van de partij"]
    assert (stored.pinyin, stored.pinyin_auto) == ("Zhào Mǐn", True)


def test_a_new_person_latin_in_the_hanzi_field_and_the_name_order_follows_the_name(
        qtbot: Any, ops: Any, dossier: Any) -> None:
    form = _form(qtbot, ops, RecordKind.PERSON)
    assert form.code_of("name_order") is NameOrder.GIVEN_FIRST  # a Dutch contact by default
    assert not form.is_dirty()
    type_text(form.names.hanzi, "Testpersoon Een")
    assert form.names.pinyin.text() == ""  # no Hanzi: nothing copied, no space dropped
    assert form.code_of("name_order") is NameOrder.GIVEN_FIRST
    form.names.hanzi.clear()
    commit_ime(form.names.hanzi, "郑强")
    assert form.names.pinyin.text() == "Zhèng Qiáng"
    assert form.code_of("name_order") is NameOrder.FAMILY_FIRST
    combo = form.fields["name_order"]
    combo.setCurrentIndex(combo.findData(NameOrder.GIVEN_FIRST))
    combo.activated.emit(combo.currentIndex())  # the user's own choice stays
    commit_ime(form.names.hanzi, "伟")
    assert form.code_of("name_order") is NameOrder.GIVEN_FIRST
