"""Facts a memo stated wrongly after the second review of the demo.

A province's tie was a "zusterstad"; an organisation memo treated ties of unknown or suspended
status as ended ("Beëindiging afronden"); the own authority's advice to continue the active ties
named a suspended tie's risk; an ended tie kept its running term and a future evaluation;
section 4 said "Geen wijzigingen" after a tie's status changed; "(onbekend)" read as the status,
"1 risico’s" and "(n.v.t.)" in a key point.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from chinadossier.domain.briefing import BriefingOptions, ChangeTag, MemoFormat
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import (
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    OrganisationKind,
    TieStatus,
    TieType,
)
from chinadossier.domain.drafts import (
    AssessmentDraft,
    DecisionDraft,
    OrganisationDraft,
    RiskNoteDraft,
    TieDraft,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.memo import render
from chinadossier.memo.content import Option, blocks, no_changes_text, tie_term
from chinadossier.services.briefing import BriefingService
from chinadossier.services.briefing_text import with_suggestions
from chinadossier.services.dossier import Dossier

from .memo_data import ACTOR, CONF, PUB, TODAY, c
from .test_truthful import pdf_text


def _org(d: Any, name: str) -> Any:
    return d.organisations.create(OrganisationDraft(
        name, OrganisationKind.GOVERNMENT, common=c(PUB))).record


def _tie(d: Any, org: Any, status: TieStatus, title: str, **kw: Any) -> Any:
    own = d.settings().own_authority.id
    return d.ties.create(TieDraft(own, org.meta.id, kw.pop("tie_type", TieType.SISTER_CITY),
                                  status, title=title, common=c(PUB), **kw)).record


def _memo(d: Any, scope: Any = None, cls: Any = PUB) -> Any:
    return with_suggestions(BriefingService(d.ctx).snapshot(BriefingOptions(cls), scope))


def _options(snap: Any) -> list[Option]:
    return [b for b in blocks(snap.options.advice_text) if isinstance(b, Option)]


def test_a_provinces_sister_tie_is_a_zusterprovincie(tmp_path: Path) -> None:
    from chinadossier.services.setup import new_case_file

    path = tmp_path / "chinadossier.sqlite3"
    new_case_file(path, authority_code="PV30", clock=FixedClock.on(TODAY), actor=ACTOR)
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=ACTOR) as d:
        tie = _tie(d, _org(d, "Provincie Jiangsu (fictief)"), TieStatus.UNKNOWN,
                   "Provincie Noord-Brabant – Jiangsu", starts=PartialDate.year(1994))
        snap = _memo(d, tie.meta.id)
        text = pdf_text(render(snap, MemoFormat.PDF))
    assert snap.ties[0].tie_type == "zusterprovincie"
    assert snap.key_points[0].text.startswith(
        "De band Provincie Noord-Brabant – Jiangsu (zusterprovincie) begon in 1994")
    assert "zusterstad" not in text


def test_an_organisation_memo_follows_the_ties_statuses(memo_dossier: Any) -> None:
    d = memo_dossier
    org = _org(d, "Provincie Sichuan (fictief)")
    _tie(d, org, TieStatus.UNKNOWN, "Fryslân – Sichuan", starts=PartialDate.year(2001))
    _tie(d, org, TieStatus.UNKNOWN, "Fryslân – Chengdu")
    snap = _memo(d, org.meta.id)
    assert snap.key_points[0].text == ("2 banden, status onbekend — Fryslân – Chengdu; "
                                       "Fryslân – Sichuan (sinds 2001).")
    assert "waarvan 0 actief" not in snap.key_points[0].text
    titles = [o.title for o in _options(snap)]
    assert titles == ["Status van de banden vaststellen", "Banden formeel beëindigen"]
    assert "Beëindiging afronden" not in snap.options.advice_text
    assert "voortzetten zoals nu is geen optie" not in snap.options.advice_text
    assert "de huidige status van de banden is onbekend" in snap.options.advice_text
    # A suspended tie: decide on resuming or ending, not "finish the ending".
    org2 = _org(d, "Technische Universiteit Huaxin (fictief)")
    _tie(d, org2, TieStatus.SUSPENDED, "Kennissamenwerking Huaxin",
         tie_type=TieType.KNOWLEDGE, starts=PartialDate.month(2023, 8))
    snap = _memo(d, org2.meta.id)
    assert snap.key_points[0].text == ("1 band, opgeschort — Kennissamenwerking Huaxin "
                                       "(sinds augustus 2023).")
    assert [o.title for o in _options(snap)] == [
        "Opschorting handhaven", "Band hervatten met voorwaarden", "Band beëindigen"]
    # Mixed statuses: one option per status, each naming its ties; only the ended is "afronden".
    org3 = _org(d, "Stad Wuxi (fictief)")
    unknown = _tie(d, org3, TieStatus.UNKNOWN, "Wuxi I")
    ended = _tie(d, org3, TieStatus.ENDED, "Wuxi II", ends=PartialDate.year(2020))
    snap = _memo(d, org3.meta.id)
    assert snap.key_points[0].text == ("2 banden: 1 status onbekend, 1 beëindigd — Wuxi I "
                                       "(status onbekend); Wuxi II (beëindigd in 2020).")
    assert [o.title for o in _options(snap)] == [
        f"Status vaststellen ({unknown.meta.display_no})",
        f"Beëindiging afronden ({ended.meta.display_no})"]
    assert not any(o.advised for o in _options(snap))


def test_continuing_the_active_ties_weighs_only_their_risks(memo_dossier: Any) -> None:
    d = memo_dossier
    org = _org(d, "Universiteit Huaxin (fictief)")
    suspended = _tie(d, org, TieStatus.SUSPENDED, "Kennissamenwerking Huaxin",
                     tie_type=TieType.KNOWLEDGE)
    d.risk_notes.create(RiskNoteDraft(
        suspended.meta.id, "R-KV", "Belangstelling voor onderzoeksfaciliteiten (fictief)",
        AssessmentDraft(5, 5, 5, 4), common=c(PUB)))
    snap = _memo(d, None, CONF)
    assert snap.risks[0].title == "Belangstelling voor onderzoeksfaciliteiten (fictief)"
    advised = [o for o in _options(snap) if o.advised]
    assert advised and advised[0].title == "Actieve banden voortzetten met voorwaarden"
    assert "Belangstelling voor onderzoeksfaciliteiten" not in advised[0].body[0]
    assert "Interesse in niet-openbare laboratoria (fictief)" in advised[0].body[0]
    assert f"{suspended.meta.display_no} opgeschort" in snap.options.advice_text  # not weighed


def test_an_ended_tie_shows_no_running_term_or_future_evaluation(memo_dossier: Any) -> None:
    d = memo_dossier
    tie = _tie(d, _org(d, "Stad Changzhou (fictief)"), TieStatus.ENDED, "Tilburg – Changzhou",
               ends=PartialDate.year(2026, circa=True), term_ends_on=dt.date(2028, 4, 7),
               evaluation_on=dt.date(2027, 2, 7))
    snap = _memo(d, tie.meta.id)
    point = snap.key_points[0].text
    assert "de looptijd eindigt" not in point
    assert point.endswith("; de looptijd zou tot 7 april 2028 lopen.")
    cell = tie_term(snap.ties[0])
    assert "evaluatie" not in cell
    assert cell.startswith("looptijd tot 07-04-2028 (vervallen)")
    text = pdf_text(render(snap, MemoFormat.PDF))
    assert "evaluatie 07-02-2027" not in text


def test_section_4_lists_a_ties_changed_status_and_end(memo_dossier: Any) -> None:
    d = memo_dossier
    tie = _tie(d, _org(d, "Stad Changzhou (fictief)"), TieStatus.DORMANT, "Tilburg – Changzhou",
               starts=PartialDate.year(1997))
    svc = BriefingService(d.ctx)
    first = _memo(d, tie.meta.id)
    svc.save(first, MemoFormat.PDF, render(first, MemoFormat.PDF), "a.pdf", tie.meta.id)
    draft = TieDraft(d.settings().own_authority.id, tie.organisation.id, TieType.SISTER_CITY,
                     TieStatus.ENDED, title="Tilburg – Changzhou", starts=PartialDate.year(1997),
                     ends=PartialDate.year(2026), common=c(PUB))
    d.ties.edit(tie.meta.id, draft, expected_version=tie.meta.version)
    second = _memo(d, tie.meta.id)
    changed = [ch for ch in second.changes if ch.tag is ChangeTag.CHANGED]
    assert [ch.text for ch in changed] == [
        "Band Tilburg – Changzhou: status van slapend naar beëindigd; einddatum van niet "
        "vastgelegd naar 2026."]
    text = pdf_text(render(second, MemoFormat.PDF))
    assert "GEWIJZIGD" in text and "Geen nieuwe banden" not in text
    # Without any change, the sentence says what was compared, not "Geen wijzigingen".
    assert not no_changes_text().startswith("Geen wijzigingen")
    assert "status" in no_changes_text()


def test_unknown_type_one_risk_and_an_outcome_that_does_not_apply(memo_dossier: Any) -> None:
    d = memo_dossier
    tie = _tie(d, _org(d, "Stad Changzhou (fictief)"), TieStatus.ACTIVE, "Tilburg – Changzhou",
               tie_type=TieType.UNKNOWN, starts=PartialDate.year(1997))
    d.risk_notes.create(RiskNoteDraft(tie.meta.id, "R-KV", "Eén risico (fictief)",
                                      AssessmentDraft(2, 2, 1, 2), common=c(PUB)))
    d.decisions.create(DecisionDraft(
        d.settings().own_authority.id, DecisionBody.COUNCIL, DecisionKind.MOTION,
        dt.date(2026, 9, 1), "Kennisgeving band (fictief)",
        outcome=DecisionOutcome.NOT_APPLICABLE, link_ids=(tie.meta.id,), common=c(PUB)))
    snap = _memo(d, tie.meta.id)
    assert snap.key_points[0].text.startswith(
        "De band Tilburg – Changzhou (soort band onbekend) begon in 1997")
    decided = [p.text for p in snap.key_points if p.text.startswith("Laatste besluit")]
    assert decided == ["Laatste besluit: motie van 1 september 2026, Kennisgeving band "
                       "(fictief)."]
    text = pdf_text(render(snap, MemoFormat.PDF))
    assert "1 risico’s" not in text and "· 1 risico" in text
    assert snap.ties[0].tie_type == "onbekend"  # the table's Soort band cell keeps the label
