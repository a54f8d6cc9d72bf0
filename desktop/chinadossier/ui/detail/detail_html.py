"""The detail pane's text as HTML: fields, linked records, actions, timeline and history.

Links are `open:<kind>:<id>` (another record) and `history:more`; every stored text is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from chinadossier.domain import labels
from chinadossier.domain.codes import (
    ActionStatus,
    AuditAction,
    DatePrecision,
    ParticipantSide,
    RecordKind,
    TieStatus,
)
from chinadossier.domain.history import (
    FieldChange,
    HistoryEntry,
    added_removed,
    list_items,
)
from chinadossier.domain.records import Ref
from chinadossier.ui.detail.detail_data import DetailData
from chinadossier.ui.models.formatting import (
    code_label,
    code_lang,
    date_text,
    datetime_text,
    hanzi_pinyin,
    kind_label,
)
from chinadossier.ui.undo_words import undo_text

_CHIP = {
    "public": ("#E9EDF2", "#3D4754"),
    "internal": ("#E1ECF9", "#1C4E8B"),
    "confidential": ("#F0E5F8", "#6A3293"),
}


# Light colours used above and their dark-palette counterparts (SPEC.md tokens).
_DARK_COLOURS = {
    "#5C6776": "#A3ADBA",
    "#8B95A3": "#7F8A98",
    "#B93A32": "#F0857D",
    "#E9EDF2": "#38414D",
    "#3D4754": "#D5DBE3",
    "#E1ECF9": "#243B57",
    "#1C4E8B": "#B9D3F2",
    "#F0E5F8": "#3F2C4F",
    "#6A3293": "#DCC3F0",
}


def for_palette(html_text: str, dark: bool) -> str:
    """The HTML with its colours switched to the dark palette's when the palette is dark."""
    if not dark:
        return html_text
    for light, dark_colour in _DARK_COLOURS.items():
        html_text = html_text.replace(light, dark_colour)
    return html_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate reads _tr as QT_TR_NOOP (no context)


def e(text: Any) -> str:
    """Escaped text."""
    return html.escape("" if text is None else str(text))


def link(ref: Ref) -> str:
    """A link to another record (struck through when it is in the trash)."""
    text = e(ref.label)
    if ref.deleted:
        text = f"<s>{text}</s> ({e(_tr('verwijderd'))})"
    return f'<a href="open:{ref.kind.value}:{ref.id}">{text}</a>'


def _section(title: str, body: str) -> str:
    if not body:
        return ""
    return (
        f'<p style="margin-top:14px; margin-bottom:4px; font-size:11px; font-weight:bold; '
        f'color:#5C6776; letter-spacing:0.6px">{e(title.upper())}</p>{body}'
    )


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td style="color:#5C6776; padding-right:10px">{e(k)}</td><td>{v}</td></tr>'
        for k, v in pairs
        if v
    )
    return f'<table cellspacing="0" cellpadding="1">{cells}</table>' if cells else ""


def _para(text: str | None) -> str:
    return f"<p>{e(text).replace(chr(10), '<br>')}</p>" if text else ""


def chips(record: Any) -> str:
    """Classification and tag chips."""
    fill, fg = _CHIP[record.meta.classification.value]
    # No padlock character here: without an emoji font (a bare Linux) it showed as an empty
    # box; the chip's colour and word say it (the list paints its own padlock).
    lock = ""
    parts = [
        f'<span style="background-color:{fill}; color:{fg}; font-weight:bold">'
        f"&nbsp;{lock}{e(code_label(record.meta.classification))}&nbsp;</span>"
    ]
    parts += [
        f'<span style="color:#5C6776">&nbsp;#{e(tag)}&nbsp;</span>' for tag in record.meta.tags
    ]
    if record.meta.deleted:
        parts.append(f'<span style="color:#B93A32; font-weight:bold">&nbsp;'
                     f'{e(_tr("In de prullenbak"))}</span>')
    return "&nbsp;".join(parts)


def score_text(score: Any, level: Any) -> str:
    """A risk score with its level, written alike wherever the pane shows one: "1 (laag)"."""
    return f"{score} ({code_label(level).lower()})"


def subtitle(record: Any) -> str:
    """The muted line above the title: number, kind and the most telling codes."""
    kind = record.meta.kind
    bits = [record.meta.display_no]
    if kind is RecordKind.MEETING:
        direction = labels.label(record.direction, code_lang())
        bits.append(f"{code_label(record.meeting_kind)}, {direction}")
    elif kind is RecordKind.TIE:
        bits.append(code_label(record.tie_type))
    elif kind is RecordKind.ORGANISATION:
        bits.append(code_label(record.org_kind))
    elif kind is RecordKind.DECISION:
        bits.append(code_label(record.decision_kind))
    else:
        bits.append(kind_label(kind))
    return " · ".join(bits)


def meta_line(record: Any) -> str:
    """The line under the title (date and place, status, ...)."""
    kind = record.meta.kind
    if kind is RecordKind.MEETING:
        when = date_text(record.held_on)
        if record.start_time:
            when += f", {record.start_time.strftime('%H:%M')}"
        place = record.place_label or record.place_text
        return " · ".join(p for p in (when, place) if p)
    if kind is RecordKind.TIE:
        return tie_meta(record)
    if kind is RecordKind.ORGANISATION:
        return hanzi_pinyin(record.hanzi, record.pinyin)
    if kind is RecordKind.DECISION:
        return f"{date_text(record.decided_on)} · {code_label(record.body)}"
    if kind is RecordKind.RISK_NOTE:
        return _tr("Netto {score} · herbeoordeling {date}").format(
            score=score_text(record.residual_score, record.residual_level),
            date=date_text(record.next_review_on))
    return ""


def tie_meta(record: Any) -> str:
    """A tie by its status and the date that goes with it: an ended tie by its end ("Beëindigd
    in 2021"; never its start, which would read as the end), any other by its start
    ("Actief · sinds ca. 1985") or else its signing ("overeenkomst 1994")."""
    ends = record.ends
    if record.status is TieStatus.ENDED:
        if ends is None:
            return _tr("Beëindigd, datum onbekend")
        exact = ends.precision is DatePrecision.DAY and ends.until_year is None
        return (_tr("Beëindigd op {0}") if exact else _tr("Beëindigd in {0}")).format(
            date_text(ends))
    if record.starts is not None:
        since = _tr("sinds {0}").format(date_text(record.starts))
    elif record.signed is not None:
        since = _tr("overeenkomst {0}").format(date_text(record.signed))
    else:
        since = ""
    until = _tr("tot {0}").format(date_text(ends)) if ends is not None else ""
    # a bare "Onbekend" under the title said not what is unknown
    status = (_tr("Status onbekend") if record.status is TieStatus.UNKNOWN
              else code_label(record.status))
    return " · ".join(p for p in (status, since, until) if p)


def _meeting(record: Any) -> str:
    out = _section(_tr("Samenvatting"), _para(record.summary))
    sides = []
    for side, name in ((ParticipantSide.OURS, _tr("Ons")), (ParticipantSide.THEIRS, _tr("Hun"))):
        people = [
            link(p.party) + (f' <span style="color:#5C6776">· {e(p.role)}</span>' if p.role else "")
            for p in record.participants
            if p.side is side
        ]
        if people:
            sides.append((name, "<br>".join(people)))
    out += _section(_tr("Deelnemers"), _rows(sides))
    out += _section(_tr("Gekoppelde band"), "<br>".join(link(t) for t in record.ties))
    out += _section(_tr("Onderwerpen"), _para(record.topics))
    gifts = record.gifts or ""
    if record.gift_value_cents:
        gifts += f" ({labels.format_cents(record.gift_value_cents, code_lang())})"
    out += _section(_tr("Geschenken en gastvrijheid"), _para(gifts.strip() or None))
    return out


def _tie(record: Any, data: DetailData) -> str:
    rows = [
        (_tr("Overheid"), link(record.authority)),
        (_tr("Organisatie"), link(record.organisation)),
        (_tr("Soort"), e(code_label(record.tie_type))),
        (_tr("Status"), e(code_label(record.status))),
        (_tr("Start"), e(date_text(record.starts))),
        (_tr("Ondertekend"), e(date_text(record.signed))),
        (_tr("Einde"), e(date_text(record.ends))),
        (_tr("Looptijd"), e(_term(record))),
        (_tr("Verlengd"), e(date_text(record.renewed))),
        (_tr("Evaluatie"), e(date_text(record.evaluation_on))),
    ]
    return _section(_tr("Gegevens"), _rows(rows)) + _section(
        _tr("Beschrijving"), _para(record.description)
    )


def _term(record: Any) -> str:
    """The agreement's term: "2021 – 2025", "vanaf 2021", "tot 30-06-2027" or empty."""
    first, last = record.term_starts, record.term_ends or record.term_ends_on
    if first is not None and last is not None:
        return f"{date_text(first)} – {date_text(last)}"
    if first is not None:
        return _tr("vanaf {0}").format(date_text(first))
    return _tr("tot {0}").format(date_text(last)) if last is not None else ""


def _organisation(record: Any) -> str:
    rows = [
        (_tr("Hanzi en pinyin"), e(hanzi_pinyin(record.hanzi, record.pinyin))),
        (_tr("Engelse naam"), e(record.name_en)),
        (_tr("Soort"), e(code_label(record.org_kind))),
        (_tr("Plaats"), e(record.place_label or record.place_text)),
        (_tr("Website"), e(record.website)),
        (_tr("Andere namen"), e(record.aliases)),
    ]
    return _section(_tr("Gegevens"), _rows(rows)) + _section(_tr("Notities"), _para(record.notes))


def _person(record: Any) -> str:
    rows = [
        (_tr("Hanzi en pinyin"), e(hanzi_pinyin(record.hanzi, record.pinyin))),
        (_tr("Andere schrijfwijzen"), e(record.aliases)),
    ]
    posts = []
    for p in record.positions:
        where = p.organisation or p.authority
        span = " – ".join(x for x in (date_text(p.starts), date_text(p.ends)) if x)
        posts.append(
            e(p.title) + (f" · {link(where)}" if where else "")
            + (f' <span style="color:#5C6776">({e(span)})</span>' if span else "")
        )
    facts = [
        f"{e(code_label(f.fact_kind))}: {e(f.text)} "
        f'<span style="color:#5C6776">({e(date_text(f.as_of))}, {link(f.source)})</span>'
        for f in record.political_facts
    ]
    return (
        _section(_tr("Gegevens"), _rows(rows))
        + _section(_tr("Functies"), "<br>".join(posts))
        + _section(_tr("Politieke feiten"), "<br>".join(facts))
        + _section(_tr("Notities"), _para(record.notes))
    )


def _decision(record: Any) -> str:
    votes = ""
    if record.votes_for is not None or record.votes_against is not None:
        votes = f"{record.votes_for or 0} – {record.votes_against or 0}"
    rows = [
        (_tr("Overheid"), link(record.authority)),
        (_tr("Orgaan"), e(code_label(record.body))),
        (_tr("Uitkomst"), e(code_label(record.outcome))),
        (_tr("Stemmen voor – tegen"), e(votes)),
        (_tr("Kenmerk"), e(record.reference)),
    ]
    return (
        _section(_tr("Gegevens"), _rows(rows))
        + _section(_tr("Samenvatting"), _para(record.summary))
        + _section(_tr("Gekoppeld"), "<br>".join(link(r) for r in record.links))
    )


def _risk(record: Any) -> str:
    rows = [
        (_tr("Betreft"), link(record.subject)),
        (_tr("Categorie"), link(record.category)),
        (_tr("Bruto"), e(record.inherent_score)),
        (_tr("Netto"), e(score_text(record.residual_score, record.residual_level))),
        (_tr("Behandeling"), e(code_label(record.treatment))),
        (_tr("Eigenaar"), e(record.owner)),
        (_tr("Status"), e(code_label(record.status))),
        (_tr("Herbeoordeling"), e(date_text(record.next_review_on))),
        (_tr("Onderbouwing"), e(code_label(record.knowledge_strength))),
    ]
    assessments = "<br>".join(
        f"{e(date_text(a.assessed_on))} · "
        + _tr("bruto {b}, netto {n} (matrix v{v})").format(
            b=a.inherent_score, n=a.residual_score, v=a.matrix_version)
        for a in reversed(record.assessments)
    )
    return (
        _section(_tr("Gegevens"), _rows(rows))
        + _section(_tr("Beschrijving"), _para(record.description))
        + _section(_tr("Maatregelen"), _para(record.measures))
        + _section(_tr("Beoordelingen"), assessments)
    )


def _source(record: Any) -> str:
    url = f'<a href="{e(record.url)}">{e(record.url)}</a>' if record.url else ""
    rows = [
        (_tr("Uitgever"), e(record.publisher)),
        (_tr("Adres"), url),
        (_tr("Verschenen"), e(date_text(record.published))),
        (_tr("Geraadpleegd"), e(date_text(record.accessed_on))),
    ]
    return _section(_tr("Gegevens"), _rows(rows)) + _section(_tr("Notities"), _para(record.notes))


def _actions(data: DetailData, today: Any) -> str:
    lines = []
    for a in data.actions:
        due = ""
        if a.due_on is not None:
            due = date_text(a.due_on)
            if a.status is ActionStatus.OPEN and today is not None and a.due_on < today:
                late = (today - a.due_on).days
                due += ' <span style="color:#B93A32; font-weight:bold">' + e(
                    _tr("{n} dagen te laat").format(n=late)) + "</span>"
        state = "☑" if a.status is ActionStatus.DONE else "☐"
        meta = " · ".join(x for x in (e(a.owner) if a.owner else "", due) if x)
        lines.append(f"{state} {e(a.what)}<br>"
                     f'<span style="color:#5C6776">&nbsp;&nbsp;&nbsp;&nbsp;{meta}</span>')
    open_count = sum(1 for a in data.actions if a.status is ActionStatus.OPEN)
    title = _tr("Vervolgacties · {n} open").format(n=open_count)
    return _section(title, "<br>".join(lines))


def _citations(data: DetailData) -> str:
    """What cites a source: each record linked, its kind and where in the source."""
    if not data.citations:
        none = e(_tr("Nog geen record citeert deze bron."))
        return _section(_tr("Geciteerd door"), f'<p style="color:#5C6776">{none}</p>')
    lines = [
        f"{link(c.ref)} <span style=\"color:#8B95A3\">({e(kind_label(c.ref.kind).lower())})</span>"
        + (f' <span style="color:#5C6776">· {e(c.locator)}</span>' if c.locator else "")
        for c in data.citations
    ]
    more = data.citations_total - len(data.citations)
    if more > 0:
        lines.append(f'<span style="color:#5C6776">{e(_tr("en {n} meer").format(n=more))}</span>')
    return _section(_tr("Geciteerd door"), "<br>".join(lines))


def _timeline(data: DetailData) -> str:
    if not data.timeline:
        return ""
    lines = [
        f'<span style="color:#5C6776">{e(date_text(i.on))}</span>&nbsp;&nbsp;{link(i.ref)}'
        f' <span style="color:#8B95A3">({e(kind_label(i.ref.kind).lower())})</span>'
        for i in data.timeline
    ]
    earlier = data.timeline_total - len(data.timeline)
    if earlier > 0:
        lines.append(f'<span style="color:#5C6776">'
                     f"{e(_tr('en {n} eerder').format(n=earlier))}</span>")
    return _section(_tr("Tijdlijn"), "<br>".join(lines))


SHOWN = 80
"""Characters of a text value shown in the history."""
CONTEXT = 20
"""Unchanged characters kept before a change in a long text."""


def _text_change(old: str, new: str) -> tuple[str, str]:
    """Both sides of a text change, cut around where they differ, so a long text's change shows
    (two 300-character notes cut to the same first 80 characters would look unchanged)."""
    if len(old) <= SHOWN and len(new) <= SHOWN:
        return f"‘{old}’", f"‘{new}’"
    same = 0
    while same < min(len(old), len(new)) and old[same] == new[same]:
        same += 1
    start = max(0, same - CONTEXT)

    def cut(text: str) -> str:
        part = text[start:]
        lead = "…" if start else ""
        if len(part) > SHOWN:
            part = part[:SHOWN - 1] + "…"
        return f"‘{lead}{part}’"

    return cut(old), cut(new)


def _value(value: Any) -> str | None:
    """A payload value short enough to show, or None (lists of child rows are named only)."""
    if value is None:
        return "—"
    if isinstance(value, StrEnum):  # a code (the audit store reads it back as its enum)
        return labels.label(value, code_lang())
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date_text(value)
    if isinstance(value, bool):
        return _tr("ja") if value else _tr("nee")
    if isinstance(value, (int, float)):
        return str(value)
    items = list_items(value)  # a list, also one stored as JSON text (e-mail addresses)
    if items is not None:
        if not items:
            return "—"
        joined = ", ".join(items)
        return joined if len(joined) <= 80 else joined[:79] + "…"
    if isinstance(value, str):
        text = value if len(value) <= 80 else value[:79] + "…"
        return f"‘{text}’"
    return None


def _plain_text(value: Any) -> bool:
    """Whether a value is typed text (not a code, whose label is shown whole)."""
    return isinstance(value, str) and not isinstance(value, StrEnum)


def _list_change(field: str, change: FieldChange) -> str | None:
    """A change of tags: which were added and which removed ("tags: + haven, − china")."""
    diff = added_removed(change.old, change.new)
    if diff is None or not (diff[0] or diff[1]):
        return None
    added, removed = diff
    parts = [_tr("toegevoegd: {items}").format(items=", ".join(added))] if added else []
    if removed:
        parts.append(_tr("verwijderd: {items}").format(items=", ".join(removed)))
    return f"{field}: " + "; ".join(parts)


def history_lines(entries: Iterable[HistoryEntry], kind: RecordKind | None = None) -> list[str]:
    """One paragraph per audit entry: when, who, what happened, which fields and values
    (named as the record's kind names them, when given)."""
    lang = code_lang()
    out = []
    for entry in entries:
        what = labels.label(entry.action, lang) if entry.undo_of is None else undo_text(
            entry.undo_of)
        head = (
            f'<span style="color:#5C6776">{e(datetime_text(entry.at))}</span> · '
            f"{e(entry.actor)} · <b>{e(what)}</b>"
        )
        details = []
        if entry.action is AuditAction.UPDATE:
            by_name = {c.name: c for c in entry.changes}
            for name in entry.fields:
                field = labels.field_label(name, lang, kind)
                change = by_name.get(name)
                listed = _list_change(field, change) if name == "tags" and change else None
                if listed is not None:
                    details.append(e(listed))
                    continue
                old = _value(change.old) if change else None
                new = _value(change.new) if change else None
                if change is not None and _plain_text(change.old) and _plain_text(change.new):
                    old, new = _text_change(change.old, change.new)
                if change is not None and old is not None and new is not None:
                    details.append(f"{e(field)}: {e(old)} → {e(new)}")
                else:
                    details.append(e(field))
        if entry.erased:
            details.append(e(_tr("(waarden gewist)")))
        body = "<br>&nbsp;&nbsp;".join(details)
        out.append(head + (f"<br>&nbsp;&nbsp;{body}" if body else ""))
    return out


def history_html(entries: Iterable[HistoryEntry], more: bool,
                 kind: RecordKind | None = None) -> str:
    """The Geschiedenis section."""
    lines = history_lines(entries, kind)
    if more:
        lines.append(f'<a href="history:more">{e(_tr("Eerdere wijzigingen tonen"))}</a>')
    return _section(_tr("Geschiedenis"), "<br>".join(lines))


def body_html(data: DetailData, today: Any = None, history: list[HistoryEntry] | None = None,
              history_more: bool | None = None) -> str:
    """Everything below the title."""
    record = data.record
    kind = record.meta.kind
    parts = [f"<p>{meta_line(record) and e(meta_line(record))}</p>", f"<p>{chips(record)}</p>"]
    if kind is RecordKind.MEETING:
        parts.append(_meeting(record))
    elif kind is RecordKind.TIE:
        parts.append(_tie(record, data))
    elif kind is RecordKind.ORGANISATION:
        parts.append(_organisation(record))
    elif kind is RecordKind.PERSON:
        parts.append(_person(record))
    elif kind is RecordKind.DECISION:
        parts.append(_decision(record))
    elif kind is RecordKind.RISK_NOTE:
        parts.append(_risk(record))
    elif kind is RecordKind.SOURCE:
        parts.append(_source(record))
        parts.append(_citations(data))
    if data.actions:
        parts.append(_actions(data, today))
    sources = "<br>".join(
        f'<a href="open:source:{s.source_id}">{e(s.title)}</a>'
        + (f' <span style="color:#5C6776">({e(s.locator)})</span>' if s.locator else "")
        for s in record.meta.sources
    )
    parts.append(_section(_tr("Bronnen"), sources))
    parts.append(_timeline(data))
    parts.append(history_html(history if history is not None else data.history,
                              data.history_more if history_more is None else history_more,
                              kind))
    return "".join(parts)
