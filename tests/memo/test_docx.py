"""The DOCX reopened with python-docx: sections, tables, Hanzi runs, page-number fields."""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.oxml.ns import qn

from chinadossier.memo import content


def test_sections_and_text(internal_docx: bytes, internal_snapshot: Any) -> None:
    doc = docx.Document(io.BytesIO(internal_docx))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert [h.split(maxsplit=1)[1] for h in headings] == list(content.TITLES.values())
    assert doc.core_properties.author == "Anneloes van den Berg"
    assert internal_snapshot.kenmerk in doc.core_properties.title
    cells = " ".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "南京市人民政府" in cells and "ca. 1987" in cells


def test_tables_repeat_their_header_and_rows_do_not_split(internal_docx: bytes) -> None:
    doc = docx.Document(io.BytesIO(internal_docx))
    with_header = 0
    for table in doc.tables:
        for i, row in enumerate(table.rows):
            trpr = row._tr.trPr
            assert trpr is not None and trpr.find(qn("w:cantSplit")) is not None
            if i == 0 and trpr.find(qn("w:tblHeader")) is not None:
                with_header += 1
    assert with_header >= 5


def test_hanzi_runs_carry_the_east_asian_font_and_chinese_language(internal_docx: bytes) -> None:
    doc = docx.Document(io.BytesIO(internal_docx))
    runs = [r for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs
            for r in p.runs if "南京" in r.text]
    assert runs
    for run in runs:
        rpr = run._r.rPr
        assert rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "WenQuanYi Micro Hei"
        assert rpr.find(qn("w:lang")).get(qn("w:val")) == "zh-CN"


def test_footer_has_page_x_of_y_fields(internal_docx: bytes) -> None:
    doc = docx.Document(io.BytesIO(internal_docx))
    footer = doc.sections[0].footer._element
    fields = [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    text = "".join(t.text or "" for t in footer.iter(qn("w:t")))
    assert "Pagina 1 van 1" in text
