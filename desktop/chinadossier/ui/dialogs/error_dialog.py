"""Errors the user sees: one Dutch dialog; the traceback goes to the log, never a silent exit."""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from chinadossier.domain.errors import ChinadossierError

log = logging.getLogger("chinadossier.ui")


def user_message(error: BaseException, log_file: str | None = None) -> str:
    """The text a person reads for an error: the foundation's Dutch message, or a Dutch line
    saying where the details are (never the English name of the exception's class)."""
    if isinstance(error, ChinadossierError):
        return error.message
    log_file = log_file or log_file_in_use()
    if _unreadable_pages(error):
        text = QCoreApplication.translate(
            "ErrorDialog", "Het dossier kon niet goed worden gelezen. Er is niets half "
            "opgeslagen. Probeer het opnieuw; lukt het dan nog niet, sluit Chinadossier, open het "
            "opnieuw en controleer het dossier met 'chinadossier check'.")
    else:
        text = QCoreApplication.translate(
            "ErrorDialog", "Er ging iets mis. Er is niets half opgeslagen.")
    where = (QCoreApplication.translate("ErrorDialog", "Details staan in het logbestand {0}.")
             .format(log_file) if log_file else "")
    return text + (" " + where if where else "")


def _unreadable_pages(error: BaseException | None) -> bool:
    """Whether SQLite said the pages it read did not fit together ("database disk image is
    malformed"), in the error or its causes (the database layer wraps the driver's error)."""
    for _ in range(8):
        if error is None:
            return False
        if isinstance(error, sqlite3.DatabaseError):
            text = str(error).lower()
            if "malformed" in text or "file is not a database" in text:
                return True
        orig = getattr(error, "orig", None)
        error = orig if isinstance(orig, BaseException) else error.__cause__
    return False


def log_file_in_use() -> str | None:
    """The file the program's log is written to (its first file handler), if any."""
    for name in ("chinadossier", ""):
        for handler in logging.getLogger(name).handlers:
            found = getattr(handler, "baseFilename", None)
            if isinstance(found, str):
                return found
    return None


def log_shown_error(error: BaseException) -> None:
    """Every error a dialog shows is in the log: the traceback of an unexpected one, the
    message of a refusal (a ChinadossierError)."""
    if isinstance(error, ChinadossierError):
        log.warning("Error shown (%s): %s", type(error).__name__, error.message)
    else:
        log.error("Error shown:\n%s", "".join(
            traceback.format_exception(type(error), error, error.__traceback__)))


def show_error(parent: QWidget | None, error: BaseException, *, log_file: str | None = None,
               title: str | None = None, logged: bool = False) -> QMessageBox:
    """Show an error in a window-modal box (returned, already open); written to the log first
    unless the caller did so already (`logged`)."""
    if not logged:
        log_shown_error(error)
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
            self.last_box = show_error(app.activeWindow(), error, log_file=self._log_file,
                                       logged=True)
