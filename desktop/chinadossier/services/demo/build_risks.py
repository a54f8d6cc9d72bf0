"""Which risk notes the demo records, how they are assessed and which one is reassessed."""

from __future__ import annotations

import datetime as dt
import uuid

from chinadossier.domain.codes import (
    Classification,
    KnowledgeStrength,
    RiskStatus,
    Treatment,
)
from chinadossier.domain.drafts import (
    AssessmentDraft,
    RiskNoteDraft,
)
from chinadossier.services.demo.context import DemoContext
from chinadossier.services.demo.marks import FICTIONAL_NOTE, fictional, fictional_common


def build_risks(ctx: DemoContext) -> None:
    """Create the risk notes, their first assessments and one reassessment."""
    long_ago = ctx.months_ago(14)
    specs: tuple[
        tuple[
            uuid.UUID,
            str,
            str,
            tuple[int, int, int, int],
            dt.date,
            dt.date | None,
            Treatment,
            KnowledgeStrength,
            Classification,
            str,
            tuple[str, ...],
        ],
        ...,
    ] = (
        (
            ctx.ties["knowledge"],
            "R-KV",
            "Belangstelling voor niet-openbare onderzoeksfaciliteiten (fictief)",
            (5, 5, 4, 5),
            ctx.today - dt.timedelta(days=10),
            None,
            Treatment.MITIGATE,
            KnowledgeStrength.HIGH,
            Classification.CONFIDENTIAL,
            "Due diligence via het Loket Kennisveiligheid; bezoekersprotocol; samenwerking "
            "opgeschort.",
            ("due_diligence",),
        ),
        (
            ctx.orgs["friends"],
            "R-POL",
            "Vriendschapsvereniging als tussenpersoon bij uitnodigingen (fictief)",
            (4, 5, 4, 4),
            ctx.months_ago(7),
            None,
            Treatment.MITIGATE,
            KnowledgeStrength.MEDIUM,
            Classification.INTERNAL,
            "Reizen zelf betalen; uitnodigingen via de griffie; raadsleden briefen.",
            (),  # Clingendael is context, never the source of a made-up risk
        ),
        (
            ctx.orgs["friends"],
            "R-OBI",
            "Verzoek om de gastenlijst van een bewonersbijeenkomst (fictief)",
            (3, 5, 2, 5),
            ctx.months_ago(2),
            ctx.today - dt.timedelta(days=7),
            Treatment.MITIGATE,
            KnowledgeStrength.MEDIUM,
            Classification.CONFIDENTIAL,
            "Nooit inwonersgegevens delen; melden via de meldroute van de NCTV.",
            (),
        ),
        (
            ctx.orgs["port"],
            "R-ECO",
            "Interesse in logistieke investeringen met exclusiviteit (fictief)",
            (4, 4, 2, 3),
            ctx.months_ago(1),
            None,
            Treatment.MITIGATE,
            KnowledgeStrength.MEDIUM,
            Classification.INTERNAL,
            "Bewustzijn investeringstoets (Wet Vifo); afhankelijkheden spreiden.",
            (),
        ),
        (
            ctx.ties["mou"],
            "R-MR",
            "Vragen over mensenrechten in de samenwerking (fictief)",
            (4, 3, 3, 3),
            ctx.months_ago(3),
            None,
            Treatment.MITIGATE,
            KnowledgeStrength.MEDIUM,
            Classification.PUBLIC,
            "Mensenrechtenparagraaf; evaluatieclausule in het MoU.",
            (),
        ),
        (
            ctx.meetings[6],
            "R-SPI",
            "USB-stick als relatiegeschenk (fictief)",
            (3, 3, 2, 2),
            ctx.months_ago(2),
            None,
            Treatment.MITIGATE,
            KnowledgeStrength.HIGH,
            Classification.INTERNAL,
            "Geschenkenregister; melden bij de CISO; schone apparaten op reis.",
            ("visit_report",),
        ),
        (
            ctx.ties["mou"],
            "R-GOV",
            "Evaluatie van het MoU niet tijdig ingepland (fictief)",
            (3, 3, 2, 2),
            long_ago,
            None,
            Treatment.MITIGATE,
            KnowledgeStrength.MEDIUM,
            Classification.INTERNAL,
            "Evaluatiecyclus vastleggen; actieve informatieplicht.",
            (),
        ),
        (
            ctx.persons["wang"],
            "R-PRIV",
            "Persoonsgegevens van de tegenpartij zuinig vastleggen (fictief)",
            (2, 4, 1, 3),
            ctx.months_ago(6),
            None,
            Treatment.ACCEPT,
            KnowledgeStrength.LOW,
            Classification.INTERNAL,
            "Minimale velden; alleen gebronde feiten.",
            (),
        ),
    )
    notes: list[tuple[uuid.UUID, int]] = []
    for (
        subject,
        category,
        title,
        scores,
        assessed_on,
        next_review,
        treatment,
        knowledge,
        classification,
        measures,
        source_keys,
    ) in specs:
        il, ii, rl, ri = scores
        result = ctx.create(
            ctx.dossier.risk_notes,
            RiskNoteDraft(
                subject_id=subject,
                category_code=category,
                title=fictional(title),
                assessment=AssessmentDraft(
                    il,
                    ii,
                    rl,
                    ri,
                    assessed_on=assessed_on,
                    note="Eerste beoordeling (fictief).",
                ),
                description=FICTIONAL_NOTE,
                measures=measures,
                treatment=treatment,
                owner=fictional("Joëlle van den Heuvel"),
                status=RiskStatus.OPEN,
                next_review_on=next_review,
                knowledge_strength=knowledge,
                common=fictional_common(
                    classification, sources=[ctx.sources[k] for k in source_keys]
                ),
            )
        )
        notes.append((result.record.meta.id, result.record.meta.version))
    note_id, version = notes[1]
    ctx.dossier.risk_notes.reassess(
        note_id,
        AssessmentDraft(
            4,
            5,
            3,
            4,
            assessed_on=ctx.months_ago(1),
            note="Herbeoordeling na afwijzing van de betaalde reis (fictief).",
        ),
        expected_version=version,
    )
