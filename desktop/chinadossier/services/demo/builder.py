"""The order in which the demo fills an opened, empty case file."""

from __future__ import annotations

import datetime as dt
import random

from chinadossier.services.demo.build_decisions import build_actions, build_decisions
from chinadossier.services.demo.build_meetings import build_meetings
from chinadossier.services.demo.build_parties import build_fictional_orgs, build_persons
from chinadossier.services.demo.build_risks import build_risks
from chinadossier.services.demo.build_sources import build_sources
from chinadossier.services.demo.build_ties import build_fictional_ties, build_real_ties
from chinadossier.services.demo.context import DemoContext
from chinadossier.services.dossier import Dossier


def build_demo(dossier: Dossier, today: dt.date, rng: random.Random) -> None:
    """Fill an opened, empty demo case file through the services, in dependency order."""
    ctx = DemoContext(dossier, today, rng)
    build_sources(ctx)
    build_real_ties(ctx)
    build_fictional_orgs(ctx)
    build_persons(ctx)
    build_fictional_ties(ctx)
    build_meetings(ctx)
    decisions = build_decisions(ctx)
    build_actions(ctx, decisions)
    build_risks(ctx)
