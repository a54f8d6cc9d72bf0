"""A small case file with every kind of fact a memo shows, at all three classifications."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from chinadossier.domain.actor import Actor
from chinadossier.domain.codes import (
    Classification,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    Direction,
    MeetingKind,
    OrganisationKind,
    TieStatus,
    TieType,
)
from chinadossier.domain.drafts import (
    ActionDraft,
    AssessmentDraft,
    Common,
    DecisionDraft,
    MeetingDraft,
    OrganisationDraft,
    RiskNoteDraft,
    SourceDraft,
    SourceLink,
    TieDraft,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services.dossier import Dossier

TODAY = dt.date(2026, 11, 29)
ACTOR = Actor(account="t.memo", domain="GEMEENTE", host="laptop-griffie-02")
PUB, INT, CONF = Classification.PUBLIC, Classification.INTERNAL, Classification.CONFIDENTIAL


@dataclass
class Facts:
    """Numbers and names of what the memo case file holds."""

    tie_no: str = ""
    tie_id: uuid.UUID | None = None
    org_no: str = ""
    secret_org_name: str = "Geheime Partnerorganisatie Qiyun"
    secret_meeting: str = "Vertrouwelijk overleg Zhoushan"
    internal_meeting: str = "Intern werkoverleg Lanxi"
    risk_id: uuid.UUID | None = None
    action_id: uuid.UUID | None = None
    numbers: dict[str, str] = field(default_factory=dict)


def c(cls: Classification, *sources: uuid.UUID) -> Common:
    return Common(classification=cls, sources=tuple(SourceLink(s) for s in sources))


def fill(d: Dossier) -> Facts:
    """Ties, meetings, decisions, risks and actions at mixed classifications."""
    facts = Facts()
    own = d.settings().own_authority.id
    src = d.sources.create(SourceDraft("Raadsbesluit stedenband Nanjing", publisher="Griffie",
                                       common=c(PUB))).record
    secret_src = d.sources.create(SourceDraft("Geheim rapport Wutong", common=c(CONF))).record
    org = d.organisations.create(OrganisationDraft(
        "Stadsbestuur Nanjing (fictief)", OrganisationKind.GOVERNMENT, hanzi="南京市人民政府",
        common=c(PUB))).record
    secret_org = d.organisations.create(OrganisationDraft(
        facts.secret_org_name, OrganisationKind.UNITED_FRONT_OR_FRIENDSHIP_ORG, common=c(INT),
    )).record
    tie = d.ties.create(TieDraft(
        own, org.meta.id, TieType.SISTER_CITY, TieStatus.ACTIVE,
        title="Vriendschapsband Rotterdam–Nanjing (fictief)",
        starts=PartialDate.year(1987, circa=True), term_ends_on=dt.date(2027, 12, 31),
        common=c(PUB, src.meta.id, secret_src.meta.id))).record
    d.ties.create(TieDraft(
        own, secret_org.meta.id, TieType.FRIENDSHIP, TieStatus.DORMANT,
        title="Uitwisseling met vereniging (fictief)",
        starts=PartialDate.year(2022, uncertain=True),
        common=c(PUB)))
    facts.tie_no, facts.tie_id, facts.org_no = tie.meta.display_no, tie.meta.id, \
        org.meta.display_no
    for i, (title, cls) in enumerate([
        ("Ontvangst delegatie uit Nanjing — gesprek over één MoU", PUB),
        (facts.internal_meeting, INT),
        (facts.secret_meeting, CONF),
    ]):
        d.meetings.create(MeetingDraft(
            dt.date(2026, 3 + i, 10), MeetingKind.RECEPTION, title, direction=Direction.INCOMING,
            tie_ids=(tie.meta.id,), common=c(cls, src.meta.id)))
    decision = d.decisions.create(DecisionDraft(
        own, DecisionBody.COUNCIL, DecisionKind.MOTION, dt.date(2026, 6, 1),
        "Motie evaluatie stedenband (fictief)", outcome=DecisionOutcome.ADOPTED,
        reference="M-2026-031", link_ids=(tie.meta.id,), common=c(PUB))).record
    risk = d.risk_notes.create(RiskNoteDraft(
        tie.meta.id, "R-KV", "Interesse in niet-openbare laboratoria (fictief)",
        AssessmentDraft(4, 5, 3, 4), measures="Bezoekersprotocol", owner="Wethouder EZ",
        common=c(PUB))).record
    d.risk_notes.create(RiskNoteDraft(
        tie.meta.id, "R-SPI", "Geheim risico Baishan", AssessmentDraft(3, 3, 2, 2),
        common=c(CONF)))
    action = d.actions.create(ActionDraft(
        "Evaluatierapport naar de raad sturen", owner="Team IZ", due_on=dt.date(2026, 10, 1),
        decision_id=decision.meta.id, common=c(PUB))).record
    facts.risk_id, facts.action_id = risk.meta.id, action.meta.id
    return facts


