"""The shape every record service shares: get, list, create, edit, trash and restore."""

from __future__ import annotations

import builtins
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from chinadossier.db.repositories import ViewRepository
from chinadossier.db.repository import Records, Shared
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.changes import Page, Result
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import Collector, FieldError, NotFound, check_version
from chinadossier.domain.queries import ListQuery
from chinadossier.domain.writes import Children, EntityValues
from chinadossier.services import validation as v
from chinadossier.services.classification import classification_warnings
from chinadossier.services.context import ServiceContext

D = TypeVar("D")
R = TypeVar("R")


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """Validated values of a draft, ready to write: typed per kind (domain.writes)."""

    values: EntityValues
    shared: Shared
    children: Children | None = None
    display_no: str | None = None
    number_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Checked:
    """What a save of one draft would report, and (without problems) what it would write."""

    errors: tuple[FieldError, ...]
    prepared: Prepared | None


@dataclass(frozen=True, slots=True)
class CheckedMany:
    """check_many's answer: per draft, in order; `as_of` is the case file's change mark when
    they were checked (see Bulk.create's `prepared`)."""

    checked: builtins.list[Checked]
    as_of: tuple[int, str] | None


class RecordService(Generic[D, R]):
    """Create, edit, trash, restore, get and list one kind of record."""

    kind: RecordKind

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        # Warnings of records created in the running call (bulk creates do not collect them).
        self._warnings: dict[uuid.UUID, tuple[str, ...]] = {}

    # -- to be provided per kind ----------------------------------------------------------------

    def prepare(self, records: Records, draft: D, c: Collector, current: R | None) -> Prepared:
        """Validate a draft (collecting every problem) and return the values to store."""
        raise NotImplementedError

    def after_write(self, records: Records, record_id: uuid.UUID, draft: D, created: bool) -> None:
        """Extra writes in the same unit of work (e.g. a first risk assessment)."""

    # -- reading --------------------------------------------------------------------------------

    def get(self, record_id: uuid.UUID) -> R:
        """One record (also when it is in the trash)."""
        with self.ctx.uow(write=False) as uow:
            return self._get(uow, record_id)

    def _get(self, uow: UnitOfWork, record_id: uuid.UUID) -> R:
        return uow.records.get_record(self.kind, record_id)  # type: ignore[no-any-return]

    def list(self, query: ListQuery | None = None) -> Page[R]:
        """One page of the list (see ListQuery: typed filters, cursor, the page at a record)."""
        with self.ctx.uow(write=False) as uow:
            return uow.views.list_page(self.kind, query or ListQuery())

    def count(self, query: ListQuery | None = None) -> int:
        """How many records the list holds with the query's filters and trash setting.

        Cheap enough for a table header: one COUNT in the database, nothing built.
        """
        with self.ctx.uow(write=False) as uow:
            return uow.views.count(self.kind, query or ListQuery())

    def get_many(self, ids: Sequence[uuid.UUID]) -> builtins.list[R]:
        """The records with these ids, trashed ones too, in the order asked; unknown ids left out.

        One read for all of them (a table model refreshing its visible rows).
        """
        with self.ctx.uow(write=False) as uow:
            return uow.views.get_many(self.kind, ids)

    def list_all(self, filters: Mapping[str, Any] | None = None) -> builtins.list[R]:
        """Every live record matching the filters, page by page (for small lists only).

        Counting is not a reason to call this: OverviewService.counts() counts in the database.
        """
        items: builtins.list[R] = []
        cursor: str | None = None
        while True:
            page = self.list(ListQuery(cursor=cursor, limit=500, filters=dict(filters or {})))
            items.extend(page.items)
            cursor = page.next_cursor
            if cursor is None:
                return items

    def sorts(self) -> tuple[str, ...]:
        """The sorts this list supports (the first is the default)."""
        return ViewRepository.sorts(self.kind)

    # -- writing --------------------------------------------------------------------------------

    def validate(self, draft: D, *, current: R | None = None) -> tuple[FieldError, ...]:
        """Every problem a save of this draft would report, without writing anything.

        The keys are the draft's attribute paths (`name_nl`, `participants[2].person_id`,
        `common.tags[0]`; see domain.field_paths), so a form can show each message at its field.

        Args:
            draft: What the form holds now.
            current: The record being edited, as the form loaded it; None for a new record.
        """
        with self.ctx.uow(write=False) as uow:
            c = Collector()
            self._typed_prepare(uow.records, draft, c, current)
            return tuple(c.errors)

    def validate_many(
        self, drafts: Sequence[D], currents: Sequence[R | None] | None = None
    ) -> builtins.list[tuple[FieldError, ...]]:
        """validate() for many drafts at once (an import's preview), in one read.

        One unit of work serves them all, so what every draft looks up (the default
        classification, referenced records) is read once instead of once per draft.
        `currents` gives, per draft, the record it edits (None: a new record).
        """
        return [checked.errors for checked in self.check_many(drafts, currents).checked]

    def check_many(
        self,
        drafts: Sequence[D],
        currents: Sequence[R | None] | None = None,
        *,
        assume: Mapping[RecordKind, Sequence[uuid.UUID]] | None = None,
    ) -> CheckedMany:
        """validate_many() that also keeps what each save would write, with the change mark of
        the case file they were checked against (read in the same snapshot).

        `assume` names records that do not exist yet but will when the drafts are saved (an
        import creates its new organisations first): links to them are valid.
        """
        with self.ctx.uow(write=False) as uow:
            records = uow.records
            for kind, ids in (assume or {}).items():
                records.assume_created(ids, kind)
            as_of = uow.audit_head()
            out: builtins.list[Checked] = []
            for index, draft in enumerate(drafts):
                c = Collector()
                current = currents[index] if currents is not None else None
                prepared = self._typed_prepare(records, draft, c, current)
                errors = tuple(c.errors)
                out.append(Checked(errors, None if errors else prepared))
            return CheckedMany(out, as_of)

    def _typed_prepare(
        self, records: Records, draft: D, c: Collector, current: R | None
    ) -> Prepared | None:
        """Type checks (issue 7.8), then prepare(); every problem of the draft is collected.

        prepare() relies on the right types: when a type is wrong it may trip over it, and then
        only the problems found so far count (the wrong type is named already). A field with a
        wrong type is named once, by its type message.
        """
        v.types(c, draft)
        typed = {e.field for e in c.errors}
        if not typed:
            return self.prepare(records, draft, c, current)
        kept = list(c.errors)
        try:
            self.prepare(records, draft, c, current)
        except Exception:  # noqa: BLE001 - a consequence of a wrong type already reported
            pass
        kept += [e for e in c.errors[len(kept):] if e.field not in typed]
        c.errors[:] = kept
        return None

    def create(
        self,
        draft: D,
        *,
        record_id: uuid.UUID | None = None,
        display_no: str | None = None,
    ) -> Result[R]:
        """Validate and save a new record.

        Args:
            draft: The record's fields.
            record_id: Keep this id (a lossless import or a merge); a new UUIDv7 by default.
            display_no: Keep this human number (e.g. ORG-0042 from an export); by default the
                next one. A number of the kind's own series moves the counter past it.

        Raises:
            ValidationFailed: the draft has problems (keys: its attribute paths).
            Refused: the id or the number is already taken; nothing was written.
        """
        with self.ctx.uow() as uow:
            new_id = self._create_in(uow.records, draft, record_id, display_no)
            warnings = self._warnings.pop(new_id, ())
            changes = uow.commit()
        return Result(self.get(new_id), changes, warnings)

    def _create_in(
        self,
        records: Records,
        draft: D,
        record_id: uuid.UUID | None = None,
        display_no: str | None = None,
        prepared: Prepared | None = None,
        *,
        warn: bool = True,
    ) -> uuid.UUID:
        """create() inside an open unit of work; `prepared`: this draft as check_many() found
        it valid, when the caller knows nothing changed since (else it is checked here).
        `warn=False` (a bulk): no classification warnings are worked out or kept."""
        if prepared is None:
            c = Collector()
            prepared = self._typed_prepare(records, draft, c, None)
            c.raise_if_any()
        assert prepared is not None
        warnings = classification_warnings(records, prepared) if warn else ()
        record_id = records.create(
            self.kind,
            prepared.values,
            prepared.shared,
            display_no=display_no or prepared.display_no,
            children=prepared.children,
            on=prepared.number_on,
            record_id=record_id,
            claim=display_no is not None,
        )
        self.after_write(records, record_id, draft, True)
        if warnings:
            self._warnings[record_id] = warnings
        return record_id

    def edit(self, record_id: uuid.UUID, draft: D, *, expected_version: int) -> Result[R]:
        """Save changes made to the version the user saw; Conflict if it changed since."""
        with self.ctx.uow() as uow:
            current = self._get(uow, record_id)
            warnings = self._edit_in(uow.records, record_id, draft, expected_version, current)
            changes = uow.commit()
        return Result(self.get(record_id), changes, warnings)

    def _edit_in(
        self,
        records: Records,
        record_id: uuid.UUID,
        draft: D,
        expected_version: int,
        current: R,
    ) -> tuple[str, ...]:
        """edit() inside an open unit of work (also a bulk import's updates); the warnings."""
        meta = current.meta  # type: ignore[attr-defined]
        check_version(
            display_no=meta.display_no,
            version=meta.version,
            expected_version=expected_version,
            current=current,
        )
        if meta.deleted:
            raise NotFound(f"{meta.display_no} staat in de prullenbak; zet het eerst terug.")
        c = Collector()
        prepared = self._typed_prepare(records, draft, c, current)
        c.raise_if_any()
        assert prepared is not None
        warnings = classification_warnings(records, prepared)
        records.update(
            self.kind,
            record_id,
            expected_version,
            prepared.values,
            prepared.shared,
            children=prepared.children,
            current=current,
        )
        self.after_write(records, record_id, draft, False)
        return warnings

    def delete(self, record_id: uuid.UUID, *, expected_version: int) -> Result[R]:
        """Move to the trash; links from other records stay and show it as deleted."""
        return self._set_deleted(record_id, expected_version, True)

    def restore(self, record_id: uuid.UUID, *, expected_version: int) -> Result[R]:
        """Take out of the trash."""
        return self._set_deleted(record_id, expected_version, False)

    def _set_deleted(self, record_id: uuid.UUID, expected_version: int, deleted: bool) -> Result[R]:
        with self.ctx.uow() as uow:
            records = uow.records
            current = self._get(uow, record_id)
            meta = current.meta  # type: ignore[attr-defined]
            check_version(
                display_no=meta.display_no,
                version=meta.version,
                expected_version=expected_version,
                current=current,
            )
            if deleted:
                self.check_delete(records, current)
            else:
                self.check_restore(records, current)
            records.set_deleted(
                self.kind, record_id, expected_version, deleted=deleted, current=current
            )
            changes = uow.commit()
        return Result(self.get(record_id), changes)

    def check_delete(self, records: Records, current: R) -> None:
        """Refuse a delete that would break an invariant (e.g. the own authority)."""

    def check_restore(self, records: Records, current: R) -> None:
        """Refuse a restore that would break an invariant (e.g. a code now used again)."""

    # -- helpers for prepare() ------------------------------------------------------------------

    @staticmethod
    def existing_sources(current: Any) -> builtins.list[uuid.UUID]:
        """Sources the record already cites (may stay even if deleted since)."""
        if current is None:
            return []
        return [s.source_id for s in current.meta.sources]

    def shared(self, records: Records, c: Collector, draft: Any, current: Any) -> Shared:
        """Validated common fields of a draft."""
        return v.shared(records, c, draft.common, self.existing_sources(current))
