"""Exporteren: the list on screen (its current filter and order) to CSV or XLSX, or the whole
case file to JSON — a file chooser, then the work on the writer thread with progress and cancel.

A cancelled export leaves no file and no audit entry (services.exporting writes through a
temporary file and audits last). The file chooser asks before replacing a file; only then is an
existing file overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.labels import label
from chinadossier.domain.queries import ListQuery
from chinadossier.services import case_file_json, exporting
from chinadossier.ui.interchange.progress import ProgressRun
from chinadossier.ui.models import case_today

_FOLDER_KEY = "export/folder"
translate = QCoreApplication.translate


def _cancelled() -> str:
    return translate("ExportActions", "Export afgebroken; er is geen bestand gemaakt.")


def _filters() -> dict[str, str]:
    return {
        "xlsx": translate("ExportActions", "Excel-werkmap (*.xlsx)"),
        "csv": translate("ExportActions", "CSV voor Excel, puntkomma (*.csv)"),
    }


def _folder() -> Path:
    saved = QSettings().value(_FOLDER_KEY, "", str)
    folder = Path(saved) if saved else Path.home()
    return folder if folder.is_dir() else Path.home()


def list_file_name(kind: RecordKind) -> str:
    """The suggested name of a list export: "personen-2026-12-07.xlsx", dated by the case file's
    today (local time, as the window shows it; not the computer's UTC date)."""
    return f"{exporting.LISTS[kind].plural}-{case_today.today():%Y-%m-%d}.xlsx"


def case_file_name() -> str:
    """The suggested name of the whole case file's JSON export, dated as `list_file_name`."""
    return f"chinadossier-{case_today.today():%Y-%m-%d}.json"


def ask_list_target(parent: QWidget | None, kind: RecordKind) -> tuple[Path, str] | None:
    """Ask where to save a list and in which format (by the chosen file type or extension)."""
    entry = exporting.LISTS[kind]
    filters = _filters()
    name = list_file_name(kind)
    chosen, selected = QFileDialog.getSaveFileName(
        parent, translate("ExportActions", "{0} exporteren").format(entry.title),
        str(_folder() / name), ";;".join(filters.values()), filters["xlsx"],
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in filters:
        suffix = "csv" if selected == filters["csv"] else "xlsx"
        path = path.with_name(f"{path.name}.{suffix}")
    QSettings().setValue(_FOLDER_KEY, str(path.parent))
    return path, suffix


def export_list(
    ops: Any,
    kind: RecordKind,
    query: ListQuery,
    parent: QWidget | None,
    show: Callable[[str], None],
    target: tuple[Path, str] | None = None,
) -> ProgressRun | None:
    """Export the list of `kind` as `query` filters it; `show` gets the Dutch outcome."""
    target = target or ask_list_target(parent, kind)
    if target is None:
        return None
    path, fmt = target
    overwrite = path.exists()  # the file chooser asked before it returned an existing file
    entry = exporting.LISTS[kind]

    def work(dossier: Any, progress: Any) -> exporting.ListExportReport:
        return exporting.export_list(dossier, kind, path, fmt=fmt,  # type: ignore[arg-type]
                                     query=query, overwrite=overwrite, progress=progress)

    def done(report: exporting.ListExportReport) -> None:
        marking = ""
        if report.marking is not None:
            marking = translate("ExportActions", " (hoogste classificatie: {0})").format(
                label(report.marking).lower())
        show(translate("ExportActions", "{0} {1} geëxporteerd naar {2}{3}.").format(
            report.records, entry.plural, report.path, marking))

    return ProgressRun(
        ops, translate("ExportActions", "{0} exporteren").format(entry.title), work, on_done=done,
        on_cancelled=lambda: show(_cancelled()),
        parent=parent,
    )


def export_case_file(
    ops: Any, parent: QWidget | None, show: Callable[[str], None], target: Path | None = None
) -> ProgressRun | None:
    """The whole case file to one JSON document (lossless; see docs/export.md)."""
    if target is None:
        name = case_file_name()
        chosen, _selected = QFileDialog.getSaveFileName(
            parent, translate("ExportActions", "Hele dossier exporteren (JSON)"),
            str(_folder() / name),
            translate("ExportActions", "JSON-export (*.json)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".json":
            target = target.with_name(f"{target.name}.json")
        QSettings().setValue(_FOLDER_KEY, str(target.parent))
    path = target
    overwrite = path.exists()

    def work(dossier: Any, progress: Any) -> case_file_json.JsonExportReport:
        return case_file_json.export_json(dossier.path, path, clock=dossier.ctx.clock,
                                          actor=dossier.ctx.actor, overwrite=overwrite,
                                          progress=progress)

    def done(report: case_file_json.JsonExportReport) -> None:
        text = translate("ExportActions", "Dossier geëxporteerd naar {0}: {1} records.")
        show(text.format(report.path, report.records))

    return ProgressRun(
        ops, translate("ExportActions", "Hele dossier exporteren (JSON)"), work, on_done=done,
        on_cancelled=lambda: show(_cancelled()),
        parent=parent,
    )
