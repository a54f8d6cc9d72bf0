"""Import from CSV and XLSX: a preview of every row first, then all rows in one transaction.

`plan_import` writes nothing: it parses the file (interchange), maps the columns, types every
cell, matches each row against the case file and the rows before it (`domain.matching`) and says
per row what would happen — new, update (the fields that change, old → new), already there,
duplicate in the file, probable duplicate, or rejected with a Dutch reason per column.
`commit_import` takes a verified backup, then writes the plan's new records and updates in ONE
unit of work (the bulk path: the same validation, audit and search indexing as a single save);
a row the services refuse rolls the whole import back and is reported. Importing the same file
twice changes nothing the second time: every row then matches a record it created or updated.

Kinds: organisaties, personen (with their function at an organisation or at a Dutch authority,
and "laatste contact" as a contact moment), banden (the Chinese partner found among the
organisations or in the reference data of Chinese divisions), contactmomenten, besluiten and
risicos (linked to a tie, organisation or person by its name or display number).

The API the import wizard uses (docs/import.md, "Voor ontwikkelaars"): `read_table` →
`plan_import` → `ImportPlan` (`rows`, `counts()`, `rejected`, `updates`) → `commit_import(...,
progress=)` → `ImportResult`.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from rapidfuzz import fuzz, process

from chinadossier.domain.codes import (
    AuthorityKind,
    Classification,
    DecisionBody,
    DecisionKind,
    Direction,
    MeetingKind,
    NameOrder,
    OrganisationKind,
    ParticipantSide,
    RecordKind,
    TieStatus,
)
from chinadossier.domain.drafts import (
    AssessmentDraft,
    Common,
    DecisionDraft,
    MeetingDraft,
    OrganisationDraft,
    ParticipantDraft,
    PersonDraft,
    PositionDraft,
    RiskNoteDraft,
    TieDraft,
)
from chinadossier.domain.errors import Conflict, ValidationFailed, human_field
from chinadossier.domain.matching import LIKELY, MatchKey, similarity
from chinadossier.domain.matching import match_key as _match_key
from chinadossier.domain.pinyin import toneless
from chinadossier.domain.progress import Progress
from chinadossier.domain.records import AuthorityRecord, OrganisationRecord, PersonRecord
from chinadossier.interchange.columns import (
    ColumnMapping,
    ImportKind,
    detect_kind,
    fold,
    map_columns,
)
from chinadossier.interchange.csv_reader import read_csv
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.names import split_name
from chinadossier.interchange.rows import CellError, ParsedRow, parse_rows
from chinadossier.interchange.tables import Table
from chinadossier.interchange.xlsx_reader import read_xlsx
from chinadossier.services import import_merge
from chinadossier.services.importing_updates import FieldChange, draft_of, overlay
from chinadossier.services.importing_updates import same as overlay_same

if TYPE_CHECKING:
    from chinadossier.services.dossier import Dossier

__all__ = [
    "OUTCOME_LABELS",
    "SUPPORTED",
    "FieldChange",
    "ImportKind",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "RowPlan",
    "commit_import",
    "plan_import",
    "read_table",
]

Outcome = Literal["new", "update", "exists", "duplicate", "similar", "rejected"]
OUTCOME_LABELS: Mapping[Outcome, str] = {
    "new": "nieuw",
    "update": "bijwerken",
    "exists": "bestaat al",
    "duplicate": "dubbel in het bestand",
    "similar": "mogelijk dubbel",
    "rejected": "afgewezen",
}
SUPPORTED = tuple(ImportKind)
_AUTHORITY_PREFIXES = {"gemeente": AuthorityKind.MUNICIPALITY, "provincie": AuthorityKind.PROVINCE}
_NUMBER = re.compile(r"^[A-Za-z]+(?:-\d{4})?-\d+$")


@dataclass(frozen=True, slots=True)
class RowPlan:
    """What one data row will do; `number` is the row number as Excel shows it."""

    number: int
    outcome: Outcome
    label: str
    match: str | None = None
    """The display number of the record it matches, or "rij N" for an earlier row."""
    errors: tuple[CellError, ...] = ()
    draft: Any = None
    """What is saved: the new record, or (update) the matched record with the row's values."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    changes: tuple[FieldChange, ...] = ()
    """For an update: each field that changes, old → new."""
    record: Any = None
    """For an update: the matched record as read for the preview (its version is checked)."""


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The preview: per row what happens, and what the file itself could not say."""

    source: str
    sheet: str | None
    kind: ImportKind
    mapping: ColumnMapping
    rows: tuple[RowPlan, ...]
    new_organisations: tuple[str, ...] = ()
    """Organisations that rows name and the case file lacks (created with them)."""
    encoding: str | None = None
    header: tuple[str, ...] = ()
    organisation_drafts: Mapping[str, OrganisationDraft] = field(default_factory=dict)
    """How each of new_organisations is created (a partner city from the reference data as a
    government with its Hanzi and place; others as "overig")."""
    records_as_one: tuple[import_merge.RecordsAsOne, ...] = ()
    """Pairs of records the file names as one (services.import_merge)."""

    def counts(self) -> dict[str, int]:
        """Rows per outcome (every outcome present, zero included)."""
        counted = Counter(row.outcome for row in self.rows)
        return {outcome: counted.get(outcome, 0) for outcome in OUTCOME_LABELS}

    def mapping_header(self, column: int) -> str:
        """The header text of a mapped column."""
        return self.header[column]

    @property
    def rejected(self) -> tuple[RowPlan, ...]:
        """The rows that cannot be imported."""
        return tuple(row for row in self.rows if row.outcome == "rejected")

    @property
    def updates(self) -> tuple[RowPlan, ...]:
        """The rows that change an existing record."""
        return tuple(row for row in self.rows if row.outcome == "update")


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What a committed import wrote."""

    created: int
    backup: Path | None
    skipped: int
    updated: int = 0


def read_table(
    data: bytes, *, file_name: str, sheet: str | None = None, encoding: str | None = None
) -> Table:
    """Read a CSV or XLSX file (by its content, not its name) as a table.

    Raises:
        UnreadableFile: a Dutch reason.
    """
    if data.startswith(b"PK") or file_name.lower().endswith((".xlsx", ".xlsm")):
        return read_xlsx(data, source=file_name, sheet=sheet)
    if sheet is not None:
        raise UnreadableFile("Een CSV-bestand heeft geen werkbladen; laat --sheet weg.")
    return read_csv(data, source=file_name, encoding=encoding)


match_key = functools.lru_cache(maxsize=1 << 16)(_match_key)
"""Match keys of names, remembered: a list names the same organisations row after row."""


@contextmanager
def _no_gc() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of rows are planned or written.

    The collector's full passes over every object alive (all rows, drafts and records) cost a
    sixth of a 10,000-row import; nothing here makes garbage cycles worth collecting early.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --- what the case file holds ------------------------------------------------------------------


AMBIGUOUS = object()
"""What a name index answers for a name that several records share."""


def _id(item: Any) -> Any:
    return item.meta.id if hasattr(item, "meta") else item


class _NameIndex:
    """Records by name key: exact look-ups in dicts, near misses with rapidfuzz within a block
    (records sharing the first three letters of a word), never a loop over every pair."""

    def __init__(self, *, ambiguous: bool = False) -> None:
        self._ambiguous = ambiguous
        """With True a name several records share answers AMBIGUOUS; else the first."""
        self._exact: dict[str, Any] = {}
        self._keys: list[MatchKey] = []
        self._items: list[Any] = []
        self._blocks: dict[str, list[int]] = {}

    def add(self, key: MatchKey, item: Any) -> None:
        if not key:
            return
        for exact in (key.words, "=" + key.compact):
            there = self._exact.setdefault(exact, item)
            if (self._ambiguous and there is not item and there is not AMBIGUOUS
                    and _id(there) != _id(item)):
                self._exact[exact] = AMBIGUOUS
        index = len(self._items)
        self._keys.append(key)
        self._items.append(item)
        for word in set(key.words.split()):
            self._blocks.setdefault(word[:3], []).append(index)

    def exact(self, key: MatchKey) -> Any:
        if not key:
            return None
        return self._exact.get(key.words) or self._exact.get("=" + key.compact)

    def best(self, key: MatchKey) -> tuple[float, Any]:
        """(100, record) for the same name, else the closest in its block (score, record)."""
        found = self.exact(key)
        if found is AMBIGUOUS:
            return 0.0, None
        if found is not None:
            return 100.0, found
        if not key:
            return 0.0, None
        block = sorted({i for word in set(key.words.split())
                        for i in self._blocks.get(word[:3], ())})
        if not block:
            return 0.0, None
        words = process.extractOne(key.words, [self._keys[i].words for i in block],
                                   scorer=fuzz.token_sort_ratio)
        compact = process.extractOne(key.compact, [self._keys[i].compact for i in block],
                                     scorer=fuzz.ratio)
        score, position = max((words[1], words[2]), (compact[1], compact[2]))
        return float(score), self._items[block[position]]


class _Known:
    """The case file's records an import matches against, read once and keyed."""

    def __init__(self, dossier: Dossier, kind: ImportKind) -> None:
        self.dossier = dossier
        settings = dossier.settings()
        self.own_authority = settings.own_authority.id
        self.organisations = _NameIndex()
        self.organisation_by_hanzi: dict[str, OrganisationRecord] = {}
        self.persons = _NameIndex()
        self.authorities: dict[str, AuthorityRecord] = {}
        self.bare_authorities: dict[str, list[AuthorityRecord]] = {}
        """By name without "gemeente"/"provincie": Groningen is both."""
        self.authority_kinds: dict[uuid.UUID, AuthorityKind] = {}
        self.by_number: dict[str, tuple[RecordKind, uuid.UUID, str]] = {}
        self.ties: dict[tuple[uuid.UUID, uuid.UUID, str], Any] = {}
        self.tie_names = _NameIndex(ambiguous=True)
        self.meeting_titles = _NameIndex(ambiguous=True)
        self.records: dict[tuple[str, ...], Any] = {}
        self.categories: dict[str, str] = {}
        partners: dict[uuid.UUID, OrganisationRecord] = {}
        for org in dossier.organisations.list_all():
            partners[org.meta.id] = org
            self._number(org, org.name_nl)
            for name in (org.name_nl, _bare(org.name_nl), org.name_en):
                if name:
                    self.organisations.add(match_key(name), org)
            if org.hanzi:
                self.organisation_by_hanzi[org.hanzi] = org
                self.organisations.add(match_key(org.hanzi), org)
        for authority in dossier.authorities.list_all():
            self.authority_kinds[authority.meta.id] = authority.authority_kind
            for name in (authority.name, authority.common_name):
                if name:
                    key = f"{authority.authority_kind.value}:{match_key(name).words}"
                    self.authorities[key] = authority
                    self.bare_authorities.setdefault(match_key(name).words, [])
                    if authority not in self.bare_authorities[match_key(name).words]:
                        self.bare_authorities[match_key(name).words].append(authority)
        if kind is not ImportKind.ORGANISATIONS:
            for person in dossier.persons.list_all():
                self._number(person, person.display_name)
                self.persons.add(_person_key(person), person)
                # As lists and exports name them ("Joëlle van den Heuvel", "王伟 Wáng Wěi").
                self.persons.add(match_key(person.display_name), person)
        if kind in (ImportKind.TIES, ImportKind.DECISIONS, ImportKind.RISKS):
            for tie in dossier.ties.list_all():
                self._number(tie, tie.title)
                self.ties[(tie.authority.id, tie.organisation.id, tie.tie_type.value)] = tie
                self.tie_names.add(match_key(tie.title), tie)
                # "Nanjing" or "南京" names the tie with Nanjing (when there is only one).
                partner = partners.get(tie.organisation.id)
                if partner is not None:
                    for name in {partner.name_nl, _bare(partner.name_nl), partner.name_en,
                                 partner.hanzi, (partner.hanzi or "").rstrip("市省")}:
                        if name:
                            self.tie_names.add(match_key(name), tie)
        if kind is ImportKind.DECISIONS:
            for decision in dossier.decisions.list_all():
                self.records[("d", decision.decided_on.isoformat(),
                              match_key(decision.title).words)] = decision
                if decision.reference:
                    self.records.setdefault(("ref", fold(decision.reference)), decision)
        if kind is ImportKind.RISKS:
            for meeting in dossier.meetings.list_all():
                self._number(meeting, meeting.title)
                self.meeting_titles.add(match_key(meeting.title), meeting)
            for note in dossier.risk_notes.list_all():
                self.records[("r", note.subject.id.hex, match_key(note.title).words)] = note
            for category in dossier.risk_categories.list_all():
                if category.retired:
                    continue
                # The code, either name, or the label lists show ("R-POL Politieke …").
                for name in (category.code, category.name_nl, category.name_en,
                             f"{category.code} {category.name_nl}",
                             f"{category.code} {category.name_en}"):
                    self.categories[fold(name)] = category.code
        if kind is ImportKind.MEETINGS:
            for meeting in dossier.meetings.list_all():
                self.records[("m", meeting.held_on.isoformat(),
                              match_key(meeting.title).words)] = meeting

    def _number(self, record: Any, label: str) -> None:
        meta = record.meta
        self.by_number[meta.display_no.upper()] = (meta.kind, meta.id, label)

    def organisation(self, name: str, hanzi: str | None = None) -> tuple[float, Any]:
        """(score, organisation) closest to a name (100: the same name or the same Hanzi);
        a label "Naam (汉字)" counts as name and Hanzi."""
        if not hanzi:
            name, hanzi = _split_label(name)
        if hanzi and hanzi in self.organisation_by_hanzi:
            return 100.0, self.organisation_by_hanzi[hanzi]
        return self.organisations.best(match_key(name))

    def person(self, key: MatchKey) -> tuple[float, PersonRecord | None]:
        return self.persons.best(key)

    def person_named(self, text: str) -> PersonRecord | None:
        """The person a name in a cell means: "王伟 Wáng Wěi", "Wang Wei", "Joëlle van den
        Heuvel" (read as the import reads names), or None."""
        hanzi = _leading_hanzi(text)
        keys = [match_key(hanzi)] if hanzi else []
        split = split_name(text)
        keys += [match_key(" ".join(p for p in (split.family_name, split.given_name) if p)),
                 match_key(text)]
        for key in keys:
            score, person = self.person(key)
            if person is not None and score >= 100:
                return person
        return None

    def authority(self, text: str, *, bare: bool = False) -> AuthorityRecord | None:
        """"Gemeente Rotterdam" / "Provincie Utrecht" (with `bare`: also "Rotterdam")."""
        words = text.split(maxsplit=1)
        if len(words) == 2 and words[0].casefold() in _AUTHORITY_PREFIXES:
            kind = _AUTHORITY_PREFIXES[words[0].casefold()]
            return self.authorities.get(f"{kind.value}:{match_key(words[1]).words}")
        if bare:
            found = self.bare_authorities.get(match_key(text).words, [])
            return found[0] if len(found) == 1 else None
        return None

    def authorities_named(self, text: str) -> list[AuthorityRecord]:
        """Every authority a name without "gemeente"/"provincie" may mean."""
        single = self.authority(text)
        if single is not None:
            return [single]
        return list(self.bare_authorities.get(match_key(text).words, []))

    def linked(self, text: str, kinds: tuple[RecordKind, ...]) -> tuple[uuid.UUID | None, str]:
        """A record named by display number, or a tie or organisation by name; else a reason."""
        if _NUMBER.match(text.strip()):
            found = self.by_number.get(text.strip().upper())
            if found is None or found[0] not in kinds:
                return None, f"'{text}' is geen nummer van een {_kinds_text(kinds)} in het dossier"
            return found[1], ""
        if RecordKind.TIE in kinds:
            tie = self.tie_names.exact(match_key(text))
            if tie is AMBIGUOUS:
                return None, (f"'{text}' noemt meer dan één band; geef het nummer van de band "
                              "(zoals BAND-0001)")
            if tie is not None:
                return tie.meta.id, ""
        if RecordKind.ORGANISATION in kinds:
            score, org = self.organisation(text)
            if org is not None and score >= 100:
                return org.meta.id, ""
        if RecordKind.PERSON in kinds:
            person = self.person_named(text)
            if person is not None:
                return person.meta.id, ""
        if RecordKind.MEETING in kinds:
            meeting = self.meeting_titles.exact(match_key(text))
            if meeting is not None and meeting is not AMBIGUOUS:
                return meeting.meta.id, ""
        return None, (f"'{text}' staat niet in het dossier; geef het nummer (zoals BAND-0001 of "
                      f"ORG-0001) of de naam van een {_kinds_text(kinds)}")


def _kinds_text(kinds: tuple[RecordKind, ...]) -> str:
    names = {RecordKind.TIE: "band", RecordKind.ORGANISATION: "organisatie",
             RecordKind.PERSON: "persoon", RecordKind.MEETING: "contactmoment"}
    shown = [names[k] for k in kinds if k in names]
    return " of ".join(shown)


_LABEL_HANZI = re.compile(r"^(.*?)\s*\(([^()]*[\u3400-\u9fff][^()]*)\)\s*$")


def _split_label(text: str) -> tuple[str, str | None]:
    """A name as an export or a list shows it, "Beijing (stad) (北京市)" → ("Beijing (stad)",
    "北京市"); other text unchanged, without Hanzi."""
    found = _LABEL_HANZI.match(text)
    if found and found.group(1):
        return found.group(1), found.group(2)
    return text, None


def _leading_hanzi(text: str) -> str | None:
    """The Hanzi a label starts with ("王伟 Wáng Wěi" → 王伟), if any."""
    found = re.match(r"^([\u3400-\u9fff]+)", text.strip())
    return found.group(1) if found else None


def _bare(name: str) -> str:
    """A name without a trailing explanation: "Nanjing (stad)" → "Nanjing"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name) or name


def _works_at(person: PersonRecord, organisation: str) -> bool:
    """Whether one of the person's positions is at an organisation of that name."""
    wanted = match_key(organisation.split(maxsplit=1)[-1] if organisation.split()[0].casefold()
                       in _AUTHORITY_PREFIXES else organisation)
    for position in person.positions:
        where = position.organisation or position.authority
        if where is not None and similarity(wanted, match_key(where.label)) >= 100:
            return True
    return False


def _person_key(person: PersonRecord) -> MatchKey:
    if person.hanzi:
        return match_key(person.hanzi)
    return match_key(" ".join(p for p in (person.family_name, person.given_name) if p))


# --- planning ---------------------------------------------------------------------------------


@dataclass
class _Seen:
    keys: dict[str, int] = field(default_factory=dict)
    new_organisations: list[str] = field(default_factory=list)
    organisation_drafts: dict[str, OrganisationDraft] = field(default_factory=dict)

    def first(self, key: str, number: int) -> int | None:
        earlier = self.keys.get(key)
        if earlier is None:
            self.keys[key] = number
        return earlier

    def release(self, key: str) -> None:
        """A probable duplicate is for the user: a later row of that name is not its double."""
        self.keys.pop(key, None)

    def new_organisation(self, name: str, draft: OrganisationDraft | None = None) -> None:
        if name not in self.organisation_drafts:
            self.new_organisations.append(name)
            self.organisation_drafts[name] = draft or OrganisationDraft(
                name_nl=name, org_kind=OrganisationKind.OTHER)


def plan_import(
    dossier: Dossier,
    table: Table,
    *,
    kind: ImportKind | None = None,
    overrides: Mapping[str, str] | None = None,
) -> ImportPlan:
    """The preview of importing `table`: nothing is written.

    Raises:
        UnreadableFile: the kind cannot be told from the columns, a required column is missing,
            or an override is wrong.
    """
    if kind is None:
        kind = detect_kind(table.header)
        if kind is None:
            raise UnreadableFile(
                "Uit de kolomnamen blijkt niet wat het bestand bevat; geef het aan met --type "
                f"({', '.join(k.value for k in SUPPORTED)})."
            )
    mapping = map_columns(table.header, kind, overrides)
    if mapping.missing:
        raise UnreadableFile(
            f"Het bestand mist de kolom {', '.join(mapping.missing)} (verplicht voor "
            f"{kind.value}); wijs een kolom toe met --map \"Kolom=veld\"."
        )
    with _no_gc():
        known = _Known(dossier, kind)
        planners: dict[ImportKind, Callable[[ParsedRow, _Seen, _Known], RowPlan]] = {
            ImportKind.ORGANISATIONS: _plan_organisation,
            ImportKind.PERSONS: _plan_person,
            ImportKind.MEETINGS: _plan_meeting,
            ImportKind.TIES: _plan_tie,
            ImportKind.DECISIONS: _plan_decision,
            ImportKind.RISKS: _plan_risk,
        }
        planner = planners[kind]
        seen = _Seen()
        parsed = list(parse_rows(table, mapping))
        plans = [planner(row, seen, known) for row in parsed]
        plans = _with_service_checks(plans, _service(dossier, kind))
        # "Mogelijk dubbel": what the row would be as new, for the preview's choice.
        plans = import_merge.with_alternatives(
            plans, parsed, kind, known, lambda row, view: planner(row, _Seen(), view))
        as_one = import_merge.records_as_one(parsed, kind, known)
    return ImportPlan(
        source=table.source,
        sheet=table.sheet,
        kind=kind,
        mapping=mapping,
        rows=tuple(plans),
        new_organisations=tuple(seen.new_organisations),
        encoding=table.encoding,
        header=table.header,
        organisation_drafts=dict(seen.organisation_drafts),
        records_as_one=as_one,
    )


def _service(dossier: Dossier, kind: ImportKind) -> Any:
    return {
        ImportKind.ORGANISATIONS: dossier.organisations,
        ImportKind.PERSONS: dossier.persons,
        ImportKind.MEETINGS: dossier.meetings,
        ImportKind.TIES: dossier.ties,
        ImportKind.DECISIONS: dossier.decisions,
        ImportKind.RISKS: dossier.risk_notes,
    }[kind]


def _common(values: Mapping[str, Any]) -> Common:
    classification = values.get("classification")
    return Common(
        classification=classification if isinstance(classification, Classification) else None,
        tags=tuple(values.get("tags", ())),
    )


def _given_common(values: Mapping[str, Any]) -> dict[str, Any]:
    """The shared fields a row gives (for an update)."""
    given: dict[str, Any] = {}
    if isinstance(values.get("classification"), Classification):
        given["classification"] = values["classification"]
    if values.get("tags"):
        given["tags"] = tuple(values["tags"])
    return given


def _rejected(row: ParsedRow, label: str, *more: CellError) -> RowPlan:
    return RowPlan(row.number, "rejected", label, errors=(*row.errors, *more))


def _matched(row: ParsedRow, label: str, record: Any, given: Mapping[str, Any]) -> RowPlan:
    """A row that names an existing record: an update when it changes something."""
    stored = getattr(record, "pinyin", None)
    if "pinyin" in given and stored and overlay_same(stored, given["pinyin"]):
        # Derived pinyin stays derived: the row only repeats it (an export read back).
        given = {k: v for k, v in given.items() if k != "pinyin"}
    draft, changes = overlay(draft_of(record), given)
    if not changes:
        return RowPlan(row.number, "exists", label, record.meta.display_no)
    return RowPlan(row.number, "update", label, record.meta.display_no, draft=draft,
                   changes=changes, record=record)


def _with_service_checks(plans: list[RowPlan], service: Any) -> list[RowPlan]:
    """Rows the services would refuse become rejected, with their Dutch reasons.

    One read for all new rows and updates (validate_many; an update against its record). A
    link to an organisation the import itself creates is checked at commit.
    """
    checked = [i for i, plan in enumerate(plans) if plan.outcome in ("new", "update")]
    results = service.validate_many([plans[i].draft for i in checked],
                                    [plans[i].record for i in checked])
    for i, errors in zip(checked, results, strict=True):
        plan = plans[i]
        if plan.extra.get("organisation_name"):
            errors = tuple(e for e in errors if e.field != "organisation_id")
        if errors:
            plans[i] = RowPlan(plan.number, "rejected", plan.label, errors=tuple(
                CellError(human_field(e.field), e.message) for e in errors))
    return plans


def _given_fields(values: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The row's filled values of these fields, plus the description (with the notes joined)."""
    given = {f: values[f] for f in fields if values.get(f) is not None}
    description = _joined(values.get("description"), values.get("notes"))
    if description:
        given["description"] = description
    return given


def _joined(*parts: str | None, sep: str = "\n") -> str | None:
    kept = [p for p in parts if p]
    return sep.join(kept) or None


def _contact_given(values: Mapping[str, Any]) -> dict[str, Any]:
    given: dict[str, Any] = {}
    if values.get("email"):
        given["emails"] = tuple(values["email"])
    if values.get("phone"):
        given["phones"] = tuple(values["phone"])
    if values.get("address"):
        given["postal_addresses"] = (values["address"],)
    return given


def _plan_organisation(row: ParsedRow, seen: _Seen, known: _Known) -> RowPlan:
    values = row.values
    name = values.get("name", "")
    if row.errors:
        return _rejected(row, name)
    key = match_key(name)
    score, match = known.organisation(name, values.get("hanzi"))
    given: dict[str, Any] = {
        f: values[c] for f, c in (("name_en", "name_en"), ("hanzi", "hanzi"),
                                  ("pinyin", "pinyin"), ("org_kind", "org_kind"),
                                  ("website", "website"), ("notes", "notes"))
        if values.get(c) is not None
    }
    given.update(_resolved_place(known, values.get("place"), values.get("province")))
    given.update(_contact_given(values))
    earlier = seen.first(key.words, row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", name, f"rij {earlier}")
    if match is not None and score >= 100:
        return _matched(row, name, match, {**given, **_given_common(values)})
    if match is not None and score >= LIKELY:
        seen.release(key.words)
        return RowPlan(row.number, "similar", name, match.meta.display_no)
    draft = OrganisationDraft(
        name_nl=name, org_kind=given.pop("org_kind", OrganisationKind.OTHER), **given,
        common=_common(values),
    )
    return RowPlan(row.number, "new", name, draft=draft)


def _plan_person(row: ParsedRow, seen: _Seen, known: _Known) -> RowPlan:
    values = row.values
    hanzi = values.get("hanzi")
    full = values.get("name") or " ".join(
        p for p in (values.get("given_name"), values.get("family_name")) if p
    )
    label = " ".join(p for p in (hanzi, full) if p)
    if row.errors:
        return _rejected(row, label)
    if values.get("family_name"):
        family, given_name, tussen = values["family_name"], values.get("given_name"), values.get(
            "tussenvoegsel")
        order = NameOrder.GIVEN_FIRST
    elif full:
        split = split_name(full)
        family, given_name, tussen = split.family_name, split.given_name, split.tussenvoegsel
        order = NameOrder.FAMILY_FIRST if split.family_first else NameOrder.GIVEN_FIRST
    else:
        family, given_name, tussen, order = "", None, None, NameOrder.FAMILY_FIRST
    key = match_key(hanzi) if hanzi else match_key(" ".join(p for p in (family, given_name) if p))
    score, match = known.person(key)
    organisation = values.get("organisation")
    title = values.get("position")
    given: dict[str, Any] = {f: values[f] for f in ("hanzi", "pinyin", "notes")
                             if values.get(f) is not None}
    given.update(_contact_given(values))
    earlier = seen.first(key.words, row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", label, f"rij {earlier}")
    if match is not None and score >= 100:
        if organisation and not _works_at(match, organisation):
            # The same name at another organisation: common Chinese names are shared by many
            # people, so this is for the user to decide, never silently skipped as "exists".
            seen.release(key.words)
            return RowPlan(row.number, "similar", label, match.meta.display_no)
        if organisation and title:
            position = _position(match, organisation, title, known)
            if position is not None:
                given["positions"] = (position,)
        return _matched(row, label, match, {**given, **_given_common(values)})
    if match is not None and score >= LIKELY:
        seen.release(key.words)
        return RowPlan(row.number, "similar", label, match.meta.display_no)
    extra: dict[str, Any] = {}
    notes = values.get("notes")
    if organisation:
        authority = known.authority(organisation)
        if authority is not None:
            extra["authority_id"] = authority.meta.id
        else:
            org_score, org = known.organisation(organisation)
            if org is not None and org_score >= 100:
                extra["organisation_id"] = org.meta.id
            else:
                extra["organisation_name"] = organisation
                seen.new_organisation(organisation)
        extra["title"] = title or "contactpersoon"
    elif title:
        notes = _joined(notes, f"Functie: {title}")
    if values.get("last_contact"):
        extra["last_contact"] = values["last_contact"]
    draft = PersonDraft(
        family_name=family,
        given_name=given_name,
        tussenvoegsel=tussen,
        name_order=order,
        hanzi=hanzi,
        pinyin=values.get("pinyin"),
        notes=notes,
        emails=tuple(values.get("email", ())),
        phones=tuple(values.get("phone", ())),
        postal_addresses=(values["address"],) if values.get("address") else (),
        common=_common(values),
    )
    return RowPlan(row.number, "new", label, draft=draft, extra=extra)


def _position(
    person: PersonRecord, organisation: str, title: str, known: _Known
) -> PositionDraft | None:
    """A function the person does not hold yet at an organisation or authority the case file
    has (for an update); None when they hold it."""
    authority = known.authority(organisation)
    score, org = known.organisation(organisation)
    where = authority.meta.id if authority is not None else (
        org.meta.id if org is not None and score >= 100 else None)
    if where is None:
        return None
    for held in person.positions:
        ref = held.organisation or held.authority
        if ref is not None and ref.id == where and fold(held.title) == fold(title):
            return None
    if authority is not None:
        return PositionDraft(title, authority_id=where)
    return PositionDraft(title, organisation_id=where)


def _plan_meeting(row: ParsedRow, seen: _Seen, known: _Known) -> RowPlan:
    values = row.values
    title = values.get("title", "")
    held: dt.date | None = values.get("held_on")
    label = f"{held:%d-%m-%Y} {title}" if held else title
    if row.errors:
        return _rejected(row, label)
    assert held is not None  # required: an empty cell is a row error
    key = f"{held.isoformat()}|{match_key(title).words}"
    earlier = seen.first(key, row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", label, f"rij {earlier}")
    participants = []
    unknown = []
    for name in values.get("organisations", ()):
        authority = known.authority(name)
        if authority is not None:
            participants.append(ParticipantDraft(ParticipantSide.OURS,
                                                 authority_id=authority.meta.id))
            continue
        score, org = known.organisation(name)
        if org is not None and score >= 100:
            participants.append(ParticipantDraft(ParticipantSide.THEIRS,
                                                 organisation_id=org.meta.id))
        else:
            unknown.append(name)
    for name in values.get("persons", ()):
        person = known.person_named(name)
        if person is not None:
            participants.append(ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id))
        else:
            unknown.append(name)
    summary = _joined(values.get("summary"),
                      ("Deelnemers (niet in het dossier): " + ", ".join(unknown)) if unknown
                      else None)
    given: dict[str, Any] = {
        f: values[c] for f, c in (("meeting_kind", "meeting_kind"), ("direction", "direction"),
                                  ("start_time", "start_time"), ("topics", "topics"),
                                  ("gifts", "gifts"), ("gift_value_cents", "gift_value"))
        if values.get(c) is not None
    }
    given.update(_resolved_place(known, values.get("place"), values.get("province")))
    if summary:
        given["summary"] = summary
    if participants:
        given["participants"] = tuple(participants)
    existing = known.records.get(("m", held.isoformat(), match_key(title).words))
    if existing is not None:
        return _matched(row, label, existing, {**given, **_given_common(values)})
    draft = MeetingDraft(
        held_on=held,
        meeting_kind=given.pop("meeting_kind", MeetingKind.OTHER),
        title=title,
        direction=given.pop("direction", Direction.NEUTRAL),
        **given,
        common=_common(values),
    )
    return RowPlan(row.number, "new", label, draft=draft)


def _plan_tie(row: ParsedRow, seen: _Seen, known: _Known) -> RowPlan:
    values = row.values
    partner = values.get("partner", "")
    hanzi = values.get("partner_hanzi")
    if not hanzi:
        partner, hanzi = _split_label(partner)
    label = " ".join(p for p in (values.get("authority"), "–", partner, hanzi) if p)
    if row.errors:
        return _rejected(row, label)
    header = _headers(row)
    authority_id = known.own_authority
    candidates: list[AuthorityRecord] = []
    if values.get("authority"):
        candidates = known.authorities_named(values["authority"])
        if not candidates:
            return _rejected(row, label, CellError(header.get("authority", "Gemeente"), (
                f"'{values['authority']}' is geen Nederlandse gemeente of provincie in het "
                "dossier; schrijf bijvoorbeeld 'Gemeente Rotterdam' of 'Provincie Utrecht'.")))
        authority_id = candidates[0].meta.id
    extra: dict[str, Any] = {}
    score, org = known.organisation(partner, hanzi)
    if org is None or score < 100:
        org = None
        found = _reference_partner(known, partner, hanzi)
        if isinstance(found, CellError):
            return _rejected(row, label, CellError(header.get("partner", "Partner"),
                                                   found.message))
        name, partner_draft = found if found is not None else (partner, None)
        # The organisation this tie needs may be in the case file under its reference name.
        score, org = known.organisation(name, partner_draft.hanzi if partner_draft else None)
        if org is None or score < 100:
            org = None
            extra["organisation_name"] = name
            seen.new_organisation(name, partner_draft)
    tie_type = values["tie_type"]
    if len(candidates) > 1:
        # "Groningen" is a municipality and a province: the one that has this tie, else ask.
        having = [a for a in candidates if org is not None and
                  (a.meta.id, org.meta.id, tie_type.value) in known.ties]
        if len(having) != 1:
            return _rejected(row, label, CellError(header.get("authority", "Gemeente"), (
                f"'{values['authority']}' is zowel een gemeente als een provincie; schrijf "
                f"'Gemeente {values['authority']}' of 'Provincie {values['authority']}'.")))
        authority_id = having[0].meta.id
    partner_key = org.meta.id.hex if org is not None else match_key(partner).words
    earlier = seen.first(f"{authority_id.hex}|{partner_key}|{tie_type.value}", row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", label, f"rij {earlier}")
    given = _given_fields(values, ("status", "title", "starts", "signed", "ends"))
    if org is not None:
        existing = known.ties.get((authority_id, org.meta.id, tie_type.value))
        if existing is not None:
            return _matched(row, label, existing, {**given, **_given_common(values)})
    status = given.pop("status", None) or (TieStatus.ENDED if values.get("ends") else
                                           TieStatus.ACTIVE)
    draft = TieDraft(
        authority_id=authority_id,
        organisation_id=org.meta.id if org is not None else _pending_id(extra["organisation_name"]),
        tie_type=tie_type,
        status=status,
        **given,
        common=_common(values),
    )
    return RowPlan(row.number, "new", label, draft=draft, extra=extra)


def _pending_id(name: str) -> uuid.UUID:
    """A stand-in id for an organisation the import creates (replaced at commit)."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"chinadossier-import:{name}")


def _headers(row: ParsedRow) -> Mapping[str, str]:
    return row.columns


_UNITS = (("自治区", "autonome regio"), ("市", "stad"), ("省", "provincie"))


def _place_names(hanzi: str, pinyin: str, name_en: str) -> set[str]:
    """How a division may be written: 南京市, 南京, nanjing (from its pinyin or English)."""
    return {hanzi, hanzi.rstrip("市省"), fold(name_en),
            fold(toneless(pinyin)).removesuffix("shi").removesuffix("sheng")}


def _divisions(known: _Known, *names: str | None) -> list[Any]:
    """The reference divisions a name denotes (Hanzi tried first), as lookups.Place."""
    wanted = {fold(toneless(t)).removesuffix("shi").removesuffix("sheng") for t in names if t}
    wanted |= {t.rstrip("市省") for t in names if t}
    wanted.discard("")
    matches: list[Any] = []
    for query in sorted((t for t in names if t), key=lambda t: t.isascii()):
        for place in known.dossier.lookups.places(query, limit=50):
            if _place_names(place.hanzi, place.pinyin, place.name_en) & wanted \
                    and place not in matches:
                matches.append(place)
        if matches:
            break
    return matches


def _resolved_place(known: _Known, place: str | None, province: str | None
                    ) -> dict[str, Any]:
    """A row's place as the reference division it names ("Nanjing" + "Jiangsu" → 南京市),
    narrowed by the province when one is given; as free text when none or several fit."""
    text = _joined(place, province, sep=", ")
    if not place:
        return {"place_text": text} if text else {}
    hanzi = _leading_hanzi(place)
    if hanzi and not province:
        # As lists show a place: "南京市 Nánjīng Shì", perhaps ", more text".
        found = _divisions(known, hanzi)
        if len(found) == 1:
            rest = place.partition(",")[2].strip()
            return {"place_adcode": found[0].adcode, **({"place_text": rest} if rest else {})}
    matches = _divisions(known, place)
    if province and len(matches) > 1:
        parents = {p.hanzi: p for p in known.dossier.lookups.places("", limit=100_000)}
        wanted = _divisions(known, province)
        matches = [m for m in matches
                   if m.parent and parents.get(m.parent) in wanted]
    if len(matches) == 1:
        return {"place_adcode": matches[0].adcode}
    return {"place_text": text}


def _reference_partner(
    known: _Known, partner: str, hanzi: str | None
) -> tuple[str, OrganisationDraft] | CellError | None:
    """A partner city or province from the reference data of Chinese divisions.

    "Nanjing", "南京" or "南京市" → the organisation "Nanjing (stad)" (a government, with its
    Hanzi and place). None when no division has that name; a reason when several have.
    """
    matches = _divisions(known, partner, hanzi)
    if not matches:
        return None
    if len(matches) > 1:
        shown = ", ".join(p.label for p in matches[:5])
        return CellError("", f"'{partner}' is meer dan één Chinese plaats ({shown}); vul de "
                             "Chinese naam in (kolom Chinese naam).")
    place = matches[0]
    # As the reference data writes the unit: 上海市 and 南京市 are cities, 江苏省 a province.
    unit = next((word for suffix, word in _UNITS if place.hanzi.endswith(suffix)), None)
    name = f"{place.name_en} ({unit})" if unit else place.name_en
    return name, OrganisationDraft(
        name_nl=name, org_kind=OrganisationKind.GOVERNMENT, name_en=place.name_en,
        hanzi=place.hanzi, place_adcode=place.adcode,
        common=Common(classification=Classification.PUBLIC),
    )


def _links(row: ParsedRow, values: Mapping[str, Any], known: _Known, column: str,
           kinds: tuple[RecordKind, ...]) -> tuple[list[uuid.UUID], list[CellError]]:
    ids: list[uuid.UUID] = []
    errors: list[CellError] = []
    header = _headers(row).get(column, column)
    names = values.get(column, ())
    for name in (names if isinstance(names, tuple) else (names,)):
        found, reason = known.linked(name, kinds)
        if found is None:
            errors.append(CellError(header, reason + "."))
        elif found not in ids:
            ids.append(found)
    return ids, errors


_PROVINCIAL = {DecisionBody.COUNCIL: DecisionBody.PROVINCIAL_COUNCIL,
               DecisionBody.EXECUTIVE: DecisionBody.PROVINCIAL_EXECUTIVE}


def _plan_decision(row: ParsedRow, seen: _Seen, known: _Known) -> RowPlan:
    values = row.values
    title = values.get("title", "")
    decided: dt.date | None = values.get("decided_on")
    label = f"{decided:%d-%m-%Y} {title}" if decided else title
    if row.errors:
        return _rejected(row, label)
    assert decided is not None
    link_ids, errors = _links(row, values, known, "links",
                              (RecordKind.TIE, RecordKind.ORGANISATION, RecordKind.PERSON))
    if errors:
        return _rejected(row, label, *errors)
    earlier = seen.first(f"{decided.isoformat()}|{match_key(title).words}", row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", label, f"rij {earlier}")
    summary = _joined(values.get("summary"), values.get("notes"))
    given: dict[str, Any] = {
        f: values[f] for f in ("body", "decision_kind", "outcome", "reference", "votes_for",
                               "votes_against")
        if values.get(f) is not None
    }
    if summary:
        given["summary"] = summary
    if link_ids:
        given["link_ids"] = tuple(link_ids)
    existing = known.records.get(("d", decided.isoformat(), match_key(title).words))
    if existing is None and values.get("reference"):
        existing = known.records.get(("ref", fold(values["reference"])))
    if existing is not None:
        return _matched(row, label, existing, {**given, **_given_common(values)})
    province = known.authority_kinds.get(known.own_authority) is AuthorityKind.PROVINCE
    if province and "body" in given:
        given["body"] = _PROVINCIAL.get(given["body"], given["body"])
    body = given.pop("body", None) or (DecisionBody.PROVINCIAL_COUNCIL if province
                                       else DecisionBody.COUNCIL)
    council = body in (DecisionBody.COUNCIL, DecisionBody.PROVINCIAL_COUNCIL)
    kind = given.pop("decision_kind", None) or (DecisionKind.COUNCIL_DECISION if council
                                                else DecisionKind.EXECUTIVE_DECISION)
    draft = DecisionDraft(
        authority_id=known.own_authority, body=body, decision_kind=kind, decided_on=decided,
        title=title, **given, common=_common(values),
    )
    return RowPlan(row.number, "new", label, draft=draft)


def _plan_risk(row: ParsedRow, seen: _Seen, known: _Known) -> RowPlan:
    values = row.values
    title = values.get("title", "")
    label = title
    header = _headers(row)
    errors: list[CellError] = list(row.errors)  # every reason at once, the file's first
    category = known.categories.get(fold(values.get("category", "")))
    if category is None and values.get("category"):
        codes = ", ".join(sorted(set(known.categories.values())))
        errors.append(CellError(header.get("category", "Categorie"),
                                f"onbekende risicocategorie '{values['category']}'; kies uit: "
                                f"{codes}."))
    subject_id: uuid.UUID | None = None
    if not values.get("subject"):
        errors.append(CellError(header.get("subject", "Betreft"), (
            "zeg waar het risico over gaat: het nummer of de naam van een band, organisatie of "
            "persoon (kolom Betreft).")))
    else:
        subject_id, reason = known.linked(values["subject"], (
            RecordKind.TIE, RecordKind.ORGANISATION, RecordKind.PERSON, RecordKind.MEETING))
        if subject_id is None:
            errors.append(CellError(header.get("subject", "Betreft"), reason + "."))
    scores = [values.get(f) for f in ("inherent_likelihood", "inherent_impact",
                                      "residual_likelihood", "residual_impact")]
    if (scores[0] is None or scores[1] is None) and not row.errors:
        errors.append(CellError(header.get("inherent_likelihood", "Kans bruto"),
                                "kans en impact (bruto) zijn nodig om het risico te wegen."))
    if errors:
        return RowPlan(row.number, "rejected", label, errors=tuple(errors))
    assert subject_id is not None and category is not None
    label = f"{title} ({values['subject']})"
    earlier = seen.first(f"{subject_id.hex}|{match_key(title).words}", row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", label, f"rij {earlier}")
    given = _given_fields(values, ("measures", "owner", "treatment", "status", "next_review_on"))
    existing = known.records.get(("r", subject_id.hex, match_key(title).words))
    if existing is not None:
        if existing.category.display_no != category:
            given["category_code"] = category
        return _matched(row, label, existing, {**given, **_given_common(values)})
    il, ii = int(scores[0] or 0), int(scores[1] or 0)  # both checked above
    rl = int(scores[2]) if scores[2] is not None else il
    ri = int(scores[3]) if scores[3] is not None else ii
    draft = RiskNoteDraft(
        subject_id=subject_id, category_code=category, title=title,
        assessment=AssessmentDraft(il, ii, rl, ri), **given, common=_common(values),
    )
    return RowPlan(row.number, "new", label, draft=draft)


# --- committing -------------------------------------------------------------------------------


class ImportRefused(UnreadableFile):
    """The services refused a row while writing; nothing was written (Dutch message)."""


def commit_import(
    dossier: Dossier,
    plan: ImportPlan,
    *,
    accept_partial: bool = False,
    backup: Callable[[], Path | None] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the plan's new records and updates in one unit of work, after `backup()`; all or
    nothing. `progress` reports the phases and may cancel (Cancelled; nothing written) up to
    the moment of COMMIT.

    Rejected rows stop the import unless `accept_partial`; then the valid rows are written.

    Raises:
        ImportRefused: rows were rejected (without accept_partial), the services refused a row,
            or a record to update was changed by someone else since the preview; the message
            names the row. Nothing was written.
        Cancelled: the user stopped it; nothing was written.
    """
    if plan.rejected and not accept_partial:
        raise ImportRefused(
            f"{len(plan.rejected)} rij(en) afgewezen; er is niets geïmporteerd. Verbeter het "
            "bestand, of importeer alleen de goede rijen (--accept-partial)."
        )
    work = [row for row in plan.rows if row.outcome in ("new", "update")]
    if not work:
        return ImportResult(0, None, len(plan.rows))
    made = backup() if backup is not None else None
    created = updated = 0
    current: RowPlan | None = None
    service: Any = _service(dossier, plan.kind)
    try:
        with _no_gc(), dossier.bulk(progress) as bulk:
            organisation_ids: dict[str, uuid.UUID] = {}
            needed = {row.extra.get("organisation_name") for row in work}
            for name in plan.new_organisations:
                if name not in needed:
                    continue  # only rows that are not written named it
                organisation = plan.organisation_drafts.get(name) or OrganisationDraft(
                    name_nl=name, org_kind=OrganisationKind.OTHER)
                organisation_ids[name] = bulk.create(dossier.organisations, organisation)
                created += 1
            for current in work:
                if current.outcome == "update":
                    record = current.record
                    if current.draft is not None:  # None: a merged row that adds only a contact
                        bulk.update(service, record.meta.id, current.draft,
                                    expected_version=record.meta.version, current=record)
                    updated += 1
                    contact = current.extra.get("last_contact")
                    if contact is not None:  # a merged "mogelijk dubbel" row (import_merge)
                        created += _last_contact(
                            bulk, dossier, contact, record.meta.id, record.display_name,
                            Common(classification=record.meta.classification))
                    continue
                draft: Any = current.draft
                if plan.kind is ImportKind.PERSONS:
                    draft = _with_position(draft, current.extra, organisation_ids)
                elif plan.kind is ImportKind.TIES and "organisation_name" in current.extra:
                    draft = _replaced(draft, organisation_id=organisation_ids[
                        current.extra["organisation_name"]])
                record_id = bulk.create(service, draft)
                created += 1
                contact = current.extra.get("last_contact")
                if contact is not None:
                    created += _last_contact(bulk, dossier, contact, record_id, _display(draft),
                                             draft.common)
            current = None
            bulk.commit()
    except ValidationFailed as exc:
        lines = "; ".join(f"{human_field(e.field)}: {e.message}" for e in exc.errors)
        where = f"Rij {current.number}" if current is not None else "Een nieuwe organisatie"
        raise ImportRefused(
            f"{where} wordt geweigerd ({lines}); er is niets geïmporteerd."
        ) from exc
    except Conflict as exc:
        where = f"rij {current.number}" if current is not None else "een rij"
        raise ImportRefused(
            f"Het record van {where} is sinds het voorbeeld door iemand anders gewijzigd; er is "
            "niets geïmporteerd. Bekijk het voorbeeld opnieuw."
        ) from exc
    return ImportResult(created, made, len(plan.rows) - len(work), updated)


def _last_contact(bulk: Any, dossier: Dossier, day: dt.date, person_id: uuid.UUID, name: str,
                  common: Any) -> int:
    """The contact moment a "Laatste contact" cell makes (1: one record created)."""
    bulk.create(dossier.meetings, MeetingDraft(
        held_on=day,
        meeting_kind=MeetingKind.OTHER,
        title=f"Laatste contact met {name}",
        participants=(ParticipantDraft(ParticipantSide.THEIRS, person_id=person_id),),
        summary="Overgenomen uit de kolom 'Laatste contact' bij het importeren.",
        common=common,
    ))
    return 1


def _replaced(draft: Any, **changes: Any) -> Any:
    return type(draft)(**{**_fields(draft), **changes})


def _with_position(
    draft: PersonDraft, extra: Mapping[str, Any], organisation_ids: Mapping[str, uuid.UUID]
) -> PersonDraft:
    if "title" not in extra:
        return draft
    organisation_id = extra.get("organisation_id") or organisation_ids.get(
        extra.get("organisation_name", ""))
    position = PositionDraft(
        title=extra["title"],
        organisation_id=organisation_id,
        authority_id=extra.get("authority_id"),
    )
    return PersonDraft(**{**_fields(draft), "positions": (position,)})


def _fields(draft: Any) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in draft.__dataclass_fields__}


def _display(draft: PersonDraft) -> str:
    if draft.name_order is NameOrder.FAMILY_FIRST:
        latin = " ".join(p for p in (draft.family_name, draft.given_name) if p)
    else:
        latin = " ".join(p for p in (draft.given_name, draft.tussenvoegsel, draft.family_name) if p)
    return " ".join(p for p in (draft.hanzi, latin) if p)
