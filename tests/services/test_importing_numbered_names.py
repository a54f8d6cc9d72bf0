"""Names that differ only in their digits are other persons and organisations, in the import
and in "mogelijke dubbelen"; spellings of one name still match (issue #10, review)."""

from __future__ import annotations

from tests.services.helpers import person_draft

from chinadossier.domain.codes import RecordKind
from chinadossier.interchange.columns import ImportKind
from chinadossier.services import importing


def _plan(dossier, text: str, kind: ImportKind = ImportKind.PERSONS):
    return importing.plan_import(
        dossier, importing.read_table(text.encode(), file_name="p.csv"), kind=kind
    )


def _import(dossier, text: str, kind: ImportKind = ImportKind.PERSONS):
    plan = _plan(dossier, text, kind)
    importing.commit_import(dossier, plan)
    return plan


def test_numbered_persons_in_one_file_are_all_new(dossier):
    plan = _plan(dossier, "Naam\r\nJan1 Midden1\r\nJan2 Midden2\r\nJan Midden\r\nJan3 Midden3\r\n")
    assert [row.outcome for row in plan.rows] == ["new"] * 4


def test_a_numbered_person_is_not_taken_for_the_one_in_the_case_file(dossier):
    _import(dossier, "Naam\r\nJan1 Midden1\r\nPersoon100\r\n")
    plan = _plan(dossier, "Naam\r\nJan2 Midden2\r\nPersoon101\r\nJan1 Midden1\r\nMidden1, Jan1\r\n")
    assert [(row.outcome, row.match) for row in plan.rows] == [
        ("new", None),
        ("new", None),
        ("exists", "PER-0001"),
        ("duplicate", "rij 4"),
    ]


def test_spellings_of_one_person_still_match(dossier):
    _import(dossier, "Naam;Chinese naam\r\nWang Wei;王伟\r\nPiet Janssen;\r\n")
    for name in ("WANG Wei", "Wáng Wěi", "Wei Wang", "wang2 wei3", "Janssen, Piet"):
        plan = _plan(dossier, f"Naam\r\n{name}\r\n")
        assert [row.outcome for row in plan.rows] == ["exists"], name
    plan = _plan(dossier, "Chinese naam\r\n王伟\r\n")
    assert [row.outcome for row in plan.rows] == ["exists"]


def test_numbered_organisations_are_other_organisations(dossier):
    organisations = ImportKind.ORGANISATIONS
    _import(dossier, "Naam;Soort\r\nHandelsbureau 3 (fictief);overig\r\n", organisations)
    plan = _plan(
        dossier,
        "Naam;Soort\r\nHandelsbureau 4 (fictief);overig\r\n"
        "Handelsbureau (fictief);overig\r\nHandelsbureau 3 (fictief);overig\r\n",
        organisations,
    )
    assert [row.outcome for row in plan.rows] == ["new", "new", "exists"]


def test_numbered_names_are_not_possible_duplicates(dossier):
    for family, given in (
        ("Midden1", "Jan1"),
        ("Midden2", "Jan2"),
        ("Jansen", "Piet 2"),
        ("Jansen", "Pieter 2"),
    ):
        dossier.persons.create(person_draft(family, given_name=given))
    pairs = dossier.merges.duplicates(RecordKind.PERSON)
    names = [sorted(dossier.persons.get(i).display_name for i in (p.a, p.b)) for p in pairs]
    assert names == [["Jansen Piet 2", "Jansen Pieter 2"]]
