"""What a unit of work offers the services besides record writes: typed reads and small writes.

Each repository takes plain values and returns frozen records or plain values; the session stays
inside the unit of work (services never see it, nor a mapped object). `Records`
(db.repository) writes records; these cover the case-file settings and matrices, reference data,
attachments and the read views (lists, search, dashboard, timelines).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from chinadossier.db import attachments as attachment_rows
from chinadossier.db import case_settings, casefile, listing, lookup, views
from chinadossier.db import reference as reference_rows
from chinadossier.db.citations import citing
from chinadossier.db.convert import refs
from chinadossier.db.listing import list_page, supported_sorts
from chinadossier.db.search import IndexHit
from chinadossier.domain.changes import Page
from chinadossier.domain.codes import AuthorityKind, Classification, RecordKind
from chinadossier.domain.history import HistoryEntry
from chinadossier.domain.queries import ListQuery
from chinadossier.domain.records import (
    AttachmentRecord,
    CaseFileSettings,
    Citation,
    Dashboard,
    Ref,
    TimelineItem,
)
from chinadossier.domain.reference_policy import AuthorityEntry, DivisionEntry
from chinadossier.domain.risk import Matrix
from chinadossier.domain.search_text import QueryTerm

if TYPE_CHECKING:
    from chinadossier.db.uow import UnitOfWork


class _Repository:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    @property
    def _session(self) -> Any:
        return self._uow._db_session  # noqa: SLF001 - the db package shares the session


class CaseFileRepository(_Repository):
    """The one settings row and the risk matrices."""

    def settings(self) -> CaseFileSettings:
        """The case file's settings."""
        return casefile.settings(self._session)

    def own_authority_id(self) -> uuid.UUID | None:
        """The id of the case file's own authority."""
        return casefile.own_authority_id(self._session)

    def keep_counters_at_least(self, floors: dict[str, int]) -> dict[str, tuple[int, int]]:
        """Display-number counters moved up to their floors (never down); what moved."""
        return casefile.keep_counters_at_least(self._session, floors)

    def current_matrix(self) -> tuple[int, Matrix]:
        """(row id, matrix) that new assessments use."""
        return casefile.current_matrix(self._session)

    def matrices(self) -> list[Matrix]:
        """Every matrix version, oldest first."""
        return casefile.matrices(self._session)

    def add_matrix(self, matrix: Matrix) -> int:
        """Store a matrix version (first one of a new file); returns its row id."""
        return casefile.add_matrix(self._session, matrix, self._uow.now)

    def adopt_matrix(self, matrix: Matrix) -> int:
        """Store a newer matrix version and make it current; returns its row id."""
        return casefile.adopt_matrix(self._session, matrix, self._uow.now)

    def category(self, code: str) -> tuple[uuid.UUID, bool, bool] | None:
        """(id, retired, deleted) of a risk category by code."""
        return casefile.category_id(self._session, code)

    def set_council_seats(self, seats: int | None) -> None:
        """Store the number of seats of the own council (None: not known)."""
        casefile.set_council_seats(self._session, seats)

    def set_reference_version(self, version: str) -> None:
        """Record which reference version the case file follows."""
        casefile.set_reference_version(self._session, version)

    def set_own(self, authority_id: uuid.UUID, classification: Classification,
                seats: int | None) -> None:
        """Store another own authority, default classification and council seats (#8)."""
        case_settings.set_own(self._session, authority_id, classification, seats)

    def linked_counts(self, authority_id: uuid.UUID) -> dict[RecordKind, int]:
        """Live ties, decisions, contact moments and persons that name an authority."""
        return case_settings.linked_counts(self._session, authority_id)

    def create_settings(
        self,
        *,
        own_authority_id: uuid.UUID,
        is_demo: bool,
        reference_version: str,
        matrix_id: int,
        default_classification: Classification = Classification.INTERNAL,
    ) -> None:
        """Insert the settings row of a new case file."""
        casefile.create_settings(
            self._session,
            own_authority_id=own_authority_id,
            is_demo=is_demo,
            reference_version=reference_version,
            matrix_id=matrix_id,
            now=self._uow.now,
            default_classification=default_classification,
        )


class ReferenceRepository(_Repository):
    """Chinese divisions, authorities by CBS code, and the organisation hierarchy."""

    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(uow)
        self._divisions_known: set[str] = set()

    def place_pinyin(self) -> Mapping[str, str]:
        """Hand-corrected pinyin of every division and its stem (for deriving pinyin)."""
        return reference_rows.place_pinyin(self._session)

    def authority_kind(self, authority_id: uuid.UUID) -> AuthorityKind | None:
        """Municipality or province; None when the id is no authority."""
        return lookup.authority_kind(self._session, authority_id)

    def division_exists(self, adcode: str) -> bool:
        """Whether a division code is known (retired ones too; remembered per unit of work:
        a bulk of contact moments in one city asks 10,000 times, and divisions are never
        removed)."""
        if adcode in self._divisions_known:
            return True
        found = reference_rows.division_exists(self._session, adcode)
        if found:
            self._divisions_known.add(adcode)
        return found

    def authority_id(self, code: str) -> uuid.UUID | None:
        """The live authority with a (normalised) CBS code, else a deleted one, else None."""
        found = reference_rows.authority_id_by_code(self._session, code)
        return found if isinstance(found, uuid.UUID) else None

    def live_authority_code_taken(self, code: str) -> bool:
        """Whether a live authority has this code."""
        return reference_rows.live_authority_code_taken(self._session, code)

    def parent_of(self, organisation_id: uuid.UUID) -> uuid.UUID | None:
        """The organisation an organisation falls under, if any."""
        from chinadossier.db.models import Organisation

        found = self._session.scalar(
            select(Organisation.parent_id).where(Organisation.id == organisation_id)
        )
        return found if isinstance(found, uuid.UUID) else None

    def authority_entries(self) -> dict[str, AuthorityEntry]:
        """Every authority by code (a live one before a deleted one with the same code)."""
        return {
            code: AuthorityEntry(
                id=a.id,
                version=a.version,
                code=a.code,
                name=a.name,
                common_name=a.common_name,
                kind=a.authority_kind.value,
                province_code=a.province_code,
                retired_on=a.retired_on,
                user_edited=bool(a.user_edited),
                deleted=a.deleted_at is not None,
                from_reference=a.from_reference,
                sort_key=a.sort_key,
                classification=a.classification,
                retention_category=a.retention_category,
                retention_on=a.retention_on,
            )
            for code, a in reference_rows.authorities_by_code(self._session).items()
        }

    def division_entries(self) -> dict[str, DivisionEntry]:
        """Every stored division by code."""
        return reference_rows.division_entries(self._session)

    def write_divisions(
        self,
        inserts: Sequence[DivisionEntry],
        updates: Sequence[DivisionEntry],
    ) -> None:
        """Insert new divisions (parents first) and overwrite changed ones."""
        reference_rows.write_divisions(self._session, inserts, updates)


class AttachmentRepository(_Repository):
    """Attachment metadata and bytes; every change is audited on the record it belongs to."""

    def add(
        self, record_id: uuid.UUID, kind: RecordKind, *, file_name: str, media_type: str,
        data: bytes,
    ) -> AttachmentRecord:
        """Store the bytes (once per content) and link them to a live record; audited."""
        records = self._uow.records
        added = attachment_rows.add(
            self._session, self._uow, record_id, file_name=file_name, media_type=media_type,
            data=data,
        )
        records.touch(
            kind,
            record_id,
            {
                "attachments": (
                    None,
                    {"id": added.id, "file_name": file_name, "sha256": added.sha256,
                     "size": added.size},
                )
            },
        )
        return added

    def listed(self, record_id: uuid.UUID) -> list[AttachmentRecord]:
        """A record's attachments, metadata only, oldest first."""
        return attachment_rows.listed(self._session, record_id)

    def data(self, attachment_id: uuid.UUID) -> bytes | None:
        """The bytes of one attachment."""
        return attachment_rows.data(self._session, attachment_id)

    def set_deleted(
        self, record_id: uuid.UUID, kind: RecordKind, attachment_id: uuid.UUID, deleted: bool
    ) -> AttachmentRecord:
        """Move an attachment to the trash or back; audited on its record."""
        changed = attachment_rows.set_deleted(self._session, self._uow, attachment_id, deleted)
        action = "delete" if deleted else "restore"
        self._uow.records.touch(kind, record_id, {"attachments": (action, str(attachment_id))})
        return changed


class ViewRepository(_Repository):
    """Read views: list pages, search hits, counts, dashboard, timelines, references."""

    def by_display_no(self, number: str) -> list[uuid.UUID]:
        """Live records with exactly this display number (case-insensitive)."""
        return lookup.by_display_no(self._session, number)

    def by_category_code(self, code: str) -> list[uuid.UUID]:
        """A live risk category with this code, then its live risk notes."""
        return lookup.by_category_code(self._session, code)

    def title_words(self) -> list[str]:
        """Every distinct word of the indexed titles (for "Bedoelde u …?")."""
        return lookup.title_words(self._session)

    def classifications(
        self, ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[str, Classification]]:
        """(display number, classification) of the given records."""
        return lookup.classifications(self._session, ids)

    def tags_in_use(self, kind: RecordKind | None = None) -> list[tuple[str, int]]:
        """(tag, live records carrying it), most used first (of one kind when given)."""
        return case_settings.tags_in_use(self._session, kind)

    def list_page(self, kind: RecordKind, query: ListQuery) -> Page[Any]:
        """One page of a list (keyset paging)."""
        return list_page(self._uow._dbapi, kind, query)  # noqa: SLF001 - the db package

    def export_chunks(self, kind: RecordKind, query: ListQuery,
                      size: int) -> Iterator[tuple[Any, ...]]:
        """Every row of a list for an export, in chunks, in one pass (db.export_rows)."""
        from chinadossier.db.export_rows import export_chunks

        return export_chunks(self._session, kind, query, size)

    def count(self, kind: RecordKind, query: ListQuery) -> int:
        """How many records a list holds with the query's filters."""
        return listing.count(self._uow._dbapi, kind, query)  # noqa: SLF001 - the db package

    def get_many(self, kind: RecordKind, ids: Sequence[uuid.UUID]) -> list[Any]:
        """Records by id, in the order asked, unknown ids left out."""
        return listing.get_many(self._uow._dbapi, kind, ids)  # noqa: SLF001 - the db package

    @staticmethod
    def sorts(kind: RecordKind) -> tuple[str, ...]:
        """The sorts a list supports (the first is the default)."""
        return supported_sorts(kind)

    def refs(self, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, Ref]:
        """A reference (number, label, kind, deleted) for each existing id."""
        return refs(self._session, list(ids))

    def citations(self, source_id: uuid.UUID, limit: int) -> tuple[list[Citation], int]:
        """The live records citing a source (at most `limit`, by number) and how many there are."""
        found, total = citing(self._session, source_id, limit)
        linked = refs(self._session, [rid for rid, _loc in found])
        cited = [Citation(ref=linked[rid], locator=loc) for rid, loc in found if rid in linked]
        return cited, total

    def search(
        self, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> list[IndexHit]:
        """Index hits, best first."""
        return self._uow.search.query(self._session, terms, kinds=kinds, limit=limit)

    def search_counted(
        self, terms: list[QueryTerm], *, kinds: list[str] | None, limit: int
    ) -> tuple[list[IndexHit], int]:
        """Index hits, best first, and how many records match in all."""
        return self._uow.search.query_counted(self._session, terms, kinds=kinds, limit=limit)

    def timeline_page(
        self,
        subject: uuid.UUID,
        link: str,
        *,
        limit: int,
        after: tuple[dt.date, uuid.UUID, int] | None,
    ) -> tuple[list[TimelineItem], tuple[dt.date, uuid.UUID, int] | None, int]:
        """One page of a timeline, newest first: items, the key after the last, the total."""
        return views.timeline_page(
            self._uow._dbapi, subject, link, limit=limit, after=after  # noqa: SLF001
        )

    def rebuild_search_index(self) -> int:
        """Rebuild the whole index from the live records; returns how many were indexed."""
        from chinadossier.db.search import SqliteFtsIndex, rebuild

        index = self._uow.search
        assert isinstance(index, SqliteFtsIndex)
        return rebuild(self._session, index)

    def counts(self) -> dict[str, int]:
        """Live records per kind code."""
        return views.counts(self._session)

    def dashboard(self, authority_id: uuid.UUID, *, own: bool, today: dt.date) -> Dashboard:
        """Figures for one authority."""
        return views.dashboard(self._session, authority_id, own=own, today=today)

    def contact_days(self, person_ids: list[uuid.UUID]) -> set[tuple[uuid.UUID, dt.date]]:
        """(person, day) of every live contact moment with these persons."""
        return views.contact_days(self._session, person_ids)

    def timeline(
        self,
        *,
        tie_id: uuid.UUID | None = None,
        organisation_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
    ) -> list[TimelineItem]:
        """Contact moments, decisions and assessments of one record, by date."""
        return views.timeline(
            self._session, tie_id=tie_id, organisation_id=organisation_id, person_id=person_id
        )

    def record_history(
        self, record_id: uuid.UUID, *, before_seq: int | None = None, limit: int = 100
    ) -> list[HistoryEntry]:
        """A record's audit entries, newest first, with the values their payload still holds."""
        from chinadossier.db.history import record_history

        return record_history(self._session, record_id, before_seq=before_seq, limit=limit)
