"""Writing records: create, update, soft delete and restore, with field diffs for the audit.

Services hand in plain values (partial dates as PartialDate); this module maps them to columns,
keeps child rows and links, and never commits.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from chinadossier.db import canonical
from chinadossier.db.columns import (
    CHILDREN,
    PARTIAL_NAMES,
    columns_of,
    fold_partials,
    read_partial,
)
from chinadossier.db.models import (
    CaseFile,
    DisplayCounter,
    Record,
    RecordSource,
    RecordTag,
    Tag,
)
from chinadossier.db.registry import SPECS, display_prefix
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.codes import AuditAction, Classification, RecordKind, RetentionCategory
from chinadossier.domain.errors import NotFound, Refused, check_version
from chinadossier.domain.ids import new_id
from chinadossier.domain.labels import label
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.search_text import sort_key


@dataclass(frozen=True, slots=True, kw_only=True)
class Shared:
    """Values of the common record fields."""

    classification: Classification
    retention_category: RetentionCategory
    retention_on: Any
    tags: tuple[str, ...] | None
    sources: tuple[tuple[uuid.UUID, str | None], ...] | None

    # None for tags or sources means "leave the links as they are" (reference updates).


@functools.cache
@functools.cache
def _column_names(model: Any) -> frozenset[str]:
    """The column names of a mapped class's table (worked out once per class)."""
    return frozenset(model.__table__.columns.keys())


class Records:
    """Record writes inside one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        # Kind and trash state of ids seen in this unit of work: a bulk create of many records
        # that point at each other must not query for every reference.
        self._known: dict[uuid.UUID, tuple[RecordKind, bool]] = {}
        # Ids checked to be free in one read (reserve_fresh): creating with one needs no query.
        self._fresh: set[uuid.UUID] = set()
        # Held strongly: the session's identity map keeps only weak references, so a counter or
        # the settings row would be re-read (and the session autoflushed) on every create.
        self._counters: dict[str, DisplayCounter] = {}
        self._settings: CaseFile | None = None
        self._matrix: tuple[int, Any] | None = None
        self._tags: dict[str, uuid.UUID] = {}
        self._categories: dict[str, tuple[uuid.UUID, bool, bool] | None] = {}
        self._stamped: set[uuid.UUID] = set()
        # (display number, classification) of records seen in this unit of work: a bulk create
        # checks every new record's links against them without a query (and autoflush) per row.
        self._classified: dict[uuid.UUID, tuple[str, Classification]] = {}

    @property
    def _session(self) -> Session:
        """The unit of work's session (queued inserts are written before it is handed out)."""
        return self.uow._db_session  # noqa: SLF001 - the db package shares the session

    # -- reading what a write needs -----------------------------------------------------------

    def _load(self, kind: RecordKind, record_id: uuid.UUID) -> Any:
        """The mapped object of a record of this kind, or NotFound."""
        obj = self._session.get(SPECS[kind].model, record_id)
        if obj is None or obj.kind != kind:
            raise NotFound(
                f"Dit record ({label(kind)}) bestaat niet (meer) in het dossier; "
                "misschien is het door iemand anders verwijderd."
            )
        return obj

    def get_record(self, kind: RecordKind, record_id: uuid.UUID) -> Any:
        """The frozen record (deleted ones too)."""
        from chinadossier.db.convert import to_records

        return to_records(self._session, kind, [self._load(kind, record_id)])[0]

    def reserve_fresh(self, ids: Sequence[uuid.UUID]) -> None:
        """Check in one read per 500 that no record has any of these ids (records to be created
        with them); Refused names the first taken one."""
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            taken = [i for i in chunk if i in self._known] or list(self.live_kinds(chunk))
            if taken:
                raise Refused(
                    f"Er staat al een record met id {taken[0]} in het dossier; niets opgeslagen."
                )
            self._fresh.update(chunk)

    def assume_created(self, ids: Sequence[uuid.UUID], kind: RecordKind) -> None:
        """Validate as if records of this kind with these ids existed (an import's preview:
        the organisations it will create first). Only for a unit of work that writes nothing."""
        if self.uow.write:
            raise RuntimeError("assume_created is for validation without writing")
        for record_id in ids:
            self._known.setdefault(record_id, (kind, False))

    def live_kinds(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[RecordKind, bool]]:
        """For each existing id: its kind and whether it is deleted."""
        missing = [i for i in ids if i not in self._known]
        if missing:
            rows = self._session.execute(
                select(Record.id, Record.kind, Record.deleted_at).where(Record.id.in_(missing))
            )
            for row in rows:
                self._known[row[0]] = (RecordKind(row[1]), row[2] is not None)
        return {i: self._known[i] for i in ids if i in self._known}

    def classifications(
        self, ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[str, Classification]]:
        """(display number, classification) of the given existing records (one query for the
        ones this unit of work has not seen yet)."""
        missing = [i for i in ids if i not in self._classified]
        if missing:
            self._classified.update(self.uow.views.classifications(missing))
        return {i: self._classified[i] for i in ids if i in self._classified}

    def default_classification(self) -> Classification:
        """The case file's default classification for new records."""
        if self._settings is None:
            self._settings = self._session.get(CaseFile, 1)
        settings = self._settings
        return settings.default_classification if settings else Classification.INTERNAL

    def current_matrix(self) -> tuple[int, Any]:
        """(row id, Matrix) of the matrix new assessments use; read once per unit of work."""
        if self._matrix is None:
            from chinadossier.db.casefile import current_matrix

            self._matrix = current_matrix(self._session)
        return self._matrix

    def category(self, code: str) -> tuple[uuid.UUID, bool, bool] | None:
        """(id, retired, deleted) of a risk category by code; read once per unit of work."""
        if code not in self._categories:
            from chinadossier.db.casefile import category_id

            self._categories[code] = category_id(self._session, code)
        return self._categories[code]

    def free_display_no(self, base: str) -> str:
        """base itself, or base-2, base-3 … when a (deleted) record already carries it."""
        taken = set(
            self._session.scalars(
                select(Record.display_no).where(
                    or_(Record.display_no == base, Record.display_no.like(f"{base}-%"))
                )
            )
        )
        if base not in taken:
            return base
        n = 2
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"

    def next_display_no(self, kind: RecordKind, on: Any) -> str:
        """Allocate the next human number of a kind (CM-2026-0042, ORG-0007)."""
        prefix = display_prefix(kind, on)
        counter = self._counters.get(prefix) or self._session.get(DisplayCounter, prefix)
        if counter is None:
            counter = DisplayCounter(prefix=prefix, last_value=0)
            self._session.add(counter)
        self._counters[prefix] = counter
        counter.last_value += 1
        return f"{prefix}-{counter.last_value:04d}"

    def _claim(self, kind: RecordKind, display_no: str, on: Any) -> None:
        """A given number must be free; one of the kind's own series moves the counter."""
        taken = self._session.scalar(select(Record.id).where(Record.display_no == display_no))
        if taken is not None:
            raise Refused(
                f"Het nummer {display_no} is al in gebruik in dit dossier; niets opgeslagen."
            )
        prefix = display_prefix(kind, on)
        head, _, number = display_no.rpartition("-")
        if head == prefix and number.isdigit():
            counter = self._counters.get(prefix) or self._session.get(DisplayCounter, prefix)
            if counter is None:
                counter = DisplayCounter(prefix=prefix, last_value=0)
                self._session.add(counter)
            self._counters[prefix] = counter
            counter.last_value = max(counter.last_value, int(number))

    # -- writing ------------------------------------------------------------------------------

    def create(
        self,
        kind: RecordKind,
        values: Mapping[str, Any],
        shared: Shared,
        *,
        display_no: str | None = None,
        children: Mapping[str, Any] | None = None,
        on: Any = None,
        record_id: uuid.UUID | None = None,
        claim: bool = False,
    ) -> uuid.UUID:
        """Insert a record with its shared fields, links and child rows; returns its id.

        `record_id` keeps a given id; with `claim` the given display number is checked to be
        free and, when it belongs to the kind's own series, moves the counter past it.
        """
        uow = self.uow
        who = uow.actor.who
        model: Any = SPECS[kind].model
        fresh = record_id in self._fresh
        self._fresh.discard(record_id)
        if record_id is not None and not fresh and self.live_kinds([record_id]):
            raise Refused(
                f"Er staat al een record met id {record_id} in het dossier; niets opgeslagen."
            )
        record_id = record_id or new_id()
        if claim and display_no is not None:
            self._claim(kind, display_no, on or uow.clock.today())
        display = display_no or self.next_display_no(kind, on or uow.clock.today())
        common = {
            "id": record_id,
            "kind": kind,
            "display_no": display,
            "classification": shared.classification,
            "retention_category": shared.retention_category,
            "retention_on": shared.retention_on,
            "created_at": uow.now,
            "created_by": who,
            "updated_at": uow.now,
            "updated_by": who,
            "version": 1,
            "deleted_at": None,
            "deleted_by": None,
        }
        entity: dict[str, Any] = {"id": record_id}
        diff: dict[str, tuple[Any, Any]] = {}
        for name, value in values.items():
            if name in PARTIAL_NAMES or isinstance(value, PartialDate):
                entity.update(columns_of(name, value))
            else:  # one column of that name: what columns_of gives, without a dict per field
                entity[name] = value
            diff[name] = (None, value)
        unknown = entity.keys() - _column_names(model)
        if unknown:
            raise TypeError(f"{kind.value} has no columns named {sorted(unknown)}")
        uow.add_rows("record", [common], owner=record_id)
        uow.add_rows(model.__tablename__, [entity], owner=record_id)
        self._known[record_id] = (kind, False)
        self._classified[record_id] = (display, shared.classification)
        diff.update(self._set_links(record_id, shared, created=True))
        for name, rows in (children or {}).items():
            self._add_children(record_id, name, rows)
            diff[name] = (None, list(rows))
        diff["classification"] = (None, shared.classification.value)
        # What the search document and the audit entry need, without an ORM object.
        # `created_children`: a new person's search document takes its function titles from
        # here instead of a query per person.
        uow.touched(SimpleNamespace(**{**common, **entity}, created_children=dict(children or {})),
                    AuditAction.CREATE, diff)
        return record_id

    def update(
        self,
        kind: RecordKind,
        record_id: uuid.UUID,
        expected_version: int,
        values: Mapping[str, Any],
        shared: Shared,
        *,
        children: Mapping[str, Any] | None = None,
        current: Any = None,
    ) -> uuid.UUID:
        """Change a record if it is still at expected_version; returns its id.

        Raises Conflict (carrying `current`, the record as it now is) when someone else saved in
        between. Only fields whose value differs are written and audited.
        """
        obj = self._load(kind, record_id)
        check_version(
            display_no=obj.display_no,
            version=obj.version,
            expected_version=expected_version,
            current=current,
        )
        if obj.deleted_at is not None:
            raise NotFound(f"{obj.display_no} staat in de prullenbak; zet het eerst terug.")
        diff: dict[str, tuple[Any, Any]] = {}
        for name, value in values.items():
            old = read_partial(obj, name) if name in PARTIAL_NAMES else getattr(obj, name)
            if canonical.plain(old) != canonical.plain(value):
                for column, stored in columns_of(name, value).items():
                    setattr(obj, column, stored)
                diff[name] = (canonical.plain(old), canonical.plain(value))
        for name in ("classification", "retention_category", "retention_on"):
            old, new = getattr(obj, name), getattr(shared, name)
            if canonical.plain(old) != canonical.plain(new):
                setattr(obj, name, new)
                diff[name] = (canonical.plain(old), canonical.plain(new))
        self._classified.pop(obj.id, None)
        diff.update(self._set_links(obj.id, shared, created=False))
        for name, rows in (children or {}).items():
            old_rows = self._child_rows(obj.id, name)
            if canonical.plain(old_rows) != canonical.plain(list(rows)):
                self._replace_children(obj.id, name, rows)
                diff[name] = (canonical.plain(old_rows), canonical.plain(list(rows)))
        if diff:
            self._stamp(obj)
            self.uow.touched(obj, AuditAction.UPDATE, diff)
        return record_id

    def set_deleted(
        self,
        kind: RecordKind,
        record_id: uuid.UUID,
        expected_version: int,
        *,
        deleted: bool,
        current: Any = None,
    ) -> None:
        """Move a record to the trash or back; nothing else is touched (no cascade)."""
        obj = self._load(kind, record_id)
        check_version(
            display_no=obj.display_no,
            version=obj.version,
            expected_version=expected_version,
            current=current,
        )
        if (obj.deleted_at is not None) == deleted:
            return
        if obj.merged_into is not None:
            raise Refused(
                f"{obj.display_no} is samengevoegd met een ander record; maak het samenvoegen "
                f"ongedaan (chinadossier unmerge {obj.display_no}) in plaats van terug te zetten."
            )
        self._known[record_id] = (kind, deleted)
        obj.deleted_at = self.uow.now if deleted else None
        obj.deleted_by = self.uow.actor.who if deleted else None
        self._stamp(obj)
        action = AuditAction.DELETE if deleted else AuditAction.RESTORE
        self.uow.touched(obj, action, {"deleted": (not deleted, deleted)})

    def touch(
        self, kind: RecordKind, record_id: uuid.UUID, diff: dict[str, tuple[Any, Any]]
    ) -> None:
        """Bump version and audit a change made through another table (e.g. an attachment)."""
        self._stamp_change(self._load(kind, record_id), diff)

    def _stamp_change(self, obj: Any, diff: dict[str, tuple[Any, Any]]) -> None:
        """Bump version and audit a change made to a loaded object (db package only)."""
        self._stamp(obj)
        self.uow.touched(obj, AuditAction.UPDATE, diff)

    def _stamp(self, obj: Any) -> None:
        obj.updated_at = self.uow.now
        obj.updated_by = self.uow.actor.who
        # One user action is one new version, however many flushes and tables it touches.
        if obj.id not in self._stamped:
            self._stamped.add(obj.id)
            obj.version = obj.version + 1

    # -- links and children -------------------------------------------------------------------

    def _set_links(
        self, record_id: uuid.UUID, shared: Shared, *, created: bool
    ) -> dict[str, tuple[Any, Any]]:
        diff: dict[str, tuple[Any, Any]] = {}
        if shared.tags is None or shared.sources is None:
            return diff
        if created:
            tags = sorted(set(shared.tags))
            self.uow.add_rows(
                "record_tag",
                [{"record_id": record_id, "tag_id": self._tag_id(name)} for name in tags],
                owner=record_id,
            )
            self.uow.add_rows(
                "record_source",
                [
                    {"record_id": record_id, "source_id": sid, "locator": loc}
                    for sid, loc in shared.sources
                ],
                owner=record_id,
            )
            if tags:
                diff["tags"] = ([], tags)
            if shared.sources:
                diff["sources"] = ([], sorted([sid.hex, loc] for sid, loc in shared.sources))
            return diff
        session = self._session
        old_tags = sorted(
            session.scalars(
                select(Tag.name)
                .join(RecordTag, RecordTag.tag_id == Tag.id)
                .where(RecordTag.record_id == record_id)
            )
        )
        new_tags = sorted(set(shared.tags))
        if old_tags != new_tags:
            session.execute(delete(RecordTag).where(RecordTag.record_id == record_id))
            for name in new_tags:
                session.add(RecordTag(record_id=record_id, tag_id=self._tag_id(name)))
            diff["tags"] = (old_tags, new_tags)
        old_sources = [
            [row[0].hex, row[1]]
            for row in session.execute(
                select(RecordSource.source_id, RecordSource.locator)
                .where(RecordSource.record_id == record_id)
                .order_by(RecordSource.source_id)
            )
        ]
        new_sources = sorted([sid.hex, loc] for sid, loc in shared.sources)
        if old_sources != new_sources:
            session.execute(delete(RecordSource).where(RecordSource.record_id == record_id))
            for sid, loc in shared.sources:
                session.add(RecordSource(record_id=record_id, source_id=sid, locator=loc))
            diff["sources"] = (old_sources, new_sources)
        return diff

    def _tag_id(self, name: str) -> uuid.UUID:
        key = sort_key(name)
        tag_id = self._tags.get(key) or self._session.scalar(
            select(Tag.id).where(Tag.name_key == key)
        )
        if tag_id is None:
            tag_id = new_id()
            self.uow.add_rows(
                "tag", [{"id": tag_id, "name": name, "name_key": key, "created_at": self.uow.now}]
            )
        self._tags[key] = tag_id
        return tag_id

    def _child_rows(self, owner_id: uuid.UUID, name: str) -> list[Any]:
        """Stored child rows as the services hand them in (ids for the id-only links)."""
        spec = CHILDREN[name]
        model: Any = spec.model
        stmt = select(model).where(getattr(model, spec.owner) == owner_id)
        if spec.ordered:
            stmt = stmt.order_by(model.seq)
        rows: list[Any] = []
        for obj in self._session.scalars(stmt):
            if name in ("tie_ids", "link_ids"):
                rows.append(obj.tie_id if name == "tie_ids" else obj.record_id)
                continue
            row = {
                c.key: getattr(obj, c.key)
                for c in model.__table__.columns
                if c.key not in ("id", "seq", spec.owner)
            }
            rows.append(fold_partials(row))
        if not spec.ordered:
            rows.sort(key=lambda r: r.hex)
        return rows

    def _replace_children(
        self, owner_id: uuid.UUID, name: str, rows: Sequence[Any]
    ) -> None:
        spec = CHILDREN[name]
        model: Any = spec.model
        self._session.execute(delete(model).where(getattr(model, spec.owner) == owner_id))
        self._add_children(owner_id, name, rows)
        self._session.flush()

    def _add_children(
        self, owner_id: uuid.UUID, name: str, rows: Sequence[Any]
    ) -> None:
        spec = CHILDREN[name]
        model: Any = spec.model
        out: list[dict[str, Any]] = []
        for seq, row in enumerate(rows, start=1):
            if name == "tie_ids":
                out.append({"meeting_id": owner_id, "tie_id": row})
            elif name == "link_ids":
                out.append({"decision_id": owner_id, "record_id": row})
            else:
                values: dict[str, Any] = {"id": new_id(), "seq": seq, spec.owner: owner_id}
                for key, value in row.items():
                    if key in PARTIAL_NAMES or isinstance(value, PartialDate):
                        values.update(columns_of(key, value))
                    else:  # as columns_of, without a dict per field
                        values[key] = value
                out.append(values)
        self.uow.add_rows(model.__tablename__, out, owner=owner_id)
