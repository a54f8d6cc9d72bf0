"""The PDF: sections, Hanzi, diacritics, embedded fonts, page numbers, metadata, determinism."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from typing import Any

from pypdf import PdfReader

from chinadossier.domain.briefing import Section
from chinadossier.memo import content, fonts
from chinadossier.memo.pdf import render_pdf

BASE14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


def text_of(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def test_every_section_heading_hanzi_and_diacritics_are_in_the_text(internal_pdf: bytes) -> None:
    text = "\n".join(text_of(internal_pdf))
    flat = re.sub(r"\s+", " ", text)
    for title in content.TITLES.values():
        assert title in flat, title
    assert "南京市人民政府" in text.replace(" ", "").replace("\n", "")
    for word in ("één", "Nánjīng", "Wijzigingen", "Risico’s"):
        assert word in flat, word
    assert "ca. 1987" in flat and "datum onzeker" in flat


def test_every_font_on_every_page_is_embedded_and_none_is_base14(internal_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(internal_pdf))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            seen.add(name.split("+")[-1])
            assert not any(b in name for b in BASE14), name
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, name  # TrueType, embedded
            assert re.match(r"/[A-Z]{6}\+", name), name  # a subset
    assert {"LiberationSans", "LiberationSans-Bold", "WenQuanYiMicroHei-0"} <= seen


def test_every_character_of_the_snapshot_is_covered_by_its_font(internal_snapshot: Any) -> None:
    text = content.all_text(internal_snapshot)
    for latin in (fonts.LATIN, fonts.LATIN_BOLD, fonts.LATIN_ITALIC, fonts.LATIN_BOLD_ITALIC):
        assert fonts.uncovered(text, latin) == set(), latin
    assert fonts.uncovered("● ■ − → ← ↔ × – ’ “”") == set()


def test_pages_are_numbered_x_of_y(internal_snapshot: Any) -> None:
    # A memo of many pages: the period's contact moments repeated forty times.
    many = replace(internal_snapshot, meetings=internal_snapshot.meetings * 40)
    pages = text_of(render_pdf(many))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        # The total is a form drawn on every page; text extraction puts it on its own line.
        text = re.sub(r"\s+", " ", text)
        assert f"Pagina {number} van {len(pages)}" in text
        assert "I N T E R N" in text  # the banner


def test_metadata_and_outline(internal_pdf: bytes, internal_snapshot: Any) -> None:
    reader = PdfReader(io.BytesIO(internal_pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title and internal_snapshot.kenmerk in meta.title
    assert meta.author == "Anneloes van den Berg"
    assert str(reader.trailer["/Root"]["/Lang"]) == "nl-NL"
    assert [o.title for o in reader.outline][:2] == ["1   Kernpunten", "2   Aanleiding"]
    assert len(reader.outline) == len(Section)


def test_same_snapshot_gives_the_same_bytes(internal_snapshot: Any, internal_pdf: bytes) -> None:
    assert render_pdf(internal_snapshot) == internal_pdf


def test_only_the_chosen_sections_are_rendered(internal_snapshot: Any) -> None:
    chosen = (Section.KEY_POINTS, Section.RISKS, Section.SOURCES)
    short = replace(internal_snapshot, options=replace(internal_snapshot.options,
                                                       sections=chosen))
    flat = re.sub(r"\s+", " ", "\n".join(text_of(render_pdf(short))))
    assert "2 Risico’s" in flat and "3 Bronnen" in flat
    assert "Spreekpunten" not in flat and "Feiten" not in flat


def test_tables_never_leave_a_single_row_on_either_side_of_a_break() -> None:
    from reportlab.platypus import Paragraph

    from chinadossier.memo.pdf import CELL, WIDTH, header_row, table

    rows = [header_row("A", "B")] + [[Paragraph(f"rij {i}", CELL), "x"] for i in range(10)]
    t = table(rows, (0.5, 0.5))
    _w, height = t.wrap(WIDTH, 10_000)
    row = height / 11
    # Room for the header and one row: nothing is placed here, the table moves on.
    assert t.split(WIDTH, row * 2.5) == []
    # Room for all but the last row: two rows go over, never one.
    first, second = t.split(WIDTH, height - row * 0.5)
    assert len(second._cellvalues) - 1 >= 2 and len(first._cellvalues) - 1 >= 2
    # Both parts repeat the header.
    assert "A" in str(second._cellvalues[0][0])
