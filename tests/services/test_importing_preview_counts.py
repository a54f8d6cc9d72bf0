"""What the preview announces besides the rows' own records, and what the commit made per kind:
contact moments from "Laatste contact", a function kept as a note for want of an organisation,
and the phases (bar and text in step) of the preview and of writing."""

from __future__ import annotations

from chinadossier.domain.progress import Progress
from chinadossier.services import importing
from chinadossier.services.importing.plan_progress import WEIGHTS, WRITE_ROWS_SPAN

PERSONS = (
    "Naam;Organisatie;Functie;Laatste contact\r\n"
    "Li Wei (fictief);Xinghe Havengroep (fictief);directeur;3-2-2024\r\n"
    "Zhang Min (fictief);;Adviseur;4-2-2024\r\n"
    "Chen Jie (fictief);;;\r\n"
)


def _plan(dossier, text: str = PERSONS) -> importing.ImportPlan:
    return importing.plan_import(dossier, importing.read_table(text.encode(), file_name="p.csv"))


def test_the_preview_counts_the_contact_moments_and_the_result_says_what_was_made(
    dossier,
) -> None:
    plan = _plan(dossier)
    assert plan.counts()["new"] == 3
    assert plan.new_contacts == 2
    result = importing.commit_import(dossier, plan)
    assert result.created == 6  # 1 organisation + 3 persons + 2 contact moments
    assert dict(result.created_by_kind) == {"organisations": 1, "records": 3, "contacts": 2}
    assert len(dossier.meetings.list_all()) == 2


def test_a_function_without_an_organisation_is_a_notice_not_a_rejection(dossier) -> None:
    plan = _plan(dossier)
    by_label = {row.label: row for row in plan.rows}
    assert by_label["Zhang Min (fictief)"].position_as_note == "Adviseur"
    assert by_label["Li Wei (fictief)"].position_as_note is None  # at its organisation
    assert by_label["Chen Jie (fictief)"].position_as_note is None  # no function at all
    assert [row.number for row in plan.positions_as_notes] == [3]
    assert not plan.rejected
    importing.commit_import(dossier, plan)
    zhang = next(p for p in dossier.persons.list_all() if "Zhang" in p.display_name)
    assert zhang.notes == "Functie: Adviseur" and not zhang.positions


def test_the_row_phase_fills_its_part_of_the_bar_in_step_with_its_count(dossier) -> None:
    lines = ["Naam;Organisatie"] + [f"Persoon{n} Achternaam{n} (fictief);Gemeente Rotterdam"
                                    for n in range(1_000)]
    heard: list[tuple[float, str]] = []
    importing.plan_import(dossier, importing.read_table("\r\n".join(lines).encode(),
                                                        file_name="p.csv"),
                          progress=Progress(lambda f, p: heard.append((f, p))))
    start, end = WEIGHTS["rows"]
    rows = [(f, p) for f, p in heard if p.startswith("Elke rij controleren:")]
    assert rows
    for fraction, phase in rows:
        done, total = (int(n.replace(".", "")) for n in phase.split(": ")[1].split()[::2][:2])
        assert abs(fraction - (start + (end - start) * done / total)) < 1e-9
    # The row phase is most of the work (docs/performance.md), so most of the bar.
    assert end - start == max(b - a for a, b in WEIGHTS.values())
    fractions = [f for f, _p in heard]
    assert fractions == sorted(fractions)


def test_writing_reports_its_phases_not_a_bare_busy(dossier) -> None:
    lines = ["Naam;Laatste contact"] + [f"Persoon{n} Achternaam{n} (fictief);3-2-2024"
                                        for n in range(450)]
    plan = importing.plan_import(dossier, importing.read_table("\r\n".join(lines).encode(),
                                                               file_name="p.csv"))
    heard: list[tuple[float, str]] = []
    importing.commit_import(dossier, plan,
                            progress=Progress(lambda f, p: heard.append((f, p))))
    phases = [p for _f, p in heard]
    assert phases[0] == "Records klaarzetten: 0 van 450 rijen"
    assert "Records klaarzetten: 400 van 450 rijen" in phases
    assert "Zoekindex bijwerken" in phases
    fractions = [f for f, _p in heard]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    first = heard[0][0]
    assert first == WRITE_ROWS_SPAN[0]
    written = [f for f, p in heard if p == "Records wegschrijven"]
    assert written and written[0] >= WRITE_ROWS_SPAN[1]
