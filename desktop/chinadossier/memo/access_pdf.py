"""The AVG access export (inzageverzoek) as a readable Dutch PDF, in the memo's fonts.

The same fonts as the briefing memo (Liberation Sans, WenQuanYi Micro Hei for Hanzi, both embedded),
A4, a heading with the person's name and the date, a table of the personal data and one table
per section; every page says what it is and "Pagina x van y".
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from chinadossier.domain.access import AccessExport
from chinadossier.domain.local_time import moment_text
from chinadossier.memo import fonts as f
from chinadossier.memo.pdf import (
    BODY,
    BOTTOM,
    CELL,
    CELL_B,
    H1,
    MARGIN,
    MUTED,
    PAGE_W,
    SMALL,
    WIDTH,
    P,
    draw_text,
    header_row,
    table,
)

_TOP = 22 * mm
#: A section heading never stays alone at the foot of a page.
_HEAD = ParagraphStyle("access_h1", parent=H1, keepWithNext=1)


def _cell(text: str, bold: bool = False) -> Paragraph:
    return Paragraph(f.markup(text or "—"), CELL_B if bold else CELL)


def render_access_pdf(export: AccessExport) -> bytes:
    """The PDF's bytes."""
    f.register()
    out = io.BytesIO()
    first_pass = {"pages": 0}

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        left = f"Inzageverzoek (art. 15 AVG) — {export.person_name} ({export.person_no})"
        draw_text(canvas, MARGIN, 12 * mm, left, f.LATIN, 7.5)
        total = first_pass["pages"]
        page = f"Pagina {doc.page} van {total}" if total else f"Pagina {doc.page}"
        draw_text(canvas, PAGE_W - MARGIN, 12 * mm, page, f.LATIN, 7.5, align="right")
        canvas.restoreState()

    # Two passes, so every page can say "Pagina x van y".
    def build(target: io.BytesIO) -> int:
        doc = BaseDocTemplate(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                        topMargin=_TOP, bottomMargin=BOTTOM,
                        title=f"Inzageverzoek {export.person_name}", author=export.owner,
                        subject="Inzageverzoek AVG art. 15")
        frame = Frame(MARGIN, BOTTOM, WIDTH, A4[1] - _TOP - BOTTOM, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=furniture)])
        doc.build(_story(export))
        return int(doc.page)

    first_pass["pages"] = build(io.BytesIO())
    build(out)
    return out.getvalue()


def _story(export: AccessExport) -> list[Any]:
    story: list[Any] = [
        Paragraph(f.markup(f"Inzageverzoek: {export.person_name}"), H1),
        P(export.intro),
        P(f"Opgesteld op {moment_text(export.generated_at)} door {export.owner}.", SMALL),
        Paragraph("Persoonsgegevens", _HEAD),
        table([[_cell(k, bold=True), _cell(v)] for k, v in export.facts], (0.3, 0.7),
              header=False),
    ]
    for section in export.tables:
        story.append(Paragraph(f.markup(section.title), _HEAD))
        if not section.rows:
            story.append(P(section.empty, BODY))
            continue
        rows: list[list[Any]] = [header_row(*section.header)]
        rows += [[_cell(v) for v in row] for row in section.rows]
        story.append(table(rows, section.widths))
        story.append(Spacer(1, 4))
    return story
