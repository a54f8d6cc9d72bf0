"""Persons in an import: matched on the organisation record, never silently dropped."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from chinadossier.services import importing


def _import(dossier, data: bytes, name: str = "p.csv", *, partial: bool = False):
    plan = importing.plan_import(dossier, importing.read_table(data, file_name=name))
    importing.commit_import(dossier, plan, accept_partial=partial)
    return plan


def _plan(dossier, data: bytes, name: str = "p.csv"):
    return importing.plan_import(dossier, importing.read_table(data, file_name=name))


def _counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM record").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()


ORGANISATION = ("Naam;Chinese naam;Soort\r\n"
                "Suzhou Industrial Park (fictief);苏州工业园区;privébedrijf\r\n").encode()


def test_a_person_matches_on_the_organisation_record_whatever_spelling_named_it(
        dossier, case_file):
    _import(dossier, ORGANISATION, "o.csv")
    _import(dossier, ("Naam;Organisatie;Functie;Chinese naam\r\n"
                      "Zhang San;苏州工业园区;Manager;张三\r\n").encode())
    after = _counts(case_file)
    # Imported again with any spelling of the organisation, it is the same person.
    for cell in ("Suzhou Industrial Park (fictief)", "苏州工业园区",
                 "Suzhou Industrial Park (fictief) (苏州工业园区)", "suzhou industrial park"):
        again = (f"Naam;Organisatie;Functie;Chinese naam\r\n"
                 f"Zhang San;{cell};Manager;张三\r\n").encode()
        plan = _plan(dossier, again)
        assert [row.outcome for row in plan.rows] == ["exists"], cell
        importing.commit_import(dossier, plan)
        assert _counts(case_file) == after
    (person,) = [p for p in dossier.persons.list_all() if p.hanzi == "张三"]
    assert len(person.positions) == 1


def test_the_same_name_at_another_organisation_in_the_file_is_for_the_user(dossier):
    _import(dossier, ORGANISATION, "o.csv")
    data = ("Naam;Organisatie;Functie;E-mailadres\r\n"
            "Li Qiang;Suzhou Industrial Park (fictief);Directeur;lq@sip.example\r\n"
            "Li Qiang;Nanjing Foreign Affairs Office (fictief);Tolk;liqiang@wb.example\r\n"
            "Li Qiang;Suzhou Industrial Park (fictief);Directeur;lq@sip.example\r\n"
            "Li Qiang;;;\r\n"
            "Li Qiang;苏州工业园区;Directeur;ander@sip.example\r\n").encode()
    plan = _plan(dossier, data)
    outcomes = [(row.number, row.outcome, row.match) for row in plan.rows]
    assert outcomes == [
        (2, "new", None),
        # Another organisation: maybe another person with the same name; the user decides.
        (3, "similar", "rij 2"),
        # The very same row again (or a row that adds nothing) is a double of row 2.
        (4, "duplicate", "rij 2"),
        (5, "duplicate", "rij 2"),
        # The same organisation under its Chinese name, with another e-mail address.
        (6, "similar", "rij 2"),
    ]


def test_hanzi_lost_to_an_excel_cp1252_csv_are_refused_not_taken_as_a_name(dossier, case_file):
    data = ("Achternaam;Voornaam;Chinese naam;Pinyin;Organisatie;Functie\r\n"
            "Chen;Jianguo;???;Chén Jiànguó;Stadsbestuur Jinhai (fictief) (???????);"
            "Burgemeester (??)\r\n"
            "Li;Xiaomei;??;L? Xi?oméi;;\r\n"
            "Jansen;Piet;;;Gemeente Rotterdam;Vraagteken?\r\n").encode("cp1252")
    plan = _plan(dossier, data)
    assert plan.encoding == "cp1252"
    first, second, third = plan.rows
    assert first.outcome == second.outcome == "rejected"
    assert [e.column for e in first.errors] == ["Chinese naam", "Organisatie", "Functie"]
    assert [e.column for e in second.errors] == ["Chinese naam", "Pinyin"]
    assert "'???'" in first.errors[0].message
    assert "Chinese tekens zijn verloren gegaan" in first.errors[0].message
    assert "CSV UTF-8" in first.errors[0].message
    # A question mark where no Chinese is expected is the user's text.
    assert third.outcome == "new"
    before = _counts(case_file)
    importing.commit_import(dossier, plan, accept_partial=True)
    assert not [p for p in dossier.persons.list_all() if p.hanzi and "?" in p.hanzi]
    assert not [o for o in dossier.organisations.list_all() if "?" in o.name_nl]
    assert _counts(case_file)[0] == before[0] + 1


def test_the_own_authority_by_its_bare_name_is_never_made_a_chinese_organisation(dossier):
    # An export writes a function at the own authority as "Rotterdam".
    data = (b"Naam;Organisatie;Functie\r\n"
            b"Fenna Dijkstra (fictief);Rotterdam;Adviseur\r\n")
    plan = _plan(dossier, data)
    assert plan.new_organisations == ()
    importing.commit_import(dossier, plan)
    (person,) = dossier.persons.list_all()
    (position,) = person.positions
    assert position.authority is not None and position.organisation is None
    assert [row.outcome for row in _plan(dossier, data).rows] == ["exists"]
    assert [row.outcome for row in _plan(dossier, data.replace(
        b"Rotterdam", b"Gemeente Rotterdam")).rows] == ["exists"]


def test_the_preview_names_a_person_as_the_list_will(dossier):
    data = ("Voornaam;Achternaam;Chinese naam\r\n"
            "Qiáng;Zhèng;郑强\r\n"
            "Anneloes;Berg;\r\n").encode()
    plan = _plan(dossier, data)
    importing.commit_import(dossier, plan)
    listed = {p.family_name: p.display_name for p in dossier.persons.list_all()}
    assert [row.label for row in plan.rows] == [listed["Zhèng"], listed["Berg"]]
    assert listed["Zhèng"] == "郑强 Zhèng Qiáng" and listed["Berg"] == "Anneloes Berg"


def test_a_function_without_organisation_of_a_known_person_goes_to_the_notes(dossier) -> None:
    _import(dossier, b"Naam;Functie;Opmerkingen\r\nPieter Jansen;;Eigen tekst.\r\n")
    row = b"Naam;Functie;Opmerkingen\r\nPieter Jansen;Docent;\r\n"
    (update,) = _plan(dossier, row).rows
    # Not dropped under "bestaat al": added to the notes, as for a new person.
    assert (update.outcome, [c.field for c in update.changes]) == ("update", ["notes"])
    assert update.changes[0].new == "Eigen tekst.\n\nFunctie: Docent"
    _import(dossier, row)
    (pieter,) = dossier.persons.list_all()
    assert pieter.notes == "Eigen tekst.\n\nFunctie: Docent"
    assert [r.outcome for r in _plan(dossier, row).rows] == ["exists"]
