"""Undoing this session's recent actions through the services (Ctrl+Z, issue #8).

Each undo is a new, audited change made by the ordinary services, never a rewrite of history:

- a record created: moved to the Prullenbak (`delete`), as long as nobody changed it since (a
  contact moment with the follow-up actions saved with it that nobody changed since);
- an edit: the record's previous values saved again (`edit` with the draft of the record as it
  was before), against the version the edit left, so a change made since is refused;
- a tag added to records: taken off again (`TagService.remove`), against the versions the add
  left.

A refusal is a `Conflict` with a Dutch message saying what changed and that nothing was undone.
The audit entries an undo writes carry its mark (`undoing`, db.undo_mark), so the record's
history says "Ongedaan gemaakt: …" instead of showing an ordinary change.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chinadossier.db.undo_mark import undoing as undoing
from chinadossier.domain import drafts
from chinadossier.domain.changes import Changes
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import Conflict, NotFound
from chinadossier.domain.history import UndoOf
from chinadossier.domain.queries import ListQuery
from chinadossier.services.importing_updates import common_of, draft_of

#: The Dossier attribute of each kind's service.
SERVICES: dict[RecordKind, str] = {
    RecordKind.AUTHORITY: "authorities",
    RecordKind.ORGANISATION: "organisations",
    RecordKind.PERSON: "persons",
    RecordKind.TIE: "ties",
    RecordKind.MEETING: "meetings",
    RecordKind.ACTION: "actions",
    RecordKind.DECISION: "decisions",
    RecordKind.SOURCE: "sources",
    RecordKind.RISK_NOTE: "risk_notes",
    RecordKind.RISK_CATEGORY: "risk_categories",
}

#: Kinds whose draft holds exactly the record's own fields under the same names.
_PLAIN_DRAFTS: dict[RecordKind, type[Any]] = {
    RecordKind.AUTHORITY: drafts.AuthorityDraft,
    RecordKind.ACTION: drafts.ActionDraft,
    RecordKind.SOURCE: drafts.SourceDraft,
    RecordKind.RISK_CATEGORY: drafts.RiskCategoryDraft,
}


@dataclass(frozen=True, slots=True)
class Reverted:
    """What an undo did: the records as they now are, and what changed."""

    kind: RecordKind | None
    records: tuple[Any, ...]
    changes: Changes


def can_revert_edit(kind: RecordKind) -> bool:
    """Whether an edit of this kind can be undone (its record converts back to a draft)."""
    return kind in SERVICES


def previous_draft(kind: RecordKind, record: Any) -> Any:
    """The draft that saves `record` again with all its values."""
    plain = _PLAIN_DRAFTS.get(kind)
    if plain is None:
        return draft_of(record)
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(plain)
              if f.name != "common"}
    return plain(**values, common=common_of(record.meta))


def _changed_since(current: Any, expected_version: int, what: str) -> Conflict:
    meta = current.meta
    return Conflict(
        f"{what} kan niet ongedaan worden gemaakt: {meta.display_no} is daarna nog gewijzigd "
        f"(nu versie {meta.version}, na uw actie versie {expected_version}). Er is niets "
        "teruggedraaid.",
        current,
    )


def _current(service: Any, record_id: uuid.UUID) -> Any:
    try:
        return service.get(record_id)
    except NotFound as exc:
        raise NotFound("Ongedaan maken kan niet: het record bestaat niet meer.") from exc


def undo_create(dossier: Any, kind: RecordKind, created: Any) -> Reverted:
    """Move a record this session created to the Prullenbak, if unchanged since."""
    service = getattr(dossier, SERVICES[kind])
    current = _current(service, created.meta.id)
    version = created.meta.version
    if current.meta.version != version:
        raise _changed_since(current, version, "Het aanmaken")
    if current.meta.deleted:
        raise NotFound(f"{current.meta.display_no} staat al in de prullenbak.")
    with undoing(UndoOf.CREATE):
        result = service.delete(created.meta.id, expected_version=version)
        records, changes = [result.record], [result.changes]
        if kind is RecordKind.MEETING:  # the follow-up actions saved with it, if untouched
            query = ListQuery(filters={"meeting_id": created.meta.id}, limit=500)
            for action in dossier.actions.list(query).items:
                if action.meta.version == 1:
                    gone = dossier.actions.delete(action.meta.id, expected_version=1)
                    changes.append(gone.changes)
    return Reverted(kind, tuple(records), Changes().merge(*changes))


def undo_edit(dossier: Any, kind: RecordKind, before: Any, after: Any) -> Reverted:
    """Save the values `before` had again over `after` (the edit's result), if unchanged since.

    A new version with its own audit entry; the history keeps both the edit and its undo.
    """
    service = getattr(dossier, SERVICES[kind])
    current = _current(service, after.meta.id)
    version = after.meta.version
    if current.meta.version != version:
        raise _changed_since(current, version, "De wijziging")
    with undoing(UndoOf.EDIT):
        result = service.edit(after.meta.id, previous_draft(kind, before),
                              expected_version=version)
    return Reverted(kind, (result.record,), result.changes)


@dataclass(frozen=True, slots=True)
class Tagged:
    """What `add_tag` did: TagService.add's answer and what its undo needs."""

    record: tuple[uuid.UUID, ...]
    """The ids that got the tag (as `Result.record` of TagService.add)."""
    changes: Changes
    tag: str
    tagged: tuple[tuple[uuid.UUID, int], ...]
    """(id, version the add left) of each record that got the tag."""


def add_tag(dossier: Any, records: Sequence[tuple[uuid.UUID, int]], tag: str) -> Tagged:
    """`TagService.add`, and the versions it left for its undo (each write adds one to a
    record's version)."""
    result = dossier.tags.add(records, tag)
    seen = dict(records)
    tagged = tuple((record_id, seen[record_id] + 1) for record_id in result.record)
    return Tagged(tuple(result.record), result.changes, tag.strip().lstrip("#"), tagged)


def undo_tag(dossier: Any, tagged: Sequence[tuple[uuid.UUID, int]], tag: str) -> Reverted:
    """Take a tag off the records an add gave it to, if none of them changed since."""
    try:
        with undoing(UndoOf.TAG):
            result = dossier.tags.remove(tagged, tag)
    except Conflict as exc:
        meta = exc.current.meta
        raise Conflict(
            f"Het toevoegen van de tag '{tag}' kan niet ongedaan worden gemaakt: "
            f"{meta.display_no} is daarna nog gewijzigd. Er is niets teruggedraaid.",
            exc.current,
        ) from exc
    return Reverted(None, tuple(result.record), result.changes)
