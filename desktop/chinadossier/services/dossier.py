"""One opened case file and its services: what the CLI and the desktop application talk to."""

from __future__ import annotations

from pathlib import Path

from chinadossier.db.engine import open_database
from chinadossier.db.file_inspect import schema_too_old
from chinadossier.domain.actor import Actor
from chinadossier.domain.changes import Result
from chinadossier.domain.clock import Clock, SystemClock
from chinadossier.domain.codes import AuthorityKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.progress import Progress
from chinadossier.domain.records import CaseFileSettings
from chinadossier.services.attachments import AttachmentService
from chinadossier.services.authorities import AuthorityService
from chinadossier.services.bulk import Bulk
from chinadossier.services.case_settings import CaseSettingsService
from chinadossier.services.cockpit import CockpitService
from chinadossier.services.context import ServiceContext
from chinadossier.services.decisions import MAX_SEATS, DecisionService
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
from chinadossier.services.reference import (
    ReferenceData,
    ReferenceReport,
    load_reference,
    update_reference,
)
from chinadossier.services.risks import RiskCategoryService, RiskNoteService
from chinadossier.services.sources import SourceService
from chinadossier.services.tags import TagService
from chinadossier.services.ties import TieService


class Dossier:
    """The services of one opened case file."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.authorities = AuthorityService(ctx)
        self.organisations = OrganisationService(ctx)
        self.persons = PersonService(ctx)
        self.ties = TieService(ctx)
        self.meetings = MeetingService(ctx)
        self.actions = ActionService(ctx)
        self.decisions = DecisionService(ctx)
        self.sources = SourceService(ctx)
        self.risk_notes = RiskNoteService(ctx)
        self.risk_categories = RiskCategoryService(ctx)
        self.overview = OverviewService(ctx)
        self.risk_matrices = RiskMatrixService(ctx)
        self.attachments = AttachmentService(ctx)
        self.cockpit = CockpitService(ctx)
        self.memos = MemoService(ctx)
        self.history = HistoryService(ctx)
        self.tags = TagService(ctx)
        self.case_settings = CaseSettingsService(ctx)
        self.names = NamesService(ctx)
        self.lookups = Lookups(ctx)
        self.merges = MergeService(ctx)

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
