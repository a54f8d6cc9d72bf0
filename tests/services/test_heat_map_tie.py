"""The Overzicht's heat map narrowed to one tie: counts, the tie list and a cell's risks follow
the Risico's list's tie filter (the note's subject), and agree with that list."""

from __future__ import annotations

from typing import Any

from helpers import assessment, make_org, make_tie, risk_draft

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.queries import Filter, ListQuery


def _cells(heat: Any, *, net: bool) -> dict[tuple[int, int], int]:
    return {(c.likelihood, c.impact): c.count for c in (heat.net if net else heat.gross)}


def test_heat_map_counts_only_the_chosen_ties_risks(dossier: Any) -> None:
    # Given two ties and an organisation, each with risks in different cells
    suzhou = make_tie(dossier, title="Stedenband Suzhou")
    wuhan = make_tie(dossier, title="Vriendschapsband Wuhan")
    org = make_org(dossier, "Confucius Instituut")
    dossier.risk_notes.create(risk_draft(suzhou.meta.id, assessment=assessment(4, 5, 2, 3)))
    dossier.risk_notes.create(risk_draft(suzhou.meta.id, assessment=assessment(4, 5, 1, 1)))
    dossier.risk_notes.create(risk_draft(wuhan.meta.id, assessment=assessment(3, 3, 2, 3)))
    closed = dossier.risk_notes.create(
        risk_draft(suzhou.meta.id, assessment=assessment(5, 5, 5, 5))).record
    dossier.risk_notes.delete(closed.meta.id, expected_version=closed.meta.version)
    dossier.risk_notes.create(risk_draft(org.meta.id, assessment=assessment(3, 3, 2, 3)))

    # When the heat map is read for all ties and for each tie
    every = dossier.cockpit.heat_map()
    only_suzhou = dossier.cockpit.heat_map(tie_id=suzhou.meta.id)
    only_wuhan = dossier.cockpit.heat_map(tie_id=wuhan.meta.id)

    # Then each counts its own open, live risks only
    assert _cells(every, net=True) == {(2, 3): 3, (1, 1): 1}
    assert _cells(only_suzhou, net=True) == {(2, 3): 1, (1, 1): 1}
    assert _cells(only_suzhou, net=False) == {(4, 5): 2}
    assert only_suzhou.total == 2
    assert _cells(only_wuhan, net=True) == {(2, 3): 1}
    assert _cells(only_wuhan, net=False) == {(3, 3): 1}
    assert only_wuhan.total == 1

    # And a cell's risks for a tie are exactly what the Risico's list shows for that tie
    cell = dossier.cockpit.cell_risks(likelihood=2, impact=3, net=True, tie_id=suzhou.meta.id)
    assert len(cell) == 1
    in_cell = {r.id for r in dossier.cockpit.cell_risks(likelihood=2, impact=3, net=True)}
    listed = dossier.risk_notes.list(ListQuery(where=Filter(tie_id=suzhou.meta.id))).items
    assert [r.id for r in cell] == [n.meta.id for n in listed if n.meta.id in in_cell]
    assert len(dossier.cockpit.cell_risks(likelihood=2, impact=3, net=True)) == 3


def test_heat_ties_lists_the_live_ties_by_sort_key(dossier: Any) -> None:
    wuhan = make_tie(dossier, title="Vriendschapsband Wuhan")
    suzhou = make_tie(dossier, title="Stedenband Suzhou")
    gone = make_tie(dossier, title="Oude band")
    dossier.ties.delete(gone.meta.id, expected_version=gone.meta.version)
    ties = dossier.cockpit.heat_ties()
    assert [t.id for t in ties] == [suzhou.meta.id, wuhan.meta.id]
    assert all(t.kind is RecordKind.TIE for t in ties)
    assert "Stedenband Suzhou" in ties[0].label
