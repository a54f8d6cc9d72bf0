"""The columns of every list: header, width, what a cell shows, and which service sort it uses.

A column is sortable only when a service sort backs it (`sorts`: the sort for ascending and for
descending order; either may be missing, then a click gives the one that exists).
Cells that are chips or count pills carry a `chip` (variant, code) that the cell delegate paints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from chinadossier.domain.codes import (
    Classification,
    MeetingKind,
    ParticipantSide,
    RecordKind,
    RiskStatus,
    TieStatus,
)
from chinadossier.ui.models import case_today
from chinadossier.ui.models.formatting import (
    code_label,
    date_text,
    datetime_text,
    hanzi_pinyin,
    kind_label,
    record_label,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate reads _tr as QT_TR_NOOP (no context)


@dataclass(frozen=True)
class Column:
    """One column of a list."""

    key: str
    header: Callable[[], str]
    text: Callable[[Any], str]
    width: int = 120
    stretch: bool = False
    hidden: bool = False
    sort_asc: str | None = None
    sort_desc: str | None = None
    chip: Callable[[Any], tuple[str, str] | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    fit: Callable[[], tuple[str, ...]] | None = None
    """Texts the column must show in full (dates, chip labels, numbers): its width never goes
    below what they need in the font on screen (ui.pages.column_fit), whatever `width` says."""

    @property
    def sortable(self) -> bool:
        """Whether a service sort backs this column."""
        return bool(self.sort_asc or self.sort_desc)


def day_fit() -> tuple[str, ...]:
    """A day's date: dd-mm-jjjj."""
    return ("30-12-2026",)


def date_fit() -> tuple[str, ...]:
    """The widest forms a partial date cell takes (dd-mm-jjjj, a month, circa)."""
    return ("30-12-2026", "ca. 30-12-2026", "september 2026")


def _labels_of(codes: Any) -> Callable[[], tuple[str, ...]]:
    return lambda: tuple(code_label(c) for c in codes)


def _classification(width: int = 124) -> Column:
    return Column(
        "classification",
        lambda: _tr("Classificatie"),
        lambda r: code_label(r.meta.classification),
        width=width,
        chip=lambda r: ("classification", r.meta.classification.value),
        fit=_labels_of(Classification),
    )


def _number() -> Column:
    return Column("display_no", lambda: _tr("Nummer"), lambda r: r.meta.display_no, width=110,
                  hidden=True, fit=lambda: ("CM-2026-00000",))


def _tags() -> Column:
    return Column("tags", lambda: _tr("Tags"), lambda r: " ".join(f"#{t}" for t in r.meta.tags),
                  width=120, hidden=True)


def _updated() -> Column:
    return Column("updated", lambda: _tr("Gewijzigd"),
                  lambda r: datetime_text(r.meta.updated_at), width=120, hidden=True,
                  fit=lambda: ("30-12-2026 23:59",))


def ref_text(ref: Any) -> str:
    """A linked record's label; one in the Prullenbak says so ("Beijing (stad) (verwijderd)")."""
    if ref is None:
        return ""
    return _tr("{0} (verwijderd)").format(ref.label) if getattr(ref, "deleted", False) else str(
        ref.label)


def _parties(record: Any, side: ParticipantSide, kind: RecordKind) -> list[str]:
    return [
        ref_text(p.party)
        for p in record.participants
        if p.side is side and p.party.kind is kind
    ]


def _participant_names(record: Any) -> list[str]:
    """Who took part, as the Deelnemers column lists them: their persons first, then ours, then
    any other party the Organisatie column (their organisations) does not show already (our
    organisations, Dutch authorities). A contact moment with only our own colleague and their
    organisation had an empty column."""
    theirs, ours = ParticipantSide.THEIRS, ParticipantSide.OURS
    names = _parties(record, theirs, RecordKind.PERSON) + _parties(
        record, ours, RecordKind.PERSON)
    names += [ref_text(p.party) for p in record.participants
              if p.party.kind is not RecordKind.PERSON
              and not (p.side is theirs and p.party.kind is RecordKind.ORGANISATION)]
    return names


def _first_plus(names: list[str]) -> str:
    if not names:
        return ""
    return names[0] if len(names) == 1 else f"{names[0]} +{len(names) - 1}"


def _actions_text(record: Any) -> str:
    summary = getattr(record, "open_actions", None)
    return str(summary.count) if summary else "—"


def _actions_chip(record: Any) -> tuple[str, str] | None:
    summary = getattr(record, "open_actions", None)
    if not summary:
        return None
    return ("count", "overdue" if summary.overdue else "open")


def _actions_tooltip(record: Any) -> str:
    summary = getattr(record, "open_actions", None)
    if not summary:
        return _tr("Geen open vervolgacties")
    text = _tr("{0} open vervolgacties").format(summary.count) if summary.count != 1 else _tr(
        "1 open vervolgactie")
    if summary.next_due is not None:
        text += " · " + _tr("eerstvolgende {0}").format(date_text(summary.next_due))
    if summary.overdue:
        text += " · " + _tr("{0} te laat").format(summary.overdue)
    return text


def _meeting_columns() -> list[Column]:
    theirs = ParticipantSide.THEIRS
    return [
        Column("held_on", lambda: _tr("Datum"), lambda r: date_text(r.held_on), width=88,
               fit=day_fit, sort_asc="date_asc", sort_desc="date"),
        # whole ("Videogesprek", not "Videoge…"): the text columns beside it give way instead
        Column("kind", lambda: _tr("Soort"), lambda r: code_label(r.meeting_kind), width=100,
               fit=_labels_of(MeetingKind)),
        Column("title", lambda: _tr("Onderwerp"), lambda r: r.title, stretch=True, width=220),
        Column("organisation", lambda: _tr("Organisatie"),
               lambda r: ", ".join(_parties(r, theirs, RecordKind.ORGANISATION)), width=140),
        Column("participants", lambda: _tr("Deelnemers"),
               lambda r: _first_plus(_participant_names(r)), width=96,
               tooltip=lambda r: "\n".join(_participant_names(r))),
        _classification(),
        Column("actions", lambda: _tr("Acties"), _actions_text, width=60,
               chip=_actions_chip, tooltip=_actions_tooltip),
        Column("direction", lambda: _tr("Richting"), lambda r: code_label(r.direction),
               width=90, hidden=True),
        Column("place", lambda: _tr("Plaats"), lambda r: r.place_label or r.place_text or "",
               width=120, hidden=True),
        _number(),
        _tags(),
        _updated(),
    ]


def _tie_columns() -> list[Column]:
    return [
        Column("title", lambda: _tr("Naam"), lambda r: r.title, stretch=True, width=220,
               sort_asc="name"),
        Column("type", lambda: _tr("Soort"), lambda r: code_label(r.tie_type), width=100),
        Column("status", lambda: _tr("Status"), lambda r: code_label(r.status), width=118,
               chip=lambda r: ("status", r.status.value), fit=_labels_of(TieStatus)),
        Column("organisation", lambda: _tr("Organisatie"), lambda r: ref_text(r.organisation),
               width=140),
        Column("authority", lambda: _tr("Overheid"), lambda r: ref_text(r.authority), width=130,
               hidden=True),
        Column("starts", lambda: _tr("Start"), lambda r: date_text(r.starts), width=84,
               fit=date_fit, sort_desc="start"),
        Column("evaluation", lambda: _tr("Evaluatie"), lambda r: date_text(r.evaluation_on),
               width=96, fit=day_fit, hidden=True),
        _classification(),
        _number(),
        _tags(),
        _updated(),
    ]


def _organisation_columns() -> list[Column]:
    return [
        Column("name", lambda: _tr("Naam"), lambda r: r.name_nl, stretch=True, width=220,
               sort_asc="name"),
        Column("hanzi", lambda: _tr("Hanzi en pinyin"), lambda r: hanzi_pinyin(r.hanzi, r.pinyin),
               width=180),
        Column("kind", lambda: _tr("Soort"), lambda r: code_label(r.org_kind), width=150),
        Column("place", lambda: _tr("Plaats"), lambda r: r.place_label or r.place_text or "",
               width=110),
        _classification(),
        Column("name_en", lambda: _tr("Engelse naam"), lambda r: r.name_en or "", width=160,
               hidden=True),
        _number(),
        _tags(),
        _updated(),
    ]


def _current_post(record: Any) -> str:
    for position in reversed(record.positions):
        if position.ends is None:
            where = position.organisation or position.authority
            return f"{position.title} · {where.label}" if where else position.title
    return ""


def _person_columns() -> list[Column]:
    return [
        Column("name", lambda: _tr("Naam"), lambda r: r.display_name, stretch=True, width=220,
               sort_asc="name"),
        Column("post", lambda: _tr("Functie"), _current_post, width=260),
        _classification(),
        Column("aliases", lambda: _tr("Andere schrijfwijzen"), lambda r: r.aliases or "",
               width=160, hidden=True),
        _number(),
        _tags(),
        _updated(),
    ]


def _decision_columns() -> list[Column]:
    return [
        Column("decided_on", lambda: _tr("Datum"), lambda r: date_text(r.decided_on), width=88,
               fit=day_fit, sort_desc="date"),
        Column("kind", lambda: _tr("Soort"), lambda r: code_label(r.decision_kind), width=130),
        Column("title", lambda: _tr("Titel"), lambda r: r.title, stretch=True, width=220),
        Column("body", lambda: _tr("Orgaan"), lambda r: code_label(r.body), width=120),
        Column("outcome", lambda: _tr("Uitkomst"), lambda r: code_label(r.outcome), width=96),
        Column("reference", lambda: _tr("Kenmerk"), lambda r: r.reference or "", width=110,
               hidden=True),
        _classification(),
        _number(),
        _tags(),
        _updated(),
    ]


def _review_overdue(record: Any) -> bool:
    """An open risk note whose review date has passed (as the Overzicht counts them)."""
    return bool(record.status is RiskStatus.OPEN and record.next_review_on < case_today.today())


def _review_chip(record: Any) -> tuple[str, str] | None:
    return ("due", "overdue") if _review_overdue(record) else None


def _review_tooltip(record: Any) -> str:
    if _review_overdue(record):
        return _tr("Herbeoordeling verlopen sinds {0}").format(date_text(record.next_review_on))
    return date_text(record.next_review_on)


def _risk_columns() -> list[Column]:
    return [
        Column("score", lambda: _tr("Score"), lambda r: str(r.residual_score), width=64,
               sort_desc="score", chip=lambda r: ("score", r.residual_level.value)),
        Column("title", lambda: _tr("Titel"), lambda r: r.title, stretch=True, width=220),
        Column("category", lambda: _tr("Categorie"), lambda r: ref_text(r.category), width=150),
        Column("subject", lambda: _tr("Betreft"), lambda r: ref_text(r.subject), width=150),
        Column("review", lambda: _tr("Herbeoordeling"), lambda r: date_text(r.next_review_on),
               width=104, fit=day_fit, sort_asc="review", chip=_review_chip,
               tooltip=_review_tooltip),
        Column("status", lambda: _tr("Status"), lambda r: code_label(r.status), width=70,
               hidden=True),
        Column("treatment", lambda: _tr("Behandeling"), lambda r: code_label(r.treatment),
               width=110, hidden=True),
        Column("owner", lambda: _tr("Eigenaar"), lambda r: r.owner or "", width=110,
               hidden=True),
        _classification(),
        _number(),
        _tags(),
        _updated(),
    ]


def _source_columns() -> list[Column]:
    return [
        Column("title", lambda: _tr("Titel"), lambda r: r.title, stretch=True, width=240,
               sort_asc="title"),
        Column("publisher", lambda: _tr("Uitgever"), lambda r: r.publisher or "", width=160),
        Column("published", lambda: _tr("Verschenen"), lambda r: date_text(r.published),
               width=110, fit=date_fit),
        Column("url", lambda: _tr("Adres"), lambda r: r.url or "", width=160, hidden=True),
        _classification(),
        _number(),
        _tags(),
        _updated(),
    ]


def trash_columns() -> list[Column]:
    """Columns of the Prullenbak: records of every kind."""
    return [
        Column("kind", lambda: _tr("Soort"), lambda r: kind_label(r.meta.kind), width=130),
        Column("display_no", lambda: _tr("Nummer"), lambda r: r.meta.display_no, width=120),
        Column("label", lambda: _tr("Omschrijving"), record_label, stretch=True, width=240),
        Column("deleted_at", lambda: _tr("Verwijderd op"),
               lambda r: datetime_text(r.meta.deleted_at), width=130,
               fit=lambda: ("30-12-2026 23:59",)),
        _classification(),
    ]


_BUILDERS: dict[RecordKind, Callable[[], list[Column]]] = {
    RecordKind.MEETING: _meeting_columns,
    RecordKind.TIE: _tie_columns,
    RecordKind.ORGANISATION: _organisation_columns,
    RecordKind.PERSON: _person_columns,
    RecordKind.DECISION: _decision_columns,
    RecordKind.RISK_NOTE: _risk_columns,
    RecordKind.SOURCE: _source_columns,
}

LIST_KINDS: tuple[RecordKind, ...] = tuple(_BUILDERS)
"""The kinds that have a list page."""


def columns_for(kind: RecordKind) -> list[Column]:
    """The columns of a kind's list, in their default order."""
    return _BUILDERS[kind]()
