"""Import of ties, decisions and risk notes; updates of matched records; twice changes nothing."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path

from openpyxl import Workbook
from tests.services.helpers import meeting_draft, risk_draft

from chinadossier.domain.codes import (
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    OrganisationKind,
    RecordKind,
    TieStatus,
    TieType,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services import exporting, importing

TIES = (
    "\ufeffGemeente;Partner;Chinese naam;Soort;Status;Sinds;Opmerkingen\r\n"
    "Rotterdam;Nanjing;南京市;zusterstad;actief;1985;uitgewisseld: 友好城市\r\n"
    ";Xinghe Havengroep (fictief);;MoU;in voorbereiding;mei 2024;\r\n"
    "Rotterdam;Taizhou;;stedenband;;;\r\n"
    "Gemeente Atlantis;Shanghai;;zusterstad;;;\r\n"
    "Rotterdam;Nanjing;;zusterstad;;;\r\n"
)


def _counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM record").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()


def _plan(dossier, data: bytes, name: str = "x.csv", **kw):
    return importing.plan_import(dossier, importing.read_table(data, file_name=name), **kw)


def test_ties_find_their_partner_in_the_reference_data_and_twice_changes_nothing(
    dossier, case_file
):
    plan = _plan(dossier, TIES.encode("utf-8"))
    assert plan.kind is importing.ImportKind.TIES  # told from the columns
    outcomes = [(row.number, row.outcome) for row in plan.rows]
    assert outcomes == [(2, "new"), (3, "new"), (4, "rejected"), (5, "rejected"),
                        (6, "duplicate")]
    taizhou, atlantis = plan.rejected
    assert taizhou.errors[0].column == "Partner"
    assert "泰州市" in taizhou.errors[0].message and "台州市" in taizhou.errors[0].message
    assert atlantis.errors[0].column == "Gemeente"
    assert "Atlantis" in atlantis.errors[0].message
    assert plan.new_organisations == ("Nanjing (stad)", "Xinghe Havengroep (fictief)")
    before = _counts(case_file)
    result = importing.commit_import(dossier, plan, accept_partial=True)
    assert result.created == 4  # two organisations, two ties
    orgs = {o.name_nl: o for o in dossier.organisations.list_all()}
    nanjing = orgs["Nanjing (stad)"]
    assert (nanjing.hanzi, nanjing.place_adcode, nanjing.org_kind) == (
        "南京市", "320100", OrganisationKind.GOVERNMENT)
    ties = {t.organisation.id: t for t in dossier.ties.list_all()}
    sister = ties[nanjing.meta.id]
    assert (sister.tie_type, sister.status, sister.starts) == (
        TieType.SISTER_CITY, TieStatus.ACTIVE, PartialDate.year(1985))
    assert "友好城市" in (sister.description or "")
    mou = ties[orgs["Xinghe Havengroep (fictief)"].meta.id]
    assert (mou.tie_type, mou.status, mou.starts) == (
        TieType.MOU, TieStatus.PREPARATION, PartialDate.month(2024, 5))
    after = _counts(case_file)
    assert after[0] == before[0] + 4

    again = _plan(dossier, TIES.encode("utf-8"))
    assert again.counts()["new"] == 0 and again.counts()["update"] == 0
    assert importing.commit_import(dossier, again, accept_partial=True).created == 0
    assert _counts(case_file) == after


def test_a_matched_row_with_new_values_is_an_update_audited_and_applied_once(dossier, case_file):
    importing.commit_import(dossier, _plan(dossier, TIES.encode("utf-8")), accept_partial=True)
    changed = ("Gemeente;Partner;Soort;Status;Einddatum\r\n"
               "Rotterdam;南京;zusterstad;beëindigd;2023\r\n").encode()
    plan = _plan(dossier, changed)
    (row,) = plan.rows
    assert row.outcome == "update" and row.match.startswith("BAND-")
    assert {(c.field, c.old, c.new) for c in row.changes} == {
        ("status", "actief", "beëindigd"), ("ends", "(leeg)", "2023")}
    before = _counts(case_file)
    result = importing.commit_import(dossier, plan)
    assert (result.created, result.updated) == (0, 1)
    (tie,) = [t for t in dossier.ties.list_all() if t.meta.display_no == row.match]
    assert tie.status is TieStatus.ENDED and tie.ends == PartialDate.year(2023)
    assert tie.meta.version == 2
    assert _counts(case_file) == (before[0], before[1] + 1)  # one audited update
    again = _plan(dossier, changed)
    assert [r.outcome for r in again.rows] == ["exists"]


def test_organisation_rows_update_contact_details_and_keep_what_the_row_leaves_empty(dossier):
    first = ("Naam;Soort;E-mailadres;Website\r\n"
             "Xinghe Havengroep (fictief);staatsbedrijf;info@example.cn;https://example.cn\r\n")
    importing.commit_import(dossier, _plan(dossier, first.encode("cp1252")))
    second = ("Naam;E-mailadres;Opmerkingen\r\n"
              "XINGHE havengroep (fictief);pers@example.cn;bezocht in mei\r\n")
    plan = _plan(dossier, second.encode("cp1252"), kind=importing.ImportKind.ORGANISATIONS)
    (row,) = plan.rows
    assert row.outcome == "update"
    assert {c.field for c in row.changes} == {"emails", "notes"}
    importing.commit_import(dossier, plan)
    (org,) = dossier.organisations.list_all()
    assert org.emails == ("info@example.cn", "pers@example.cn")
    assert org.website == "https://example.cn"  # left empty in the row: kept
    assert org.org_kind is OrganisationKind.SOE


def _decisions_xlsx(tie_number: str) -> bytes:
    book = Workbook()
    book.active.title = "Toelichting"
    book.active["A1"] = "Besluiten over China, bijgehouden door de griffie (fictief)."
    book.active["A2"] = "Bron: raadsinformatiesysteem."
    sheet = book.create_sheet("Besluiten")
    sheet.append(["Datum", "Titel", "Orgaan", "Soort", "Uitkomst", "Betreft", "Kenmerk"])
    sheet.append([dt.datetime(2024, 3, 14), "Motie over de zusterband (fictief)", "raad",
                  "motie", "aangenomen", tie_number, "M-2024-07"])
    sheet.append([dt.datetime(2024, 4, 2), "Collegebesluit bezoek 南京 (fictief)", "college",
                  None, None, "Nanjing", None])
    sheet.append([dt.datetime(2024, 4, 3), "Besluit over een onbekende band (fictief)", None,
                  None, None, "BAND-9999", None])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_decisions_from_xlsx_link_to_a_tie_by_number_or_name(dossier, case_file):
    importing.commit_import(dossier, _plan(dossier, TIES.encode("utf-8")), accept_partial=True)
    (tie,) = [t for t in dossier.ties.list_all() if t.tie_type is TieType.SISTER_CITY]
    data = _decisions_xlsx(tie.meta.display_no)
    plan = _plan(dossier, data, "besluiten.xlsx")
    assert (plan.kind, plan.sheet) == (importing.ImportKind.DECISIONS, "Besluiten")
    assert [r.outcome for r in plan.rows] == ["new", "new", "rejected"]
    (bad,) = plan.rejected
    assert (bad.number, bad.errors[0].column) == (4, "Betreft")
    before = _counts(case_file)
    importing.commit_import(dossier, plan, accept_partial=True)
    decisions = {d.title: d for d in dossier.decisions.list_all()}
    motion = decisions["Motie over de zusterband (fictief)"]
    assert (motion.body, motion.decision_kind, motion.outcome, motion.decided_on) == (
        DecisionBody.COUNCIL, DecisionKind.MOTION, DecisionOutcome.ADOPTED, dt.date(2024, 3, 14))
    assert [ref.id for ref in motion.links] == [tie.meta.id]
    visit = decisions["Collegebesluit bezoek 南京 (fictief)"]
    assert visit.decision_kind is DecisionKind.EXECUTIVE_DECISION
    assert [ref.id for ref in visit.links] == [tie.meta.id]
    assert _counts(case_file)[0] == before[0] + 2
    again = _plan(dossier, data, "besluiten.xlsx")
    assert [r.outcome for r in again.rows] == ["exists", "exists", "rejected"]


def test_risk_notes_with_dutch_words_for_likelihood_and_impact(dossier, case_file):
    importing.commit_import(dossier, _plan(dossier, TIES.encode("utf-8")), accept_partial=True)
    data = ("Titel;Categorie;Betreft;Kans;Impact;Kans netto;Impact netto;Eigenaar\r\n"
            "Beïnvloeding via de zusterband (fictief);Politieke beïnvloeding;Nanjing;"
            "waarschijnlijk;ernstig;2;2;griffier\r\n"
            "Datalek bij uitwisseling (fictief);R-SPI;Xinghe Havengroep (fictief);3;4;;;\r\n"
            "Onbekend risico (fictief);R-XYZ;Nanjing;veel;4;;;\r\n").encode("cp1252")
    plan = _plan(dossier, data)
    assert plan.kind is importing.ImportKind.RISKS
    assert [r.outcome for r in plan.rows] == ["new", "new", "rejected"]
    columns = {e.column for e in plan.rejected[0].errors}
    assert columns == {"Kans", "Categorie"}
    importing.commit_import(dossier, plan, accept_partial=True)
    notes = {n.title: n for n in dossier.risk_notes.list_all()}
    first = notes["Beïnvloeding via de zusterband (fictief)"]
    assert first.category.display_no == "R-POL"
    assert (first.current.inherent_likelihood, first.current.inherent_impact,
            first.current.residual_likelihood) == (4, 3, 2)
    assert first.owner == "griffier"
    second = notes["Datalek bij uitwisseling (fictief)"]
    # No net scores given: the net risk is the gross one until someone assesses measures.
    assert (second.current.residual_likelihood, second.current.residual_impact) == (3, 4)
    assert [r.outcome for r in _plan(dossier, data).rows] == ["exists", "exists", "rejected"]


def test_persons_and_contact_moments_are_updated_not_duplicated(dossier, case_file):
    persons = ("Naam;Organisatie;Functie;E-mailadres\r\n"
               "Zhou Min (fictief);Xinghe Havengroep (fictief);directeur;\r\n").encode("cp1252")
    importing.commit_import(dossier, _plan(dossier, persons))
    more = ("Naam;Organisatie;Functie;E-mailadres\r\n"
            "Zhou Min (fictief);Xinghe Havengroep (fictief);voorzitter;zm@example.cn\r\n"
            ).encode("cp1252")
    plan = _plan(dossier, more)
    (row,) = plan.rows
    assert row.outcome == "update"
    assert {(c.field, c.new) for c in row.changes} == {
        ("emails", "zm@example.cn"), ("positions", "directeur; voorzitter")}
    importing.commit_import(dossier, plan)
    (person,) = dossier.persons.list_all()
    assert [p.title for p in person.positions] == ["directeur", "voorzitter"]
    assert [r.outcome for r in _plan(dossier, more).rows] == ["exists"]

    meetings = ("Datum;Onderwerp;Soort;Personen\r\n"
                "6-5-2024;Ontvangst delegatie (fictief);ontvangst;Zhou Min (fictief)\r\n"
                ).encode("cp1252")
    importing.commit_import(dossier, _plan(dossier, meetings))
    (meeting,) = dossier.meetings.list_all()
    assert [p.party.id for p in meeting.participants] == [person.meta.id]
    assert [r.outcome for r in _plan(dossier, meetings).rows] == ["exists"]
    changed = ("Datum;Onderwerp;Samenvatting\r\n"
               "06-05-2024;ontvangst delegatie (fictief);Gesproken over havens.\r\n"
               ).encode("cp1252")
    plan = _plan(dossier, changed, kind=importing.ImportKind.MEETINGS)
    assert [r.outcome for r in plan.rows] == ["update"]
    before = _counts(case_file)
    importing.commit_import(dossier, plan)
    (meeting,) = dossier.meetings.list_all()
    assert meeting.summary == "Gesproken over havens."
    assert len(meeting.participants) == 1  # kept
    assert _counts(case_file) == (before[0], before[1] + 1)


def test_a_place_is_resolved_against_the_reference_divisions(dossier):
    data = ("Naam;Plaats;Provincie\r\n"
            "Havenbureau A (fictief);Nanjing;江苏省\r\n"
            "Havenbureau B (fictief);Taizhou;Zhejiang\r\n"
            "Havenbureau C (fictief);Taizhou;\r\n"
            "Havenbureau D (fictief);南京;\r\n"
            "Havenbureau E (fictief);Rotterdam;\r\n").encode()
    importing.commit_import(dossier, _plan(dossier, data, kind=importing.ImportKind.ORGANISATIONS))
    places = {o.name_nl[-11:-10]: (o.place_adcode, o.place_text)
              for o in dossier.organisations.list_all()}
    assert places == {"A": ("320100", None), "B": ("331000", None), "C": (None, "Taizhou"),
                      "D": ("320100", None), "E": (None, "Rotterdam")}


def test_a_risk_note_about_a_contact_moment_survives_export_and_import(
    dossier, case_file, tmp_path
):
    visit = dossier.meetings.create(meeting_draft(title="Bezoek aan de haven (fictief)")).record
    note = dossier.risk_notes.create(risk_draft(visit.meta.id, title="USB-stick (fictief)")).record
    out = tmp_path / "risicos.csv"
    exporting.export_list(dossier, RecordKind.RISK_NOTE, out, fmt="csv")
    plan = _plan(dossier, out.read_bytes(), out.name)
    assert [(r.outcome, r.match) for r in plan.rows] == [("exists", note.meta.display_no)]

    # New notes about the visit, by its number (as the export writes it) and by its title.
    data = ("Titel;Categorie;Betreft;Kans;Impact\r\n"
            f"Afluisteren (fictief);R-SPI;{visit.meta.display_no};3;4\r\n"
            "Geschenk (fictief);R-SPI;Bezoek aan de haven (fictief);2;2\r\n").encode("cp1252")
    plan = _plan(dossier, data)
    assert [r.outcome for r in plan.rows] == ["new", "new"], plan.rows
    before = _counts(case_file)
    importing.commit_import(dossier, plan)
    assert _counts(case_file)[0] == before[0] + 2
    about = {n.title: n.subject for n in dossier.risk_notes.list_all()}
    assert about["Afluisteren (fictief)"].id == visit.meta.id
    assert about["Geschenk (fictief)"].id == visit.meta.id
    assert about["Afluisteren (fictief)"].kind is RecordKind.MEETING
    assert [r.outcome for r in _plan(dossier, data).rows] == ["exists", "exists"]

    # A title two contact moments share names neither: the reason asks for the number.
    dossier.meetings.create(meeting_draft(dt.date(2026, 5, 1),
                                          title="Bezoek aan de haven (fictief)"))
    again = _plan(dossier, data.replace(b"Geschenk", b"Cadeau"))
    rejected = again.rows[1]
    assert rejected.outcome == "rejected"
    (error,) = rejected.errors
    assert error.column == "Betreft"
    assert "meer dan één contactmoment" in error.message and "nummer" in error.message


def test_a_contact_moment_names_its_persons_unambiguously_and_officials_are_ours(dossier):
    persons = ("Naam;Chinese naam;Organisatie;Functie;Laatste contact\r\n"
               "Wang Wei;王伟;Xinghe Havengroep (fictief);directeur;\r\n"
               "Müller, Anneke;;Gemeente Rotterdam;beleidsadviseur;3-2-2024\r\n"
               ).encode()
    importing.commit_import(dossier, _plan(dossier, persons))
    wang, anneke = sorted(dossier.persons.list_all(), key=lambda p: p.meta.display_no)
    # "Laatste contact" of an official of the own municipality is no contact with China.
    assert dossier.meetings.list_all() == []
    meetings = ("Datum;Onderwerp;Soort;Personen\r\n"
                '7-5-2024;Werkbezoek (fictief);werkbezoek;"Wang Wei; Anneke Müller"\r\n'
                '8-5-2024;Overleg (fictief);overig;"王伟 Wang Wei; Anneke Müller"\r\n'
                f"9-5-2024;Diner (fictief);overig;{wang.meta.display_no}\r\n").encode()
    plan = _plan(dossier, meetings)
    assert [r.outcome for r in plan.rows] == ["rejected", "new", "new"]
    (error,) = plan.rows[0].errors
    assert error.column == "Personen"
    assert "'Wang Wei' kan meer dan één persoon zijn" in error.message
    assert wang.meta.display_no in error.message and "王伟" in error.message
    importing.commit_import(dossier, plan, accept_partial=True)
    by_title = {m.title: m for m in dossier.meetings.list_all()}
    assert {(p.side.value, p.party.id) for p in by_title["Overleg (fictief)"].participants} == {
        ("theirs", wang.meta.id), ("ours", anneke.meta.id)}
    assert [p.party.id for p in by_title["Diner (fictief)"].participants] == [wang.meta.id]


def test_every_problem_of_a_row_is_reported_at_once(dossier):
    ties = (b"Gemeente;Partner;Soort;Sinds\r\n"
            b"Bergen;Taizhou;zusterstad;mei 20x\r\n"
            b"Gemeente Bergen (L.);Nanjing;zusterstad;2020\r\n")
    plan = _plan(dossier, ties)
    assert [r.outcome for r in plan.rows] == ["rejected", "new"]
    errors = {e.column: e.message for e in plan.rows[0].errors}
    assert set(errors) == {"Sinds", "Gemeente", "Partner"}
    assert "Bergen (L.) (GM0893)" in errors["Gemeente"]
    assert "Bergen (NH.) (GM0373)" in errors["Gemeente"]
    decisions = (b"Datum;Titel;Stemmen voor;Betreft\r\n"
                 b"31-12-2024;Besluit over Atlantis;veel;Atlantis\r\n")
    (row,) = _plan(dossier, decisions).rows
    assert {e.column for e in row.errors} == {"Stemmen voor", "Betreft"}


def test_a_decision_about_an_organisation_with_two_ties_links_its_exact_name(dossier):
    from chinadossier.domain.drafts import OrganisationDraft, TieDraft

    own = dossier.settings().own_authority.id
    org = dossier.organisations.create(OrganisationDraft(
        name_nl="Nanjing (stad)", org_kind=OrganisationKind.GOVERNMENT, hanzi="南京市")).record
    for tie_type in (TieType.SISTER_CITY, TieType.MOU):
        dossier.ties.create(TieDraft(authority_id=own, organisation_id=org.meta.id,
                                     tie_type=tie_type, status=TieStatus.ACTIVE,
                                     title=f"Nanjing {tie_type.value}"))
    data = (b"Datum;Titel;Betreft\r\n"
            b"3-2-2024;Collegebesluit MoU;Nanjing (stad)\r\n"
            b"4-2-2024;Motie;Nanjing\r\n")
    plan = _plan(dossier, data, kind=importing.ImportKind.DECISIONS)
    assert [r.outcome for r in plan.rows] == ["new", "rejected"]
    assert plan.rows[0].draft.link_ids == (org.meta.id,)
    assert "meer dan één band" in plan.rows[1].errors[0].message


def test_a_function_title_matches_without_its_hanzi_part(dossier):
    first = ("Naam;Organisatie;Functie\r\n"
             "Jansen, Piet;Gemeente Rotterdam;Burgemeester (市长)\r\n").encode()
    importing.commit_import(dossier, _plan(dossier, first))
    again = (b"Naam;Organisatie;Functie\r\n"
             b"Jansen, Piet;Gemeente Rotterdam;Burgemeester\r\n")
    assert [r.outcome for r in _plan(dossier, again).rows] == ["exists"]


def test_contact_moments_link_to_a_tie_named_in_a_band_column(dossier, case_file):
    importing.commit_import(dossier, _plan(dossier, TIES.encode("utf-8")), accept_partial=True)
    (tie,) = [t for t in dossier.ties.list_all() if t.tie_type is TieType.SISTER_CITY]
    data = ("Datum;Onderwerp;Soort;Band\r\n"
            f"14-03-2024;Werkbezoek haven (fictief);werkbezoek;{tie.meta.display_no}\r\n"
            "02-04-2024;Videogesprek Nanjing (fictief);videogesprek;Nanjing\r\n"
            "03-04-2024;Gesprek over een onbekende band (fictief);;BAND-9999\r\n"
            "04-04-2024;Ontvangst zonder band (fictief);ontvangst;\r\n").encode("cp1252")
    plan = _plan(dossier, data)
    assert plan.kind is importing.ImportKind.MEETINGS
    assert [r.outcome for r in plan.rows] == ["new", "new", "rejected", "new"]
    (bad,) = plan.rejected
    assert (bad.number, bad.errors[0].column) == (4, "Band")
    importing.commit_import(dossier, plan, accept_partial=True)
    meetings = {m.title: m for m in dossier.meetings.list_all()}
    assert [ref.id for ref in meetings["Werkbezoek haven (fictief)"].ties] == [tie.meta.id]
    assert [ref.id for ref in meetings["Videogesprek Nanjing (fictief)"].ties] == [tie.meta.id]
    assert meetings["Ontvangst zonder band (fictief)"].ties == ()
    again = _plan(dossier, data)
    assert [r.outcome for r in again.rows] == ["exists", "exists", "rejected", "exists"]
