"""The memo as PDF (reportlab): A4, classification banners, outline, "Pagina x van y"."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from chinadossier.domain.briefing import (
    ActionItem,
    BriefingSnapshot,
    Cite,
    RiskItem,
    Section,
)
from chinadossier.domain.codes import Classification, RiskLevel
from chinadossier.domain.date_words import dutch_date
from chinadossier.domain.labels import label
from chinadossier.domain.local_time import local_date, to_local
from chinadossier.domain.plural import count
from chinadossier.memo import content as c
from chinadossier.memo import fonts as f

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
WIDTH = PAGE_W - 2 * MARGIN
TOP_FIRST = 38 * mm
TOP_LATER = 24 * mm
BOTTOM = 25 * mm

ACCENT = colors.HexColor("#1F3A5F")
TEXT = colors.HexColor("#1B1F24")
MUTED = colors.HexColor("#5B6672")
TH_BG = colors.HexColor("#E9EEF4")
ROW_LINE = colors.HexColor("#DCE2E8")
TINT = colors.HexColor("#EEF2F7")
LEVEL = {
    RiskLevel.LOW: colors.HexColor("#9DCF98"),
    RiskLevel.MEDIUM: colors.HexColor("#F4DA72"),
    RiskLevel.HIGH: colors.HexColor("#F1A95A"),
    RiskLevel.VERY_HIGH: colors.HexColor("#DD6B5E"),
}
BANNER = {
    Classification.PUBLIC: (colors.HexColor("#E6F2E4"), colors.HexColor("#2F5E2A")),
    Classification.INTERNAL: (colors.HexColor("#FBF1DF"), colors.HexColor("#7A4B00")),
    Classification.CONFIDENTIAL: (colors.HexColor("#F8E0DC"), colors.HexColor("#8A1C12")),
}
TAG_COLOURS = {
    "NIEUW": (colors.HexColor("#E3ECF7"), ACCENT),
    "GESTEGEN": (colors.HexColor("#FBE3CF"), colors.HexColor("#8A4A00")),
    "BESLUIT": (colors.HexColor("#E3ECF7"), ACCENT),
    "AFGEROND": (colors.HexColor("#E4EFE3"), colors.HexColor("#2F5E2A")),
    "GEWIJZIGD": (colors.HexColor("#FBE3CF"), colors.HexColor("#8A4A00")),
}
STATUS_DOT = {
    "actief": "#3C8D3A", "slapend": "#8A949E", "opgeschort": "#D9822B", "beëindigd": "#B03A2E",
    "in voorbereiding": "#1F3A5F",
}


def _style(
    name: str, size: float, leading: float, font: str = f.LATIN, **kw: Any
) -> ParagraphStyle:
    kw.setdefault("textColor", TEXT)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                          bulletFontName=f.LATIN, **kw)


BODY = _style("body", 9.8, 13.8, spaceAfter=5)
H1 = _style("h1", 12, 15, f.LATIN_BOLD, textColor=ACCENT, spaceBefore=12, spaceAfter=5)
H2 = _style("h2", 9.8, 12.5, f.LATIN_BOLD, spaceBefore=7, spaceAfter=4)
CELL = _style("cell", 8.2, 10.5)
CELL_B = _style("cellb", 8.2, 10.5, f.LATIN_BOLD)
MUTED_CELL = _style("muted", 7.3, 9.2, textColor=MUTED)
TH = _style("th", 7.6, 9.5, f.LATIN_BOLD, textColor=ACCENT)
SMALL = _style("small", 7.6, 10, textColor=MUTED, spaceAfter=4)
BULLET = _style("bullet", 9.8, 13.8, leftIndent=10, bulletIndent=1, spaceAfter=3)
BULLETS_INTRO = _style("bulletsintro", 9.8, 13.8, leftIndent=1, spaceAfter=3)
CHIP = _style("chip", 8.6, 10, f.LATIN_BOLD, alignment=TA_CENTER)
CHIP_SUB = _style("chipsub", 6.8, 8.2, alignment=TA_CENTER, textColor=MUTED)


DOT = f.markup("●")
SQUARE = f.markup("■")


def P(text: str, style: ParagraphStyle = BODY, cite: str = "") -> Paragraph:
    """A paragraph of data text (escaped, Hanzi in the CJK font) with an optional citation."""
    return Paragraph(f.markup(text) + sup(cite), style)


def sup(cite: str) -> str:
    """A linked superscript citation to the first source it names."""
    if not cite:
        return ""
    first = cite.replace("–", ",").split(",")[0]
    return (f'<super><font size="6.5" color="#1F3A5F"><a href="#bron{first}">[{cite}]</a>'
            f"</font></super>")


class Heading(Paragraph):
    """A numbered section heading that also becomes an outline entry."""

    def __init__(self, text: str, key: str) -> None:
        super().__init__(f.markup(text), H1)
        self.outline = (text, key)


class KeepTable(Table):
    """A table that never leaves fewer than two body rows on either side of a page break."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head = self.repeatRows
        first, second = (len(p._cellvalues) - head for p in parts)
        if first < 2:
            return []
        if second < 2 and len(self._rowHeights) > head + 4:
            shorter = availHeight - sum(parts[0]._rowHeights[-(2 - second):])
            return super().split(availWidth, shorter)  # type: ignore[no-any-return]
        return parts


def table(rows: list[list[Any]], widths: Sequence[float], *, header: bool = True,
          extra: Sequence[Any] = ()) -> Table:
    cmds: list[Any] = [
        ("FONT", (0, 0), (-1, -1), f.LATIN, 8.2, 10.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.5, ROW_LINE),
    ]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), TH_BG), ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT)]
    t = KeepTable(rows, colWidths=[w * WIDTH for w in widths], repeatRows=1 if header else 0,
                  style=TableStyle(cmds + list(extra)), splitByRow=1)
    return t


def header_row(*names: str) -> list[Paragraph]:
    return [Paragraph(n, TH) for n in names]


# -- page furniture ---------------------------------------------------------------------------


def draw_text(canvas: Any, x: float, y: float, text: str, font: str, size: float,
              align: str = "left") -> None:
    """Draw a line with Hanzi runs in the CJK font (left, right or centre aligned)."""
    pieces = [(f.CJK if cjk else font, run) for cjk, run in f.runs(text)]
    width = sum(stringWidth(run, name, size) for name, run in pieces)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for name, run in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, name, size)


class Furniture:
    """Banners, masthead, running header and footer."""

    def __init__(self, snap: BriefingSnapshot) -> None:
        self.snap = snap

    def banner(self, canvas: Any, y: float) -> None:
        bg, fg = BANNER[self.snap.classification]
        canvas.setFillColor(bg)
        canvas.setStrokeColor(fg)
        canvas.setLineWidth(0.6)
        canvas.rect(MARGIN, y, WIDTH, 5.2 * mm, fill=1, stroke=1)
        canvas.setFillColor(fg)
        word = " ".join(c.classification_word(self.snap.classification).upper())
        draw_text(canvas, PAGE_W / 2, y + 1.7 * mm, word, f.LATIN_BOLD, 7.2, "centre")

    def common(self, canvas: Any, doc: Any) -> None:
        s = self.snap
        canvas.saveState()
        self.banner(canvas, PAGE_H - 13 * mm)
        self.banner(canvas, 6.5 * mm)
        canvas.setStrokeColor(ROW_LINE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, 21 * mm, PAGE_W - MARGIN, 21 * mm)
        canvas.setFillColor(MUTED)
        gen = c.local_time(s.generated_at)
        footer = (f"Chinadossier {s.app_version}  ·  gegenereerd {gen}  ·  {s.kenmerk} versie "
                  f"{s.version_label}  ·  classificatie {c.classification_word(s.classification)}")
        draw_text(canvas, MARGIN, 17.5 * mm, footer, f.LATIN, 7.3)
        canvas.setFillColor(TEXT)
        # "van y": a form drawn on every page and defined once the last page is known, so the
        # document is laid out in one pass (outline entries and links stay intact).
        x = PAGE_W - MARGIN - 24 * mm
        draw_text(canvas, x, 17.5 * mm, f"Pagina {doc.page} van ", f.LATIN_BOLD, 7.6)
        canvas.saveState()
        canvas.translate(x + stringWidth(f"Pagina {doc.page} van ", f.LATIN_BOLD, 7.6),
                         17.5 * mm)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()
        if s.is_demo:
            canvas.setFillColor(colors.HexColor("#A3261B"))
            draw_text(canvas, MARGIN, 14 * mm, "VOORBEELD — fictieve gegevens",
                      f.LATIN_BOLD, 7.3)
        canvas.restoreState()

    def first(self, canvas: Any, doc: Any) -> None:
        s = self.snap
        self.common(canvas, doc)
        canvas.saveState()
        top = PAGE_H - 19 * mm
        canvas.setFillColor(ACCENT)
        canvas.rect(MARGIN, top - 13 * mm, 1.4 * mm, 13 * mm, fill=1, stroke=0)
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGIN + 4.5 * mm, top - 4 * mm, s.authority_kind.capitalize(),
                  f.LATIN, 8.5)
        canvas.setFillColor(ACCENT)
        draw_text(canvas, MARGIN + 4.5 * mm, top - 11.5 * mm, s.authority_name, f.LATIN_BOLD, 15)
        draw_text(canvas, PAGE_W - MARGIN, top - 5.5 * mm, "Briefingsnotitie", f.LATIN_BOLD, 17,
                  "right")
        canvas.setFillColor(MUTED)
        sub = f"ter voorbereiding van {s.options.meeting}" if s.options.meeting else \
            f"over {s.scope.label}"
        draw_text(canvas, PAGE_W - MARGIN, top - 10.5 * mm, sub[:90], f.LATIN, 7.8, "right")
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(PAGE_W - MARGIN - 55 * mm, top - 13 * mm, PAGE_W - MARGIN, top - 13 * mm)
        canvas.restoreState()

    def later(self, canvas: Any, doc: Any) -> None:
        s = self.snap
        self.common(canvas, doc)
        canvas.saveState()
        y = PAGE_H - 18.5 * mm
        canvas.setFillColor(MUTED)
        left = f"Briefingsnotitie  ·  {s.subject}"
        if len(left) > 95:
            left = left[:94] + "…"
        draw_text(canvas, MARGIN, y, left, f.LATIN, 7.3)
        draw_text(canvas, PAGE_W - MARGIN, y,
                  f"{s.kenmerk}  ·  {dutch_date(local_date(s.generated_at))}", f.LATIN, 7.3,
                  "right")
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2.2 * mm, PAGE_W - MARGIN, y - 2.2 * mm)
        canvas.restoreState()


TOTAL_FORM = "cdPageTotal"


def pdf_date(moment: dt.datetime) -> str:
    """A PDF date ("D:20261129140000+01'00'") of an instant, in Europe/Amsterdam."""
    local = to_local(moment)
    offset = local.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return (f"D:{local:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'")


class _Doc(BaseDocTemplate):
    #: The memo's own creation time for CreationDate/ModDate: `invariant=1` keeps the bytes
    #: reproducible but would write 2000-01-01; the snapshot's time is just as reproducible.
    created: dt.datetime | None = None

    def _endBuild(self) -> None:
        if self.created is not None:
            stamp = pdf_date(self.created)
            self.canv._doc.setDateFormatter(lambda *_ymdhms: stamp)
        self.canv.beginForm(TOTAL_FORM)
        self.canv.setFont(f.LATIN_BOLD, 7.6)
        self.canv.setFillColor(TEXT)
        self.canv.drawString(0, 0, str(self.page))
        self.canv.endForm()
        super()._endBuild()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        outline = getattr(flowable, "outline", None)
        if outline:
            text, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=0, closed=False)


# -- sections ---------------------------------------------------------------------------------


class Builder:
    """The flowables of one memo."""

    def __init__(self, snap: BriefingSnapshot) -> None:
        self.s = snap
        self.cites = c.citations(snap)

    def mark(self, cites: Sequence[Cite]) -> str:
        return self.cites.mark(cites)

    def story(self) -> list[Flowable]:
        out: list[Flowable] = [self.header_block()]
        for number, section in c.sections(self.s):
            # Risks open with their intro and both heat maps: keep them with the heading.
            out.append(CondPageBreak((100 if section is Section.RISKS and self.s.risks else 45)
                                     * mm))
            out.append(Heading(f"{number}   {c.TITLES[section]}", f"s{number}"))
            out.extend(getattr(self, f"sec_{section.name.lower()}")(number))
        return out

    def header_block(self) -> Flowable:
        s, o = self.s, self.s.options
        meeting = o.meeting or "—"
        if o.meeting and o.meeting_on:
            meeting = f"{o.meeting} {dutch_date(o.meeting_on)}"
        if o.agenda_item:
            meeting += f", agendapunt {o.agenda_item}"
        lab = _style("lab", 7.6, 10.5, textColor=MUTED)
        val = _style("val", 8.8, 11.5)
        rows = [
            ["Aan", o.aan or "—", "Kenmerk", s.kenmerk],
            ["Van", o.van or "—", "Versie", c.version_text(s)],
            ["Datum", dutch_date(local_date(s.generated_at)), "Vergadering", meeting],
            ["Onderwerp", s.subject, "Classificatie", c.classification_word(s.classification)],
        ]
        data = []
        for i, (a, b, x, y) in enumerate(rows):
            bold = _style("valb", 8.8, 11.5, f.LATIN_BOLD)
            data.append([P(a, lab), P(b, bold if i == 3 else val), P(x, lab),
                         P(y, bold if i == 3 else val)])
        t = Table(data, colWidths=[0.12 * WIDTH, 0.50 * WIDTH, 0.13 * WIDTH, 0.25 * WIDTH],
                  style=TableStyle([
                      ("FONT", (0, 0), (-1, -1), f.LATIN, 8.8),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("LINEABOVE", (0, 0), (-1, 0), 0.5, ROW_LINE),
                      ("LINEBELOW", (0, -1), (-1, -1), 0.5, ROW_LINE),
                      ("TOPPADDING", (0, 0), (-1, -1), 2),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                      ("TOPPADDING", (0, 0), (-1, 0), 6),
                      ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                  ]))
        left_out = c.left_out_text(s)
        parts: list[Flowable] = [t]
        if left_out:
            parts.append(Spacer(1, 2))
            parts.append(P(left_out, SMALL))
        return KeepTogether(parts)

    # 1
    def sec_key_points(self, _n: int) -> list[Flowable]:
        if not self.s.key_points:
            return [P(c.no_key_points_text(self.s), BODY)]
        intro = c.key_points_intro(self.s)
        items: list[Flowable] = [P(intro, BULLETS_INTRO)] if intro else []
        items += [Paragraph(f.markup(k.text) + sup(self.mark(k.cites)), BULLET, bulletText="•")
                  for k in self.s.key_points]
        box = Table([[items]], colWidths=[WIDTH], style=TableStyle([
            ("FONT", (0, 0), (-1, -1), f.LATIN, 9.8),
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEBEFORE", (0, 0), (0, -1), 2.2, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return [box]

    # 2
    def sec_occasion(self, _n: int) -> list[Flowable]:
        return [*self.note(Section.OCCASION), *self.free_text(self.s.options.occasion_text)]

    # 3
    def sec_facts(self, n: int) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [*self.h2(f"{n}.1 Banden met partners in China")]
        if s.ties:
            rows: list[list[Any]] = [header_row("Partner", "Soort band", "Sinds", "Status",
                                                "Looptijd MoU / evaluatie")]
            for t in s.ties:
                p = t.partner
                if p.hidden:
                    name, sub = p.hidden, f"partner afgeschermd · {t.title}"
                else:
                    name = " ".join(x for x in (p.hanzi, p.name) if x)
                    sub = " · ".join(x for x in (p.pinyin, p.kind, p.place) if x)
                    sub = f"{t.title} · {sub}" if sub else t.title
                rows.append([
                    [P(name, CELL_B, self.mark([t.cite])), P(sub, MUTED_CELL)],
                    P(t.tie_type, CELL), self.since(t),
                    Paragraph(f'<font color="{STATUS_DOT.get(t.status, "#5B6672")}">{DOT}</font> '
                              + f.markup(t.status), CELL),
                    P(self.term(t), CELL),
                ])
            out.append(table(rows, c.TIE_WIDTHS))
        else:
            out.append(P(c.no_ties_text(), BODY))
        out += self.h2(
            f"{n}.2 Contactmomenten {c.short_date(s.period_from)} t/m {c.short_date(s.period_to)}")
        if s.meetings:
            rows = [header_row("Datum", "Richting", "Soort", "Onderwerp")]
            for m in s.meetings:
                # Plain strings where no wrapping or Hanzi can occur: a thousand rows stay fast.
                rows.append([c.short_date(m.held_on), c.direction_text(m.direction),
                             m.kind, P(m.title, CELL, self.mark([m.cite]))])
            out.append(table(rows, (0.12, 0.14, 0.16, 0.58)))
        else:
            out.append(P(c.no_meetings_text(), BODY))
        out += self.h2(f"{n}.3 Besluiten van raad en college")
        if s.decisions:
            rows = [header_row("Datum", "Soort", "Onderwerp", "Uitkomst")]
            for d in s.decisions:
                what = [P(d.title, CELL, self.mark([d.cite]))]
                if d.reference:
                    what.append(P(d.reference, MUTED_CELL))
                rows.append([c.short_date(d.decided_on), P(d.kind, CELL), what, d.outcome])
            out.append(table(rows, (0.12, 0.2, 0.52, 0.16)))
        else:
            out.append(P(c.no_decisions_text(), BODY))
        return out

    @staticmethod
    def term(t: Any) -> str:
        return c.tie_term(t)

    @staticmethod
    def since(t: Any) -> Any:
        """The Sinds cell: the date, and "datum onzeker" under it in muted type (reference)."""
        text, note = c.tie_since(t)
        return [P(text, CELL), P(note, MUTED_CELL)] if note else P(text, CELL)

    # 4
    def sec_changes(self, _n: int) -> list[Flowable]:
        s = self.s
        if s.previous is None:
            return [P(c.no_previous_text(s), BODY)]
        out: list[Flowable] = [P(c.previous_text(s), BODY)]
        if s.changes:
            rows = []
            extra: list[Any] = []
            for i, ch in enumerate(s.changes):
                tag = c.CHANGE_TAGS[ch.tag]
                bg, fg = TAG_COLOURS[tag]
                tag_style = _style(f"tag{i}", 6.8, 8.5, f.LATIN_BOLD, textColor=fg,
                                   alignment=TA_CENTER)
                chip = Table([[Paragraph(" ".join(tag) if len(tag) < 7 else tag, tag_style)]],
                             colWidths=[19 * mm], style=TableStyle([
                                 ("FONT", (0, 0), (-1, -1), f.LATIN_BOLD, 6.8),
                                 ("BACKGROUND", (0, 0), (-1, -1), bg),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                             ]))
                rows.append([chip, P(ch.text, CELL, self.mark(ch.cites))])
            out.append(table(rows, (0.14, 0.86), header=False, extra=extra))
        else:
            out.append(P(c.no_changes_text(), BODY))
        if s.changes_left_out:
            out.append(P(c.changes_left_out_text(s), SMALL))
        return out

    # 5
    def sec_risks(self, _n: int) -> list[Flowable]:
        s = self.s
        if not s.risks:
            return [P(c.no_risks_text(), BODY)]
        out: list[Flowable] = [P(
            f"{c.risks_intro(s)} Links de bruto score, zonder beheersmaatregelen; rechts de "
            "netto score: het restrisico na maatregelen. Elk vak toont het aantal risico’s.", BODY)]
        maps = Table([[self.heat("Bruto (inherent risico)", "vóór maatregelen", False),
                       self.heat("Netto (restrisico)", "na maatregelen", True), self.legend()]],
                     colWidths=[0.36 * WIDTH, 0.36 * WIDTH, 0.28 * WIDTH],
                     style=TableStyle([("FONT", (0, 0), (-1, -1), f.LATIN, 8),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out = [KeepTogether([*out, maps])]
        top, rest = c.top_risks(s)
        out += self.h2("Belangrijkste risico’s (hoogste netto score eerst)")
        rows: list[list[Any]] = [header_row("Code", "Risico", "Bruto", "Netto",
                                            "Beheersmaatregelen", "Eigenaar")]
        for r in top:
            risk = [P(r.category_name or r.category_code, CELL_B),
                    P(r.title, CELL, self.mark([r.cite]))]
            rows.append([P(r.category_code, CELL_B), risk, self.chip(r, False),
                         self.chip(r, True), P(r.measures or "—", CELL),
                         [P(r.owner or "—", CELL),
                          P(f"review {c.short_date(r.next_review_on)}", MUTED_CELL)]])
        out.append(table(rows, (0.09, 0.31, 0.1, 0.1, 0.24, 0.16)))
        if rest:
            out.append(P(c.rest_risks_text(rest), SMALL))
        return out

    def chip(self, r: RiskItem, residual: bool) -> Table:
        k, i = ((r.residual_likelihood, r.residual_impact) if residual
                else (r.inherent_likelihood, r.inherent_impact))
        level = r.residual_level if residual else r.inherent_level
        return Table([[Paragraph(str(k * i), CHIP)], [Paragraph(label(level), CHIP_SUB)],
                      [Paragraph(f"K{k} × I{i}", CHIP_SUB)]],
                     colWidths=[12 * mm], style=TableStyle([
                         ("FONT", (0, 0), (-1, -1), f.LATIN, 7),
                         ("BACKGROUND", (0, 0), (0, 0), LEVEL[level]),
                         ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                     ]), hAlign="LEFT")

    def heat(self, title: str, sub: str, residual: bool) -> list[Flowable]:
        counts = c.heat_counts(self.s.risks, residual)
        cell = 8.6 * mm
        x0, y0 = 12 * mm, 9 * mm
        d = Drawing(x0 + 5 * cell + 2, y0 + 5 * cell + 2)
        d.initialFontName = f.LATIN
        for k in range(1, 6):
            for i in range(1, 6):
                level = c.level_of(self.s, k * i)
                n = counts.get((k, i), 0)
                fill = LEVEL[level] if n else _pale(LEVEL[level])
                d.add(Rect(x0 + (i - 1) * cell, y0 + (k - 1) * cell, cell - 1.2, cell - 1.2,
                           fillColor=fill, strokeColor=None))
                if n:
                    d.add(String(x0 + (i - 0.5) * cell - 0.6, y0 + (k - 0.5) * cell - 3.6,
                                 str(n), fontName=f.LATIN_BOLD, fontSize=10,
                                 textAnchor="middle", fillColor=TEXT))
            d.add(String(x0 - 6, y0 + (k - 0.5) * cell - 2.5, str(k), fontName=f.LATIN,
                         fontSize=6.5, textAnchor="middle", fillColor=MUTED))
            d.add(String(x0 + (k - 0.5) * cell - 0.6, y0 - 8, str(k), fontName=f.LATIN,
                         fontSize=6.5, textAnchor="middle", fillColor=MUTED))
        kans = String(0, 0, "Kans", fontName=f.LATIN_BOLD, fontSize=7, textAnchor="middle",
                      fillColor=TEXT)
        from reportlab.graphics.shapes import Group

        g = Group(kans)
        g.transform = (0, 1, -1, 0, 4, y0 + 2.5 * cell)
        d.add(g)
        d.add(String(x0 + 2.5 * cell, 0, "Impact", fontName=f.LATIN_BOLD, fontSize=7,
                     textAnchor="middle", fillColor=TEXT))
        n = len(self.s.risks)
        risks = count(n, "risico", "risico’s")
        return [P(title, CELL_B), P(f"{sub} · {risks}", MUTED_CELL), Spacer(1, 3), d]

    def legend(self) -> list[Flowable]:
        out: list[Flowable] = [P("Score = kans × impact", CELL_B), Spacer(1, 3)]
        for band in self.s.levels:
            colour = LEVEL[band.level].hexval()[2:]
            out.append(Paragraph(
                f'<font color="#{colour}">{SQUARE}</font> <b>{label(band.level)}</b> '
                f'{band.min_score}–{band.max_score} · '
                f'<font color="#5B6672">{c.review_word(band.review_months)}</font>', MUTED_CELL))
        out += [Spacer(1, 3), P("Kans (12 maanden)", CELL_B),
                P("1 <5% · 2 5–20% · 3 20–50% · 4 50–80% · 5 >80%", MUTED_CELL),
                Spacer(1, 3), P("Impact", CELL_B),
                P("1 beperkt · 2 aanzienlijk · 3 ernstig · 4 zeer ernstig · 5 catastrofaal",
                  MUTED_CELL)]
        return out

    # 6
    def sec_actions(self, _n: int) -> list[Flowable]:
        acts: list[ActionItem] = c.open_actions(self.s)
        if not acts:
            return [P(c.no_actions_text(), BODY)]
        rows: list[list[Any]] = [header_row("Nr.", "Actie of toezegging", "Eigenaar",
                                            c.DUE_HEADER, "Status")]
        late = _style("late", 8.2, 10.5, f.LATIN_BOLD, textColor=colors.HexColor("#B35A00"))
        for a in acts:
            word = c.action_status(a)
            status = (Paragraph(f'<font color="#B35A00">{DOT}</font> {word}', late) if a.overdue
                      else Paragraph(f'<font color="#5B6672">{DOT}</font> {word}', CELL))
            rows.append([a.cite.record_no, P(a.what, CELL, self.mark([a.cite])),
                         P(a.owner or "—", CELL), c.short_date(a.due_on), status])
        return [table(rows, (0.12, 0.46, 0.18, 0.12, 0.12))]

    # 7
    def sec_options(self, _n: int) -> list[Flowable]:
        return [*self.note(Section.OPTIONS), *self.free_text(self.s.options.advice_text)]

    # 8
    def sec_talking_points(self, _n: int) -> list[Flowable]:
        return [*self.note(Section.TALKING_POINTS),
                *self.free_text(self.s.options.talking_points_text)]

    # 9
    def sec_sources(self, _n: int) -> list[Flowable]:
        s = self.s
        out: list[Flowable] = [P(c.sources_intro(s), SMALL)]
        if not self.cites.entries:
            out.append(P("Geen verwijzingen.", BODY))
            return out
        rows: list[list[Any]] = [header_row("Nr.", "Record", "Omschrijving", "Bron", "Niveau")]
        for number, cite in enumerate(self.cites.entries, start=1):
            rows.append([
                Paragraph(f'<a name="bron{number}"/><b>[{number}]</b>', CELL),
                cite.record_no, P(cite.description, CELL), P(c.source_text(cite), CELL),
                c.classification_word(cite.classification).lower(),
            ])
        out.append(table(rows, (0.07, 0.15, 0.38, 0.29, 0.11), extra=[
            ("FONT", (1, 1), (1, -1), f.LATIN_BOLD, 8.2),
            ("FONT", (4, 1), (4, -1), f.LATIN, 7.3),
            ("TEXTCOLOR", (4, 1), (4, -1), MUTED),
        ]))
        return out

    # -- free text ----------------------------------------------------------------------------

    @staticmethod
    def h2(text: str) -> list[Flowable]:
        """A sub-heading that never stays alone at a page foot (it needs room for two rows)."""
        return [CondPageBreak(30 * mm), Paragraph(f.markup(text), H2)]

    def note(self, section: Section) -> list[Flowable]:
        """"Concepttekst, door Chinadossier voorgesteld …" or "Ambtelijke tekst …" (or none)."""
        text = c.text_note(self.s, section)
        return [P(text, SMALL)] if text else []

    def free_text(self, text: str) -> list[Flowable]:
        if not text.strip():
            return [P("(geen tekst ingevuld)", SMALL)]
        out: list[Flowable] = []
        questions: list[c.Question] = []
        for block in c.blocks(text):
            if isinstance(block, c.Question):
                questions.append(block)
                continue
            if isinstance(block, c.Para):
                out.append(P(block.text, BODY))
            elif isinstance(block, c.Bullet):
                out.append(Paragraph(f.markup(block.text), BULLET, bulletText="•"))
            elif isinstance(block, c.Option):
                out.append(self.option(block))
        if questions:
            out += self.h2("Mogelijke vragen")
            for q in questions:
                qa = Table([[Paragraph("<b>V</b>", CELL), P(q.question, CELL_B)],
                            [Paragraph("<b>A</b>", CELL), P(q.answer, CELL)]],
                           colWidths=[0.05 * WIDTH, 0.95 * WIDTH], style=TableStyle([
                               ("FONT", (0, 0), (-1, -1), f.LATIN, 8.2),
                               ("TEXTCOLOR", (0, 0), (0, -1), ACCENT),
                               ("LINEBELOW", (0, -1), (-1, -1), 0.5, ROW_LINE),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                           ]))
                out.append(KeepTogether([qa]))
        return out

    def option(self, o: c.Option) -> Flowable:
        tag = (' <font backColor="#1F3A5F" color="#FFFFFF" size="6.8">&nbsp;ADVIES&nbsp;</font>'
               if o.advised else "")
        body: list[Flowable] = [Paragraph(f"<b>Optie {f.markup(o.letter)} — "
                                          f"{f.markup(o.title)}</b>{tag}", CELL)]
        body += [P(line, CELL) for line in o.body]
        if o.pro:
            body.append(Paragraph('<font color="#2F7A2A"><b>+ Voor:</b></font> '
                                  + f.markup(o.pro), CELL))
        if o.con:
            body.append(Paragraph(f'<font color="#A3261B"><b>{f.markup("−")} Tegen:</b></font> '
                                  + f.markup(o.con), CELL))
        d = Drawing(8 * mm, 8 * mm)
        d.initialFontName = f.LATIN
        d.add(Circle(4 * mm, 4 * mm, 3.4 * mm, fillColor=ACCENT if o.advised else colors.white,
                     strokeColor=ACCENT, strokeWidth=0.9))
        d.add(String(4 * mm, 4 * mm - 3.2, o.letter[:2], fontName=f.LATIN_BOLD, fontSize=9,
                     textAnchor="middle", fillColor=colors.white if o.advised else ACCENT))
        cmds: list[Any] = [("FONT", (0, 0), (-1, -1), f.LATIN, 8.2),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
        if o.advised:
            cmds.append(("BACKGROUND", (0, 0), (-1, -1), TINT))
        return KeepTogether([Table([[d, body]], colWidths=[0.07 * WIDTH, 0.93 * WIDTH],
                                   style=TableStyle(cmds)), Spacer(1, 4)])


def _pale(colour: colors.Color) -> colors.Color:
    return colors.Color(1 - (1 - colour.red) * 0.28, 1 - (1 - colour.green) * 0.28,
                        1 - (1 - colour.blue) * 0.28)


def _build(snap: BriefingSnapshot, furniture: Furniture) -> tuple[bytes, int]:
    buf = io.BytesIO()
    doc = _Doc(
        buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_LATER,
        bottomMargin=BOTTOM, title=f"Briefingsnotitie {snap.kenmerk}: {snap.subject}",
        author=snap.options.van or "Chinadossier", subject=snap.subject,
        creator=f"Chinadossier {snap.app_version}", lang="nl-NL", invariant=1,
        initialFontName=f.LATIN, initialFontSize=9.8,
    )
    doc.created = snap.generated_at
    first = Frame(MARGIN, BOTTOM, WIDTH, PAGE_H - TOP_FIRST - BOTTOM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, BOTTOM, WIDTH, PAGE_H - TOP_LATER - BOTTOM, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("first", [first], onPage=furniture.first, autoNextPageTemplate="later"),
        PageTemplate("later", [later], onPage=furniture.later),
    ])
    doc.build(Builder(snap).story())
    return buf.getvalue(), doc.page


def render_pdf(snap: BriefingSnapshot) -> bytes:
    """The memo as PDF bytes; identical for an identical snapshot."""
    f.register()
    data, _pages = _build(snap, Furniture(snap))
    return data


__all__ = ["render_pdf", "Section"]
