"""Attachments of a record: add a file, open it from a temporary copy with the system viewer,
remove it (to the trash). For a record not saved yet, files wait and are attached after saving."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.records import AttachmentRecord

_ROLE = Qt.ItemDataRole.UserRole


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} kB".replace(".", ",")
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


def temporary_copy(file_name: str, data: bytes) -> Path:
    """Write bytes to a private temporary folder under the original file name (for a viewer)."""
    folder = Path(tempfile.mkdtemp(prefix="chinadossier-bijlage-"))
    target = folder / Path(file_name).name
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return target


class AttachmentsEditor(QWidget):
    """The list of a record's files with Toevoegen…, Openen and Verwijderen."""

    edited = Signal()
    opened = Signal(object)  # the temporary path handed to the system viewer

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.record_id: uuid.UUID | None = None
        self.pending: list[Path] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Bijlagen"))
        self.list.setFixedHeight(64)
        self.list.itemActivated.connect(lambda _i: self.open_selected())
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.add_button = QPushButton(self.tr("Bestand toevoegen…"), self)
        self.open_button = QPushButton(self.tr("Openen"), self)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)

    def load(self, record_id: uuid.UUID) -> None:
        """Show the files of a stored record."""
        self.record_id = record_id
        self.ops.query(
            lambda d: d.attachments.list_for(record_id), on_done=self._show, key=f"att-{record_id}"
        )

    def _show(self, items: list[AttachmentRecord]) -> None:
        self.list.clear()
        for a in items:
            if a.deleted_at is not None:
                continue
            item = QListWidgetItem(f"{a.file_name}  ·  {_size(a.size)}")
            item.setData(_ROLE, a)
            self.list.addItem(item)
        for path in self.pending:
            item = QListWidgetItem(
                self.tr("{0}  ·  wordt toegevoegd bij opslaan").format(path.name))
            item.setData(_ROLE, path)
            self.list.addItem(item)

    def choose_files(self) -> None:
        """Ask for files and add them."""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Bijlage toevoegen"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Attach files now (stored record) or after saving (new record)."""
        if not paths:
            return
        if self.record_id is None:
            self.pending.extend(paths)
            self._show([self.list.item(i).data(_ROLE) for i in range(self.list.count())
                        if isinstance(self.list.item(i).data(_ROLE), AttachmentRecord)])
            self.edited.emit()
            return
        record_id = self.record_id

        def attach(d: Any) -> Any:
            result = None
            for path in paths:
                result = d.attachments.attach(record_id, file_name=path.name,
                                              data=path.read_bytes())
            return result

        self.ops.write(attach, on_done=lambda _r: self.load(record_id),
                       on_error=self._failed)

    def attach_pending(self, dossier: Any, record_id: uuid.UUID) -> None:
        """Runs in the writer thread right after a new record was saved."""
        for path in self.pending:
            dossier.attachments.attach(record_id, file_name=path.name, data=path.read_bytes())

    def open_selected(self) -> None:
        """Open the selected file with the system viewer, from a temporary copy."""
        item = self.list.currentItem()
        if item is None:
            return
        value = item.data(_ROLE)
        if isinstance(value, Path):
            self._open(value)
            return
        self.ops.query(
            lambda d: temporary_copy(value.file_name, d.attachments.data(value.id)),
            on_done=self._open,
            on_error=self._failed,
        )

    def _open(self, path: Path) -> None:
        self.opened.emit(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        """Remove the selected file (stored files go to the trash, restorable)."""
        item = self.list.currentItem()
        if item is None:
            return
        value = item.data(_ROLE)
        if isinstance(value, Path):
            self.pending.remove(value)
            self.list.takeItem(self.list.row(item))
            self.edited.emit()
            return
        record_id = self.record_id
        assert record_id is not None
        self.ops.write(
            lambda d: d.attachments.set_deleted(record_id, value.id, deleted=True),
            on_done=lambda _r: self.load(record_id),
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or self.tr("De bijlage kon niet worden verwerkt.")
        QMessageBox.warning(self, self.tr("Bijlage"), message)
