"""What pickers offer: candidate records for a typed text, read off the GUI thread.

Each function takes the opened `Dossier` and the typed text and returns `Choice`s; pickers run
them through `Operations.query` (never on the GUI thread).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.labels import label
from chinadossier.domain.pinyin import is_hanzi
from chinadossier.domain.queries import ListQuery
from chinadossier.domain.records import OrganisationRecord, PersonRecord, Ref
from chinadossier.ui.models.formatting import code_lang
from chinadossier.ui.widgets.chips import Choice

LIMIT = 8

Fetch = Callable[[Any, str], list[Choice]]


def _hanzi_of(text: str | None) -> str | None:
    if text and is_hanzi(text[0]):
        return text
    return None


def person_choice(p: PersonRecord) -> Choice:
    """A person as the picker shows them: 王伟 Wáng Wěi, Directeur · FAO Xinghe."""
    sub = None
    current = [pos for pos in p.positions if pos.ends is None] or list(p.positions)
    if current:
        pos = current[-1]
        where = pos.organisation or pos.authority
        sub = f"{pos.title} · {where.label}" if where else pos.title
    return Choice(RecordKind.PERSON, p.meta.id, p.display_name, p.hanzi, sub)


def organisation_choice(o: OrganisationRecord) -> Choice:
    """An organisation: its Dutch name; Hanzi and kind underneath."""
    sub = " · ".join(x for x in (o.hanzi, label(o.org_kind, code_lang())) if x)
    return Choice(RecordKind.ORGANISATION, o.meta.id, o.name_nl, o.hanzi, sub)


def ref_choice(ref: Ref) -> Choice:
    """Any record by its reference (label and display number)."""
    sub = f"{label(ref.kind, code_lang())} · {ref.display_no}"
    return Choice(ref.kind, ref.id, ref.label, _hanzi_of(ref.label), sub)


def _service(dossier: Any, kind: RecordKind) -> Any:
    return {
        RecordKind.PERSON: dossier.persons,
        RecordKind.ORGANISATION: dossier.organisations,
        RecordKind.AUTHORITY: dossier.authorities,
        RecordKind.TIE: dossier.ties,
        RecordKind.MEETING: dossier.meetings,
        RecordKind.DECISION: dossier.decisions,
        RecordKind.SOURCE: dossier.sources,
        RecordKind.RISK_NOTE: dossier.risk_notes,
        RecordKind.ACTION: dossier.actions,
    }[kind]


def _choice_of(dossier: Any, kind: RecordKind, record: Any) -> Choice:
    if kind is RecordKind.PERSON:
        return person_choice(record)
    if kind is RecordKind.ORGANISATION:
        return organisation_choice(record)
    if kind is RecordKind.AUTHORITY:
        return Choice(kind, record.meta.id, record.display_name, None, record.code)
    title = getattr(record, "title", None) or getattr(record, "what", "")
    return Choice(kind, record.meta.id, title, _hanzi_of(title), record.meta.display_no)


def records(kinds: Sequence[RecordKind]) -> Fetch:
    """Records of the given kinds matching the text (search index), or the first few."""

    def fetch(dossier: Any, text: str) -> list[Choice]:
        found: list[Choice] = []
        if not text.strip():
            for kind in kinds:
                page = _service(dossier, kind).list(ListQuery(limit=LIMIT))
                found.extend(_choice_of(dossier, kind, r) for r in page.items)
            return found[:LIMIT]
        hits = dossier.overview.search(text, kinds=tuple(kinds), limit=LIMIT)
        for hit in hits:
            ref = getattr(hit, "ref", hit)
            if ref.kind in (RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.AUTHORITY):
                found.append(_choice_of(dossier, ref.kind, _service(dossier, ref.kind).get(ref.id)))
            else:
                found.append(ref_choice(ref))
        return found

    return fetch


def places(dossier: Any, text: str) -> list[Choice]:
    """Chinese divisions from the reference data."""
    return [
        Choice(None, p.adcode, f"{p.hanzi} {p.pinyin}", p.hanzi, p.parent or p.name_en)
        for p in dossier.lookups.places(text, limit=LIMIT)
    ]


@dataclass(frozen=True, slots=True)
class PickerSource:
    """What a picker searches and whether it can create a missing record (texts are Dutch source
    strings marked with QT_TRANSLATE_NOOP; the picker shows `caption()`/`create_caption()`)."""

    title: str
    fetch: Fetch
    create_kind: RecordKind | None = None
    create_label: str = ""

    def caption(self) -> str:
        """The title in the interface language."""
        return QCoreApplication.translate("PickerSource", self.title)

    def create_caption(self) -> str:
        """The create entry in the interface language."""
        return QCoreApplication.translate("PickerSource", self.create_label)


PERSONS = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Personen"),
    records([RecordKind.PERSON]),
    RecordKind.PERSON,
    QT_TRANSLATE_NOOP("PickerSource", "Nieuwe persoon aanmaken…"),
)
ORGANISATIONS = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Organisaties"),
    records([RecordKind.ORGANISATION]),
    RecordKind.ORGANISATION,
    QT_TRANSLATE_NOOP("PickerSource", "Nieuwe organisatie aanmaken…"),
)
PARTIES_THEIRS = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Personen en organisaties"),
    records([RecordKind.PERSON, RecordKind.ORGANISATION]),
    RecordKind.PERSON,
    QT_TRANSLATE_NOOP("PickerSource", "Nieuwe persoon aanmaken…"),
)
PARTIES_OURS = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Personen en overheden"),
    records([RecordKind.PERSON, RecordKind.AUTHORITY]),
    RecordKind.PERSON,
    QT_TRANSLATE_NOOP("PickerSource", "Nieuwe persoon aanmaken…"),
)
AUTHORITIES = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Nederlandse overheden"), records([RecordKind.AUTHORITY]),
)
EMPLOYERS = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Organisaties en overheden"),
    records([RecordKind.ORGANISATION, RecordKind.AUTHORITY]),
    RecordKind.ORGANISATION,
    QT_TRANSLATE_NOOP("PickerSource", "Nieuwe organisatie aanmaken…"),
)
TIES = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Banden"), records([RecordKind.TIE]),
)
MEETINGS = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Contactmomenten"), records([RecordKind.MEETING]),
)
DECISIONS = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Besluiten"), records([RecordKind.DECISION]),
)
SOURCES = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Bronnen"),
    records([RecordKind.SOURCE]),
    RecordKind.SOURCE,
    QT_TRANSLATE_NOOP("PickerSource", "Nieuwe bron toevoegen…"),
)
PLACES = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Plaatsen (referentielijst)"), places,
)
SUBJECTS = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Banden, organisaties en personen"),
    records([RecordKind.TIE, RecordKind.ORGANISATION, RecordKind.PERSON]),
)
LINKABLE = PickerSource(
    QT_TRANSLATE_NOOP("PickerSource", "Records"),
    records(
        [
            RecordKind.TIE,
            RecordKind.ORGANISATION,
            RecordKind.PERSON,
            RecordKind.MEETING,
            RecordKind.RISK_NOTE,
            RecordKind.DECISION,
        ]
    ),
)


def choice_for_ref(ref: Ref) -> Choice:
    """A chip for a record a loaded record points at."""
    deleted = QCoreApplication.translate("PickerSource", " (verwijderd)") if ref.deleted else ""
    return Choice(ref.kind, ref.id, ref.label + deleted,
                  _hanzi_of(ref.label), ref.display_no)


def ids_of(choices: Sequence[Choice], kind: RecordKind | None = None) -> tuple[uuid.UUID, ...]:
    """The record ids of chips (of one kind if given)."""
    return tuple(c.id for c in choices if kind is None or c.kind is kind)
