"""What both renderers share: section order and titles, citation numbers, dates, free text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from chinadossier.domain.briefing import (
    WITHIN,
    ActionItem,
    BriefingSnapshot,
    ChangeTag,
    Cite,
    RiskItem,
    Section,
    TieItem,
)
from chinadossier.domain.codes import (
    ActionStatus,
    Classification,
    DatePrecision,
    Direction,
    RiskLevel,
    TieStatus,
)
from chinadossier.domain.date_words import dutch_date
from chinadossier.domain.labels import field_label, label
from chinadossier.domain.local_time import moment_text
from chinadossier.domain.partial_date import PartialDate

TITLES = {
    Section.KEY_POINTS: "Kernpunten",
    Section.OCCASION: "Aanleiding",
    Section.FACTS: "Feiten",
    Section.CHANGES: "Wijzigingen sinds de vorige notitie",
    Section.RISKS: "Risico’s",
    Section.ACTIONS: "Openstaande acties en toezeggingen",
    Section.OPTIONS: "Handelingsopties en advies",
    Section.TALKING_POINTS: "Spreekpunten en mogelijke vragen",
    Section.SOURCES: "Bronnen",
}

CHANGE_TAGS = {
    ChangeTag.NEW: "NIEUW",
    ChangeTag.RAISED: "GESTEGEN",
    ChangeTag.DECIDED: "BESLUIT",
    ChangeTag.COMPLETED: "AFGEROND",
    ChangeTag.CHANGED: "GEWIJZIGD",
}

_ARROWS = {Direction.INCOMING: "←", Direction.OUTGOING: "→", Direction.NEUTRAL: "↔"}


def direction_text(direction: Direction) -> str:
    """The direction with its arrow, named as the application names it (the labels module):
    "↔ neutraal"."""
    return f"{_ARROWS[direction]} {label(direction)}"


#: Rows in the top-risk table; the rest are summed up in one line.
TOP_RISKS = 10
#: Columns of the ties table (Partner, Soort band, Sinds, Status, Looptijd) as parts of the text
#: width. "Soort band" fits the longest word of every tie type ("kennissamenwerking") on one
#: line: a narrower column split it mid-word without a hyphen (tested).
TIE_WIDTHS = (0.31, 0.19, 0.12, 0.14, 0.24)

def local_time(moment: dt.datetime) -> str:
    """29-11-2026 14:00, in Europe/Amsterdam."""
    return moment_text(moment)


def short_date(day: dt.date | None) -> str:
    """29-11-2026."""
    return day.strftime("%d-%m-%Y") if day else "—"


def rough_parts(value: PartialDate | None) -> tuple[str, str]:
    """A rough date for a table cell and its note: ("ca. 1987", "datum onzeker"),
    ("2022/23", "datum onzeker"), ("03-2024", ""), ("onbekend", "").

    As the reference memo writes a rough date: a date that is only approximate ("ca.") or not
    confirmed by its source carries "datum onzeker". A span of years keeps its span.
    """
    if value is None:
        return "onbekend", ""
    if value.until_year is not None:
        text = value.plain("nl")
    elif value.precision is DatePrecision.YEAR:
        text = str(value.value.year)
    elif value.precision is DatePrecision.MONTH:
        text = f"{value.value.month:02d}-{value.value.year}"
    else:
        text = short_date(value.value)
    if value.circa:
        text = f"ca. {text}"
    return text, "datum onzeker" if value.uncertain or value.circa else ""


def rough(value: PartialDate | None) -> str:
    """A rough date on one line: "ca. 1987 (datum onzeker)", "2022/23 (datum onzeker)",
    "03-2024"."""
    text, note = rough_parts(value)
    return f"{text} ({note})" if note else text


def tie_since(t: TieItem) -> tuple[str, str]:
    """The Sinds cell of a tie and its muted note: the start, or when only the signing of its
    agreement is known, that date noted as "overeenkomst" (it is not the start)."""
    text, note = rough_parts(t.since)
    if t.status_code is not None and t.starts is None and t.signed is not None:
        note = f"overeenkomst; {note}" if note else "overeenkomst"
    return text, note


def tie_term(t: TieItem) -> str:
    """The Looptijd column of a tie: MoU term, evaluation and end; an end is "beëindigd" only
    for an ended tie."""
    parts = []
    ended = t.status_code is TieStatus.ENDED or (
        t.status_code is None and t.status == label(TieStatus.ENDED))
    if t.term_ends_on:
        # With the tie ended, its agreed term no longer runs; nor is it evaluated any more.
        lapsed = " (vervallen)" if ended else ""
        parts.append(f"looptijd tot {short_date(t.term_ends_on)}{lapsed}")
    if t.evaluation_on and not ended:
        parts.append(f"evaluatie {short_date(t.evaluation_on)}")
    if t.ends:
        parts.append(f"{'beëindigd' if ended else 'einddatum'} {rough(t.ends)}")
    return "; ".join(parts) or "geen looptijd vastgelegd"


def classification_word(c: Classification) -> str:
    """Openbaar, Intern, Vertrouwelijk."""
    return label(c)


def sections(snapshot: BriefingSnapshot) -> list[tuple[int, Section]]:
    """The chosen sections with their numbers, in the order of DOMAIN.md §5."""
    chosen = set(snapshot.options.sections)
    return [(n, s) for n, s in enumerate((s for s in Section if s in chosen), start=1)]


def top_risks(snapshot: BriefingSnapshot) -> tuple[list[RiskItem], list[RiskItem]]:
    """The risks in the table (highest netto first) and the rest."""
    return list(snapshot.risks[:TOP_RISKS]), list(snapshot.risks[TOP_RISKS:])


def heat_counts(risks: Iterable[RiskItem], residual: bool) -> dict[tuple[int, int], int]:
    """How many risks sit in each (kans, impact) cell."""
    out: dict[tuple[int, int], int] = {}
    for r in risks:
        key = (
            (r.residual_likelihood, r.residual_impact) if residual
            else (r.inherent_likelihood, r.inherent_impact)
        )
        out[key] = out.get(key, 0) + 1
    return out


def level_of(snapshot: BriefingSnapshot, score: int) -> RiskLevel:
    """The level of a score under the matrix the snapshot was made with."""
    current = snapshot.levels[0].level
    for band in snapshot.levels:
        if score >= band.min_score:
            current = band.level
    return current


def review_word(months: int) -> str:
    """jaarlijks, halfjaarlijks, per kwartaal, maandelijks."""
    return {12: "jaarlijks", 6: "halfjaarlijks", 3: "per kwartaal", 1: "maandelijks"}.get(
        months, f"elke {months} maanden"
    )


@dataclass
class Citations:
    """Numbers of the cited records, in order of first citation through the memo."""

    numbers: dict[str, int] = field(default_factory=dict)
    entries: list[Cite] = field(default_factory=list)

    def add(self, cites: Sequence[Cite]) -> list[int]:
        out = []
        for c in cites:
            if c.record_no not in self.numbers:
                self.numbers[c.record_no] = len(self.entries) + 1
                self.entries.append(c)
            out.append(self.numbers[c.record_no])
        return sorted(set(out))

    def mark(self, cites: Sequence[Cite]) -> str:
        """The superscript text for these citations: "4–9", "8,10" (empty when none)."""
        return compress(self.add(cites))


def compress(numbers: Sequence[int]) -> str:
    """[4,5,6,7,8,9] → "4–9"; [8,10] → "8,10"."""
    parts: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        parts.append(str(numbers[i]) if j - i < 2 else f"{numbers[i]}–{numbers[j]}")
        if j - i == 1:
            parts.append(str(numbers[j]))
        i = j + 1
    return ",".join(parts)


def citations(snapshot: BriefingSnapshot) -> Citations:
    """Number every citation in the order the renderers meet them."""
    c = Citations()
    chosen = set(snapshot.options.sections)
    if Section.KEY_POINTS in chosen:
        for k in snapshot.key_points:
            c.add(k.cites)
    if Section.FACTS in chosen:
        for t in snapshot.ties:
            c.add([t.cite])
        for m in snapshot.meetings:
            c.add([m.cite])
        for d in snapshot.decisions:
            c.add([d.cite])
    if Section.CHANGES in chosen:
        for ch in snapshot.changes:
            c.add(ch.cites)
    if Section.RISKS in chosen:
        for r in top_risks(snapshot)[0]:
            c.add([r.cite])
    if Section.ACTIONS in chosen:
        for a in open_actions(snapshot):
            c.add([a.cite])
    return c


def open_actions(snapshot: BriefingSnapshot) -> list[ActionItem]:
    """Actions still open (completed ones appear only under the changes)."""
    return [a for a in snapshot.actions if a.status is ActionStatus.OPEN]


def source_text(cite: Cite) -> str:
    """The Bron column of section 9."""
    if not cite.sources:
        return "geen bron vastgelegd"
    return "; ".join(
        f"{s.title}{f', {s.locator}' if s.locator else ''} ({s.record_no})" for s in cite.sources
    )


# -- the sentences both renderers write ---------------------------------------------------------
#
# Every sentence drawn from records is made here, once, so the PDF and the DOCX say the same and
# a test can read them without rendering. A count, "geen …" or "alle …" covers only what the
# memo shows; when records were left out, it says so (WITHIN), and it never names what was left
# out beyond the count in the header.

#: Column header of the due date (the form's field name, not the English "deadline").
DUE_HEADER = field_label("due_on").capitalize()


def within(snap: BriefingSnapshot) -> str:
    """" binnen de classificatie van deze notitie" when records were left out, else ""."""
    return f" {WITHIN}" if snap.left_out else ""


def _records(n: int) -> str:
    return f"{n} {'record' if n == 1 else 'records'}"


def left_out_text(snap: BriefingSnapshot) -> str:
    """"15 records met een hogere classificatie dan Intern zijn weggelaten." ("" when none)."""
    n = snap.left_out
    if not n:
        return ""
    return (f"{_records(n)} met een hogere classificatie dan "
            f"{classification_word(snap.classification)} {'is' if n == 1 else 'zijn'} "
            "weggelaten.")


def version_text(snap: BriefingSnapshot) -> str:
    """The Versie field: "2 (vorige: NOT-2026-0001)"."""
    prev = f" (vorige: {snap.previous.kenmerk})" if snap.previous else ""
    return f"{snap.version_label}{prev}"


def key_points_intro(snap: BriefingSnapshot) -> str:
    """The line above the key points when records were left out ("" otherwise): said once for
    all the bullets, whose counts, "hoogste" and "laatste" cover only what the memo shows."""
    return f"{WITHIN[:1].upper()}{WITHIN[1:]}:" if snap.left_out else ""


def no_key_points_text(snap: BriefingSnapshot) -> str:
    return f"Er zijn{within(snap)} geen feiten in de periode om samen te vatten."


def no_ties_text() -> str:
    return f"Geen banden {WITHIN}."


def no_meetings_text() -> str:
    return f"Geen contactmomenten in deze periode {WITHIN}."


def no_decisions_text() -> str:
    return f"Geen besluiten {WITHIN}."


def no_previous_text(snap: BriefingSnapshot) -> str:
    """Section 4 without a base: true also when a memo of another classification exists."""
    return (f"Er is geen eerdere notitie over {snap.scope.label} met deze classificatie om mee "
            "te vergelijken.")


def previous_text(snap: BriefingSnapshot) -> str:
    assert snap.previous is not None
    return (f"Ten opzichte van notitie {snap.previous.kenmerk} van "
            f"{dutch_date(snap.previous.generated_on)}:")


def no_changes_text() -> str:
    """Section 4 without changes, naming what it compares (edits of other fields are not
    compared, so "Geen wijzigingen" would claim more than it checked)."""
    return ("Geen nieuwe banden, contactmomenten of besluiten, geen gewijzigde status of "
            f"einddatum van een band, geen gestegen risico’s en geen afgeronde acties {WITHIN}.")


def changes_left_out_text(snap: BriefingSnapshot) -> str:
    n = snap.changes_left_out
    if not n:
        return ""
    # Counted are what the snapshot can tell: contact moments, decisions and completed actions
    # since the previous memo (whether a withheld tie or risk is new or raised is unknown).
    what = ("contactmoment, besluit of afgeronde actie" if n == 1
            else "contactmomenten, besluiten of afgeronde acties")
    return (f"{n} {what} sinds de vorige notitie {'is' if n == 1 else 'zijn'} weggelaten omdat "
            f"{'het' if n == 1 else 'ze'} hoger geclassificeerd {'is' if n == 1 else 'zijn'} dan "
            "deze notitie.")


def no_risks_text() -> str:
    return f"Geen open risiconotities {WITHIN}."


def risks_intro(snap: BriefingSnapshot) -> str:
    n = len(snap.risks)
    return (f"Aan {snap.scope.label} {'is' if n == 1 else 'zijn'}{within(snap)} {n} open "
            f"{'risiconotitie' if n == 1 else 'risiconotities'} gekoppeld (risicomatrix versie "
            f"{snap.matrix_version}).")


def rest_risks_text(rest: Sequence[RiskItem]) -> str:
    n = len(rest)
    who = "Het overige open risico heeft" if n == 1 else f"De overige {n} open risico’s hebben"
    return (f"{who} een lagere netto score (hoogste {rest[0].residual_score}); zie het "
            "risicoregister in Chinadossier.")


def no_actions_text() -> str:
    return f"Geen openstaande acties of toezeggingen {WITHIN}."


def action_status(a: ActionItem) -> str:
    """"termijn verstreken" or "open"."""
    return "termijn verstreken" if a.overdue else "open"


def sources_intro(snap: BriefingSnapshot) -> str:
    intro = ("Elk feit in deze notitie verwijst naar een record in Chinadossier en, waar "
             "vastgelegd, naar de bron daarvan; nummering in volgorde van eerste verwijzing.")
    left = left_out_text(snap)
    return f"{intro} {left}" if left else intro


#: The mark on a section whose text Chinadossier proposed and the official left as it was.
DRAFT_NOTE = "Concepttekst, door Chinadossier voorgesteld — door de steller te controleren."


def _is_proposal(text: str, proposal: str) -> bool:
    return bool(text.strip()) and text.strip() == proposal.strip()


def text_note(snap: BriefingSnapshot, section: Section) -> str:
    """The line above the free text of sections 2, 7 and 8 ("" for none).

    A text that is still exactly Chinadossier's proposal is a generated draft, whoever is in
    the Van field; section 7 otherwise names the official as its author (DOMAIN.md §5: the
    advice is the official's own text).
    """
    o = snap.options
    text, proposal = {
        Section.OCCASION: (o.occasion_text, o.occasion_suggested),
        Section.OPTIONS: (o.advice_text, o.advice_suggested),
        Section.TALKING_POINTS: (o.talking_points_text, o.talking_points_suggested),
    }[section]
    if _is_proposal(text, proposal):
        return DRAFT_NOTE
    if section is Section.OPTIONS and text.strip():
        return f"Ambtelijke tekst, opgesteld door {o.van or 'de opsteller'}."
    return ""


# -- the official's own texts -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph."""

    text: str


@dataclass(frozen=True, slots=True)
class Bullet:
    """A bulleted line ("- ...")."""

    text: str


@dataclass(frozen=True, slots=True)
class Option:
    """"Optie A — titel (advies)" with its lines, "Voor:" and "Tegen:"."""

    letter: str
    title: str
    advised: bool
    body: tuple[str, ...]
    pro: str | None
    con: str | None


@dataclass(frozen=True, slots=True)
class Question:
    """"V: ..." with its "A: ..."."""

    question: str
    answer: str


Block = Para | Bullet | Option | Question

_OPTION = re.compile(r"^optie\s+([A-Za-z0-9]+)\s*[—–:-]?\s*(.*)$", re.IGNORECASE)
_ADVISED = re.compile(r"\s*\((advies|geadviseerd)\)\s*$", re.IGNORECASE)


def blocks(text: str) -> list[Block]:
    """Read the official's text: blank lines separate blocks; "- " bullets; "Optie X — …"
    option cards with "Voor:" / "Tegen:" lines; "V:" / "A:" questions."""
    out: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in chunk.splitlines() if ln.strip()]
        if not lines:
            continue
        head = _OPTION.match(lines[0])
        if head:
            title = head.group(2)
            advised = bool(_ADVISED.search(title))
            title = _ADVISED.sub("", title)
            body, pro, con = [], None, None
            for ln in lines[1:]:
                low = ln.lower()
                if low.startswith("voor:"):
                    pro = ln[5:].strip()
                elif low.startswith("tegen:"):
                    con = ln[6:].strip()
                else:
                    body.append(ln)
            out.append(Option(head.group(1).upper(), title, advised, tuple(body), pro, con))
            continue
        if lines[0].upper().startswith("V:"):
            q = lines[0][2:].strip()
            a = " ".join(ln[2:].strip() if ln.upper().startswith("A:") else ln for ln in lines[1:])
            out.append(Question(q, a))
            continue
        para: list[str] = []
        for ln in lines:
            if ln.startswith(("- ", "• ", "* ")):
                if para:
                    out.append(Para(" ".join(para)))
                    para = []
                out.append(Bullet(ln[2:].strip()))
            else:
                para.append(ln)
        if para:
            out.append(Para(" ".join(para)))
    return out


def all_text(snapshot: BriefingSnapshot) -> str:
    """Every piece of text of the snapshot (for the font-coverage check)."""
    from chinadossier.domain.briefing import to_json

    pieces: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            pieces.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(to_json(snapshot))
    return "\n".join(pieces)
