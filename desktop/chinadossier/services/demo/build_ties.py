"""Which ties the demo records: the real ones of DOMAIN.md §7 and five fictional ones."""

from __future__ import annotations

from chinadossier.domain.codes import (
    Classification,
    OrganisationKind,
    TieStatus,
    TieType,
)
from chinadossier.domain.drafts import (
    Common,
    OrganisationDraft,
    SourceLink,
    TieDraft,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.risk import add_months
from chinadossier.services.demo.context import DemoContext
from chinadossier.services.demo.marks import fictional_common
from chinadossier.services.demo.real_ties import COUNTERPARTS, REAL_TIES


def build_real_ties(ctx: DemoContext) -> None:
    """Create the Chinese counterparts and the real ties of DOMAIN.md §7."""
    public = Common(classification=Classification.PUBLIC, tags=("demo",))
    for cp in COUNTERPARTS:
        result = ctx.create(
            ctx.dossier.organisations,
            OrganisationDraft(
                name_nl=cp.name_nl,
                name_en=cp.name_en,
                org_kind=OrganisationKind.GOVERNMENT,
                hanzi=cp.hanzi,
                place_adcode=cp.adcode,
                place_text=cp.place_text,
                common=public,
            )
        )
        ctx.orgs[cp.key] = result.record.meta.id
    for tie in REAL_TIES:
        authority = ctx.dossier.authorities.by_code(tie.authority_code)
        sources = (SourceLink(ctx.sources[tie.source]),) if tie.source else ()
        ctx.create(
            ctx.dossier.ties,
            TieDraft(
                authority_id=authority.meta.id,
                organisation_id=ctx.orgs[tie.counterpart],
                tie_type=tie.tie_type,
                status=tie.status,
                title=tie.title,
                starts=tie.starts,
                signed=tie.signed,
                ends=tie.ends,
                term_starts=tie.term_starts,
                term_ends=tie.term_ends,
                renewed=tie.renewed,
                description=tie.description,
                common=Common(
                    classification=Classification.PUBLIC, tags=("demo",), sources=sources
                ),
            )
        )


def build_fictional_ties(ctx: DemoContext) -> None:
    """Create the own authority's fictional ties with the Jinhai organisations."""
    own = ctx.own.meta.id
    signed = ctx.months_ago(32)
    knowledge_start = ctx.months_ago(40)
    other_start, other_end = ctx.months_ago(20), ctx.months_ago(8)
    specs = (
        (
            "mou",
            "gov",
            TieType.MOU,
            TieStatus.ACTIVE,
            "Memorandum of Understanding stedelijke samenwerking met Jinhai (fictief)",
            PartialDate.day(signed),
            PartialDate.day(signed),
            None,
            add_months(signed, 48),
            add_months(ctx.today, 2),
            "Fictief MoU over uitwisseling op havens, duurzaamheid en onderwijs; looptijd vier "
            "jaar met een evaluatieclausule.",
            Classification.INTERNAL,
        ),
        (
            "knowledge",
            "uni",
            TieType.KNOWLEDGE,
            TieStatus.SUSPENDED,
            "Kennissamenwerking met de Technische Universiteit Huaxin (fictief)",
            PartialDate.month(knowledge_start.year, knowledge_start.month),
            None,
            None,
            None,
            None,
            "Opgeschort in afwachting van een kennisveiligheidstoets (fictief).",
            Classification.CONFIDENTIAL,
        ),
        (
            "economic",
            "port",
            TieType.ECONOMIC,
            TieStatus.PREPARATION,
            "Logistieke samenwerking met de Haven- en Logistiekgroep Jinhai (fictief)",
            None,
            None,
            None,
            None,
            None,
            "In voorbereiding; nog geen besluit van het bestuur (fictief).",
            Classification.INTERNAL,
        ),
        (
            "loi",
            "fao",
            TieType.LETTER_OF_INTENT,
            TieStatus.DORMANT,
            "Intentieverklaring ambtelijke uitwisseling met het Buitenlandbureau Jinhai (fictief)",
            PartialDate.year(ctx.today.year - 5),
            PartialDate.year(ctx.today.year - 5),
            None,
            None,
            None,
            "Slapende intentieverklaring: sinds jaren geen activiteiten (fictief).",
            Classification.INTERNAL,
        ),
        (
            "other",
            "trade",
            TieType.OTHER,
            TieStatus.ENDED,
            "Handelsdagen met de Handelsbevorderingsraad Jinhai (fictief)",
            PartialDate.month(other_start.year, other_start.month),
            None,
            PartialDate.month(other_end.year, other_end.month),
            None,
            None,
            "Afspraak over twee handelsdagen, afgerond (fictief).",
            Classification.PUBLIC,
        ),
    )
    for (
        key,
        org,
        tie_type,
        status,
        title,
        starts,
        signed_on,
        ends,
        term_ends_on,
        evaluation_on,
        description,
        classification,
    ) in specs:
        result = ctx.create(
            ctx.dossier.ties,
            TieDraft(
                authority_id=own,
                organisation_id=ctx.orgs[org],
                tie_type=tie_type,
                status=status,
                title=title,
                starts=starts,
                signed=signed_on,
                ends=ends,
                term_ends_on=term_ends_on,
                evaluation_on=evaluation_on,
                description=description,
                common=fictional_common(classification),
            )
        )
        ctx.ties[key] = result.record.meta.id
