"""An update by an import keeps what the official wrote and makes the row's contact moment; the
preview announces only what will be written and names the file's own columns (review of a Dutch
Windows-1252 persons file in the wizard)."""

from __future__ import annotations

import datetime as dt

from chinadossier.domain.codes import ParticipantSide
from chinadossier.domain.drafts import ParticipantDraft
from chinadossier.services import importing
from chinadossier.services.importing_updates import shown

FIRST = (
    "Naam;Organisatie;Functie;E-mailadres;Opmerkingen\r\n"
    "Zhou Haitao;Jinhai Havengroep (fictief);directeur;zhou@example.cn;"
    "Eigen aantekening van de ambtenaar\r\n"
    "Anneke de Vries;Gemeente Rotterdam;beleidsmedewerker;;\r\n"
)
REVIEW = (
    "Naam;Organisatie;Functie;E-mailadres;Laatste contact;Opmerkingen\r\n"
    "Zhou Haitao;Jinhai Havengroep (fictief);directeur;haitao@example.cn;5-6-2025;"
    "mogelijk dubbel\r\n"
    "Anneke de Vries;Gemeente Rotterdam;beleidsmedewerker;;12-03-2025;\r\n"
    ";Onbekende BV;;;01-01-2025;geen naam\r\n"
)


def _plan(dossier, text: str) -> importing.ImportPlan:
    table = importing.read_table(text.encode("cp1252"), file_name="personen.csv")
    return importing.plan_import(dossier, table)


def _person(dossier, part: str):
    return next(p for p in dossier.persons.list_all() if part in p.display_name)


def _contacts_with(dossier, person) -> list[dt.date]:
    return sorted(m.held_on for m in dossier.meetings.list_all()
                  if any(p.party.id == person.meta.id for p in m.participants))


def _imported(dossier, text: str, *, partial: bool = False) -> importing.ImportResult:
    return importing.commit_import(dossier, _plan(dossier, text), accept_partial=partial)


def test_an_update_makes_the_last_contact_a_contact_moment_and_the_preview_says_so(dossier):
    _imported(dossier, FIRST)
    plan = _plan(dossier, REVIEW)
    zhou, anneke = plan.rows[0], plan.rows[1]
    assert zhou.outcome == "update"
    change = next(c for c in zhou.changes if c.field == "last_contact")
    assert "05-06-2025" in change.new
    # An official of the own municipality: her "Laatste contact" is no contact with China, so
    # the row adds nothing and the preview says why.
    assert anneke.outcome == "exists"
    assert anneke.own_side_contact == "Gemeente Rotterdam"
    assert plan.new_contacts == 1
    result = importing.commit_import(dossier, plan, accept_partial=True)
    assert result.created_by_kind["contacts"] == 1
    assert result.updated == 1
    assert _contacts_with(dossier, _person(dossier, "Zhou")) == [dt.date(2025, 6, 5)]
    assert _contacts_with(dossier, _person(dossier, "Anneke")) == []
    # Importing twice changes nothing the second time: the contact moment is there.
    again = _plan(dossier, REVIEW)
    assert [row.outcome for row in again.rows] == ["exists", "exists", "rejected"]
    assert again.new_contacts == 0
    assert len(_contacts_with(dossier, _person(dossier, "Zhou"))) == 1


def test_an_update_keeps_the_officials_notes_and_adds_the_imported_text(dossier):
    _imported(dossier, FIRST)
    plan = _plan(dossier, REVIEW)
    notes = next(c for c in plan.rows[0].changes if c.field == "notes")
    assert "Eigen aantekening van de ambtenaar" in notes.new
    _imported(dossier, REVIEW, partial=True)
    zhou = _person(dossier, "Zhou")
    assert zhou.notes == "Eigen aantekening van de ambtenaar\n\nmogelijk dubbel"
    # Lists are merged, not replaced.
    assert zhou.emails == ("zhou@example.cn", "haitao@example.cn")
    # An empty field is filled.
    anneke_csv = REVIEW.replace("12-03-2025;", "12-03-2025;Nieuw contact")
    _imported(dossier, anneke_csv, partial=True)
    assert _person(dossier, "Anneke").notes == "Nieuw contact"
    # The second time: nothing to add (the text is there already).
    assert _plan(dossier, REVIEW).rows[0].outcome == "exists"
    assert _person(dossier, "Zhou").notes.count("mogelijk dubbel") == 1


def test_the_preview_announces_no_organisation_of_a_rejected_row(dossier):
    plan = _plan(dossier, REVIEW)
    assert plan.rows[2].outcome == "rejected"
    assert "Onbekende BV" not in plan.new_organisations
    assert plan.new_organisations == ("Jinhai Havengroep (fictief)",)
    before = {o.name_nl for o in dossier.organisations.list_all()}
    importing.commit_import(dossier, plan, accept_partial=True)
    made = {o.name_nl for o in dossier.organisations.list_all()} - before
    assert made == set(plan.new_organisations)


def test_a_row_without_a_name_is_rejected_in_the_files_own_column(dossier):
    plan = _plan(dossier, REVIEW.replace("Naam;", "Volledige naam;", 1))
    (rejected,) = plan.rejected
    assert rejected.number == 4
    assert [e.column for e in rejected.errors] == ["Volledige naam"]
    assert "familienaam" not in rejected.errors[0].message


def test_a_refused_entry_of_a_list_is_in_its_column_and_says_which_entry(dossier):
    plan = _plan(dossier, (
        "Naam;Organisatie;Functie;Mail\r\n"
        "Chloë Dubois;Nieuwe Organisatie ë;;chloe@example\r\n"
        f"Jan Jansen;Gemeente Rotterdam;{'x' * 400};\r\n"))
    mail, function = (row.errors[0] for row in plan.rejected)
    assert mail.column == "Mail" and mail.message.startswith("e-mailadres 1: 'chloe@example'")
    assert function.column == "Functie" and function.message.startswith("titel (functie 1):")
    assert plan.new_organisations == ()  # only a rejected row named it


def test_the_preview_counts_participants_in_the_right_form() -> None:
    one = ParticipantDraft(ParticipantSide.OURS, role="gastheer")
    assert [shown((one,) * n) for n in (1, 2)] == ["1 deelnemer", "2 deelnemers"]
