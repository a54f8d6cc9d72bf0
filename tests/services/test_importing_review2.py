"""Second review of the import: tie titles, record numbers in the Partner column, importing an
unchanged file twice with --duplicates nieuw, Dutch government organisations, and the messages
of cells."""

from __future__ import annotations

from chinadossier.services import importing

TIES = (
    "Gemeente;Partner;Soort;Status;Begindatum;Einddatum;Opmerkingen\r\n"
    "Rotterdam;Shanghai;zusterstad;;1979;;Zusterstad sinds 1979\r\n"
    "Rotterdam;Nanjing;stedenband;beëindigd;ca. 1997;2022/23;Datum beëindiging onzeker\r\n"
)


def _plan(dossier, text: str, name: str = "lijst.csv", **kw) -> importing.ImportPlan:
    table = importing.read_table(text.encode("utf-8"), file_name=name)
    return importing.plan_import(dossier, table, **kw)


def _imported(dossier, text: str, **kw) -> importing.ImportResult:
    return importing.commit_import(dossier, _plan(dossier, text, **kw), accept_partial=True)


def test_a_tie_without_a_title_is_named_authority_and_partner(dossier):
    _imported(dossier, TIES)
    titles = sorted(t.title for t in dossier.ties.list_all())
    assert titles == ["Rotterdam – Nanjing (南京市)", "Rotterdam – Shanghai (上海市)"]
    # Importing twice changes nothing.
    assert [r.outcome for r in _plan(dossier, TIES).rows] == ["exists", "exists"]


def test_a_record_number_in_the_partner_column_names_that_organisation(dossier):
    _imported(dossier, TIES)
    shanghai = next(o for o in dossier.organisations.list_all() if "Shanghai" in o.name_nl)
    number = shanghai.meta.display_no
    plan = _plan(
        dossier,
        "Gemeente;Partner;Soort\r\n"
        f"Rotterdam;{number};zusterstad\r\n"
        f"Rotterdam;{number};intentieverklaring\r\n"
        "Rotterdam;ORG-9999;stedenband\r\n",
    )
    assert [r.outcome for r in plan.rows] == ["exists", "new", "rejected"]
    assert not plan.new_organisations
    error = plan.rows[2].errors[0]
    assert error.column == "Partner"
    assert "ORG-9999" in error.message
    importing.commit_import(dossier, plan, accept_partial=True)
    assert not any(o.name_nl.startswith("ORG-") for o in dossier.organisations.list_all())
    tie = next(t for t in dossier.ties.list_all() if t.tie_type.value == "letter_of_intent")
    assert tie.organisation.id == shanghai.meta.id


def test_a_row_added_as_new_is_found_again_the_second_time(dossier):
    from chinadossier.services import import_merge

    _imported(dossier, "Naam;Organisatie;Functie\r\nJan de Vries;Gemeente Rotterdam;Adviseur\r\n")
    guest = "Naam;Organisatie;Functie\r\nJan de Vries;Zhejiang Universiteit;Gastdocent\r\n"
    for run in range(2):
        plan = import_merge.choose_for_all(dossier, _plan(dossier, guest), "new")
        assert [r.outcome for r in plan.rows] == ["new" if run == 0 else "exists"]
        importing.commit_import(dossier, plan)
    # Without the choice too: the row names the second Jan de Vries.
    assert [r.outcome for r in _plan(dossier, guest).rows] == ["exists"]
    assert sum(p.display_name == "Jan de Vries" for p in dossier.persons.list_all()) == 2
