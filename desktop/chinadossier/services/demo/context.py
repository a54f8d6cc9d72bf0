"""What the build steps share: the open case file, the day, the random stream, the ids made."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from chinadossier.domain.codes import AuthorityKind
from chinadossier.domain.risk import add_months
from chinadossier.services.demo.meetings import MEETINGS
from chinadossier.services.demo.terms import MUNICIPALITY, PROVINCE
from chinadossier.services.dossier import Dossier


class DemoContext:
    """An opened, empty demo case file and the ids of the records made in it so far."""

    def __init__(self, dossier: Dossier, today: dt.date, rng: random.Random) -> None:
        self.dossier = dossier
        self.today = today
        self.rng = rng
        settings = dossier.settings()
        self.own = dossier.authorities.get(settings.own_authority.id)
        self.terms = PROVINCE if self.own.authority_kind is AuthorityKind.PROVINCE else MUNICIPALITY
        self.sources: dict[str, uuid.UUID] = {}
        self.orgs: dict[str, uuid.UUID] = {}
        self.persons: dict[str, uuid.UUID] = {}
        self.ours: list[uuid.UUID] = []
        self.ties: dict[str, uuid.UUID] = {}
        self.meetings: list[uuid.UUID] = []
        self.meeting_days = self._meeting_days()

    def _meeting_days(self) -> list[dt.date]:
        """The days of the contact moments, oldest first: the first draws from the stream."""
        offsets = sorted(self.rng.sample(range(3, 731), len(MEETINGS)), reverse=True)
        return [self.today - dt.timedelta(days=offset) for offset in offsets]

    def months_ago(self, months: int) -> dt.date:
        """The day the given number of calendar months before today."""
        return add_months(self.today, -months)
