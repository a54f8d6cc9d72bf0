"""The memo as DOCX (python-docx): the same sections, for officials who edit in Word.

Hanzi runs carry the East Asian font and the zh-CN language; table header rows repeat on every
page and rows never split; the footer holds "Pagina {PAGE} van {NUMPAGES}" as live fields.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, NamedTuple

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell

from chinadossier.domain.briefing import ActionItem, BriefingSnapshot, Cite, Section
from chinadossier.domain.codes import Classification, RiskLevel
from chinadossier.domain.date_words import dutch_date
from chinadossier.domain.labels import label
from chinadossier.domain.local_time import local_date
from chinadossier.memo import content as c
from chinadossier.memo import fonts as f

ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
TEXT = RGBColor(0x1B, 0x1F, 0x24)
MUTED = RGBColor(0x5B, 0x66, 0x72)
LEVEL_HEX = {
    RiskLevel.LOW: "9DCF98", RiskLevel.MEDIUM: "F4DA72", RiskLevel.HIGH: "F1A95A",
    RiskLevel.VERY_HIGH: "DD6B5E",
}
PALE_HEX = {
    RiskLevel.LOW: "E7F3E6", RiskLevel.MEDIUM: "FCF4D4", RiskLevel.HIGH: "FBE7D2",
    RiskLevel.VERY_HIGH: "F6D6D2",
}
BANNER_HEX = {
    Classification.PUBLIC: ("E6F2E4", RGBColor(0x2F, 0x5E, 0x2A)),
    Classification.INTERNAL: ("FBF1DF", RGBColor(0x7A, 0x4B, 0x00)),
    Classification.CONFIDENTIAL: ("F8E0DC", RGBColor(0x8A, 0x1C, 0x12)),
}


class Noted(NamedTuple):
    """A table cell with a muted note under its text ("ca. 1987" / "datum onzeker")."""

    text: str
    note: str


def _set_lang_and_fonts(run: Any, cjk: bool) -> None:
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), f.LATIN_FAMILY)
    fonts.set(qn("w:hAnsi"), f.LATIN_FAMILY)
    fonts.set(qn("w:eastAsia"), f.CJK_FAMILY if cjk else f.LATIN_FAMILY)
    fonts.set(qn("w:cs"), f.LATIN_FAMILY)
    if cjk:
        fonts.set(qn("w:ascii"), f.CJK_FAMILY)
        fonts.set(qn("w:hAnsi"), f.CJK_FAMILY)
        fonts.set(qn("w:hint"), "eastAsia")
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "zh-CN" if cjk else "nl-NL")
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(lang)


def add_text(par: Any, text: str, *, bold: bool = False, italic: bool = False,
             size: float | None = None, colour: RGBColor | None = None,
             superscript: bool = False) -> None:
    """Add text to a paragraph, one run per script."""
    for cjk, piece in f.runs(text):
        run = par.add_run(piece)
        run.bold = bold and not cjk
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
        if superscript:
            run.font.superscript = True
        _set_lang_and_fonts(run, cjk)


def _shade(cell: Any, hex_colour: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcpr.append(shd)


def _row_flags(row: Any, header: bool) -> None:
    trpr = row._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    trpr.append(cant)
    if header:
        th = OxmlElement("w:tblHeader")
        trpr.append(th)


def _field(par: Any, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    par._p.append(fld)


class DocxBuilder:
    """Writes one memo into a python-docx Document."""

    def __init__(self, snap: BriefingSnapshot) -> None:
        self.s = snap
        self.cites = c.citations(snap)
        self.doc = Document()

    def mark(self, cites: Sequence[Cite]) -> str:
        text = self.cites.mark(cites)
        return f"[{text}]" if text else ""

    # -- scaffolding -----------------------------------------------------------------------------

    def setup(self) -> None:
        s = self.s
        props = self.doc.core_properties
        props.title = f"Briefingsnotitie {s.kenmerk}: {s.subject}"
        props.author = s.options.van or "Chinadossier"
        props.subject = s.subject
        props.language = "nl-NL"
        props.created = s.generated_at.replace(tzinfo=None)
        props.modified = s.generated_at.replace(tzinfo=None)
        props.last_modified_by = props.author
        props.revision = 1
        normal = self.doc.styles["Normal"]
        normal.font.name = f.LATIN_FAMILY
        normal.font.size = Pt(9.8)
        normal.font.color.rgb = TEXT
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        fonts.set(qn("w:eastAsia"), f.CJK_FAMILY)
        for name, size in (("Heading 1", 12), ("Heading 2", 9.8)):
            st = self.doc.styles[name]
            st.font.name = f.LATIN_FAMILY
            st.font.size = Pt(size)
            st.font.bold = True
            st.font.color.rgb = ACCENT if name == "Heading 1" else TEXT
            st.paragraph_format.keep_with_next = True
        sec = self.doc.sections[0]
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(20)
        sec.top_margin, sec.bottom_margin = Mm(24), Mm(25)
        sec.header_distance, sec.footer_distance = Mm(8), Mm(6)
        self.banner(sec.header.paragraphs[0])
        footer = sec.footer
        line = footer.paragraphs[0]
        gen = c.local_time(s.generated_at)
        add_text(line, f"Chinadossier {s.app_version} · gegenereerd {gen} · {s.kenmerk} versie "
                       f"{s.version_label} · classificatie "
                       f"{c.classification_word(s.classification)}", size=7.3, colour=MUTED)
        page = footer.add_paragraph()
        page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_text(page, "Pagina ", size=7.6, bold=True)
        _field(page, "PAGE")
        add_text(page, " van ", size=7.6, bold=True)
        _field(page, "NUMPAGES")
        if s.is_demo:
            add_text(footer.add_paragraph(), "VOORBEELD — fictieve gegevens", size=7.3,
                     bold=True, colour=RGBColor(0xA3, 0x26, 0x1B))
        self.banner(footer.add_paragraph())

    def banner(self, par: Any) -> None:
        fill, colour = BANNER_HEX[self.s.classification]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ppr = par._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        ppr.append(shd)
        add_text(par, " ".join(c.classification_word(self.s.classification).upper()),
                 bold=True, size=7.2, colour=colour)

    def para(self, text: str = "", *, style: str | None = None, muted: bool = False,
             size: float | None = None, bold: bool = False, cite: str = "") -> Any:
        par = self.doc.add_paragraph(style=style)
        if text:
            add_text(par, text, colour=MUTED if muted else None, size=size, bold=bold)
        if cite:
            add_text(par, cite, superscript=True, colour=ACCENT, size=6.5)
        return par

    def heading(self, text: str, level: int) -> None:
        par = self.doc.add_heading(level=level)
        add_text(par, text, bold=True, colour=ACCENT if level == 1 else TEXT,
                 size=12 if level == 1 else 9.8)

    def table(self, header: Sequence[str] | None, rows: Sequence[Sequence[Any]],
              widths: Sequence[float]) -> Any:
        cols = len(widths)
        t = self.doc.add_table(rows=0, cols=cols)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        sizes = [Mm(170 * w) for w in widths]

        def new_row(is_header: bool) -> list[Any]:
            # Cells straight from the row element: python-docx's row.cells rebuilds the
            # whole table's cell grid on every call (quadratic for a long table).
            row = t.add_row()
            _row_flags(row, header=is_header)
            cells = [_Cell(tc, t) for tc in row._tr.tc_lst]
            for cell, size in zip(cells, sizes, strict=True):
                cell.width = size
            return cells

        if header:
            for cell, name in zip(new_row(True), header, strict=True):
                _shade(cell, "E9EEF4")
                add_text(cell.paragraphs[0], name, bold=True, size=7.6, colour=ACCENT)
        for values in rows:
            for cell, value in zip(new_row(False), values, strict=True):
                self.fill(cell, value)
        return t

    def fill(self, cell: Any, value: Any) -> None:
        """A cell: text, or (text, cite), or a list of lines (the first bold), or a Noted
        (text with a muted note under it, regular weight)."""
        if isinstance(value, Noted):
            add_text(cell.paragraphs[0], value.text, size=8.2)
            add_text(cell.add_paragraph(), value.note, size=7.3, colour=MUTED)
        elif isinstance(value, tuple):
            text, cite = value
            add_text(cell.paragraphs[0], text, size=8.2)
            if cite:
                add_text(cell.paragraphs[0], cite, superscript=True, colour=ACCENT, size=6.5)
        elif isinstance(value, list):
            first = True
            for line in value:
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                if isinstance(line, tuple):
                    add_text(par, line[0], size=8.2, bold=first)
                    if line[1]:
                        add_text(par, line[1], superscript=True, colour=ACCENT, size=6.5)
                else:
                    add_text(par, line, size=7.3 if not first else 8.2, bold=first,
                             colour=None if first else MUTED)
                first = False
        else:
            add_text(cell.paragraphs[0], str(value), size=8.2)

    # -- the memo ------------------------------------------------------------------------------

    def build(self) -> bytes:
        s, o = self.s, self.s.options
        self.setup()
        head = self.doc.add_paragraph()
        add_text(head, s.authority_kind.capitalize(), size=8.5, colour=MUTED)
        name = self.doc.add_paragraph()
        add_text(name, s.authority_name, size=15, bold=True, colour=ACCENT)
        title = self.doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_text(title, "Briefingsnotitie", size=17, bold=True, colour=ACCENT)
        meeting = o.meeting or "—"
        if o.meeting and o.meeting_on:
            meeting = f"{o.meeting} {dutch_date(o.meeting_on)}"
        if o.agenda_item:
            meeting += f", agendapunt {o.agenda_item}"
        self.table(None, [
            ["Aan", o.aan or "—", "Kenmerk", s.kenmerk],
            ["Van", o.van or "—", "Versie", c.version_text(s)],
            ["Datum", dutch_date(local_date(s.generated_at)), "Vergadering", meeting],
            ["Onderwerp", s.subject, "Classificatie", c.classification_word(s.classification)],
        ], (0.12, 0.5, 0.13, 0.25))
        if s.left_out:
            self.para(c.left_out_text(s), muted=True, size=7.6)
        for number, section in c.sections(s):
            self.heading(f"{number}  {c.TITLES[section]}", 1)
            getattr(self, f"sec_{section.name.lower()}")(number)
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    def sec_key_points(self, _n: int) -> None:
        if not self.s.key_points:
            self.para(c.no_key_points_text(self.s))
        elif intro := c.key_points_intro(self.s):
            self.para(intro)
        for k in self.s.key_points:
            self.para(k.text, style="List Bullet", cite=self.mark(k.cites))

    def sec_occasion(self, _n: int) -> None:
        self.note(Section.OCCASION)
        self.free_text(self.s.options.occasion_text)

    def sec_facts(self, n: int) -> None:
        s = self.s
        self.heading(f"{n}.1 Banden met partners in China", 2)
        rows: list[list[Any]] = []
        for t in s.ties:
            p = t.partner
            if p.hidden:
                name, sub = p.hidden, f"partner afgeschermd · {t.title}"
            else:
                name = " ".join(x for x in (p.hanzi, p.name) if x)
                extra = " · ".join(x for x in (p.pinyin, p.kind, p.place) if x)
                sub = f"{t.title} · {extra}" if extra else t.title
            since, note = c.tie_since(t)
            rows.append([[(name, self.mark([t.cite])), sub], t.tie_type,
                         Noted(since, note) if note else since, t.status, c.tie_term(t)])
        if rows:
            self.table(["Partner", "Soort band", "Sinds", "Status", "Looptijd MoU / evaluatie"],
                       rows, c.TIE_WIDTHS)
        else:
            self.para(c.no_ties_text())
        self.heading(f"{n}.2 Contactmomenten {c.short_date(s.period_from)} t/m "
                     f"{c.short_date(s.period_to)}", 2)
        if s.meetings:
            self.table(["Datum", "Richting", "Soort", "Onderwerp"], [
                [c.short_date(m.held_on), c.direction_text(m.direction), m.kind,
                 (m.title, self.mark([m.cite]))] for m in s.meetings
            ], (0.12, 0.14, 0.16, 0.58))
        else:
            self.para(c.no_meetings_text())
        self.heading(f"{n}.3 Besluiten van raad en college", 2)
        if s.decisions:
            self.table(["Datum", "Soort", "Onderwerp", "Uitkomst"], [
                [c.short_date(d.decided_on), d.kind,
                 [(d.title, self.mark([d.cite])), *( [d.reference] if d.reference else [])],
                 d.outcome] for d in s.decisions
            ], (0.12, 0.2, 0.52, 0.16))
        else:
            self.para(c.no_decisions_text())

    def sec_changes(self, _n: int) -> None:
        s = self.s
        if s.previous is None:
            self.para(c.no_previous_text(s))
            return
        self.para(c.previous_text(s))
        if s.changes:
            self.table(None, [[c.CHANGE_TAGS[ch.tag], (ch.text, self.mark(ch.cites))]
                              for ch in s.changes], (0.14, 0.86))
        else:
            self.para(c.no_changes_text())
        if s.changes_left_out:
            self.para(c.changes_left_out_text(s), muted=True, size=7.6)

    def sec_risks(self, _n: int) -> None:
        s = self.s
        if not s.risks:
            self.para(c.no_risks_text())
            return
        self.para(f"{c.risks_intro(s)} Bruto: zonder beheersmaatregelen; netto: het restrisico "
                  "na maatregelen. Elk vak toont het aantal risico’s.")
        for title, residual in (("Bruto (inherent risico)", False), ("Netto (restrisico)", True)):
            self.heading(title, 2)
            self.heat(residual)
        legend = "; ".join(f"{label(b.level)} {b.min_score}–{b.max_score} "
                           f"({c.review_word(b.review_months)})" for b in s.levels)
        self.para(f"Score = kans × impact. {legend}.", muted=True, size=7.6)
        top, rest = c.top_risks(s)
        self.heading("Belangrijkste risico’s (hoogste netto score eerst)", 2)
        rows = []
        for r in top:
            rows.append([
                r.category_code,
                [(r.category_name or r.category_code, ""), r.title + " " + self.mark([r.cite])],
                f"{r.inherent_score} {label(r.inherent_level)} "
                f"K{r.inherent_likelihood}×I{r.inherent_impact}",
                f"{r.residual_score} {label(r.residual_level)} "
                f"K{r.residual_likelihood}×I{r.residual_impact}",
                r.measures or "—",
                [(r.owner or "—", ""), f"review {c.short_date(r.next_review_on)}"],
            ])
        t = self.table(["Code", "Risico", "Bruto", "Netto", "Beheersmaatregelen", "Eigenaar"],
                       rows, (0.09, 0.31, 0.1, 0.1, 0.24, 0.16))
        for tr, r in zip(t._tbl.tr_lst[1:], top, strict=True):
            tcs = tr.tc_lst
            _shade(_Cell(tcs[2], t), LEVEL_HEX[r.inherent_level])
            _shade(_Cell(tcs[3], t), LEVEL_HEX[r.residual_level])
        if rest:
            self.para(c.rest_risks_text(rest), muted=True, size=7.6)

    def heat(self, residual: bool) -> None:
        counts = c.heat_counts(self.s.risks, residual)
        t = self.doc.add_table(rows=6, cols=6)
        t.style = "Table Grid"
        t.autofit = False
        for k in range(5, 0, -1):
            row = t.rows[5 - k]
            _row_flags(row, header=False)
            add_text(row.cells[0].paragraphs[0], f"Kans {k}", size=7, colour=MUTED)
            for i in range(1, 6):
                cell = row.cells[i]
                level = c.level_of(self.s, k * i)
                n = counts.get((k, i), 0)
                _shade(cell, LEVEL_HEX[level] if n else PALE_HEX[level])
                if n:
                    add_text(cell.paragraphs[0], str(n), bold=True, size=9)
        last = t.rows[5]
        _row_flags(last, header=False)
        for i in range(1, 6):
            add_text(last.cells[i].paragraphs[0], f"Impact {i}", size=7, colour=MUTED)
        for col in t.columns:
            for cell in col.cells:
                cell.width = Mm(14)

    def sec_actions(self, _n: int) -> None:
        acts: list[ActionItem] = c.open_actions(self.s)
        if not acts:
            self.para(c.no_actions_text())
            return
        self.table(["Nr.", "Actie of toezegging", "Eigenaar", c.DUE_HEADER, "Status"], [
            [a.cite.record_no, (a.what, self.mark([a.cite])), a.owner or "—",
             c.short_date(a.due_on), c.action_status(a)] for a in acts
        ], (0.12, 0.46, 0.18, 0.12, 0.12))

    def sec_options(self, _n: int) -> None:
        self.note(Section.OPTIONS)
        self.free_text(self.s.options.advice_text)

    def sec_talking_points(self, _n: int) -> None:
        self.note(Section.TALKING_POINTS)
        self.free_text(self.s.options.talking_points_text)

    def note(self, section: Section) -> None:
        """"Concepttekst, door Chinadossier voorgesteld …" or "Ambtelijke tekst …" (or none)."""
        text = c.text_note(self.s, section)
        if text:
            self.para(text, muted=True, size=7.6)

    def sec_sources(self, _n: int) -> None:
        s = self.s
        self.para(c.sources_intro(s), muted=True, size=7.6)
        if self.cites.entries:
            self.table(["Nr.", "Record", "Omschrijving", "Bron", "Niveau"], [
                [f"[{i}]", e.record_no, e.description, c.source_text(e),
                 c.classification_word(e.classification).lower()]
                for i, e in enumerate(self.cites.entries, start=1)
            ], (0.07, 0.15, 0.38, 0.29, 0.11))

    def free_text(self, text: str) -> None:
        if not text.strip():
            self.para("(geen tekst ingevuld)", muted=True, size=7.6)
            return
        questions = []
        for block in c.blocks(text):
            if isinstance(block, c.Question):
                questions.append(block)
            elif isinstance(block, c.Para):
                self.para(block.text)
            elif isinstance(block, c.Bullet):
                self.para(block.text, style="List Bullet")
            elif isinstance(block, c.Option):
                par = self.doc.add_paragraph()
                add_text(par, f"Optie {block.letter} — {block.title}", bold=True)
                if block.advised:
                    add_text(par, "  ADVIES", bold=True, size=7, colour=ACCENT)
                for line in block.body:
                    self.para(line)
                if block.pro:
                    self.para(f"+ Voor: {block.pro}")
                if block.con:
                    self.para(f"− Tegen: {block.con}")
        if questions:
            self.heading("Mogelijke vragen", 2)
            for q in questions:
                par = self.doc.add_paragraph()
                par.paragraph_format.keep_with_next = True
                add_text(par, "V  " + q.question, bold=True)
                self.para("A  " + q.answer)


def render_docx(snap: BriefingSnapshot) -> bytes:
    """The memo as DOCX bytes."""
    f.register()
    return DocxBuilder(snap).build()
