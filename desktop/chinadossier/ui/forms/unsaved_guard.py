"""The unsaved-changes guard of a record form: what changed, Ctrl+Enter, and asking before Esc."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from chinadossier.ui.widgets.attachments import AttachmentsEditor
from chinadossier.ui.widgets.chips import ChipInput


class FormGuard:
    """Dirty state, keys and closing (a RecordForm part)."""

    # -- dirty state -----------------------------------------------------------------------------

    def snapshot(self) -> tuple[Any, ...]:
        """Everything typed or chosen, to see whether anything changed."""
        state: list[Any] = []
        for w in self.findChildren(QWidget):
            if w.window() is not self:
                continue  # a form opened from a picker, a question box: windows of their own
            if isinstance(w, QLineEdit):
                state.append(w.text())
            elif isinstance(w, QPlainTextEdit):
                state.append(w.toPlainText())
            elif isinstance(w, QComboBox):
                state.append(w.currentIndex())
            elif isinstance(w, QAbstractButton) and w.isCheckable():
                state.append(w.isChecked())
            elif isinstance(w, QAbstractSpinBox):
                state.append(w.text())
            elif isinstance(w, ChipInput):
                state.append(tuple((c.kind, c.id) for c in w.choices()))
            elif isinstance(w, AttachmentsEditor):
                state.append(tuple(w.pending))
        return tuple(state)

    def is_dirty(self) -> bool:
        """Whether anything changed since the form was loaded."""
        return self.snapshot() != self._baseline

    # -- keys and closing ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Ctrl+Enter saves from any field."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.save()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        """Ctrl+Enter saves; plain Enter never closes the form; Esc asks (via reject)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Close; with unsaved changes, ask first (a non-blocking question)."""
        if self._saving:
            return
        if not self.is_dirty():
            self._close_popups()
            super().reject()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Wijzigingen niet opgeslagen"))
        box.setText(self.tr(
            "U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u ze weggooien?"))
        discard = box.addButton(self.tr("Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Verder bewerken"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def done(_result: int) -> None:
            self.discard_box = None
            if box.clickedButton() is discard:
                self._close_popups()
                QDialog.reject(self)

        box.finished.connect(done)
        self.discard_box = box
        box.open()

    def _close_popups(self) -> None:
        for picker in self.pickers:
            picker.hide_popup()
