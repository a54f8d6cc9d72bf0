"""Import rows that look like a record already in the case file: merge, create as new, or skip.

The preview marks a row of organisations or persons "mogelijk dubbel" when its name comes close
to a record's without being the same (thresholds in docs/import.md), or names the same person at
another organisation. Such a row is skipped unless the user chooses otherwise, per row:

- **samenvoegen** — side by side, per field, the record's value (A) or the row's (B); the row
  becomes an update of the record with the chosen values (lists such as e-mail addresses gain
  the row's entries), written by the import in its one transaction, after its backup;
- **als nieuw** — the row becomes a new record, as if nothing had resembled it;
- **overslaan** — the default: nothing is written for the row.

The preview also notices when a row names two different records of the case file as the same
one — its name is one organisation's and its Chinese name another's, or its Hanzi one person's
and its romanised name another's. Those two are probably one: the preview offers the merge of
existing records (services.merging: side by side, backup first, exact undo), after which the
file is checked again.

The choices are a pure function of the first preview: `apply_choices(dossier, plan, choices)`
gives the plan the import commits, so changing one's mind is just choosing again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from chinadossier.domain import plural
from chinadossier.domain.codes import OrganisationKind, ParticipantSide, RecordKind
from chinadossier.domain.drafts import Common, ParticipantDraft
from chinadossier.domain.errors import ChinadossierError, human_field
from chinadossier.domain.matching import match_key
from chinadossier.domain.merge import DuplicatePair, MergeField, MergePreview, MergeSide, Side
from chinadossier.interchange.columns import ImportKind
from chinadossier.interchange.names import split_name
from chinadossier.interchange.rows import ParsedRow
from chinadossier.services.importing.known import person_alias_keys
from chinadossier.services.importing.name_text import (
    alias_texts,
    bare_name,
    person_key,
)
from chinadossier.services.importing_updates import FREE_TEXT, FieldChange, draft_of, overlay

if TYPE_CHECKING:
    from chinadossier.services.dossier import Dossier
    from chinadossier.services.importing import ImportPlan, RowPlan

Choice = Literal["skip", "new", "merge"]
CHOICE_LABELS: Mapping[Choice, str] = {
    "skip": "overslaan",
    "new": "als nieuw toevoegen",
    "merge": "samenvoegen",
}
MERGEABLE = (ImportKind.ORGANISATIONS, ImportKind.PERSONS)
_SIMILAR_ID = "similar_id"
"""extra key of a "mogelijk dubbel" row: the id of the record it resembles."""
_NEW_ORGANISATIONS = "similar_new_organisations"
"""extra key of a "mogelijk dubbel" row: the organisations it would create as new (name → (id,
draft)); its positions link to those ids."""
_LISTS = ("emails", "phones", "postal_addresses", "positions", "tags", "aliases")
"""Fields where the row's value adds to the record's: merging proposes them (`aliases`: the
row's spelling of the name joins the record's other spellings)."""


class ChoiceRefused(ChinadossierError):
    """A row cannot be imported as chosen (Dutch message naming the row and the field)."""


@dataclass(frozen=True, slots=True)
class RowChoice:
    """What the user chose for one "mogelijk dubbel" row; `fields` for a merge (field → side)."""

    choice: Choice
    fields: Mapping[str, Side] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RecordsAsOne:
    """Two records of the case file that one row of the file names as the same."""

    row: int
    pair: DuplicatePair
    reason: str
    """In Dutch: what of the row points at which record."""


# --- while planning (called by services.importing.plan_import) ---------------------------------


class _Unmatched:
    """The case file as a planner sees it, without the records a row of its own kind could
    match: the planner then plans the row as a new record (its draft, its extra)."""

    def __init__(self, known: Any, kind: ImportKind) -> None:
        self._known = known
        self._kind = kind

    def __getattr__(self, name: str) -> Any:
        return getattr(self._known, name)

    def organisation(self, name: str, hanzi: str | None = None) -> tuple[float, Any]:
        if self._kind is ImportKind.ORGANISATIONS:
            return 0.0, None
        found: tuple[float, Any] = self._known.organisation(name, hanzi)
        return found  # a person's employer still resolves

    def person(self, _key: Any) -> tuple[float, Any]:
        return 0.0, None


def with_alternatives(
    plans: list[RowPlan],
    parsed: Sequence[ParsedRow],
    kind: ImportKind,
    known: Any,
    planner: Callable[[ParsedRow, Any, Any], RowPlan],
    new_seen: Callable[[], Any],
) -> list[RowPlan]:
    """Give every "mogelijk dubbel" row of organisations or persons the draft it would be
    created with (its `planner` with a fresh `new_seen()` and a view of the case file without
    the records of its kind) and the id of the record it resembles, so the preview can offer
    "als nieuw" and "samenvoegen"."""
    if kind not in MERGEABLE:
        return plans
    by_number = {row.number: row for row in parsed}
    unmatched = _Unmatched(known, kind)
    out = []
    for plan in plans:
        if plan.outcome == "similar" and plan.match and plan.number in by_number:
            found = known.by_number.get(plan.match.upper())
            seen = new_seen()
            fresh = planner(by_number[plan.number], seen, unmatched)
            if found is not None and fresh.outcome == "new":
                made = {name: (seen.organisation_ids[name], seen.organisation_drafts[name])
                        for name in seen.new_organisations}
                plan = dataclasses.replace(plan, draft=fresh.draft, extra={
                    **fresh.extra, _SIMILAR_ID: found[1], _NEW_ORGANISATIONS: made})
        out.append(plan)
    return out


def records_as_one(parsed: Sequence[ParsedRow], kind: ImportKind, known: Any
                   ) -> tuple[RecordsAsOne, ...]:
    """Rows whose name points at one record and whose Chinese name at another."""
    if kind not in MERGEABLE:
        return ()
    found: list[RecordsAsOne] = []
    seen: set[frozenset[uuid.UUID]] = set()
    for row in parsed:
        values = row.values
        hanzi = values.get("hanzi")
        if not hanzi or row.errors:
            continue
        # Exact look-ups only (dictionaries): this runs for every row with Hanzi.
        if kind is ImportKind.ORGANISATIONS:
            name = values.get("name") or ""
            by_name = _one(known.organisations.exact(match_key(name)))
            by_hanzi = known.organisation_by_hanzi.get(hanzi)
            what, record_kind = "organisatie", RecordKind.ORGANISATION
        else:
            name = values.get("name") or " ".join(
                p for p in (values.get("given_name"), values.get("family_name")) if p)
            by_name = _exact_person(known, name) if name else None
            by_hanzi = _one(known.persons.exact(match_key(hanzi)))
            what, record_kind = "persoon", RecordKind.PERSON
        if by_name is None or by_hanzi is None or by_name.meta.id == by_hanzi.meta.id:
            continue
        key = frozenset((by_name.meta.id, by_hanzi.meta.id))
        if key in seen:
            continue
        seen.add(key)
        a, b = by_name, by_hanzi
        pair = DuplicatePair(record_kind, a.meta.id, a.meta.display_no, _title(a),
                             b.meta.id, b.meta.display_no, _title(b), 100.0)
        reason = (f"Rij {row.number} noemt {a.meta.display_no} (de naam '{name}') en "
                  f"{b.meta.display_no} (de Chinese naam '{hanzi}'): waarschijnlijk één {what}.")
        found.append(RecordsAsOne(row.number, pair, reason))
    return tuple(found)


def _one(found: Any) -> Any:
    """A record from a name index, or None (also for a name several records share)."""
    return found if hasattr(found, "meta") else None


def _exact_person(known: Any, text: str) -> Any:
    """The person a romanised name names exactly ("Wang Wei", "Jansen, Piet"), or None."""
    split = split_name(text)
    for key in (match_key(" ".join(p for p in (split.family_name, split.given_name) if p)),
                match_key(text)):
        found = _one(known.persons.exact(key))
        if found is not None:
            return found
    return None


def _title(record: Any) -> str:
    return str(getattr(record, "display_name", None) or getattr(record, "name_nl", ""))


# --- in the preview -----------------------------------------------------------------------------


def similar_rows(plan: ImportPlan) -> tuple[RowPlan, ...]:
    """The rows the user can choose for (a draft and a resembled record known)."""
    return tuple(row for row in plan.rows if row.outcome == "similar" and _SIMILAR_ID in row.extra)


def _row(plan: ImportPlan, number: int) -> RowPlan:
    for row in plan.rows:
        if row.number == number and row.outcome == "similar" and _SIMILAR_ID in row.extra:
            return row
    raise ChoiceRefused(f"Rij {number} is geen mogelijk dubbel record.")


def _service(dossier: Dossier, plan: ImportPlan) -> Any:
    return dossier.organisations if plan.kind is ImportKind.ORGANISATIONS else dossier.persons


def _row_values(row: RowPlan) -> dict[str, Any]:
    """What the row gives, as draft field → value (an update's `given`)."""
    draft = row.draft
    skip = {"common", "name_order", "positions"}
    given: dict[str, Any] = {}
    for name in draft.__dataclass_fields__:
        value = getattr(draft, name)
        if name in skip or value is None or value == () or value == "":
            continue
        if name == "org_kind" and value is OrganisationKind.OTHER:
            continue  # the default of a row without a kind, not something the row says
        given[name] = value
    if "family_name" in given:
        given["name_order"] = draft.name_order  # the name is read in its own order
    if draft.common.classification is not None:
        given["classification"] = draft.common.classification
    if draft.common.tags:
        given["tags"] = tuple(draft.common.tags)
    positions = getattr(draft, "positions", ())
    if positions:
        # Also a function at an organisation the case file lacks: the import creates that
        # organisation first (apply_choices), as it does for a new person.
        given["positions"] = tuple(positions)
    return given


def _merge_values(plan: ImportPlan, row: RowPlan, record: Any) -> dict[str, Any]:
    """What merging the row into `record` can give: the row's values, and the row's spelling
    of the name as another spelling of the record (so the next import of the same file finds
    the record by that name: "bestaat al", not "mogelijk dubbel" again)."""
    given = _row_values(row)
    alias = _alias(plan.kind, row.label, record)
    if alias is not None:
        given["aliases"] = alias
    return given


def _alias(kind: ImportKind, name: str, record: Any) -> str | None:
    """The record's other spellings with `name` added; None when the record has that name
    already (by any of its names or other spellings)."""
    name = name.strip()
    if not name:
        return None
    others = alias_texts(record.aliases)
    if kind is ImportKind.ORGANISATIONS:
        theirs = {match_key(n).words for n in (record.name_nl, bare_name(record.name_nl),
                                               record.name_en, record.hanzi, *others) if n}
        ours = {match_key(name).words}
    else:
        theirs = {person_key(record).words} | {
            key.words for n in (record.display_name, *others) for key in person_alias_keys(n)}
        ours = {key.words for key in person_alias_keys(name)}
    if ours & theirs:
        return None
    return "\n".join((*others, name))


def _contact_text(day: dt.date) -> str:
    return f"contactmoment op {day:%d-%m-%Y}"


def _contact_days(dossier: Dossier, record: Any) -> list[dt.date]:
    """The days of the contact moments the case file has with the person, oldest first."""
    return sorted(day for _person, day in dossier.meetings.contact_days([record.meta.id]))


def _contacts_text(days: Sequence[dt.date]) -> str:
    """The record's side of "Laatste contact" in the merge dialog: its contact moments."""
    if not days:
        return "(geen contactmoment)"
    return (f"{plural.count(len(days), 'contactmoment', 'contactmomenten')}, het laatste op "
            f"{days[-1]:%d-%m-%Y}")


def merge_preview(dossier: Dossier, plan: ImportPlan, number: int) -> MergePreview:
    """Side by side: the record the row resembles (A, kept) and the row (B), per field that
    differs, with a proposal: the row's value where the record has none, the record's own
    otherwise; lists gain the row's entries."""
    row = _row(plan, number)
    record = _service(dossier, plan).get(row.extra[_SIMILAR_ID])
    given = _merge_values(plan, row, record)
    _draft, changes = overlay(draft_of(record), given)
    fields = []
    for change in changes:
        if change.field == "name_order":
            continue  # follows the family name (apply_choices): a name is read in its own order
        empty = change.old == "(leeg)"
        choice: Side = "b" if empty or change.field in _LISTS else "a"
        both = ""
        if change.field in FREE_TEXT and not empty:
            # Free text an official wrote: both kept (the record's, then the row's) is
            # offered and proposed, as an update of a matched record does.
            _kept, added = overlay(draft_of(record), {change.field: given[change.field]},
                                   keep_text=True)
            if added:
                both, choice = added[0].new, "both"
        fields.append(MergeField(change.field, change.label, change.old, change.new, choice,
                                 both))
    contact = row.extra.get("last_contact")
    if contact is not None:
        days = _contact_days(dossier, record)
        # A contact moment with the person that day is there already: nothing to add (the
        # rule of an update, "a contact moment unless one exists that day").
        if contact.held_on not in days:
            fields.append(MergeField("last_contact", "Laatste contact", _contacts_text(days),
                                     _contact_text(contact.held_on), "b"))
    meta = record.meta
    kind = RecordKind.ORGANISATION if plan.kind is ImportKind.ORGANISATIONS else RecordKind.PERSON
    return MergePreview(
        kind=kind,
        a=MergeSide(meta.id, meta.display_no, _title(record), meta.version, meta.updated_at),
        b=MergeSide(uuid.UUID(int=number), f"rij {number}", row.label, 0,
                    dt.datetime.min.replace(tzinfo=dt.UTC)),
        fields=tuple(fields),
        links=(),
    )


def apply_choices(dossier: Dossier, plan: ImportPlan, choices: Mapping[int, RowChoice]
                  ) -> ImportPlan:
    """The plan with the user's choices for its "mogelijk dubbel" rows (row number → choice).

    Raises:
        ChoiceRefused: a row chosen "als nieuw" that the services would refuse, or a row that is
            not a "mogelijk dubbel" (Dutch message naming the row and the field).
    """
    service = _service(dossier, plan)
    rows = list(plan.rows)
    new_organisations = list(plan.new_organisations)
    drafts = dict(plan.organisation_drafts)
    ids = dict(plan.organisation_ids)
    for number, chosen in sorted(choices.items()):
        row = _row(plan, number)
        index = rows.index(row)
        if chosen.choice == "skip":
            continue
        extra = {k: v for k, v in row.extra.items() if k not in (_SIMILAR_ID, _NEW_ORGANISATIONS)}
        if chosen.choice == "new":
            draft = row.draft
            for name, (made_id, made_draft) in row.extra[_NEW_ORGANISATIONS].items():
                if name in ids:  # another row creates it already: link to that one
                    draft = _relinked(draft, made_id, ids[name])
                else:
                    new_organisations.append(name)
                    drafts[name], ids[name] = made_draft, made_id
            errors = service.check_many(
                [draft], [None], assume={RecordKind.ORGANISATION: list(ids.values())}
            ).checked[0].errors
            if errors:
                reasons = "; ".join(f"{human_field(e.field)}: {e.message}" for e in errors)
                raise ChoiceRefused(f"Rij {number} kan niet als nieuw worden toegevoegd "
                                    f"({reasons}).")
            rows[index] = dataclasses.replace(row, outcome="new", match=None, draft=draft,
                                              extra=extra)
            continue
        record = service.get(row.extra[_SIMILAR_ID])
        # Another row of the file updates this record already (it names it exactly, or was
        # merged into it before): this row's values go on top of that row's, and that row
        # writes both (two updates of one record in one import would conflict).
        other = next((i for i, r in enumerate(rows) if i != index and r.outcome == "update"
                      and r.draft is not None and r.record is not None
                      and r.record.meta.id == record.meta.id), None)
        base = rows[other].draft if other is not None else draft_of(record)
        values = _merge_values(plan, row, record)
        given = {k: v for k, v in values.items()
                 if chosen.fields.get(k) == "b"
                 or (k == "name_order" and chosen.fields.get("family_name") == "b")}
        for name in FREE_TEXT & {k for k, side in chosen.fields.items() if side == "both"}:
            if name in values:  # the record's text, then the row's as a new paragraph
                kept, added = overlay(base, {name: values[name]}, keep_text=True)
                if added:
                    given[name] = getattr(kept, name)
        keep: dict[str, Any] = {}
        if "positions" in given:
            # A function at an organisation the case file lacks: the import creates it first
            # (once, also when another row creates it too).
            positions = given["positions"]
            for name, (made_id, made_draft) in row.extra[_NEW_ORGANISATIONS].items():
                if not any(p.organisation_id == made_id for p in positions):
                    continue
                if name in ids:
                    positions = tuple(dataclasses.replace(p, organisation_id=ids[name])
                                      if p.organisation_id == made_id else p for p in positions)
                else:
                    new_organisations.append(name)
                    drafts[name], ids[name] = made_draft, made_id
                keep["organisation_name"] = name
            given["positions"] = positions
        # On top of another row's update, that row's free text stays and this row's is added.
        draft, changes = overlay(base, given, keep_text=other is not None)
        contact = extra.get("last_contact")
        days = _contact_days(dossier, record) if contact is not None else []
        if (contact is not None and contact.held_on not in days
                and chosen.fields.get("last_contact", "b") == "b"):
            # A contact moment on that date with the record (the import writes it), as
            # classified as the record; nothing else of the record's (tags, sources) goes along.
            keep["last_contact"] = dataclasses.replace(
                contact, title=f"Laatste contact met {_title(record)}",
                participants=(ParticipantDraft(ParticipantSide.THEIRS,
                                               person_id=record.meta.id),),
                common=Common(classification=record.meta.classification))
            changes = (*changes, FieldChange("last_contact", "Laatste contact",
                                             _contacts_text(days),
                                             _contact_text(contact.held_on)))
        if not changes:
            rows[index] = dataclasses.replace(row, outcome="exists", draft=None, extra={},
                                              match=record.meta.display_no)
            continue
        if draft is not None and len(changes) > ("last_contact" in keep):
            errors = service.check_many(
                [draft], [record], assume={RecordKind.ORGANISATION: list(ids.values())}
            ).checked[0].errors
            if errors:
                reasons = "; ".join(f"{human_field(e.field)}: {e.message}" for e in errors)
                raise ChoiceRefused(f"Rij {number} kan niet zo worden samengevoegd ({reasons}).")
        else:
            draft = None  # only the contact moment: the record itself stays as it is
        if other is not None and draft is not None:
            rows[other] = dataclasses.replace(rows[other], draft=draft)
            draft = None  # written by the other row, once
        rows[index] = dataclasses.replace(row, outcome="update", draft=draft, changes=changes,
                                          record=record, extra=keep,
                                          match=record.meta.display_no)
    return dataclasses.replace(plan, rows=tuple(rows), new_organisations=tuple(new_organisations),
                               organisation_drafts=drafts, organisation_ids=ids)


def _relinked(draft: Any, old: uuid.UUID, new: uuid.UUID) -> Any:
    """A person draft whose positions at organisation `old` are at `new` instead."""
    positions = tuple(dataclasses.replace(p, organisation_id=new) if p.organisation_id == old
                      else p for p in draft.positions)
    return dataclasses.replace(draft, positions=positions)


def choose_for_all(dossier: Dossier, plan: ImportPlan, choice: Choice) -> ImportPlan:
    """The plan with one choice for every "mogelijk dubbel" row (the command line's
    `--duplicates`): "merge" takes the merge dialog's proposal per field (the row's value where
    the record has none, the record's own otherwise; lists gain the row's entries), as
    Samenvoegen in the wizard does when nothing is changed; "skip" leaves the plan as it is.

    Raises:
        ChoiceRefused: a row the services would refuse as chosen (Dutch, naming row and field).
    """
    if choice == "skip":
        return plan
    choices: dict[int, RowChoice] = {}
    for row in similar_rows(plan):
        if choice == "new":
            choices[row.number] = RowChoice("new")
        else:
            proposal = merge_preview(dossier, plan, row.number)
            choices[row.number] = RowChoice("merge", proposal.choices())
    return apply_choices(dossier, plan, choices) if choices else plan
