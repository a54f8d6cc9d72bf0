"""Retention per record (Archiefwet, Selectielijst 2020): a proposal per kind, and what is due.

Every record carries a retention category (bewaren / vernietigen / nog te bepalen) and, when
it is to be destroyed, the date from which it may be ("te vernietigen"). New records start as
"nog te bepalen". `RULES` is Chinadossier's **proposal** per kind — not a legal decision: the
authority's archivist fixes the categories with the Selectielijst 2020 in hand, and every
record's category and date stay editable. DOMAIN.md §6 says council and college decisions are
typically kept permanently; the other terms follow the AVG's "no longer than needed" for
persons and a ten-year horizon for the working files of international relations. The mapping
is documented in docs/merge-avg.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chinadossier.domain.codes import RecordKind, RetentionCategory


@dataclass(frozen=True, slots=True)
class RetentionRule:
    """The proposed handling of one kind of record."""

    kind: RecordKind
    category: RetentionCategory
    years: int | None
    #: From which date the term runs (Dutch, shown in the overview).
    anchor: str
    #: Why (Dutch, shown in the overview and the documentation).
    basis: str


RULES: dict[RecordKind, RetentionRule] = {
    rule.kind: rule
    for rule in (
        RetentionRule(RecordKind.DECISION, RetentionCategory.PERMANENT, None, "",
                      "besluiten van raad, college, burgemeester en Staten worden bewaard"),
        RetentionRule(RecordKind.TIE, RetentionCategory.PERMANENT, None, "",
                      "een band (stedenband, MoU, intentieverklaring) legt beleid van de "
                      "overheid vast"),
        RetentionRule(RecordKind.MEMO, RetentionCategory.PERMANENT, None, "",
                      "een briefingsnotitie bereidt bestuurlijke besluitvorming voor"),
        RetentionRule(RecordKind.MEETING, RetentionCategory.DESTROY, 10,
                      "datum van het contactmoment",
                      "werkdossier internationale betrekkingen"),
        RetentionRule(RecordKind.ACTION, RetentionCategory.DESTROY, 10, "laatste wijziging",
                      "werkdossier internationale betrekkingen"),
        RetentionRule(RecordKind.RISK_NOTE, RetentionCategory.DESTROY, 10, "laatste wijziging",
                      "werkdossier internationale betrekkingen"),
        RetentionRule(RecordKind.ORGANISATION, RetentionCategory.DESTROY, 10,
                      "laatste wijziging", "werkdossier internationale betrekkingen"),
        RetentionRule(RecordKind.SOURCE, RetentionCategory.DESTROY, 10, "laatste wijziging",
                      "werkdossier internationale betrekkingen"),
        RetentionRule(RecordKind.PERSON, RetentionCategory.DESTROY, 5, "laatste wijziging",
                      "persoonsgegevens niet langer dan nodig (AVG art. 5 lid 1 onder e)"),
    )
}
"""Authorities and risk categories are reference data: they get no proposal and are never
destroyed here."""


def proposal(kind: RecordKind, anchor: dt.date) -> tuple[RetentionCategory, dt.date | None]:
    """The proposed category and destroy date of a record of this kind.

    Raises:
        KeyError: The kind has no rule (reference data).
    """
    rule = RULES[kind]
    if rule.years is None:
        return rule.category, None
    try:
        until = anchor.replace(year=anchor.year + rule.years)
    except ValueError:  # 29 February
        until = anchor.replace(year=anchor.year + rule.years, day=28)
    return rule.category, until


def is_due(category: RetentionCategory, retention_on: dt.date | None, today: dt.date) -> bool:
    """Whether a record may be destroyed today."""
    return (
        category is RetentionCategory.DESTROY and retention_on is not None
        and retention_on <= today
    )


@dataclass(frozen=True, slots=True)
class RetentionItem:
    """One record in the retention overview."""

    kind: RecordKind
    id: object
    display_no: str
    title: str
    category: RetentionCategory
    retention_on: dt.date | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class RetentionOverview:
    """Counts per kind and category, and the records due for destruction."""

    today: dt.date
    counts: dict[RecordKind, dict[RetentionCategory, int]]
    due: tuple[RetentionItem, ...]
