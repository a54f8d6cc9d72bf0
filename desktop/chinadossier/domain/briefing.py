"""The briefing memo's frozen, versioned snapshot: everything a renderer may show, nothing more.

A snapshot is built by `services.briefing` in one read transaction, already filtered by the
memo's classification; the renderers (`chinadossier.memo`) take only this value. It is stored
with the memo as JSON (`to_json` / `from_json`), so a memo can be re-rendered, compared and
used as the base of "Wijzigingen sinds de vorige notitie".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from chinadossier.domain.codes import (
    ActionStatus,
    Classification,
    DatePrecision,
    Direction,
    RiskLevel,
    TieStatus,
)
from chinadossier.domain.partial_date import PartialDate

#: Version of the snapshot's JSON form; bump it when a field changes meaning.
SNAPSHOT_VERSION = 1

#: What every count, "geen …" or "alle …" drawn from records adds when records were left out:
#: the reader sees only what the memo's classification allows, and must be told so.
WITHIN = "binnen de classificatie van deze notitie"


class ScopeKind(StrEnum):
    """What a memo is about."""

    AUTHORITY = "authority"
    TIE = "tie"
    ORGANISATION = "organisation"


class MemoFormat(StrEnum):
    """File format of a rendered memo."""

    PDF = "pdf"
    DOCX = "docx"


class Section(StrEnum):
    """The memo's sections (DOMAIN.md §5), in order."""

    KEY_POINTS = "kernpunten"
    OCCASION = "aanleiding"
    FACTS = "feiten"
    CHANGES = "wijzigingen"
    RISKS = "risicos"
    ACTIONS = "acties"
    OPTIONS = "advies"
    TALKING_POINTS = "spreekpunten"
    SOURCES = "bronnen"


ALL_SECTIONS: tuple[Section, ...] = tuple(Section)


class ChangeTag(StrEnum):
    """How something changed since the previous memo of the same scope."""

    NEW = "new"
    RAISED = "raised"
    DECIDED = "decided"
    COMPLETED = "completed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class Scope:
    """What the memo covers: the own authority, one tie or one organisation."""

    kind: ScopeKind
    record_no: str
    label: str


@dataclass(frozen=True, slots=True)
class BriefingOptions:
    """What the official chose in the memo dialog or on the command line."""

    classification: Classification
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    aan: str = ""
    van: str = ""
    onderwerp: str = ""
    #: The memo's version; empty: numbered in the series of memos on the same scope.
    versie: str = ""
    meeting: str = ""
    meeting_on: dt.date | None = None
    agenda_item: str = ""
    sections: tuple[Section, ...] = ALL_SECTIONS
    occasion_text: str = ""
    advice_text: str = ""
    talking_points_text: str = ""
    #: The texts Chinadossier proposed for sections 2, 7 and 8. A section whose text is still
    #: exactly its proposal is marked in the memo as a generated draft, not as the official's.
    occasion_suggested: str = ""
    advice_suggested: str = ""
    talking_points_suggested: str = ""


@dataclass(frozen=True, slots=True)
class SourceItem:
    """A source cited by a record in the memo (only sources within the memo's classification)."""

    record_no: str
    title: str
    publisher: str | None
    published: PartialDate | None
    locator: str | None
    classification: Classification


@dataclass(frozen=True, slots=True)
class Cite:
    """What a citation points at: a record and the sources it rests on."""

    record_no: str
    description: str
    classification: Classification
    sources: tuple[SourceItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Partner:
    """The Chinese side of a tie as far as the memo may name it.

    When the partner is classified above the memo, `hidden` holds the marker ("[intern]",
    "[vertrouwelijk]") and every name field is empty.
    """

    name: str
    hanzi: str | None
    pinyin: str | None
    kind: str
    place: str | None
    hidden: str | None = None


@dataclass(frozen=True, slots=True)
class TieItem:
    """A tie in section 3.1."""

    cite: Cite
    title: str
    partner: Partner
    tie_type: str
    since: PartialDate | None
    status: str
    ends: PartialDate | None
    term_ends_on: dt.date | None
    evaluation_on: dt.date | None
    #: The status as a code, and the start and signing apart (``since`` is the one or the
    #: other): the key point states each from its own field. None in snapshots made before.
    status_code: TieStatus | None = None
    starts: PartialDate | None = None
    signed: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class MeetingItem:
    """A contact moment in the period (section 3.2)."""

    cite: Cite
    held_on: dt.date
    direction: Direction
    kind: str
    title: str


@dataclass(frozen=True, slots=True)
class DecisionItem:
    """A council or executive decision (section 3.3)."""

    cite: Cite
    decided_on: dt.date
    kind: str
    reference: str | None
    title: str
    outcome: str


@dataclass(frozen=True, slots=True)
class RiskItem:
    """An open risk note with its current assessment (section 5)."""

    cite: Cite
    category_code: str
    category_name: str
    title: str
    description: str | None
    inherent_likelihood: int
    inherent_impact: int
    inherent_level: RiskLevel
    residual_likelihood: int
    residual_impact: int
    residual_level: RiskLevel
    measures: str | None
    owner: str | None
    next_review_on: dt.date
    #: The number of the tie the risk is about, when it is about a tie the reader may see (the
    #: advice on continuing active ties weighs only their risks). None in snapshots made before.
    subject_no: str | None = None

    @property
    def inherent_score(self) -> int:
        """Bruto score, K × I."""
        return self.inherent_likelihood * self.inherent_impact

    @property
    def residual_score(self) -> int:
        """Netto score, K × I."""
        return self.residual_likelihood * self.residual_impact


@dataclass(frozen=True, slots=True)
class ActionItem:
    """An open action or commitment (section 6), or one completed since the last memo."""

    cite: Cite
    what: str
    owner: str | None
    due_on: dt.date | None
    status: ActionStatus
    done_on: dt.date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class ChangeItem:
    """One line of section 4."""

    tag: ChangeTag
    text: str
    cites: tuple[Cite, ...] = ()


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """One bullet of section 1."""

    text: str
    cites: tuple[Cite, ...] = ()


@dataclass(frozen=True, slots=True)
class LevelBand:
    """One level of the risk matrix in force: its lowest score and review interval."""

    level: RiskLevel
    min_score: int
    max_score: int
    review_months: int


@dataclass(frozen=True, slots=True)
class PreviousMemo:
    """The last memo of the same scope, the base of section 4."""

    kenmerk: str
    generated_on: dt.date


@dataclass(frozen=True, slots=True)
class BriefingSnapshot:
    """Everything one memo shows, frozen at one moment and filtered by its classification."""

    version: int
    generated_at: dt.datetime
    app_version: str
    is_demo: bool
    authority_name: str
    authority_kind: str
    scope: Scope
    options: BriefingOptions
    period_from: dt.date
    period_to: dt.date
    kenmerk: str
    matrix_version: int
    levels: tuple[LevelBand, ...]
    ties: tuple[TieItem, ...] = ()
    meetings: tuple[MeetingItem, ...] = ()
    decisions: tuple[DecisionItem, ...] = ()
    risks: tuple[RiskItem, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    key_points: tuple[KeyPoint, ...] = ()
    changes: tuple[ChangeItem, ...] = ()
    previous: PreviousMemo | None = None
    left_out: int = 0
    changes_left_out: int = 0
    notes: tuple[str, ...] = field(default=())
    #: The version shown in the header: the official's own, else the place in the series of
    #: memos on the same scope that a reader of this classification may see (1, 2, ...).
    memo_version: str = ""

    @property
    def classification(self) -> Classification:
        """The memo's own classification."""
        return self.options.classification

    @property
    def version_label(self) -> str:
        """The Versie field (stored snapshots from before `memo_version` carry it in options)."""
        return self.options.versie or self.memo_version or "1"

    @property
    def subject(self) -> str:
        """The Onderwerp line (the official's own, else one made from the scope)."""
        return self.options.onderwerp or f"Briefing {self.scope.label}"


# -- JSON --------------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


def to_json(snapshot: BriefingSnapshot) -> dict[str, Any]:
    """The snapshot as plain JSON values (English keys, codes, ISO dates)."""
    data: dict[str, Any] = _encode(snapshot)
    return data


def _decode(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return None if value is None else _decode(args[0], value)
    if origin is tuple:
        (item_type, _ellipsis) = typing.get_args(tp)
        return tuple(_decode(item_type, v) for v in value)
    if tp is PartialDate:
        parsed = PartialDate.parse(value["date"])
        # until_year is read back too: "2022/23" must not come back as "2022"
        return PartialDate(
            parsed.value, DatePrecision(value["precision"]), value["uncertain"], value["circa"],
            value.get("until_year", parsed.until_year),
        )
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _decode(hints[k], v) for k, v in value.items() if k in names})
    if tp is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return tp(value)
    return value


def from_json(data: dict[str, Any]) -> BriefingSnapshot:
    """Read a stored snapshot back.

    Raises:
        ValueError: The snapshot was written by a newer version of its JSON form.
    """
    version = int(data.get("version", 0))
    if version > SNAPSHOT_VERSION:
        raise ValueError(
            f"Deze notitie is gemaakt met een nieuwere versie (snapshot {version}); "
            "werk Chinadossier bij om haar te openen."
        )
    snapshot: BriefingSnapshot = _decode(BriefingSnapshot, data)
    return snapshot
