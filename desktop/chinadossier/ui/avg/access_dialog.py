"""A person's "Inzageverzoek exporteren…": everything held on them as JSON and PDF.

Collecting, rendering and writing run on the writer thread (the export is audited there);
files are written atomically and an existing file is never overwritten silently.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from chinadossier.ui.avg.common import error_text


def export_files(dossier: Any, person_id: uuid.UUID, target: Path) -> list[Path]:
    """Write <target>.json and <target>.pdf and audit the export (runs off the GUI thread)."""
    from chinadossier.domain.errors import FileRefused
    from chinadossier.memo.access_pdf import render_access_pdf
    from chinadossier.services.access import AccessService
    from chinadossier.services.files import write_atomically

    stem = target.with_suffix("") if target.suffix.lower() in (".json", ".pdf") else target
    files = [stem.with_name(stem.name + ".json"), stem.with_name(stem.name + ".pdf")]
    for path in files:  # both or neither: refuse before writing the first
        if path.exists():
            raise FileRefused(f"{path} bestaat al en wordt niet overschreven; kies een andere "
                              "naam.")
    svc = AccessService(dossier.ctx)
    export = svc.collect(person_id)
    datas = [json.dumps(export.document, ensure_ascii=False, indent=1).encode("utf-8"),
             render_access_pdf(export)]
    for path, data in zip(files, datas, strict=True):
        def write(handle: Any, data: bytes = data) -> None:
            handle.write(data)

        write_atomically(path, write, overwrite=False)
    svc.note_export(export, [p.name for p in files])
    return files


class AccessExportAction:
    """Asks where to save, then exports; reports in a message box."""

    def __init__(self, ops: Any, parent: QWidget, folder: Path | None = None) -> None:
        self.ops = ops
        self.parent = parent
        self.folder = folder
        self.box: QMessageBox | None = None

    def run(self, person_id: uuid.UUID, number: str) -> None:
        """Choose the file name and export (both JSON and PDF)."""
        start = str((self.folder or Path.home()) / f"inzageverzoek-{number}.pdf")
        title = QCoreApplication.translate("AccessExportAction", "Inzageverzoek exporteren")
        kinds = QCoreApplication.translate("AccessExportAction", "PDF en JSON (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self.parent, title, start, kinds)
        if not chosen:
            return
        target = Path(chosen)
        self.ops.write(lambda d: export_files(d, person_id, target), on_done=self._done,
                       on_error=self._failed)

    def _done(self, files: list[Path]) -> None:
        text = QCoreApplication.translate("AccessExportAction", "Inzageverzoek opgeslagen:\n{0}")
        self._show(QMessageBox.Icon.Information,
                   text.format("\n".join(str(f) for f in files)))

    def _failed(self, exc: BaseException) -> None:
        self._show(QMessageBox.Icon.Warning, error_text(exc))

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        title = QCoreApplication.translate("AccessExportAction", "Inzageverzoek")
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent)
        box.setAccessibleName(title)
        self.box = box
        box.open()
