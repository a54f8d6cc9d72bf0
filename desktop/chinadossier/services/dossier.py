"""One opened case file and its services: what the CLI and the desktop application talk to."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from chinadossier.db.engine import open_database
from chinadossier.db.file_inspect import schema_too_old
from chinadossier.domain.actor import Actor
from chinadossier.domain.changes import Result
from chinadossier.domain.clock import Clock, SystemClock
from chinadossier.domain.codes import AuthorityKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.progress import Progress
from chinadossier.domain.records import CaseFileSettings
from chinadossier.services.bulk import Bulk
from chinadossier.services.context import ServiceContext

if TYPE_CHECKING:
    from chinadossier.services.attachments import AttachmentService
    from chinadossier.services.authorities import AuthorityService
    from chinadossier.services.case_settings import CaseSettingsService
    from chinadossier.services.cockpit import CockpitService
    from chinadossier.services.decisions import DecisionService
    from chinadossier.services.history import HistoryService
    from chinadossier.services.lookups import Lookups
    from chinadossier.services.matrices import RiskMatrixService
    from chinadossier.services.meetings import ActionService, MeetingService
    from chinadossier.services.memos import MemoService
    from chinadossier.services.merging import MergeService
    from chinadossier.services.names import NamesService
    from chinadossier.services.organisations import OrganisationService
    from chinadossier.services.overview import OverviewService
    from chinadossier.services.persons import PersonService
    from chinadossier.services.reference import ReferenceData, ReferenceReport
    from chinadossier.services.risks import RiskCategoryService, RiskNoteService
    from chinadossier.services.sources import SourceService
    from chinadossier.services.tags import TagService
    from chinadossier.services.ties import TieService


_T = TypeVar("_T")
_MAKING = threading.Lock()


class _service(Generic[_T]):  # noqa: N801 - used like @property
    """A service of the Dossier, made (and its module imported) on first use, once.

    Like functools.cached_property, with a lock on the first use on every Python version (the
    desktop application reaches services from a background thread too).
    """

    def __init__(self, make: Callable[[Any], _T]) -> None:
        self._make = make
        self._name = make.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type) -> _service[_T]: ...

    @overload
    def __get__(self, obj: object, owner: type) -> _T: ...

    def __get__(self, obj: object | None, owner: type) -> _T | _service[_T]:
        if obj is None:
            return self
        with _MAKING:  # later reads find the instance's own attribute and skip this
            made: _T | None = obj.__dict__.get(self._name)
            if made is None:
                made = obj.__dict__[self._name] = self._make(obj)
        return made


class Dossier:
    """The services of one opened case file."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # Each service is made (and its module imported) when first used: a command needs a few
    # of them, and importing all twenty cost ~0.1 s of every command's start-up.

    @_service
    def authorities(self) -> AuthorityService:
        from chinadossier.services.authorities import AuthorityService

        return AuthorityService(self.ctx)

    @_service
    def organisations(self) -> OrganisationService:
        from chinadossier.services.organisations import OrganisationService

        return OrganisationService(self.ctx)

    @_service
    def persons(self) -> PersonService:
        from chinadossier.services.persons import PersonService

        return PersonService(self.ctx)

    @_service
    def ties(self) -> TieService:
        from chinadossier.services.ties import TieService

        return TieService(self.ctx)

    @_service
    def meetings(self) -> MeetingService:
        from chinadossier.services.meetings import MeetingService

        return MeetingService(self.ctx)

    @_service
    def actions(self) -> ActionService:
        from chinadossier.services.meetings import ActionService

        return ActionService(self.ctx)

    @_service
    def decisions(self) -> DecisionService:
        from chinadossier.services.decisions import DecisionService

        return DecisionService(self.ctx)

    @_service
    def sources(self) -> SourceService:
        from chinadossier.services.sources import SourceService

        return SourceService(self.ctx)

    @_service
    def risk_notes(self) -> RiskNoteService:
        from chinadossier.services.risks import RiskNoteService

        return RiskNoteService(self.ctx)

    @_service
    def risk_categories(self) -> RiskCategoryService:
        from chinadossier.services.risks import RiskCategoryService

        return RiskCategoryService(self.ctx)

    @_service
    def overview(self) -> OverviewService:
        from chinadossier.services.overview import OverviewService

        return OverviewService(self.ctx)

    @_service
    def risk_matrices(self) -> RiskMatrixService:
        from chinadossier.services.matrices import RiskMatrixService

        return RiskMatrixService(self.ctx)

    @_service
    def attachments(self) -> AttachmentService:
        from chinadossier.services.attachments import AttachmentService

        return AttachmentService(self.ctx)

    @_service
    def cockpit(self) -> CockpitService:
        from chinadossier.services.cockpit import CockpitService

        return CockpitService(self.ctx)

    @_service
    def memos(self) -> MemoService:
        from chinadossier.services.memos import MemoService

        return MemoService(self.ctx)

    @_service
    def history(self) -> HistoryService:
        from chinadossier.services.history import HistoryService

        return HistoryService(self.ctx)

    @_service
    def case_settings(self) -> CaseSettingsService:
        from chinadossier.services.case_settings import CaseSettingsService

        return CaseSettingsService(self.ctx)

    @_service
    def tags(self) -> TagService:
        from chinadossier.services.tags import TagService

        return TagService(self.ctx)

    @_service
    def names(self) -> NamesService:
        from chinadossier.services.names import NamesService

        return NamesService(self.ctx)

    @_service
    def lookups(self) -> Lookups:
        from chinadossier.services.lookups import Lookups

        return Lookups(self.ctx)

    @_service
    def merges(self) -> MergeService:
        from chinadossier.services.merging import MergeService

        return MergeService(self.ctx)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Clock | None = None,
        actor: Actor | None = None,
        read_only: bool = False,
        require_current: bool = True,
    ) -> Dossier:
        """Open an existing case file (refused untouched if foreign or newer)."""
        database = open_database(path, read_only=read_only)
        if require_current and not database.is_current:
            database.close()
            raise schema_too_old(path, database.schema_version)
        return cls(ServiceContext(database, clock or SystemClock(), actor or Actor.current()))

    @property
    def path(self) -> Path:
        """Where the case file lives."""
        return self.ctx.database.path

    @property
    def schema_version(self) -> int:
        """The schema version (migration ordinal) of the opened file."""
        return self.ctx.database.schema_version

    def settings(self) -> CaseFileSettings:
        """The case file's settings."""
        with self.ctx.uow(write=False) as uow:
            return uow.case_file.settings()

    def bulk(self, progress: Progress | None = None) -> Bulk:
        """A unit of work for many creates at once (see services.bulk); cancellable."""
        return Bulk(self.ctx, progress)

    def set_council_seats(self, seats: int | None) -> Result[CaseFileSettings]:
        """Set how many seats the own gemeenteraad or Provinciale Staten has (None: unknown).

        Votes for and against a decision must then fit it; the law allows at most 45 seats in a
        gemeenteraad and 55 in Provinciale Staten.
        """
        with self.ctx.uow() as uow:
            own = uow.case_file.settings().own_authority.id
            kind = uow.reference.authority_kind(own)
            assert kind is not None
            from chinadossier.services.decisions import MAX_SEATS

            most = MAX_SEATS[kind]
            if seats is not None and (type(seats) is not int or not 1 <= seats <= most):
                body = (
                    "een gemeenteraad" if kind is AuthorityKind.MUNICIPALITY
                    else "Provinciale Staten"
                )
                raise UsageError(
                    f"{body[:1].upper()}{body[1:]} heeft 1 tot en met {most} zetels, niet {seats}."
                )
            uow.case_file.set_council_seats(seats)
            uow.event("council_seats", seats=seats)
            uow.settings_changed()
            changes = uow.commit()
        return Result(self.settings(), changes)

    def update_reference(self, data: ReferenceData | None = None) -> Result[ReferenceReport]:
        """Apply a version of the reference data (the shipped one by default) in one unit of work.

        New entries are added, vanished ones retired, unedited ones refreshed; nothing is deleted
        and no entry a user edited is overwritten.
        """
        from chinadossier.services.reference import load_reference, update_reference

        data = data or load_reference()
        with self.ctx.uow() as uow:
            report = update_reference(uow, data)
            changes = uow.commit()
        return Result(report, changes)

    def close(self) -> None:
        """Release the file."""
        self.ctx.database.close()

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
