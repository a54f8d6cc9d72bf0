"""Which fictional organisations and persons the demo records, with their posts."""

from __future__ import annotations

from chinadossier.domain.codes import (
    Classification,
    NameOrder,
    PoliticalFactKind,
)
from chinadossier.domain.drafts import (
    OrganisationDraft,
    PersonDraft,
    PoliticalFactDraft,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.pinyin import person_pinyin
from chinadossier.services.demo.context import DemoContext
from chinadossier.services.demo.fictional import FICTIONAL_ORGS, JINHAI, our_persons, their_persons
from chinadossier.services.demo.marks import FICTIONAL_NOTE, fictional, fictional_common
from chinadossier.services.demo.meetings import WANG_SWITCH


def build_fictional_orgs(ctx: DemoContext) -> None:
    """Create the fictional organisations of Jinhai."""
    for org in FICTIONAL_ORGS:
        result = ctx.create(
            ctx.dossier.organisations,
            OrganisationDraft(
                name_nl=org.name_nl,
                name_en=org.name_en,
                org_kind=org.kind,
                hanzi=org.hanzi,
                place_text=JINHAI,
                parent_id=ctx.orgs[org.parent] if org.parent else None,
                notes=FICTIONAL_NOTE,
                # The names of (fictional) public bodies and firms are public; what is noted
                # about them (risks, meetings, persons) carries its own classification.
                common=fictional_common(Classification.PUBLIC),
            )
        )
        ctx.orgs[org.key] = result.record.meta.id


def build_persons(ctx: DemoContext) -> None:
    """Create the fictional persons, theirs and ours."""
    own = ctx.own.meta.id
    switch = PartialDate.month(
        ctx.meeting_days[WANG_SWITCH].year, ctx.meeting_days[WANG_SWITCH].month
    )
    adviser_switch = ctx.months_ago(30)
    theirs = their_persons(ctx.orgs, ctx.today, switch)
    for key, family, given, hanzi, positions in theirs:
        facts: tuple[PoliticalFactDraft, ...] = ()
        if key == "li":
            facts = (
                PoliticalFactDraft(
                    PoliticalFactKind.PARTY_POST,
                    "Partijsecretaris (书记) van Jinhai (fictief)",
                    ctx.sources["gov_list"],
                    ctx.months_ago(5),
                ),
            )
        result = ctx.create(
            ctx.dossier.persons,
            PersonDraft(
                family_name=family,
                given_name=given,
                hanzi=hanzi,
                pinyin=fictional(person_pinyin(hanzi)) if hanzi else None,
                name_order=NameOrder.FAMILY_FIRST,
                positions=positions,
                political_facts=facts,
                notes=FICTIONAL_NOTE,
                common=fictional_common(Classification.INTERNAL),
            )
        )
        ctx.persons[key] = result.record.meta.id
    ours = our_persons(own, ctx.terms, ctx.today, adviser_switch)
    for key, family, tussenvoegsel, given, positions in ours:
        result = ctx.create(
            ctx.dossier.persons,
            PersonDraft(
                family_name=fictional(family),
                given_name=given,
                tussenvoegsel=tussenvoegsel,
                name_order=NameOrder.GIVEN_FIRST,
                positions=positions,
                notes=FICTIONAL_NOTE,
                common=fictional_common(Classification.INTERNAL),
            )
        )
        ctx.persons[key] = result.record.meta.id
    ctx.ours = [ctx.persons["brouwer"], ctx.persons["heuvel"], ctx.persons["ozturk"]]
