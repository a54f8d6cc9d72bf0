"""What every service needs: the opened case file, the clock, who acts, and the search index."""

from __future__ import annotations

from dataclasses import dataclass, field

from chinadossier.db.engine import Database
from chinadossier.db.search import SearchIndex, SqliteFtsIndex
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import Clock


@dataclass
class ServiceContext:
    """Shared by the services of one opened case file."""

    database: Database
    clock: Clock
    actor: Actor
    search: SearchIndex = field(default_factory=SqliteFtsIndex)

    def uow(self, *, write: bool = True) -> UnitOfWork:
        """A new unit of work (use with `with`)."""
        return UnitOfWork(
            self.database, clock=self.clock, actor=self.actor, write=write, search=self.search
        )
