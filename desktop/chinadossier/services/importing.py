"""Import from CSV and XLSX: a preview of every row first, then all rows in one transaction.

`plan_import` reads nothing into the case file: it parses the file (interchange), maps the
columns, types every cell, matches each row against the case file and the rows before it
(`domain.matching`) and says per row what would happen — new, already there, duplicate in the
file, probable duplicate, or rejected with a Dutch reason per column. `commit_import` takes a
verified backup, then writes the plan's new records in ONE unit of work (the bulk path: the same
validation, audit and search indexing as a single save); a row the services refuse rolls the
whole import back and is reported. Importing the same file twice changes nothing the second
time: every row then matches a record it created.

Kinds handled here: organisaties, personen (with their function at an organisation or at a
Dutch authority, and "laatste contact" as a contact moment) and contactmomenten.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from chinadossier.domain.codes import (
    AuthorityKind,
    Classification,
    Direction,
    MeetingKind,
    NameOrder,
    OrganisationKind,
    ParticipantSide,
)
from chinadossier.domain.drafts import (
    Common,
    MeetingDraft,
    OrganisationDraft,
    ParticipantDraft,
    PersonDraft,
    PositionDraft,
)
from chinadossier.domain.errors import ValidationFailed, human_field
from chinadossier.domain.matching import LIKELY, MatchKey, match_key, similarity
from chinadossier.domain.progress import Progress
from chinadossier.domain.records import AuthorityRecord, OrganisationRecord, PersonRecord
from chinadossier.interchange.columns import ColumnMapping, ImportKind, detect_kind, map_columns
from chinadossier.interchange.csv_reader import read_csv
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.names import split_name
from chinadossier.interchange.rows import CellError, ParsedRow, parse_rows
from chinadossier.interchange.tables import Table
from chinadossier.interchange.xlsx_reader import read_xlsx

if TYPE_CHECKING:
    from chinadossier.services.dossier import Dossier

Outcome = Literal["new", "exists", "duplicate", "similar", "rejected"]
OUTCOME_LABELS: Mapping[Outcome, str] = {
    "new": "nieuw",
    "exists": "bestaat al",
    "duplicate": "dubbel in het bestand",
    "similar": "mogelijk dubbel",
    "rejected": "afgewezen",
}
SUPPORTED = (ImportKind.ORGANISATIONS, ImportKind.PERSONS, ImportKind.MEETINGS)
_AUTHORITY_PREFIXES = {"gemeente": AuthorityKind.MUNICIPALITY, "provincie": AuthorityKind.PROVINCE}


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
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The preview: per row what happens, and what the file itself could not say."""

    source: str
    sheet: str | None
    kind: ImportKind
    mapping: ColumnMapping
    rows: tuple[RowPlan, ...]
    new_organisations: tuple[str, ...] = ()
    """Organisations that persons' rows name and the case file lacks (created with them)."""
    encoding: str | None = None
    header: tuple[str, ...] = ()

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


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What a committed import wrote."""

    created: int
    backup: Path | None
    skipped: int


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


# --- planning ---------------------------------------------------------------------------------


class _Known:
    """The case file's organisations, persons and authorities, keyed for matching."""

    def __init__(self, dossier: Dossier, kind: ImportKind) -> None:
        self.organisations: list[tuple[MatchKey, MatchKey, OrganisationRecord]] = []
        self.persons: list[tuple[MatchKey, PersonRecord]] = []
        self.authorities: dict[str, AuthorityRecord] = {}
        for org in dossier.organisations.list_all():
            self.organisations.append((match_key(org.name_nl), match_key(org.hanzi), org))
        if kind is not ImportKind.ORGANISATIONS:
            for person in dossier.persons.list_all():
                self.persons.append((_person_key(person), person))
            for authority in dossier.authorities.list_all():
                for name in (authority.name, authority.common_name):
                    if name:
                        key = f"{authority.authority_kind.value}:{match_key(name).words}"
                        self.authorities[key] = authority

    def organisation(self, key: MatchKey, hanzi_key: MatchKey) -> tuple[float, OrganisationRecord
                                                                         | None]:
        best: tuple[float, OrganisationRecord | None] = (0.0, None)
        for name_key, org_hanzi, org in self.organisations:
            score = max(similarity(key, name_key),
                        100.0 if hanzi_key and hanzi_key == org_hanzi else 0.0)
            if score > best[0]:
                best = (score, org)
        return best

    def person(self, key: MatchKey) -> tuple[float, PersonRecord | None]:
        best: tuple[float, PersonRecord | None] = (0.0, None)
        for person_key, person in self.persons:
            score = similarity(key, person_key)
            if score > best[0]:
                best = (score, person)
        return best

    def authority(self, text: str) -> AuthorityRecord | None:
        words = text.split(maxsplit=1)
        if len(words) != 2:
            return None
        kind = _AUTHORITY_PREFIXES.get(words[0].casefold())
        if kind is None:
            return None
        return self.authorities.get(f"{kind.value}:{match_key(words[1]).words}")


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


def plan_import(
    dossier: Dossier,
    table: Table,
    *,
    kind: ImportKind | None = None,
    overrides: Mapping[str, str] | None = None,
) -> ImportPlan:
    """The preview of importing `table`: nothing is written.

    Raises:
        UnreadableFile: the kind cannot be told from the columns, is not supported, a required
            column is missing, or an override is wrong.
    """
    if kind is None:
        kind = detect_kind(table.header)
        if kind is None:
            raise UnreadableFile(
                "Uit de kolomnamen blijkt niet wat het bestand bevat; geef het aan met --type "
                f"({', '.join(k.value for k in SUPPORTED)})."
            )
    if kind not in SUPPORTED:
        raise UnreadableFile(
            f"Importeren van {kind.value} kan nog niet; wel: "
            f"{', '.join(k.value for k in SUPPORTED)}."
        )
    mapping = map_columns(table.header, kind, overrides)
    if mapping.missing:
        raise UnreadableFile(
            f"Het bestand mist de kolom {', '.join(mapping.missing)} (verplicht voor "
            f"{kind.value}); wijs een kolom toe met --map \"Kolom=veld\"."
        )
    known = _Known(dossier, kind)
    planner: Callable[[ParsedRow, _Seen], RowPlan] = {
        ImportKind.ORGANISATIONS: lambda row, seen: _plan_organisation(row, seen, known),
        ImportKind.PERSONS: lambda row, seen: _plan_person(row, seen, known),
        ImportKind.MEETINGS: lambda row, seen: _plan_meeting(row, seen, known),
    }[kind]
    seen = _Seen()
    plans = [planner(row, seen) for row in parse_rows(table, mapping)]
    service = {
        ImportKind.ORGANISATIONS: dossier.organisations,
        ImportKind.PERSONS: dossier.persons,
        ImportKind.MEETINGS: dossier.meetings,
    }[kind]
    plans = _with_service_checks(plans, service)
    return ImportPlan(
        source=table.source,
        sheet=table.sheet,
        kind=kind,
        mapping=mapping,
        rows=tuple(plans),
        new_organisations=tuple(seen.new_organisations),
        encoding=table.encoding,
        header=table.header,
    )


@dataclass
class _Seen:
    keys: dict[str, int] = field(default_factory=dict)
    new_organisations: list[str] = field(default_factory=list)

    def first(self, key: str, number: int) -> int | None:
        earlier = self.keys.get(key)
        if earlier is None:
            self.keys[key] = number
        return earlier


def _common(values: Mapping[str, Any]) -> Common:
    classification = values.get("classification")
    return Common(
        classification=classification if isinstance(classification, Classification) else None,
        tags=tuple(values.get("tags", ())),
    )


def _rejected(row: ParsedRow, label: str) -> RowPlan:
    return RowPlan(row.number, "rejected", label, errors=row.errors)


def _plan_organisation(row: ParsedRow, seen: _Seen, known: _Known) -> RowPlan:
    values = row.values
    name = values.get("name", "")
    if row.errors:
        return _rejected(row, name)
    key, hanzi_key = match_key(name), match_key(values.get("hanzi"))
    score, match = known.organisation(key, hanzi_key)
    if match is not None and score >= 100:
        return RowPlan(row.number, "exists", name, match.meta.display_no)
    earlier = seen.first(key.words, row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", name, f"rij {earlier}")
    if match is not None and score >= LIKELY:
        return RowPlan(row.number, "similar", name, match.meta.display_no)
    notes = values.get("notes")
    draft = OrganisationDraft(
        name_nl=name,
        org_kind=values.get("org_kind", OrganisationKind.OTHER),
        name_en=values.get("name_en"),
        hanzi=values.get("hanzi"),
        pinyin=values.get("pinyin"),
        place_text=_joined(values.get("place"), values.get("province"), sep=", "),
        website=values.get("website"),
        notes=notes,
        emails=tuple(values.get("email", ())),
        phones=tuple(values.get("phone", ())),
        postal_addresses=(values["address"],) if values.get("address") else (),
        common=_common(values),
    )
    return RowPlan(row.number, "new", name, draft=draft)


def _with_service_checks(plans: list[RowPlan], service: Any) -> list[RowPlan]:
    """New rows the services would refuse become rejected, with their Dutch reasons.

    One read for the whole file (validate_many). Links to records the import itself creates (a
    new organisation) are checked at commit.
    """
    new = [i for i, plan in enumerate(plans) if plan.outcome == "new"]
    results = service.validate_many([plans[i].draft for i in new])
    for i, errors in zip(new, results, strict=True):
        if errors:
            plan = plans[i]
            plans[i] = RowPlan(plan.number, "rejected", plan.label, errors=tuple(
                CellError(human_field(e.field), e.message) for e in errors))
    return plans


def _joined(*parts: str | None, sep: str = "\n") -> str | None:
    kept = [p for p in parts if p]
    return sep.join(kept) or None


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
        family, given, tussen = values["family_name"], values.get("given_name"), values.get(
            "tussenvoegsel")
        order = NameOrder.GIVEN_FIRST
    elif full:
        split = split_name(full)
        family, given, tussen = split.family_name, split.given_name, split.tussenvoegsel
        order = NameOrder.FAMILY_FIRST if split.family_first else NameOrder.GIVEN_FIRST
    else:
        family, given, tussen, order = "", None, None, NameOrder.FAMILY_FIRST
    key = match_key(hanzi) if hanzi else match_key(" ".join(p for p in (family, given) if p))
    score, match = known.person(key)
    organisation = values.get("organisation")
    if match is not None and score >= 100:
        if organisation and not _works_at(match, organisation):
            # The same name at another organisation: common Chinese names are shared by many
            # people, so this is for the user to decide, never silently skipped as "exists".
            return RowPlan(row.number, "similar", label, match.meta.display_no)
        return RowPlan(row.number, "exists", label, match.meta.display_no)
    earlier = seen.first(key.words, row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", label, f"rij {earlier}")
    if match is not None and score >= LIKELY:
        return RowPlan(row.number, "similar", label, match.meta.display_no)
    extra: dict[str, Any] = {}
    title = values.get("position")
    notes = values.get("notes")
    if organisation:
        authority = known.authority(organisation)
        if authority is not None:
            extra["authority_id"] = authority.meta.id
        else:
            _, org = known.organisation(match_key(organisation), match_key(None))
            score_org = 0.0 if org is None else similarity(match_key(organisation),
                                                            match_key(org.name_nl))
            if org is not None and score_org >= 100:
                extra["organisation_id"] = org.meta.id
            else:
                extra["organisation_name"] = organisation
                if organisation not in seen.new_organisations:
                    seen.new_organisations.append(organisation)
        extra["title"] = title or "contactpersoon"
    elif title:
        notes = _joined(notes, f"Functie: {title}")
    if values.get("last_contact"):
        extra["last_contact"] = values["last_contact"]
    draft = PersonDraft(
        family_name=family,
        given_name=given,
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


def _plan_meeting(row: ParsedRow, seen: _Seen, known: _Known) -> RowPlan:
    values = row.values
    title = values.get("title", "")
    held: dt.date | None = values.get("held_on")
    label = f"{held:%d-%m-%Y} {title}" if held else title
    if row.errors:
        return _rejected(row, label)
    assert held is not None  # required: an empty cell is a row error
    earlier = seen.first(f"{held.isoformat()}|{match_key(title).words}", row.number)
    if earlier is not None:
        return RowPlan(row.number, "duplicate", label, f"rij {earlier}")
    participants = []
    unknown = []
    for name in values.get("organisations", ()):
        score, org = known.organisation(match_key(name), match_key(name))
        if org is not None and score >= 100:
            participants.append(ParticipantDraft(ParticipantSide.THEIRS,
                                                 organisation_id=org.meta.id))
        else:
            unknown.append(name)
    for name in values.get("persons", ()):
        score, person = known.person(match_key(name))
        if person is not None and score >= 100:
            participants.append(ParticipantDraft(ParticipantSide.THEIRS, person_id=person.meta.id))
        else:
            unknown.append(name)
    summary = _joined(values.get("summary"),
                      ("Deelnemers (niet in het dossier): " + ", ".join(unknown)) if unknown
                      else None)
    draft = MeetingDraft(
        held_on=held,
        meeting_kind=values.get("meeting_kind", MeetingKind.OTHER),
        title=title,
        direction=values.get("direction", Direction.NEUTRAL),
        start_time=values.get("start_time"),
        place_text=_joined(values.get("place"), values.get("province"), sep=", "),
        summary=summary,
        topics=values.get("topics"),
        gifts=values.get("gifts"),
        gift_value_cents=values.get("gift_value"),
        participants=tuple(participants),
        common=_common(values),
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
    """Write the plan's new records in one unit of work, after `backup()`; all or nothing.

    Rejected rows stop the import unless `accept_partial`; then the valid rows are written.
    With a `progress`, a cancel before the commit raises Cancelled and writes nothing.

    Raises:
        ImportRefused: rows were rejected (without accept_partial), or the services refused a
            row; the message names the row. Nothing was written.
    """
    if plan.rejected and not accept_partial:
        raise ImportRefused(
            f"{len(plan.rejected)} rij(en) afgewezen; er is niets geïmporteerd. Verbeter het "
            "bestand, of importeer alleen de goede rijen (--accept-partial)."
        )
    new_rows = [row for row in plan.rows if row.outcome == "new"]
    if not new_rows:
        return ImportResult(0, None, len(plan.rows))
    made = backup() if backup is not None else None
    created = 0
    current: RowPlan | None = None
    try:
        with dossier.bulk(progress) as bulk:
            organisation_ids: dict[str, uuid.UUID] = {}
            for name in plan.new_organisations:
                organisation_ids[name] = bulk.create(
                    dossier.organisations,
                    OrganisationDraft(name_nl=name, org_kind=OrganisationKind.OTHER),
                )
                created += 1
            service: Any = {
                ImportKind.ORGANISATIONS: dossier.organisations,
                ImportKind.PERSONS: dossier.persons,
                ImportKind.MEETINGS: dossier.meetings,
            }[plan.kind]
            for current in new_rows:
                draft = current.draft
                if plan.kind is ImportKind.PERSONS:
                    draft = _with_position(draft, current.extra, organisation_ids)
                record_id = bulk.create(service, draft)
                created += 1
                contact = current.extra.get("last_contact")
                if contact is not None:
                    bulk.create(dossier.meetings, MeetingDraft(
                        held_on=contact,
                        meeting_kind=MeetingKind.OTHER,
                        title=f"Laatste contact met {_display(draft)}",
                        participants=(ParticipantDraft(ParticipantSide.THEIRS,
                                                       person_id=record_id),),
                        summary="Overgenomen uit de kolom 'Laatste contact' bij het importeren.",
                        common=draft.common,
                    ))
                    created += 1
            bulk.commit()
    except ValidationFailed as exc:
        lines = "; ".join(f"{human_field(e.field)}: {e.message}" for e in exc.errors)
        where = f"Rij {current.number}" if current is not None else "Een nieuwe organisatie"
        raise ImportRefused(
            f"{where} wordt geweigerd ({lines}); er is niets geïmporteerd."
        ) from exc
    return ImportResult(created, made, len(plan.rows) - len(new_rows))


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
