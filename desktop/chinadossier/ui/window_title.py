"""The main window's title: the case file, not the application name (Qt adds that itself).

On Windows and Linux Qt shows a window title as "<title> — <applicationDisplayName>"; a title
that already starts with "Chinadossier" therefore showed it twice (#8). The title names the own
authority, the demo mark and the file, and carries `[*]` so `setWindowModified` can show a star.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowTitle", text)


def window_title(authority: str, case_file: Path, *, is_demo: bool = False,
                 read_only: bool = False) -> str:
    """"Rotterdam — chinadossier.sqlite3[*]"; Qt shows " — Chinadossier" after it."""
    marks = []
    if is_demo:
        marks.append(_tr("demodossier"))
    if read_only:
        marks.append(_tr("alleen lezen"))
    suffix = f" ({', '.join(marks)})" if marks else ""
    return f"{authority}{suffix} — {case_file.name}[*]"
