"""Import as officials' Excel files are: preview first, one transaction, twice changes nothing."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from chinadossier.interchange.errors import UnreadableFile
from chinadossier.services import importing

CSV = (
    "Naam;Organisatie;Functie;E-mailadres;Laatste contact;Opmerkingen\r\n"
    "Jansen, Piet;Gemeente Rotterdam;wethouder (fictief);p.jansen@example.nl;3-2-2024;"
    "geïnformeerd\r\n"
    "Zhou Min (fictief);Xinghe Havengroep (fictief);directeur;;31-12-2024;\r\n"
    "ZHOU, Min (fictief);;;;;\r\n"
    "Chen Jie (fictief);Xinghe Havengroep (fictief);adviseur;;31-02-2024;\r\n"
)


def _rows(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM record").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()


def test_preview_writes_nothing_and_names_rows_and_columns(dossier, case_file):
    before = _rows(case_file)
    table = importing.read_table(CSV.encode("cp1252"), file_name="contacten.csv")
    plan = importing.plan_import(dossier, table)
    assert plan.kind.value == "personen"
    assert plan.counts()["new"] == 2
    assert plan.counts()["duplicate"] == 1
    (rejected,) = plan.rejected
    assert rejected.number == 5
    assert rejected.errors[0].column == "Laatste contact"
    assert "februari 2024 heeft 29 dagen" in rejected.errors[0].message
    assert plan.new_organisations == ("Xinghe Havengroep (fictief)",)
    assert _rows(case_file) == before
    with pytest.raises(importing.ImportRefused, match="1 rij"):
        importing.commit_import(dossier, plan)
    assert _rows(case_file) == before


def test_commit_is_one_transaction_and_importing_twice_changes_nothing(dossier, case_file):
    data = b"\xef\xbb\xbf" + CSV.replace("Chen Jie (fictief)", "陈杰").encode("utf-8")
    data = data.replace(b"31-02-2024", b"28-02-2024")
    plan = importing.plan_import(dossier, importing.read_table(data, file_name="c.csv"))
    assert not plan.rejected
    result = importing.commit_import(dossier, plan)
    # 1 organisation, 3 persons, 2 contact moments from "Laatste contact" (not with Piet
    # Jansen: an official of the own municipality is no Chinese party)
    assert result.created == 6
    assert [row.number for row in plan.own_side_contacts] == [2]
    persons = {p.display_name: p for p in dossier.persons.list_all()}
    jansen = persons["Piet Jansen"]
    assert jansen.positions[0].title == "wethouder (fictief)"
    assert jansen.emails == ("p.jansen@example.nl",)
    assert any(name.startswith("陈杰") for name in persons)
    after = _rows(case_file)
    again = importing.plan_import(dossier, importing.read_table(data, file_name="c.csv"))
    assert again.counts()["new"] == 0
    assert importing.commit_import(dossier, again).created == 0
    assert _rows(case_file) == after


def test_xlsx_with_a_prose_sheet_and_date_cells(dossier):
    book = Workbook()
    book.active.title = "Uitleg"
    book.active["A1"] = "Lijst van contactmomenten, bijgehouden door de griffie."
    sheet = book.create_sheet("Contactmomenten")
    sheet.append(["Datum", "Onderwerp", "Soort", "Classificatie"])
    sheet.append([dt.datetime(2024, 5, 6), "Ontvangst delegatie (fictief)", "ontvangst", "intern"])
    out = io.BytesIO()
    book.save(out)
    plan = importing.plan_import(dossier, importing.read_table(out.getvalue(), file_name="x.xlsx"))
    assert plan.sheet == "Contactmomenten"
    assert plan.counts()["new"] == 1
    importing.commit_import(dossier, plan)
    (meeting,) = [m for m in dossier.meetings.list_all() if "delegatie" in m.title]
    assert meeting.held_on == dt.date(2024, 5, 6)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "leeg"),
        (b"Naam;Functie\r\n", None),
        (b"Kleur;Maat\r\nrood;L\r\n", "kolomnamen"),
        (b"Onderwerp;Soort\r\nBezoek;werkbezoek\r\n", "Datum"),
    ],
)
def test_unusable_files_say_why_and_write_nothing(dossier, case_file, data, message):
    before = _rows(case_file)
    if message is None:
        plan = importing.plan_import(dossier, importing.read_table(data, file_name="x.csv"))
        assert plan.rows == ()
    else:
        with pytest.raises(UnreadableFile, match=message):
            table = importing.read_table(data, file_name="x.csv")
            kind = importing.ImportKind.MEETINGS if b"Onderwerp" in data else None
            importing.plan_import(dossier, table, kind=kind)
    assert _rows(case_file) == before


def test_a_known_name_at_another_organisation_is_a_probable_duplicate_not_skipped(dossier):
    data = (b"Naam;Organisatie;Functie\r\n"
            b"Zhou Min (fictief);Xinghe Havengroep (fictief);directeur\r\n")
    importing.commit_import(dossier, importing.plan_import(
        dossier, importing.read_table(data, file_name="a.csv")))
    other = (b"Naam;Organisatie;Functie\r\n"
             b"Zhou Min (fictief);Buitenlandbureau Jinhai (fictief);adviseur\r\n"
             b"Zhou Min (fictief);Xinghe Havengroep (fictief);directeur\r\n")
    plan = importing.plan_import(dossier, importing.read_table(other, file_name="b.csv"))
    assert [row.outcome for row in plan.rows] == ["similar", "exists"]


def test_the_services_own_checks_reject_rows_in_the_preview(dossier, case_file):
    before = _rows(case_file)
    data = (b"Naam;E-mailadres\r\nPiet Klaassen (fictief);niet-een-adres\r\n")
    plan = importing.plan_import(dossier, importing.read_table(data, file_name="c.csv"),
                                 kind=importing.ImportKind.PERSONS)
    (row,) = plan.rejected
    assert "e-mail" in (row.errors[0].column + row.errors[0].message).lower()
    assert _rows(case_file) == before


def _count_prepares(monkeypatch, service_class) -> list[object]:
    """Every draft the service prepares (checks) from now on."""
    seen: list[object] = []
    original = service_class.prepare

    def counting(self, records, draft, c, current):
        seen.append(draft)
        return original(self, records, draft, c, current)

    monkeypatch.setattr(service_class, "prepare", counting)
    return seen


def test_the_commit_writes_what_the_preview_checked_unless_the_file_changed(
    dossier, case_file, monkeypatch
):
    from chinadossier.services.meetings import MeetingService
    from chinadossier.services.persons import PersonService

    data = ("Naam;Organisatie;Functie;Laatste contact\r\n"
            "Zhou Min (fictief);Xinghe Havengroep (fictief);directeur;3-2-2024\r\n"
            "Wang Wei (fictief);Gemeente Rotterdam;wethouder;\r\n").encode("cp1252")
    prepared = _count_prepares(monkeypatch, PersonService)
    contacts = _count_prepares(monkeypatch, MeetingService)
    plan = importing.plan_import(dossier, importing.read_table(data, file_name="p.csv"))
    # The preview checks both persons with their functions, and Zhou's contact moment.
    assert (len(prepared), len(contacts)) == (2, 1)
    assert [r.outcome for r in plan.rows] == ["new", "new"]
    assert importing.commit_import(dossier, plan).created == 4
    # Nothing changed in between: nothing is checked a second time.
    assert (len(prepared), len(contacts)) == (2, 1)
    (meeting,) = dossier.meetings.list_all()
    assert meeting.held_on == dt.date(2024, 2, 3)
    zhou_id = next(p.meta.id for p in dossier.persons.list_all()
                   if p.display_name == "Zhou Min (fictief)")
    assert [p.party.id for p in meeting.participants] == [zhou_id]
    persons = {p.display_name: p for p in dossier.persons.list_all()}
    zhou = persons["Zhou Min (fictief)"]
    (position,) = zhou.positions
    # The function is at the organisation the import created, under the id the preview used.
    assert position.organisation.id == plan.organisation_ids["Xinghe Havengroep (fictief)"]
    assert position.organisation.label.startswith("Xinghe Havengroep (fictief)")
    assert persons["Wang Wei (fictief)"].positions[0].authority is not None


def test_a_change_after_the_preview_is_checked_again_at_the_commit(
    dossier, case_file, monkeypatch
):
    from chinadossier.services.persons import PersonService

    first = ("Naam;Soort\r\nXinghe Havengroep (fictief);privébedrijf\r\n").encode("cp1252")
    importing.commit_import(dossier, importing.plan_import(
        dossier, importing.read_table(first, file_name="o.csv")))
    data = ("Naam;Organisatie;Functie\r\n"
            "Zhou Min (fictief);Xinghe Havengroep (fictief);directeur\r\n").encode("cp1252")
    plan = importing.plan_import(dossier, importing.read_table(data, file_name="p.csv"))
    assert [r.outcome for r in plan.rows] == ["new"]
    # Someone puts the organisation in the trash between the preview and the commit.
    (org,) = dossier.organisations.list_all()
    dossier.organisations.delete(org.meta.id, expected_version=org.meta.version)
    prepared = _count_prepares(monkeypatch, PersonService)
    before = _rows(case_file)
    with pytest.raises(importing.ImportRefused, match="Rij 2 wordt geweigerd"):
        importing.commit_import(dossier, plan)
    assert len(prepared) == 1  # checked again, against the file as it now is
    assert _rows(case_file) == before


def _backup_step(case_file: Path, clock):
    from tests.conftest import TEST_ACTOR

    from chinadossier.services import backups

    return backups.backup_step(case_file, backups.place_for(case_file.parent), "voor-import",
                               clock=clock, actor=TEST_ACTOR)


_TWO_PERSONS = ("Naam;Organisatie;Functie;Laatste contact\r\n"
                "Zhou Min (fictief);Xinghe Havengroep (fictief);directeur;3-2-2024\r\n"
                "Wang Wei (fictief);Gemeente Rotterdam;wethouder;\r\n").encode("cp1252")


def test_the_imports_own_backup_between_preview_and_commit_needs_no_second_check(
    dossier, case_file, clock, monkeypatch
):
    from chinadossier.services.meetings import MeetingService
    from chinadossier.services.persons import PersonService

    prepared = _count_prepares(monkeypatch, PersonService)
    contacts = _count_prepares(monkeypatch, MeetingService)
    plan = importing.plan_import(dossier, importing.read_table(_TWO_PERSONS, file_name="p.csv"))
    result = importing.commit_import(dossier, plan, backup=_backup_step(case_file, clock))
    assert result.backup is not None and result.backup.exists()
    assert result.created == 4
    # The backup noted itself in the audit trail; records and settings are as checked.
    assert (len(prepared), len(contacts)) == (2, 1)


def test_a_change_besides_the_backup_is_checked_again_at_the_commit(
    dossier, case_file, clock, monkeypatch
):
    from chinadossier.domain.codes import OrganisationKind
    from chinadossier.domain.drafts import OrganisationDraft
    from chinadossier.services.persons import PersonService

    plan = importing.plan_import(dossier, importing.read_table(_TWO_PERSONS, file_name="p.csv"))
    prepared = _count_prepares(monkeypatch, PersonService)
    backup = _backup_step(case_file, clock)

    def backup_then_change() -> Path:
        made = backup()
        dossier.organisations.create(OrganisationDraft(name_nl="Iets anders (fictief)",
                                                       org_kind=OrganisationKind.OTHER))
        return made

    assert importing.commit_import(dossier, plan, backup=backup_then_change).created == 4
    assert len(prepared) == 2  # both persons checked again


def test_the_same_preview_committed_twice_is_refused_the_second_time(dossier, case_file):
    data = ("Naam;Organisatie;Functie;Laatste contact\r\n"
            "Zhou Min (fictief);Xinghe Havengroep (fictief);directeur;3-2-2024\r\n"
            ).encode("cp1252")
    plan = importing.plan_import(dossier, importing.read_table(data, file_name="p.csv"))
    assert importing.commit_import(dossier, plan).created == 3
    after = _rows(case_file)
    with pytest.raises(importing.ImportRefused, match="al geïmporteerd"):
        importing.commit_import(dossier, plan)
    assert _rows(case_file) == after
    again = importing.plan_import(dossier, importing.read_table(data, file_name="p.csv"))
    assert [r.outcome for r in again.rows] == ["exists"]


def test_a_row_whose_draft_was_replaced_after_the_preview_writes_the_new_draft(
    dossier, monkeypatch
):
    import dataclasses

    from chinadossier.services.organisations import OrganisationService

    data = "Naam;Soort\r\nXinghe Havengroep (fictief);privébedrijf\r\n".encode("cp1252")
    plan = importing.plan_import(dossier, importing.read_table(data, file_name="o.csv"))
    (row,) = plan.rows
    # A caller (a screen) changes the row's draft after the preview, keeping the rest.
    renamed = dataclasses.replace(row.draft, name_nl="Xinghe Haven Groep (fictief)")
    plan = dataclasses.replace(plan, rows=(dataclasses.replace(row, draft=renamed),))
    prepared = _count_prepares(monkeypatch, OrganisationService)
    importing.commit_import(dossier, plan)
    assert len(prepared) == 1  # the changed draft is checked, not the preview's values reused
    assert [o.name_nl for o in dossier.organisations.list_all()] == [
        "Xinghe Haven Groep (fictief)"]
