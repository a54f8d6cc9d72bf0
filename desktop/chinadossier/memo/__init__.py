"""Briefing memos rendered from a BriefingSnapshot: PDF (reportlab) and DOCX (python-docx).

Nothing here reaches the database (an import-linter contract): a renderer gets the snapshot and
returns bytes.
"""

from __future__ import annotations

from chinadossier.domain.briefing import BriefingSnapshot, MemoFormat


def render(snapshot: BriefingSnapshot, file_format: MemoFormat) -> bytes:
    """The memo file's bytes in the chosen format."""
    if file_format is MemoFormat.DOCX:
        from chinadossier.memo.docx_render import render_docx

        return render_docx(snapshot)
    from chinadossier.memo.pdf import render_pdf

    return render_pdf(snapshot)
