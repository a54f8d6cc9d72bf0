"""Which sources the demo records: those of DOMAIN.md §7 and three fictional ones."""

from __future__ import annotations

from chinadossier.domain.codes import (
    Classification,
)
from chinadossier.domain.drafts import (
    Common,
    SourceDraft,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services.demo.context import DemoContext
from chinadossier.services.demo.marks import FICTIONAL_NOTE, fictional_common
from chinadossier.services.demo.sources import SOURCE_NOTE, SOURCES


def build_sources(ctx: DemoContext) -> None:
    """Create the sources of DOMAIN.md §7 and three fictional ones."""
    public = Common(classification=Classification.PUBLIC, tags=("demo",))
    for src in SOURCES:
        result = ctx.create(
            ctx.dossier.sources,
            SourceDraft(
                title=src.title,
                publisher=src.publisher,
                published=src.published,
                notes=src.notes or SOURCE_NOTE,
                common=public,
            )
        )
        ctx.sources[src.key] = result.record.meta.id
    fictional = (
        (
            "gov_list",
            "Openbare bestuurderslijst Stadsbestuur Jinhai (fictief)",
            "Stadsbestuur Jinhai (fictief)",
            Classification.PUBLIC,
        ),
        (
            "visit_report",
            "Verslag werkbezoek Jinhai (fictief)",
            "Eigen organisatie",
            Classification.INTERNAL,
        ),
        (
            "due_diligence",
            "Notitie kennisveiligheidstoets Technische Universiteit Huaxin (fictief)",
            "Eigen organisatie",
            Classification.CONFIDENTIAL,
        ),
    )
    for key, title, publisher, classification in fictional:
        result = ctx.create(
            ctx.dossier.sources,
            SourceDraft(
                title=title,
                publisher=publisher,
                published=PartialDate.day(ctx.months_ago(4)),
                notes=FICTIONAL_NOTE,
                common=fictional_common(classification),
            )
        )
        ctx.sources[key] = result.record.meta.id
