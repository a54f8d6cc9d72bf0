"""What the build steps share: the open case file, the day, the random stream, the ids made."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid
from typing import Any

from chinadossier.domain.codes import AuthorityKind, Classification
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
        self.classes: dict[uuid.UUID, Classification] = {}

    def create(self, service: Any, draft: Any) -> Any:
        """Create through a service, classified at least as high as everything it links to.

        So no public demo record names or links to an internal one (a public memo made from the
        demo could not show it without leaking it); the service would warn otherwise.
        """
        common = getattr(draft, "common", None)
        if common is not None:
            linked = [self.classes[i] for i in _linked(draft) if i in self.classes]
            wanted = max([common.classification, *linked])
            if wanted != common.classification:
                draft = dataclasses.replace(
                    draft, common=dataclasses.replace(common, classification=wanted)
                )
        result = service.create(draft)
        self.classes[result.record.meta.id] = result.record.meta.classification
        return result

    def _meeting_days(self) -> list[dt.date]:
        """The days of the contact moments, oldest first: the first draws from the stream."""
        offsets = sorted(self.rng.sample(range(3, 731), len(MEETINGS)), reverse=True)
        return [self.today - dt.timedelta(days=offset) for offset in offsets]

    def months_ago(self, months: int) -> dt.date:
        """The day the given number of calendar months before today."""
        return add_months(self.today, -months)


def _linked(value: Any) -> list[uuid.UUID]:
    """Ids a draft points at: *_id fields, *_ids tuples, nested drafts and source links."""
    found: list[uuid.UUID] = []
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return found
    for field in dataclasses.fields(value):
        item = getattr(value, field.name)
        if isinstance(item, uuid.UUID) and field.name.endswith("_id"):
            found.append(item)
        elif isinstance(item, tuple):
            for element in item:
                if isinstance(element, uuid.UUID):
                    found.append(element)
                else:
                    found.extend(_linked(element))
        elif dataclasses.is_dataclass(item):
            found.extend(_linked(item))
    return found
