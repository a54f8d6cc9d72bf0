"""What OTHER records hold of a person being anonymised (db.erasure), found and erased.

- Audit payloads of other records that name the person (their number or id) and hold one of
  their personal values: the kept record's entries of a merge and its undo (the values the
  kept record took over from the person, the e-mail addresses shown side by side), a contact
  moment's entries with the title written from the person's name. A payload cannot be
  rewritten (its hash is in the audit chain), so it is blanked like the person's own (payload
  NULL, erased_at set); the entry stays and the erasure entry lists it.
- The undo copies (`record_merge.rows_before`) of other merges that hold rows of the person
  (their functions at a merged organisation): deleted, as those of the person's own merges —
  an undo would otherwise put the erased rows back.
- Text the program wrote from the person's name — the title "Laatste contact met Piet
  Jansen" of the contact moment an import made — is written anew without the name ("Laatste
  contact met geanonimiseerde persoon"): the record, a new audit entry and its search entry.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from chinadossier.db.models import AuditEntry, AuditPayload, Meeting, Person, RecordMerge
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.codes import AuditAction
from chinadossier.domain.generated_text import LAST_CONTACT_PREFIX, last_contact_title


def personal_values(person: Person) -> list[str]:
    """The person's personal values as text (read before they are blanked)."""
    values: list[str] = []
    for name in ("family_name", "given_name", "hanzi", "pinyin", "notes", "sort_key"):
        value = getattr(person, name)
        if value:
            values.append(str(value))
    for name in ("aliases", "emails", "phones", "postal_addresses"):
        values.extend(_items(getattr(person, name)))
    full = " ".join(p for p in (person.given_name, person.tussenvoegsel, person.family_name) if p)
    if full:
        values.append(full)
    return [v for v in dict.fromkeys(v.strip() for v in values) if len(v) >= 2]


def _items(stored: str | None) -> list[str]:
    if not stored:
        return []
    try:
        loaded = json.loads(stored)
    except ValueError:
        return [line for line in stored.splitlines() if line.strip()]
    if isinstance(loaded, list):
        return [str(item) if not isinstance(item, dict) else json.dumps(item, ensure_ascii=False)
                for item in loaded if item]
    return [str(loaded)]


def _pattern(values: Iterable[str]) -> re.Pattern[str] | None:
    """Any of the values as a whole word (case-folded)."""
    parts = [rf"(?<!\w){re.escape(v.casefold())}(?!\w)" for v in values]
    return re.compile("|".join(parts)) if parts else None


def other_payloads(session: Session, person_id: uuid.UUID, display_no: str,
                   values: list[str]) -> list[int]:
    """Sequence numbers of other records' audit payloads that name the person (number or id)
    and hold one of their personal values."""
    pattern = _pattern(values)
    if pattern is None:
        return []
    payload = AuditPayload.payload
    rows = session.execute(
        select(AuditEntry.seq, payload)
        .join(AuditPayload, AuditPayload.entry_seq == AuditEntry.seq)
        .where(AuditEntry.record_id != person_id, payload.is_not(None),
               (func.instr(payload, f'"{display_no}"') > 0)
               | (func.instr(payload, person_id.hex) > 0))
    ).all()
    return [seq for seq, text in rows if text and pattern.search(_unescaped(text).casefold())]


def _unescaped(text: str) -> str:
    # Lists of e-mail addresses are stored as JSON text inside the JSON payload.
    return text.replace('\\"', '"').replace("\\\\", "\\")


def drop_other_merge_copies(session: Session, person_id: uuid.UUID) -> int:
    """Delete the undo copies of other merges that hold rows of the person; how many."""
    result = session.execute(
        delete(RecordMerge).where(func.instr(RecordMerge.rows_before, person_id.hex) > 0))
    return int(getattr(result, "rowcount", 0) or 0)


def rename_generated_titles(uow: UnitOfWork, session: Session, person_id: uuid.UUID,
                            values: list[str], anonymised_name: str) -> list[Meeting]:
    """Write the titles the program made from the person's name anew without it; the contact
    moments changed."""
    from chinadossier.db.models import MeetingParticipant

    pattern = _pattern(values)
    if pattern is None:
        return []
    meetings = session.scalars(
        select(Meeting).join(MeetingParticipant, MeetingParticipant.meeting_id == Meeting.id)
        .where(MeetingParticipant.person_id == person_id,
               Meeting.title.startswith(LAST_CONTACT_PREFIX, autoescape=True))
    ).unique().all()
    changed = []
    new_title = last_contact_title(anonymised_name)
    for meeting in meetings:
        named = meeting.title[len(LAST_CONTACT_PREFIX):]
        if meeting.title == new_title or not pattern.search(named.casefold()):
            continue
        meeting.title = new_title
        uow.records._stamp(meeting)  # noqa: SLF001 - one new version, stamped like any change
        # The old title is not repeated in the entry: it names the person.
        uow.touched(meeting, AuditAction.UPDATE, {"title": (None, new_title)})
        changed.append(meeting)
    return changed
