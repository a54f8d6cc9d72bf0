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


def _contacts_with(dossier, person) -> list:
    return [m for m in dossier.meetings.list_all()
            if any(p.party.id == person.meta.id for p in m.participants)]


def test_dutch_government_staff_are_on_our_side(dossier):
    from chinadossier.domain.codes import ParticipantSide

    plan = _plan(dossier, (
        "Naam;Organisatie;Functie;Laatste contact\r\n"
        "Mark de Wit;Gemeente Rotterdam (Internationale Zaken);Adviseur;07-10-2025\r\n"
        "Els Bakker;Ministerie van Buitenlandse Zaken;Beleidsmedewerker;08-10-2025\r\n"
        "Wang Wei;Fudan Universiteit;Hoogleraar;09-10-2025\r\n"))
    assert [r.outcome for r in plan.rows] == ["new", "new", "new"]
    # The department in brackets is part of the own municipality, no new organisation.
    assert list(plan.new_organisations) == ["Ministerie van Buitenlandse Zaken",
                                            "Fudan Universiteit"]
    importing.commit_import(dossier, plan)
    persons = {p.display_name: p for p in dossier.persons.list_all()}
    mark = persons["Mark de Wit"]
    assert [p.authority is not None for p in mark.positions] == [True]
    assert _contacts_with(dossier, mark) == []
    assert _contacts_with(dossier, persons["Els Bakker"]) == []
    wang = next(p for name, p in persons.items() if "Wang" in name or "Wáng" in name)
    assert len(_contacts_with(dossier, wang)) == 1
    # In a contact moment the ministry's official and the ministry sit on our side.
    _imported(dossier, "Datum;Onderwerp;Personen;Organisatie\r\n"
                       "10-10-2025;Overleg;Els Bakker, Wang Wei;"
                       "Ministerie van Buitenlandse Zaken\r\n")
    meeting = next(m for m in dossier.meetings.list_all() if m.title == "Overleg")
    sides = {p.party.label: p.side for p in meeting.participants}
    assert sides["Els Bakker"] is ParticipantSide.OURS
    assert sides["Ministerie van Buitenlandse Zaken"] is ParticipantSide.OURS
    assert [s for label, s in sides.items() if "Wang" in label or "Wáng" in label] == [
        ParticipantSide.THEIRS]


def _xlsx(rows: list[list]) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_lost_characters_in_a_workbook_are_no_question_of_encoding(dossier):
    rows = [["Naam", "Organisatie"], ["?? Wáng W?i", "Fudan Universiteit"]]
    table = importing.read_table(_xlsx(rows), file_name="personen.xlsx")
    (error,) = importing.plan_import(dossier, table).rows[0].errors
    assert error.column == "Naam"
    assert "?? Wáng W?i" in error.message
    for csv_word in ("CSV", "Windows-1252", "--encoding", "Tekenset"):
        assert csv_word not in error.message
    # In a CSV file the encoding is the likely cause, and the way out is named.
    (error,) = _plan(dossier, "Naam;Organisatie\r\n?? Wáng W?i;Fudan\r\n").rows[0].errors
    assert "--encoding" in error.message


def test_meeting_kinds_are_dutch_words_and_overleg_is_accepted(dossier):
    plan = _plan(dossier, "Datum;Onderwerp;Soort\r\n"
                          "01-02-2026;Overleg haven;overleg\r\n"
                          "02-02-2026;Iets anders;gesprekje\r\n")
    assert [r.outcome for r in plan.rows] == ["new", "rejected"]
    assert plan.rows[0].draft.meeting_kind.value == "other"
    (error,) = plan.rows[1].errors
    assert error.column == "Soort"
    assert "werkbezoek" in error.message and "videogesprek" in error.message
    assert "working" not in error.message and "(" not in error.message.split("Toegestaan")[1] \
        .split("(ook")[0]


def test_a_last_contact_after_today_is_a_rejected_cell(dossier):
    # The test clock stands on 29 November 2026.
    plan = _plan(dossier, "Naam;Organisatie;Laatste contact\r\n"
                          "Zhao Lei;Fudan Universiteit;12-12-2027\r\n"
                          "Li Qiang;Fudan Universiteit;28-11-2026\r\n")
    assert [r.outcome for r in plan.rows] == ["rejected", "new"]
    (error,) = plan.rows[0].errors
    assert error.column == "Laatste contact"
    assert "12-12-2027 ligt na vandaag (29-11-2026)" in error.message
    assert plan.new_contacts == 1


def test_two_rows_merged_into_one_record_are_written_together(dossier):
    from chinadossier.services import import_merge

    _imported(dossier, "Naam;Organisatie;Functie\r\n王伟 Wáng Wěi;Fudan Universiteit;Directeur\r\n")
    text = ("Naam;Organisatie;Functie;E-mailadres;Laatste contact;Opmerkingen\r\n"
            "王伟 Wáng Wěi;Gemeente Shanghai;Directeur;wang.wei@example.cn;12-03-2025;Eerste\r\n"
            "Wang Wei;Gemeente Shanghai;Directeur;wangwei@example.cn;01-09-2025;Tweede\r\n")
    plan = import_merge.choose_for_all(dossier, _plan(dossier, text), "merge")
    assert [r.outcome for r in plan.rows] == ["update", "update"]
    importing.commit_import(dossier, plan)  # no conflict between the two rows
    (wang,) = dossier.persons.list_all()
    assert set(wang.emails) == {"wang.wei@example.cn", "wangwei@example.cn"}
    assert "Eerste" in wang.notes and "Tweede" in wang.notes
    assert len(_contacts_with(dossier, wang)) == 2
    # Twice changes nothing the second time (the second row now says more than the first row
    # of the same name: a probable duplicate within the file, skipped).
    again = import_merge.choose_for_all(dossier, _plan(dossier, text), "merge")
    assert not [r for r in again.rows if r.outcome in ("new", "update")]
