"""The Overzicht's heat map narrowed to one tie: counts, the tie list and a cell's risks follow
the Risico's list's tie filter (the note's subject), and agree with that list."""

from __future__ import annotations

from typing import Any

from helpers import assessment, make_org, make_tie, risk_draft, tie_draft

from chinadossier.domain.codes import RecordKind, RiskStatus
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


def test_heat_ties_lists_the_own_ties_with_open_risks_by_name_with_their_count(
        dossier: Any) -> None:
    # Given own ties with and without open risks, a deleted one, and another authority's tie
    wuhan = make_tie(dossier, title="Vriendschapsband Wuhan")
    suzhou = make_tie(dossier, title="Stedenband Suzhou")
    quiet = make_tie(dossier, title="Band zonder risico's")
    closed_only = make_tie(dossier, title="Band met alleen gesloten risico's")
    gone = make_tie(dossier, title="Oude band")
    amsterdam = dossier.authorities.by_code("GM0363")
    theirs = dossier.ties.create(tie_draft(amsterdam.meta.id, make_org(dossier).meta.id,
                                           title="Amsterdam – Beijing")).record
    for tie in (wuhan, suzhou, suzhou, gone, theirs):
        dossier.risk_notes.create(risk_draft(tie.meta.id))
    dossier.risk_notes.create(risk_draft(closed_only.meta.id, status=RiskStatus.CLOSED))
    dropped = dossier.risk_notes.create(risk_draft(wuhan.meta.id)).record
    dossier.risk_notes.delete(dropped.meta.id, expected_version=dropped.meta.version)
    gone = dossier.ties.get(gone.meta.id)
    dossier.ties.delete(gone.meta.id, expected_version=gone.meta.version)

    # When the heat map's tie filter asks which ties to offer
    ties = dossier.cockpit.heat_ties()

    # Then only the own authority's live ties with open, live risks, by name, with the number
    # of open risks the heat map counts for each
    assert [(t.ref.id, t.open_risks) for t in ties] == [(suzhou.meta.id, 2), (wuhan.meta.id, 1)]
    assert quiet.meta.id not in {t.ref.id for t in ties}
    assert all(t.ref.kind is RecordKind.TIE for t in ties)
    assert "Stedenband Suzhou" in ties[0].ref.label
    for tie in ties:
        assert dossier.cockpit.heat_map(tie_id=tie.ref.id).total == tie.open_risks
