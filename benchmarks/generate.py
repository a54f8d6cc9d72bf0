"""Generate a large case file through the services' bulk path (one unit of work, audited, indexed).

Usage: python benchmarks/generate.py OUT.sqlite3 [--scale 1.0]
Scale 1.0: 10,000 persons, 2,000 organisations, 100,000 contact moments, 5,000 risk notes,
2,000 sources (cited by a third of the organisations, a tenth of the contact moments, every
risk note and decision), 500 decisions (linked to ties and organisations) and 5,000 follow-up
actions on contact moments (a fifth of them also on a decision).
The extra kinds draw from their own random generator, so the records of the first four kinds
are the same as in files generated before they were added.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import (
    ActionStatus,
    Classification,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    Direction,
    MeetingKind,
    OrganisationKind,
    ParticipantSide,
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
    ParticipantDraft,
    PersonDraft,
    PositionDraft,
    RiskNoteDraft,
    SourceDraft,
    SourceLink,
    TieDraft,
)
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services.dossier import Dossier
from chinadossier.services.setup import new_case_file

TODAY = dt.date(2026, 11, 29)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁"
    "谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅志强海燕小明文"
CITIES = ["南京", "上海", "北京", "成都", "武汉", "天津", "西安", "杭州", "苏州", "广州"]
WORDS = (
    "overleg handelsmissie delegatie haven logistiek universiteit kennisveiligheid bezoek "
    "geïnformeerd samenwerking energie innovatie toezegging vervolg"
).split()


def generate(out: Path, scale: float) -> dict[str, float]:
    """Create the file and report timings (seconds) per phase."""
    rng = random.Random(42)
    clock = FixedClock.on(TODAY)
    actor = Actor("benchmark", None, "bench")
    timings: dict[str, float] = {}
    start = time.perf_counter()
    new_case_file(out, authority_code="GM0599", clock=clock, actor=actor)
    timings["create_file"] = time.perf_counter() - start
    n_org, n_person = int(2000 * scale), int(10000 * scale)
    n_meeting, n_risk = int(100000 * scale), int(5000 * scale)
    n_source, n_decision, n_action = int(2000 * scale), int(500 * scale), int(5000 * scale)
    # The extra kinds draw from their own generator: the first four kinds stay as they were.
    extra = random.Random(7)

    def cites(share: float) -> Common | None:
        """A Common citing one or two sources for `share` of the records (None: no citation)."""
        if not sources or extra.random() >= share:
            return None
        chosen = extra.sample(sources, extra.choice((1, 2)))
        return Common(sources=tuple(SourceLink(s, f"p. {extra.randint(1, 80)}") for s in chosen))

    with Dossier.open(out, clock=clock, actor=actor) as dossier:
        own = dossier.settings().own_authority.id
        start = time.perf_counter()
        with dossier.bulk() as bulk:
            sources = [
                bulk.create(
                    dossier.sources,
                    SourceDraft(
                        title=f"Bron {i:05d}: " + " ".join(extra.choices(WORDS, k=4)),
                        publisher=extra.choice(
                            ("Gemeenteblad", "NOS", "Xinhua", "Raadsinformatie")
                        ),
                        url=f"https://example.org/bron/{i}",
                        published=PartialDate.year(extra.randrange(2015, 2027)),
                        accessed_on=TODAY - dt.timedelta(days=extra.randrange(0, 900)),
                    ),
                )
                for i in range(n_source)
            ]
            orgs = []
            for i in range(n_org):
                city = rng.choice(CITIES)
                cited = cites(1 / 3)
                orgs.append(
                    bulk.create(
                        dossier.organisations,
                        OrganisationDraft(
                            name_nl=f"Organisatie {i:05d} {city} (fictief)",
                            org_kind=rng.choice(list(OrganisationKind)),
                            hanzi=f"{city}市{i}号机构",
                            notes=" ".join(rng.choices(WORDS, k=8)),
                            **({"common": cited} if cited else {}),
                        ),
                    )
                )
            ties = [
                bulk.create(
                    dossier.ties,
                    TieDraft(
                        authority_id=own,
                        organisation_id=orgs[i],
                        tie_type=rng.choice(list(TieType)),
                        status=TieStatus.ACTIVE,
                    ),
                )
                for i in range(min(50, n_org))
            ]
            persons = []
            for i in range(n_person):
                hanzi = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
                persons.append(
                    bulk.create(
                        dossier.persons,
                        PersonDraft(
                            family_name=f"Persoon{i}",
                            hanzi=hanzi,
                            positions=(
                                PositionDraft("medewerker", organisation_id=rng.choice(orgs)),
                            ),
                        ),
                    )
                )
            meetings = []
            for i in range(n_meeting):
                held = TODAY - dt.timedelta(days=rng.randrange(0, 3650))
                cited = cites(0.1)
                common = Common(classification=rng.choice(list(Classification)))
                if cited:
                    common = Common(classification=common.classification, sources=cited.sources)
                meetings.append(
                    bulk.create(
                        dossier.meetings,
                        MeetingDraft(
                            held_on=held,
                            meeting_kind=rng.choice(list(MeetingKind)),
                            direction=rng.choice(list(Direction)),
                            title=f"Contactmoment {i}",
                            summary=" ".join(rng.choices(WORDS, k=12)),
                            participants=(
                                ParticipantDraft(
                                    ParticipantSide.THEIRS, person_id=rng.choice(persons)
                                ),
                                ParticipantDraft(
                                    ParticipantSide.THEIRS, organisation_id=rng.choice(orgs)
                                ),
                            ),
                            tie_ids=(rng.choice(ties),),
                            common=common,
                        ),
                    )
                )
            codes = ["R-POL", "R-MR", "R-KV", "R-ECO", "R-SPI", "R-OBI", "R-PRIV", "R-GOV"]
            for i in range(n_risk):
                il, ii = rng.randint(1, 5), rng.randint(1, 5)
                bulk.create(
                    dossier.risk_notes,
                    RiskNoteDraft(
                        subject_id=rng.choice(orgs),
                        category_code=rng.choice(codes),
                        title=f"Risico {i}",
                        assessment=AssessmentDraft(
                            il,
                            ii,
                            rng.randint(1, il),
                            rng.randint(1, ii),
                            assessed_on=TODAY - dt.timedelta(days=rng.randrange(0, 700)),
                        ),
                        **({"common": cited} if (cited := cites(1.0)) else {}),
                    ),
                )
            decisions = []
            for i in range(n_decision):
                links = extra.sample(ties, extra.choice((0, 1, 2))) + extra.sample(
                    orgs, extra.choice((1, 2))
                )
                decisions.append(
                    bulk.create(
                        dossier.decisions,
                        DecisionDraft(
                            authority_id=own,
                            body=extra.choice(
                                (DecisionBody.COUNCIL, DecisionBody.EXECUTIVE, DecisionBody.MAYOR)
                            ),
                            decision_kind=extra.choice(list(DecisionKind)),
                            decided_on=TODAY - dt.timedelta(days=extra.randrange(0, 3650)),
                            title=f"Besluit {i}: " + " ".join(extra.choices(WORDS, k=5)),
                            outcome=extra.choice(list(DecisionOutcome)),
                            reference=f"RB-{i:05d}",
                            summary=" ".join(extra.choices(WORDS, k=15)),
                            link_ids=tuple(links),
                            **({"common": cited} if (cited := cites(1.0)) else {}),
                        ),
                    )
                )
            for i in range(n_action):
                status = extra.choice(list(ActionStatus))
                bulk.create(
                    dossier.actions,
                    ActionDraft(
                        what=f"Vervolgactie {i}: " + " ".join(extra.choices(WORDS, k=5)),
                        owner=extra.choice((None, "griffie", "wethouder", "beleidsadviseur")),
                        due_on=TODAY + dt.timedelta(days=extra.randrange(-400, 200)),
                        status=status,
                        done_on=TODAY - dt.timedelta(days=extra.randrange(0, 300))
                        if status is ActionStatus.DONE
                        else None,
                        meeting_id=extra.choice(meetings),
                        decision_id=extra.choice(decisions)
                        if decisions and extra.random() < 0.2
                        else None,
                    ),
                )
            timings["validate_and_add"] = time.perf_counter() - start
            mark = time.perf_counter()
            bulk.commit()
            timings["commit_audit_index"] = time.perf_counter() - mark
        timings["bulk_total"] = time.perf_counter() - start
    return timings


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    for name, seconds in generate(args.out, args.scale).items():
        print(f"{name:22s} {seconds:8.2f} s")


if __name__ == "__main__":
    main()
