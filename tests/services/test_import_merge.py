"""A "mogelijk dubbel" row of an import: merge it into the record, add it as new, or skip it;
and two records of the case file that one row names as the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import OrganisationDraft
from chinadossier.services import import_merge, importing
from chinadossier.services.import_merge import RowChoice

ORGS = (
    "Naam;Chinese naam;Website;E-mailadres\r\n"
    "Havenbedrijf Xinghee (fictief);;https://haven.example.cn;info@haven.example.cn\r\n"
)


def _rows(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM record").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def haven(dossier):
    return dossier.organisations.create(OrganisationDraft(
        name_nl="Havenbedrijf Xinghe (fictief)", hanzi="星河港务集团",
        org_kind=OrganisationKind.SOE)).record


def _plan(dossier, text: str, kind: str | None = None) -> importing.ImportPlan:
    return importing.plan_import(
        dossier, importing.read_table(text.encode("utf-8"), file_name="lijst.csv"),
        kind=importing.ImportKind(kind) if kind else None)


def test_a_similar_row_merged_field_by_field_updates_the_record_and_nothing_else(
    dossier, case_file, haven
) -> None:
    plan = _plan(dossier, ORGS)
    (row,) = plan.rows
    assert row.outcome == "similar" and row.match == haven.meta.display_no
    assert import_merge.similar_rows(plan) == (row,)
    preview = import_merge.merge_preview(dossier, plan, row.number)
    assert preview.a.display_no == haven.meta.display_no and preview.b.display_no == "rij 2"
    fields = {f.name: f for f in preview.fields}
    # The name differs: the record's is proposed; what the record lacks, the row's.
    assert fields["name_nl"].a == "Havenbedrijf Xinghe (fictief)"
    assert fields["name_nl"].b == "Havenbedrijf Xinghee (fictief)"
    assert fields["name_nl"].choice == "a"
    assert (fields["website"].a, fields["website"].choice) == ("(leeg)", "b")
    assert fields["emails"].choice == "b"
    assert "org_kind" not in fields  # the file says no kind: "overig" is not offered

    before = _rows(case_file)
    merged = import_merge.apply_choices(dossier, plan, {2: RowChoice("merge",
                                                                     preview.choices())})
    assert _rows(case_file) == before  # choosing writes nothing
    (update,) = merged.rows
    assert update.outcome == "update" and update.match == haven.meta.display_no
    # The row's spelling of the name becomes another spelling of the record.
    assert {c.field for c in update.changes} == {"website", "emails", "aliases"}
    result = importing.commit_import(dossier, merged)
    assert (result.created, result.updated) == (0, 1)
    (only,) = dossier.organisations.list_all()
    assert only.name_nl == "Havenbedrijf Xinghe (fictief)"
    assert only.website == "https://haven.example.cn"
    assert only.emails == ("info@haven.example.cn",)
    assert only.aliases == "Havenbedrijf Xinghee (fictief)"
    # The same file again finds the record by that spelling and changes nothing.
    again = _plan(dossier, ORGS)
    assert [(r.outcome, r.match) for r in again.rows] == [("exists", haven.meta.display_no)]

    # The row's name chosen instead: the record takes it.
    plan = _plan(dossier, ORGS.replace("haven.example.cn", "xinghe.example.cn")
                 .replace("Xinghee", "Xinghea"))
    assert plan.rows[0].outcome == "similar"
    renamed = import_merge.apply_choices(dossier, plan, {2: RowChoice(
        "merge", {"name_nl": "b", "website": "a", "emails": "a"})})
    assert [c.field for c in renamed.rows[0].changes] == ["name_nl"]
    importing.commit_import(dossier, renamed)
    assert [o.name_nl for o in dossier.organisations.list_all()] == [
        "Havenbedrijf Xinghea (fictief)"]


def test_a_similar_row_as_new_or_skipped(dossier, case_file, haven) -> None:
    plan = _plan(dossier, ORGS)
    skipped = import_merge.apply_choices(dossier, plan, {2: RowChoice("skip")})
    assert skipped.rows == plan.rows
    before = _rows(case_file)
    assert importing.commit_import(dossier, skipped).created == 0
    assert _rows(case_file) == before
    new = import_merge.apply_choices(dossier, plan, {2: RowChoice("new")})
    assert new.rows[0].outcome == "new" and new.rows[0].match is None
    assert importing.commit_import(dossier, new).created == 1
    assert sorted(o.name_nl for o in dossier.organisations.list_all()) == [
        "Havenbedrijf Xinghe (fictief)", "Havenbedrijf Xinghee (fictief)"]


def test_a_person_merged_gets_the_function_at_a_new_organisation_and_the_contact_moment(
    dossier
) -> None:
    importing.commit_import(dossier, _plan(
        dossier, "Naam;Organisatie;Functie\r\nZhou Min (fictief);Gemeente Rotterdam;adviseur\r\n"))
    (zhou,) = dossier.persons.list_all()
    meetings = len(dossier.meetings.list_all())
    plan = _plan(dossier, "Naam;Organisatie;Functie;Laatste contact;Telefoon\r\n"
                          "Zhou Min (fictief);Buitenlandbureau Jinhai (fictief);directeur;"
                          "3-2-2024;+86 25 1234 5678\r\n")
    (row,) = plan.rows
    assert row.outcome == "similar"  # the same name at another organisation
    preview = import_merge.merge_preview(dossier, plan, row.number)
    fields = {f.name: f for f in preview.fields}
    assert fields["last_contact"].b == "contactmoment op 03-02-2024"
    # The function at the organisation the case file lacks is offered as a function (the
    # organisation is created), never dropped nor hidden in the notes.
    assert (fields["positions"].a, fields["positions"].b) == ("adviseur", "adviseur; directeur")
    assert fields["positions"].choice == "b" and "notes" not in fields
    assert "aliases" not in fields  # the same name: no other spelling to keep
    merged = import_merge.apply_choices(dossier, plan, {row.number: RowChoice(
        "merge", preview.choices())})
    assert merged.new_organisations == ("Buitenlandbureau Jinhai (fictief)",)
    result = importing.commit_import(dossier, merged)
    # The organisation and the contact moment; the person.
    assert (result.created, result.updated) == (2, 1)
    (after,) = dossier.persons.list_all()
    assert after.meta.id == zhou.meta.id
    assert after.phones == ("+86 25 1234 5678",)
    (bureau,) = dossier.organisations.list_all()
    assert bureau.name_nl == "Buitenlandbureau Jinhai (fictief)"
    assert [(p.title, (p.organisation or p.authority).id) for p in after.positions][1] == (
        "directeur", bureau.meta.id)
    assert not after.notes
    # The same row again: the person works there now, with that function and contact moment.
    again = _plan(dossier, "Naam;Organisatie;Functie;Laatste contact;Telefoon\r\n"
                           "Zhou Min (fictief);Buitenlandbureau Jinhai (fictief);directeur;"
                           "3-2-2024;+86 25 1234 5678\r\n")
    assert [(r.outcome, r.match) for r in again.rows] == [("exists", zhou.meta.display_no)]
    held = [m for m in dossier.meetings.list_all()
            if any(p.party.id == zhou.meta.id for p in m.participants)]
    assert len(dossier.meetings.list_all()) == meetings + 1
    assert [m.held_on.isoformat() for m in held] == ["2024-02-03"]
    assert held[0].meta.classification == after.meta.classification
    assert held[0].meta.tags == () and held[0].meta.sources == ()  # nothing of the person's


def test_only_the_contact_moment_chosen_leaves_the_record_as_it_is(dossier) -> None:
    importing.commit_import(dossier, _plan(dossier, "Naam\r\nZhou Min (fictief)\r\n", "personen"))
    (zhou,) = dossier.persons.list_all()
    plan = _plan(dossier, "Naam;Laatste contact;Telefoon\r\n"
                          "Zhou Minn (fictief);3-2-2024;+86 25 1234 5678\r\n", "personen")
    (row,) = plan.rows
    assert row.outcome == "similar"
    merged = import_merge.apply_choices(dossier, plan, {row.number: RowChoice(
        "merge", {"family_name": "a", "given_name": "a", "phones": "a", "last_contact": "b"})})
    assert merged.rows[0].outcome == "update" and merged.rows[0].draft is None
    importing.commit_import(dossier, merged)
    (after,) = dossier.persons.list_all()
    assert after.meta.version == zhou.meta.version and after.phones == ()
    assert len(dossier.meetings.list_all()) == 1


def test_a_row_naming_two_records_as_one_is_reported(dossier, haven) -> None:
    other = dossier.organisations.create(OrganisationDraft(
        name_nl="Xinghe Port Group (fictief)", org_kind=OrganisationKind.SOE)).record
    row = "Naam;Chinese naam\r\nXinghe Port Group (fictief);星河港务集团\r\n"
    plan = _plan(dossier, row, "organisaties")
    (found,) = plan.records_as_one
    assert found.row == 2
    assert {found.pair.a, found.pair.b} == {haven.meta.id, other.meta.id}
    assert found.reason.startswith(f"Rij 2 noemt {other.meta.display_no}")
    # Merged (services.merging), the file is one organisation again.
    dossier.merges.merge(haven.meta.id, other.meta.id, {})
    assert _plan(dossier, row, "organisaties").records_as_one == ()


def test_a_choice_for_a_row_that_is_not_a_probable_duplicate_is_refused(dossier, haven) -> None:
    plan = _plan(dossier, ORGS)
    with pytest.raises(import_merge.ChoiceRefused, match="Rij 3"):
        import_merge.apply_choices(dossier, plan, {3: RowChoice("new")})


def test_a_person_added_as_new_gets_the_new_organisation_the_row_names(dossier) -> None:
    importing.commit_import(dossier, _plan(
        dossier, "Naam;Organisatie;Functie\r\nZhou Min (fictief);Gemeente Rotterdam;adviseur\r\n"))
    plan = _plan(dossier, "Naam;Organisatie;Functie\r\n"
                          "Zhou Min (fictief);Buitenlandbureau Jinhai (fictief);directeur\r\n")
    assert plan.new_organisations == ()  # a skipped row makes no organisation
    new = import_merge.apply_choices(dossier, plan, {2: RowChoice("new")})
    assert new.new_organisations == ("Buitenlandbureau Jinhai (fictief)",)
    result = importing.commit_import(dossier, new)
    assert result.created == 2  # the organisation and the second Zhou Min
    (bureau,) = dossier.organisations.list_all()
    zhous = dossier.persons.list_all()
    assert len(zhous) == 2
    assert any(p.positions and p.positions[0].organisation is not None
               and p.positions[0].organisation.id == bureau.meta.id for p in zhous)


def test_the_name_order_is_not_a_field_of_its_own_in_the_merge(dossier) -> None:
    from chinadossier.domain.codes import NameOrder
    from chinadossier.domain.drafts import PersonDraft

    dossier.persons.create(PersonDraft(family_name="Wang", given_name="Weiming",
                                       name_order=NameOrder.GIVEN_FIRST))
    plan = _plan(dossier, "Naam\r\nWang Weimin\r\n", "personen")
    (row,) = plan.rows
    assert row.outcome == "similar"
    fields = {f.name: f for f in import_merge.merge_preview(dossier, plan, 2).fields}
    assert "name_order" not in fields
    assert (fields["given_name"].a, fields["given_name"].b) == ("Weiming", "Weimin")
    merged = import_merge.apply_choices(dossier, plan, {2: RowChoice("merge",
                                                                     {"given_name": "b"})})
    importing.commit_import(dossier, merged)
    (after,) = dossier.persons.list_all()
    assert (after.given_name, after.name_order) == ("Weimin", NameOrder.GIVEN_FIRST)


PIETER = ("Naam;Organisatie;Functie;E-mailadres;Laatste contact\r\n"
          "Pieter Jansen;Erasmus Universiteit;adviseur;pieter@voorbeeld.nl;03-03-2025\r\n")


def _pieter(dossier) -> tuple[object, int]:
    """Pieter Jansen, imported with his contact moment of 03-03-2025; the number of meetings."""
    importing.commit_import(dossier, _plan(dossier, PIETER))
    (pieter,) = dossier.persons.list_all()
    return pieter, len(dossier.meetings.list_all())


def test_merging_a_row_whose_contact_moment_exists_adds_no_second_one(dossier) -> None:
    pieter, meetings = _pieter(dossier)
    janssen = PIETER.replace("Pieter Jansen", "Pieter Janssen")
    plan = _plan(dossier, janssen)
    (row,) = plan.rows
    assert (row.outcome, row.match) == ("similar", pieter.meta.display_no)
    # The dialog sees the contact moment of that day: nothing to add, so nothing offered.
    fields = {f.name: f for f in import_merge.merge_preview(dossier, plan, 2).fields}
    assert "last_contact" not in fields
    merged = import_merge.choose_for_all(dossier, plan, "merge")
    (update,) = merged.rows
    assert update.outcome == "update" and "last_contact" not in update.extra
    assert [c.field for c in update.changes] == ["aliases"]
    importing.commit_import(dossier, merged)
    assert len(dossier.meetings.list_all()) == meetings
    # The next time the row names the merged person ("bestaat al"), merged or not.
    for again in (_plan(dossier, janssen),
                  import_merge.choose_for_all(dossier, _plan(dossier, janssen), "merge")):
        assert [(r.outcome, r.match) for r in again.rows] == [("exists", pieter.meta.display_no)]
        assert importing.commit_import(dossier, again).created == 0
    assert len(dossier.meetings.list_all()) == meetings


def test_the_merge_dialog_names_the_contact_moments_the_record_has(dossier) -> None:
    _pieter(dossier)
    plan = _plan(dossier, PIETER.replace("Pieter Jansen", "Pieter Janssen")
                 .replace("03-03-2025", "05-06-2025"))
    fields = {f.name: f for f in import_merge.merge_preview(dossier, plan, 2).fields}
    assert (fields["last_contact"].a, fields["last_contact"].b) == (
        "1 contactmoment, het laatste op 03-03-2025", "contactmoment op 05-06-2025")
    merged = import_merge.choose_for_all(dossier, plan, "merge")
    (change,) = [c for c in merged.rows[0].changes if c.field == "last_contact"]
    assert change.old == "1 contactmoment, het laatste op 03-03-2025"


def test_another_spelling_never_takes_a_persons_own_name(dossier) -> None:
    from chinadossier.domain.codes import NameOrder
    from chinadossier.domain.drafts import PersonDraft

    first = dossier.persons.create(PersonDraft(
        family_name="Li", given_name="Qiangg", name_order=NameOrder.FAMILY_FIRST,
        aliases="Li Qiang")).record
    second = dossier.persons.create(PersonDraft(
        family_name="Li", given_name="Qiang", name_order=NameOrder.FAMILY_FIRST)).record
    plan = _plan(dossier, "Naam\r\nLi Qiang\r\nQiangg, Li\r\n", "personen")
    assert [r.match for r in plan.rows] == [second.meta.display_no, first.meta.display_no]


def test_merging_keeps_the_records_notes_and_adds_the_rows(dossier) -> None:
    importing.commit_import(dossier, _plan(dossier, "Naam;Opmerkingen\r\nZhou Min;Eigen.\r\n",
                                           "personen"))
    row = "Naam;Opmerkingen\r\nZhou Minn;Uit de lijst.\r\n"
    plan = _plan(dossier, row, "personen")
    fields = {f.name: f for f in import_merge.merge_preview(dossier, plan, 2).fields}
    assert (fields["notes"].choice, fields["notes"].both) == ("both", "Eigen.\n\nUit de lijst.")
    importing.commit_import(dossier, import_merge.choose_for_all(dossier, plan, "merge"))
    (zhou,) = dossier.persons.list_all()
    assert (zhou.notes, zhou.aliases) == ("Eigen.\n\nUit de lijst.", "Zhou Minn")
    assert [r.outcome for r in _plan(dossier, row, "personen").rows] == ["exists"]
