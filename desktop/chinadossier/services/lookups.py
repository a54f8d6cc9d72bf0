"""What forms look up besides records: places from the reference data, contact defaults."""

from __future__ import annotations

from dataclasses import dataclass

from chinadossier.db.lookups import LookupRepository
from chinadossier.domain.codes import Direction, MeetingKind
from chinadossier.domain.search_text import index_text
from chinadossier.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class Place:
    """A Chinese division a record may name as its place."""

    adcode: str
    hanzi: str
    pinyin: str
    name_en: str
    level: str
    parent: str | None

    @property
    def label(self) -> str:
        """How a picker shows it: 南京市 Nánjīng Shì (Nanjing), with its province."""
        text = f"{self.hanzi} {self.pinyin}"
        return f"{text}, {self.parent}" if self.parent else text


class Lookups:
    """Reads a form needs that are not records."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._places: list[tuple[str, Place]] | None = None

    def places(self, query: str, *, limit: int = 20) -> list[Place]:
        """Divisions whose Hanzi, pinyin (tones ignored), English name or code match every word."""
        if self._places is None:
            with self.ctx.uow(write=False) as uow:
                rows = LookupRepository(uow).all_divisions()
            names = {r.adcode: r.hanzi for r in rows}
            self._places = [
                (
                    index_text(r.hanzi, r.pinyin, r.name_en, r.adcode),
                    Place(
                        r.adcode, r.hanzi, r.pinyin, r.name_en, r.level,
                        names.get(r.parent_adcode) if r.parent_adcode else None,
                    ),
                )
                for r in rows
            ]
        words = index_text(query).split()
        found = [p for key, p in self._places if all(w in key for w in words)]
        return found[:limit]

    def place(self, adcode: str) -> Place | None:
        """One division by code (None if unknown)."""
        self.places("")
        assert self._places is not None
        return next((p for _, p in self._places if p.adcode == adcode), None)

    def meeting_defaults(self) -> tuple[MeetingKind, Direction]:
        """Kind and direction most used in this case file (a first contact: a working visit)."""
        with self.ctx.uow(write=False) as uow:
            kind, direction = LookupRepository(uow).most_common_meeting()
        return kind or MeetingKind.WORKING_VISIT, direction or Direction.OUTGOING
