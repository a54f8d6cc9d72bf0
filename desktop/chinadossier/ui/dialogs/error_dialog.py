"""Errors the user sees: one Dutch dialog; the traceback goes to the log, never a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from chinadossier.domain.errors import ChinadossierError

log = logging.getLogger("chinadossier.ui")


def user_message(error: BaseException, log_file: str | None = None) -> str:
    """The text a person reads for an error: the foundation's Dutch message, or a generic line."""
    if isinstance(error, ChinadossierError):
        return error.message
    where = (QCoreApplication.translate("ErrorDialog", "Details staan in het logbestand {0}.")
             .format(log_file) if log_file else "")
    text = QCoreApplication.translate(
        "ErrorDialog", "Er ging iets mis ({0}). Er is niets half opgeslagen.").format(
        type(error).__name__)
    return text + (" " + where if where else "")


def show_error(parent: QWidget | None, error: BaseException, *, log_file: str | None = None,
               title: str | None = None) -> QMessageBox:
    """Show an error in a window-modal box (returned, already open)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if not isinstance(error, ChinadossierError)
                else QMessageBox.Icon.Warning)
    box.setWindowTitle(title or "Chinadossier")
    box.setText(user_message(error, log_file))
    box.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Foutmelding"))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


class ExceptionHook(QObject):
    """Replaces sys.excepthook while the application runs: log, then a Dutch dialog."""

    def __init__(self, log_file: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._previous = sys.excepthook
        self.last_box: QMessageBox | None = None
        sys.excepthook = self._hook

    def restore(self) -> None:
        """Put the previous hook back."""
        sys.excepthook = self._previous

    def _hook(self, kind: type[BaseException], error: BaseException,
              tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, tb)
            return
        log.error("Uncaught exception:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.last_box = show_error(app.activeWindow(), error, log_file=self._log_file)
