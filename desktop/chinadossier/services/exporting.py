"""Export of one list (with its filter) to Excel-friendly CSV or typed XLSX, audited.

The records come 500 at a time from one pass over the list (the list's own filter and sort, in
one read snapshot: services.records_base.export_chunks, db.export_rows) and go straight into the
writer, so 100,000 rows never sit in memory as objects. The column set per kind is documented in
docs/export.md; headers are the importer's own Dutch column names, so an exported list imports
back as "bestaat al". The file says the highest classification it holds (CSV: a first line above
the header; XLSX: workbook properties, the printed page header and the sheet "Over deze export").
The file is written atomically (never over an existing one unless asked) and every export is
noted in the audit trail — what, which filter, how many records, by whom — in the same user
action; a cancel or an error leaves no file and no entry.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from chinadossier.domain.changes import Changes
from chinadossier.domain.codes import (
    AuditAction,
    AuthorityKind,
    Classification,
    DatePrecision,
    RecordKind,
)
from chinadossier.domain.errors import FileRefused, UsageError
from chinadossier.domain.labels import field_label, label, tie_type_label
from chinadossier.domain.local_time import moment_text
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.progress import Phase, Progress
from chinadossier.domain.queries import Filter, ListQuery, Trash
from chinadossier.domain.records import MeetingRecord, PersonRecord
from chinadossier.interchange.tables import Cell
from chinadossier.interchange.writers import Column, write_csv, write_xlsx
from chinadossier.services.files import write_atomically

if TYPE_CHECKING:
    from chinadossier.services.dossier import Dossier

ExportFormat = Literal["csv", "xlsx"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "xlsx")
PAGE = 500
"""Records read per page (the list API's largest page)."""


@dataclass(frozen=True, slots=True)
class ListKind:
    """An exportable list: its service, its Dutch plural (CLI, file and sheet names)."""

    kind: RecordKind
    service: str
    plural: str
    title: str


LISTS: Mapping[RecordKind, ListKind] = {
    k.kind: k
    for k in (
        ListKind(RecordKind.TIE, "ties", "banden", "Banden"),
        ListKind(RecordKind.ORGANISATION, "organisations", "organisaties", "Organisaties"),
        ListKind(RecordKind.PERSON, "persons", "personen", "Personen"),
        ListKind(RecordKind.MEETING, "meetings", "contactmomenten", "Contactmomenten"),
        ListKind(RecordKind.DECISION, "decisions", "besluiten", "Besluiten"),
        ListKind(RecordKind.RISK_NOTE, "risk_notes", "risicos", "Risico's"),
        ListKind(RecordKind.SOURCE, "sources", "bronnen", "Bronnen"),
        ListKind(RecordKind.ACTION, "actions", "acties", "Acties"),
    )
}


def list_kind(plural: str) -> RecordKind:
    """The kind of a Dutch plural ("organisaties").

    Raises:
        UsageError: an unknown plural (Dutch message listing the known ones).
    """
    for entry in LISTS.values():
        if entry.plural == plural:
            return entry.kind
    raise UsageError(
        f"Onbekende soort '{plural}'; kies uit: {', '.join(e.plural for e in LISTS.values())}."
    )


# --- columns ------------------------------------------------------------------------------------

Lookup = Mapping[Any, Any]  # by record id; ("kind", id) → an authority's kind
"""What a page's rows point at by id: an action's contact moment and decision (their display
numbers), a tie's partner (its name and Hanzi), read once per page."""


@dataclass(frozen=True, slots=True)
class ExportColumn:
    """One column: header (the importer's name), width, cell type, and how a record fills it."""

    header: str
    value: Callable[[Any, Lookup], Cell]
    width: int = 18
    kind: Literal["text", "date", "number", "time", "euro"] = "text"

    @property
    def column(self) -> Column:
        """The writer's view of the column."""
        return Column(self.header, self.width, self.kind)


def _text(getter: Callable[[Any], Any]) -> Callable[[Any, Lookup], Cell]:
    labels: dict[StrEnum, str] = {}  # a code's label, made once per column

    def value(record: Any, _lookup: Lookup) -> Cell:
        raw = getter(record)
        if raw.__class__ is str:  # the common case first
            return raw or None
        if raw is None or raw == "":
            return None
        if isinstance(raw, StrEnum):
            shown = labels.get(raw)
            if shown is None:
                shown = labels[raw] = label(raw)
            return shown
        return str(raw)

    return value


def _plain(getter: Callable[[Any], Cell]) -> Callable[[Any, Lookup], Cell]:
    return lambda record, _lookup: getter(record)


def _joined(getter: Callable[[Any], Sequence[str]]) -> Callable[[Any, Lookup], Cell]:
    return lambda record, _lookup: "; ".join(getter(record)) or None


def rough(value: PartialDate | None) -> Cell:
    """An exact day as a real date; a rough one ("november 2022", "ca. 1985") as its text."""
    if value is None:
        return None
    if value.precision is DatePrecision.DAY and not (value.uncertain or value.circa):
        return value.value
    return value.dutch()


def _number(record: Any) -> Cell:
    return str(record.meta.display_no)


def _common() -> tuple[ExportColumn, ...]:
    return (
        ExportColumn("Classificatie", _text(lambda r: r.meta.classification), 14),
        ExportColumn("Tags", _joined(lambda r: r.meta.tags), 20),
    )


def _position(person: PersonRecord) -> tuple[str | None, str | None]:
    """(organisation or authority, title) of the person's current post (the first open one)."""
    posts = [p for p in person.positions if p.ends is None] or list(person.positions)
    if not posts:
        return None, None
    post = posts[0]
    where = post.organisation or post.authority
    return (where.label if where is not None else None), post.title


def _typed_pinyin(record: Any) -> str | None:
    """Pinyin the user gave; pinyin made from the Hanzi is left out (the import makes it again)."""
    return None if record.pinyin_auto else record.pinyin


def _authority(record: Any, lookup: Lookup) -> Cell:
    """"Gemeente Groningen" or "Provincie Groningen": the name alone can mean either."""
    return lookup.get(record.authority.id) or record.authority.label  # type: ignore[no-any-return]


def _euros(cents: int | None) -> Cell:
    return None if cents is None else cents / 100


def _participants(meeting: MeetingRecord, kind: RecordKind) -> tuple[str, ...]:
    return tuple(p.party.label for p in meeting.participants if p.party.kind is kind)


_NUMBER = ExportColumn("Dossiernummer", _plain(_number), 16)

COLUMNS: Mapping[RecordKind, tuple[ExportColumn, ...]] = {
    RecordKind.ORGANISATION: (
        _NUMBER,
        ExportColumn("Naam", _text(lambda r: r.name_nl), 36),
        ExportColumn("Engelse naam", _text(lambda r: r.name_en), 30),
        ExportColumn("Chinese naam", _text(lambda r: r.hanzi), 20),
        ExportColumn("Pinyin", _text(_typed_pinyin), 24),
        ExportColumn("Soort", _text(lambda r: r.org_kind), 20),
        ExportColumn("Plaats", _text(lambda r: r.place_text), 22),
        ExportColumn("Plaats (referentie)", _text(lambda r: r.place_label
                                                  if r.place_adcode else None), 22),
        ExportColumn("Website", _text(lambda r: r.website), 28),
        ExportColumn("E-mailadres", _joined(lambda r: r.emails), 28),
        ExportColumn("Telefoon", _joined(lambda r: r.phones), 18),
        ExportColumn("Adres", _joined(lambda r: r.postal_addresses), 30),
        *_common(),
        ExportColumn("Opmerkingen", _text(lambda r: r.notes), 40),
    ),
    RecordKind.PERSON: (
        _NUMBER,
        ExportColumn("Achternaam", _text(lambda r: r.family_name), 20),
        ExportColumn("Voornaam", _text(lambda r: r.given_name), 18),
        ExportColumn("Tussenvoegsel", _text(lambda r: r.tussenvoegsel), 12),
        ExportColumn("Chinese naam", _text(lambda r: r.hanzi), 14),
        ExportColumn("Pinyin", _text(_typed_pinyin), 20),
        ExportColumn("Organisatie", _text(lambda r: _position(r)[0]), 32),
        ExportColumn("Functie", _text(lambda r: _position(r)[1]), 26),
        ExportColumn("E-mailadres", _joined(lambda r: r.emails), 28),
        ExportColumn("Telefoon", _joined(lambda r: r.phones), 18),
        ExportColumn("Adres", _joined(lambda r: r.postal_addresses), 30),
        *_common(),
        ExportColumn("Opmerkingen", _text(lambda r: r.notes), 40),
    ),
    RecordKind.TIE: (
        _NUMBER,
        ExportColumn("Titel", _text(lambda r: r.title), 36),
        ExportColumn("Overheid", _authority, 24),
        ExportColumn("Partner", lambda r, lookup: lookup.get(r.organisation.id,
                                                             (r.organisation.label, None))[0], 32),
        ExportColumn("Chinese naam", lambda r, lookup: lookup.get(r.organisation.id,
                                                                  (None, None))[1], 16),
        # A province's sister tie is a "zusterprovincie", as the lists and the import say.
        ExportColumn("Soort", lambda r, lookup: tie_type_label(
            r.tie_type, lookup.get(("kind", r.authority.id))), 22),
        ExportColumn("Status", _text(lambda r: r.status), 14),
        ExportColumn("Sinds", _plain(lambda r: rough(r.starts)), 14, "date"),
        ExportColumn("Getekend", _plain(lambda r: rough(r.signed)), 14, "date"),
        ExportColumn("Einddatum", _plain(lambda r: rough(r.ends)), 14, "date"),
        ExportColumn("Omschrijving", _text(lambda r: r.description), 40),
        *_common(),
    ),
    RecordKind.MEETING: (
        _NUMBER,
        ExportColumn("Datum", _plain(lambda r: r.held_on), 12, "date"),
        ExportColumn("Tijd", _plain(lambda r: r.start_time.replace(second=0, microsecond=0)
                                    if r.start_time else None), 8, "time"),
        ExportColumn("Soort", _text(lambda r: r.meeting_kind), 18),
        ExportColumn("Richting", _text(lambda r: r.direction), 14),
        ExportColumn("Onderwerp", _text(lambda r: r.title), 40),
        ExportColumn("Plaats", _text(lambda r: r.place_label or r.place_text), 22),
        ExportColumn("Organisatie", _joined(
            lambda r: _participants(r, RecordKind.ORGANISATION)), 32),
        ExportColumn("Personen", _joined(lambda r: _participants(r, RecordKind.PERSON)), 32),
        ExportColumn("Samenvatting", _text(lambda r: r.summary), 50),
        ExportColumn("Onderwerpen", _text(lambda r: r.topics), 24),
        ExportColumn("Geschenken", _text(lambda r: r.gifts), 24),
        ExportColumn("Waarde geschenk", _plain(lambda r: _euros(r.gift_value_cents)), 14,
                     "euro"),
        *_common(),
    ),
    RecordKind.DECISION: (
        _NUMBER,
        ExportColumn("Datum", _plain(lambda r: r.decided_on), 12, "date"),
        ExportColumn("Titel", _text(lambda r: r.title), 40),
        ExportColumn("Orgaan", _text(lambda r: r.body), 20),
        ExportColumn("Soort", _text(lambda r: r.decision_kind), 20),
        ExportColumn("Uitkomst", _text(lambda r: r.outcome), 16),
        ExportColumn("Kenmerk", _text(lambda r: r.reference), 18),
        ExportColumn("Samenvatting", _text(lambda r: r.summary), 50),
        ExportColumn("Stemmen voor", _plain(lambda r: r.votes_for), 10, "number"),
        ExportColumn("Stemmen tegen", _plain(lambda r: r.votes_against), 10, "number"),
        ExportColumn("Overheid", _authority, 24),
        *_common(),
    ),
    RecordKind.RISK_NOTE: (
        _NUMBER,
        ExportColumn("Titel", _text(lambda r: r.title), 40),
        ExportColumn("Categorie", _text(lambda r: r.category.display_no), 12),
        ExportColumn("Categorie (naam)", _text(lambda r: r.category.label), 28),
        ExportColumn("Betreft", _text(lambda r: r.subject.display_no), 16),
        ExportColumn("Betreft (naam)", _text(lambda r: r.subject.label), 32),
        ExportColumn("Beschrijving", _text(lambda r: r.description), 50),
        ExportColumn("Kans bruto", _plain(lambda r: r.current.inherent_likelihood
                                          if r.assessments else None), 10, "number"),
        ExportColumn("Impact bruto", _plain(lambda r: r.current.inherent_impact
                                            if r.assessments else None), 10, "number"),
        ExportColumn("Score bruto", _plain(lambda r: r.inherent_score), 10, "number"),
        ExportColumn("Niveau bruto", _text(lambda r: r.current.inherent_level
                                           if r.assessments else None), 12),
        ExportColumn("Kans netto", _plain(lambda r: r.current.residual_likelihood
                                          if r.assessments else None), 10, "number"),
        ExportColumn("Impact netto", _plain(lambda r: r.current.residual_impact
                                            if r.assessments else None), 10, "number"),
        ExportColumn("Score netto", _plain(lambda r: r.residual_score), 10, "number"),
        ExportColumn("Niveau netto", _text(lambda r: r.residual_level), 12),
        ExportColumn("Maatregelen", _text(lambda r: r.measures), 40),
        ExportColumn("Eigenaar", _text(lambda r: r.owner), 20),
        ExportColumn("Behandeling", _text(lambda r: r.treatment), 16),
        ExportColumn("Status", _text(lambda r: r.status), 14),
        ExportColumn("Volgende review", _plain(lambda r: r.next_review_on), 14, "date"),
        *_common(),
    ),
    RecordKind.SOURCE: (
        _NUMBER,
        ExportColumn("Titel", _text(lambda r: r.title), 40),
        ExportColumn("Uitgever", _text(lambda r: r.publisher), 24),
        ExportColumn("URL", _text(lambda r: r.url), 36),
        ExportColumn("Gepubliceerd", _plain(lambda r: rough(r.published)), 14, "date"),
        ExportColumn("Geraadpleegd", _plain(lambda r: r.accessed_on), 14, "date"),
        *_common(),
        ExportColumn("Opmerkingen", _text(lambda r: r.notes), 40),
    ),
    RecordKind.ACTION: (
        _NUMBER,
        ExportColumn("Actie", _text(lambda r: r.what), 40),
        ExportColumn("Eigenaar", _text(lambda r: r.owner), 20),
        ExportColumn("Termijn", _plain(lambda r: r.due_on), 12, "date"),
        ExportColumn("Status", _text(lambda r: r.status), 14),
        ExportColumn("Afgerond op", _plain(lambda r: r.done_on), 12, "date"),
        ExportColumn("Contactmoment", lambda r, lookup: lookup.get(r.meeting_id)
                     if r.meeting_id else None, 16),
        ExportColumn("Besluit", lambda r, lookup: lookup.get(r.decision_id)
                     if r.decision_id else None, 16),
        *_common(),
    ),
}

def headers(kind: RecordKind) -> tuple[str, ...]:
    """The column headers an export of `kind` has, in order."""
    return tuple(c.header for c in COLUMNS[kind])


def _lookup(dossier: Dossier, kind: RecordKind, items: Sequence[Any]) -> dict[Any, Any]:
    """What a page's rows point at by id (one read per page; see Lookup)."""
    found: dict[Any, Any] = {}
    if kind in (RecordKind.TIE, RecordKind.DECISION):
        prefix = {AuthorityKind.MUNICIPALITY: "Gemeente", AuthorityKind.PROVINCE: "Provincie"}
        for authority in dossier.authorities.get_many(list({r.authority.id for r in items})):
            found[authority.meta.id] = f"{prefix[authority.authority_kind]} " \
                                       f"{authority.display_name}"
            found[("kind", authority.meta.id)] = authority.authority_kind
    if kind is RecordKind.TIE:
        partners = dossier.organisations.get_many([t.organisation.id for t in items])
        found.update({o.meta.id: (o.name_nl, o.hanzi) for o in partners})
    if kind is not RecordKind.ACTION:
        return found
    meetings = [a.meeting_id for a in items if a.meeting_id is not None]
    decisions = [a.decision_id for a in items if a.decision_id is not None]
    for service, ids in ((dossier.meetings, meetings), (dossier.decisions, decisions)):
        if ids:
            found.update({r.meta.id: r.meta.display_no for r in service.get_many(ids)})
    return found


# --- the export -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListExportReport:
    """What an export wrote; `changes` carries the audit entry's write (for the UI)."""

    path: Path
    kind: RecordKind
    format: ExportFormat
    records: int
    marking: Classification | None
    filter: Mapping[str, str]
    changes: Changes = field(default_factory=Changes)


def describe_filter(dossier: Dossier, query: ListQuery) -> dict[str, str]:
    """The query's filters in words for the audit trail (records by their display number)."""
    described: dict[str, str] = {}
    services: dict[str, Any] = {
        "organisation_id": dossier.organisations,
        "person_id": dossier.persons,
        "tie_id": dossier.ties,
        "authority_id": dossier.authorities,
    }
    empty = Filter()
    for name in Filter.__dataclass_fields__:
        value = getattr(query.where, name)
        if value == getattr(empty, name):
            continue
        if name in services:
            value = services[name].get(value).meta.display_no
        elif name == "ids":
            value = f"{len(value)} gekozen records"
        elif isinstance(value, dt.date):
            value = value.strftime("%d-%m-%Y")
        described[name] = str(value)
    for name, value in query.filters.items():
        if value is not None:
            described[name] = (value.strftime("%d-%m-%Y") if isinstance(value, dt.date)
                               else str(value))
    if query.trash is not Trash.EXCLUDE:
        described["trash"] = query.trash.value
    return described


#: The filter's names as the sheet "Over deze export" shows them (the audit keeps the codes).
_FILTER_WORDS = {
    "text": "Tekst", "tag": "Tag", "classification": "Classificatie",
    "max_classification": "Classificatie tot en met", "since": "Vanaf", "until": "Tot en met",
    "organisation_id": "Organisatie", "person_id": "Persoon", "tie_id": "Band",
    "authority_id": "Overheid", "ids": "Gekozen", "trash": "Prullenbak", "overdue": "Te laat",
}


def filter_text(described: Mapping[str, str]) -> str:
    """The filter in Dutch words ("Tekst: Jansen; Vanaf: 01-01-2025"), or "geen"."""
    parts = []
    for key, value in described.items():
        name = _FILTER_WORDS.get(key) or field_label(key, "nl").capitalize()
        if key in ("classification", "max_classification") and value in set(Classification):
            value = label(Classification(value))
        parts.append(f"{name}: {value}")
    return "; ".join(parts) or "geen"


def _highest(service: Any, query: ListQuery) -> Classification | None:
    """The highest classification among the records the query finds (a COUNT per level)."""
    asked = query.where.classification
    for level in sorted(Classification, reverse=True):
        if asked is not None and asked is not level:
            continue
        where = replace(query.where, classification=level)
        if service.count(replace(query, where=where, cursor=None)) > 0:
            return level
    return None


def export_list(
    dossier: Dossier,
    kind: RecordKind,
    out: Path,
    *,
    fmt: ExportFormat,
    query: ListQuery | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> ListExportReport:
    """Write the list of `kind` as `query` filters and sorts it to `out`, then audit it.

    Raises:
        UsageError: an unknown kind or format, or a filter the list cannot apply.
        FileRefused: the target exists (without `overwrite`), its folder is missing or not
            writable, the case file is open read-only (an export must be audited), or the list
            changed during the export in a way the file's first line no longer covers.
        Cancelled: the user stopped it; no file was left and nothing was audited.
    """
    if kind not in LISTS:
        raise UsageError(f"Deze lijst ({kind.value}) kan niet worden geëxporteerd.")
    if fmt not in FORMATS:
        raise UsageError(f"Onbekend formaat '{fmt}'; kies csv of xlsx.")
    if dossier.ctx.database.read_only:
        raise FileRefused(
            "Het dossier is alleen-lezen geopend; een export wordt in het auditspoor vastgelegd "
            "en kan daarom nu niet."
        )
    entry = LISTS[kind]
    progress = progress or Progress()
    query = replace(query or ListQuery(), cursor=None, at=None, limit=PAGE)
    service = getattr(dossier, entry.service)
    described = describe_filter(dossier, query)
    progress.report(0.0, Phase.COUNTING_RECORDS)
    total = service.count(query)
    marking = _highest(service, query)
    columns = COLUMNS[kind]
    values = [column.value for column in columns]
    needs_lookup = kind in (RecordKind.TIE, RecordKind.DECISION, RecordKind.ACTION)

    # The levels the file's first line covers (a set: one hash per row, not an ordered compare).
    allowed = frozenset(c for c in Classification if marking is not None and c <= marking)

    def rows() -> Iterator[list[Cell]]:
        done = 0
        lookup: dict[uuid.UUID, Any] = {}
        for chunk in service.export_chunks(query, PAGE):
            if needs_lookup:
                lookup = _lookup(dossier, kind, chunk)
            for record in chunk:
                if record.meta.classification not in allowed:
                    raise FileRefused(
                        "Het dossier veranderde tijdens de export (een hoger gerubriceerd "
                        "record kwam erbij); er is niets geschreven. Probeer het opnieuw."
                    )
                yield [value(record, lookup) for value in values]
            done += len(chunk)
            progress.report(0.05 + 0.85 * done / max(total, 1), Phase.EXPORTING_RECORDS,
                            done=done, total=total)
        # The XLSX writer reads `about` after the rows: the count is the written one.
        about.append(("Aantal records", done))

    shown = label(marking).capitalize() if marking is not None else None
    now = dossier.ctx.clock.now()
    about: list[tuple[str, Cell]] = [
        ("Lijst", entry.title),
        ("Filter", filter_text(described)),
        ("Hoogste classificatie", shown or "geen records"),
        ("Geëxporteerd op", moment_text(now)),
        ("Door", dossier.ctx.actor.who),
        ("Dossier", f"{dossier.settings().own_authority.label} — {dossier.path}"),
    ]
    changes = Changes()

    def write(handle: IO[bytes]) -> int:
        nonlocal changes
        header = [c.column for c in columns]
        if fmt == "csv":
            count = write_csv(header, rows(), handle, marking=shown)  # type: ignore[arg-type]
        else:
            count = write_xlsx(header, rows(), handle,  # type: ignore[arg-type]
                               sheet_title=entry.title, marking=shown,
                               about=about)
        progress.report(0.95, Phase.AUDITING_EXPORT)
        with dossier.ctx.uow() as uow:
            uow.event(
                AuditAction.EXPORT,
                format=fmt,
                scope="lijst",
                kind=kind.value,
                filter=described,
                records=count,
                classification=marking.value if marking is not None else None,
                file=out.name,
            )
            changes = uow.commit()
        return count

    count = write_atomically(out, write, overwrite=overwrite)
    progress.report(1.0, Phase.DONE)
    return ListExportReport(out, kind, fmt, count, marking, described, changes)
