"""Which decisions the demo records and which actions follow from them and from meetings."""

from __future__ import annotations

import datetime as dt
import uuid

from chinadossier.domain.codes import (
    ActionStatus,
    Classification,
    DecisionKind,
    DecisionOutcome,
    RetentionCategory,
)
from chinadossier.domain.drafts import (
    ActionDraft,
    DecisionDraft,
)
from chinadossier.services.demo.context import DemoContext
from chinadossier.services.demo.marks import FICTIONAL_NOTE, fictional, fictional_common


def build_decisions(ctx: DemoContext) -> dict[DecisionKind, uuid.UUID]:
    """Create the fictional decisions; returns their ids by kind."""
    t = ctx.terms
    own = ctx.own.meta.id
    signed = ctx.months_ago(32)
    mou, knowledge = ctx.ties["mou"], ctx.ties["knowledge"]
    permanent = RetentionCategory.PERMANENT
    specs = (
        (
            DecisionKind.COUNCIL_DECISION,
            t.council_body,
            signed - dt.timedelta(days=21),
            f"{t.council_decision}: instemming met het MoU met Jinhai (fictief)",
            DecisionOutcome.ADOPTED,
            None,  # no vote counts (see below)
            (mou,),
            permanent,
        ),
        (
            DecisionKind.AMENDMENT,
            t.council_body,
            signed - dt.timedelta(days=21),
            "Amendement 'Evaluatie na twee jaar' (fictief)",
            DecisionOutcome.REJECTED,
            None,
            (mou,),
            permanent,
        ),
        (
            DecisionKind.EXECUTIVE_DECISION,
            t.executive_body,
            signed - dt.timedelta(days=7),
            f"{t.executive_decision}: ondertekening van het MoU met Jinhai (fictief)",
            DecisionOutcome.ADOPTED,
            None,
            (mou,),
            permanent,
        ),
        (
            DecisionKind.MOTION,
            t.council_body,
            ctx.months_ago(12),
            "Motie 'Mensenrechten in de samenwerking met Jinhai' (fictief)",
            DecisionOutcome.ADOPTED,
            None,
            (mou,),
            permanent,
        ),
        (
            DecisionKind.COUNCIL_QUESTIONS,
            t.council_body,
            ctx.months_ago(5),
            f"{t.questions} over de kennissamenwerking met de Technische Universiteit Huaxin "
            "(fictief)",
            DecisionOutcome.NOT_APPLICABLE,
            None,
            (knowledge, ctx.orgs["uni"]),
            RetentionCategory.UNDECIDED,
        ),
        (
            DecisionKind.COMMITMENT,
            t.executive_body,
            ctx.months_ago(4),
            f"Toezegging: {t.council} informeren over de kennisveiligheidstoets (fictief)",
            DecisionOutcome.NOT_APPLICABLE,
            None,
            (knowledge,),
            RetentionCategory.UNDECIDED,
        ),
        (
            DecisionKind.COUNCIL_INFORMATION_LETTER,
            t.executive_body,
            ctx.months_ago(3),
            f"{t.info_letter}: opschorting van de kennissamenwerking met de Technische "
            "Universiteit Huaxin (fictief)",
            DecisionOutcome.NOT_APPLICABLE,
            None,
            (knowledge, mou),
            RetentionCategory.UNDECIDED,
        ),
    )
    made: dict[DecisionKind, uuid.UUID] = {}
    for index, (kind, body, on, title, outcome, _votes, links, retention) in enumerate(
        specs, start=1
    ):
        classification = (
            Classification.INTERNAL if kind is DecisionKind.COMMITMENT else Classification.PUBLIC
        )
        result = ctx.create(
            ctx.dossier.decisions,
            DecisionDraft(
                authority_id=own,
                body=body,
                decision_kind=kind,
                decided_on=on,
                title=fictional(title),
                outcome=outcome,
                reference=f"DEMO-{on.year}-{index:03d}",
                summary=FICTIONAL_NOTE,
                # No vote counts: the demo does not know the chosen council's size, and made-up
                # figures must never exceed it (Vlieland has 9 seats).
                votes_for=None,
                votes_against=None,
                link_ids=links,
                common=fictional_common(classification, retention=retention),
            )
        )
        made[kind] = result.record.meta.id
    return made


def build_actions(ctx: DemoContext, decisions: dict[DecisionKind, uuid.UUID]) -> None:
    """Create the follow-up actions of contact moments and decisions."""
    m = ctx.meetings
    days = ctx.meeting_days
    overdue_due = min(days[15] + dt.timedelta(days=60), ctx.today - dt.timedelta(days=14))
    specs: tuple[
        tuple[
            str,
            str,
            dt.date,
            ActionStatus,
            dt.date | None,
            uuid.UUID | None,
            uuid.UUID | None,
            Classification,
        ],
        ...,
    ] = (
        (
            "Geschenk registreren in het geschenkenregister",
            "Joëlle van den Heuvel",
            days[1] + dt.timedelta(days=7),
            ActionStatus.DONE,
            days[1] + dt.timedelta(days=3),
            m[1],
            None,
            Classification.INTERNAL,
        ),
        (
            "USB-stick inleveren bij de CISO en melden",
            "Fenna Dijkstra",
            days[6] + dt.timedelta(days=3),
            ActionStatus.DONE,
            days[6] + dt.timedelta(days=2),
            m[6],
            None,
            Classification.CONFIDENTIAL,
        ),
        (
            "Uitnodiging voor betaalde reis afwijzen en de raad informeren",
            "Anneloes Brouwer-Çelik",
            days[9] + dt.timedelta(days=14),
            ActionStatus.DONE,
            days[9] + dt.timedelta(days=10),
            m[9],
            None,
            Classification.INTERNAL,
        ),
        (
            "Bezoekersprotocol opstellen voor kennisinstellingen",
            "Joëlle van den Heuvel",
            days[3] + dt.timedelta(days=30),
            ActionStatus.CANCELLED,
            None,
            m[3],
            None,
            Classification.INTERNAL,
        ),
        (
            "Kennisveiligheidstoets laten uitvoeren via het Loket Kennisveiligheid",
            "Joëlle van den Heuvel",
            overdue_due,
            ActionStatus.OPEN,
            None,
            m[15],
            None,
            Classification.CONFIDENTIAL,
        ),
        (
            "Verzoek om gastenlijst melden via de meldroute van de NCTV",
            "Daniël Öztürk",
            days[16] + dt.timedelta(days=7),
            ActionStatus.DONE,
            days[16] + dt.timedelta(days=5),
            m[16],
            None,
            Classification.CONFIDENTIAL,
        ),
        (
            "Evaluatie van het MoU voorbereiden",
            "Joëlle van den Heuvel",
            ctx.today + dt.timedelta(days=45),
            ActionStatus.OPEN,
            None,
            m[27],
            None,
            Classification.INTERNAL,
        ),
        (
            f"{ctx.terms.council.capitalize()} informeren over de uitkomst van de "
            "kennisveiligheidstoets",
            "Anneloes Brouwer-Çelik",
            ctx.today + dt.timedelta(days=30),
            ActionStatus.OPEN,
            None,
            None,
            decisions[DecisionKind.COMMITMENT],
            Classification.INTERNAL,
        ),
        (
            "Mensenrechtenparagraaf opnemen in de evaluatie van het MoU",
            "Joëlle van den Heuvel",
            ctx.today + dt.timedelta(days=60),
            ActionStatus.OPEN,
            None,
            None,
            decisions[DecisionKind.MOTION],
            Classification.PUBLIC,
        ),
    )
    for what, owner, due, status, done_on, meeting, decision, classification in specs:
        ctx.create(
            ctx.dossier.actions,
            ActionDraft(
                what=fictional(what),
                owner=fictional(owner) if owner else None,
                due_on=due,
                status=status,
                done_on=done_on,
                meeting_id=meeting,
                decision_id=decision,
                common=fictional_common(classification),
            )
        )
