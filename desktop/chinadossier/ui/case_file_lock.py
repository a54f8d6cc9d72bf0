"""One window per case file: a lock file beside it, and a question when it is taken (#8).

A second window (or a second Chinadossier) on the same case file used to open without a word;
two windows each keep their own screens, so one would overwrite what the other just showed, and
the conflict checks would fire on the user's own work. The first window holds a `QLockFile`
beside the case file (`chinadossier.sqlite3.lock`); a window that finds it taken asks:

- **Alleen lezen openen**: look and search; nothing can be changed here (the other window writes);
- **Toch openen**: both windows write (the services' version checks still guard every save);
- **Afsluiten**.

A lock left by a program that crashed is taken over by Qt (its process no longer runs). A folder
where no lock file can be made (read-only) gets none: the case file is read-only there anyway.

Where the lock file is and how its holder is told without Qt lives in `chinadossier.desktop_lock`:
the command line reads it there and refuses `restore`, `upgrade` and `demo --reset` while a
window holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from chinadossier.desktop_lock import lock_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseFileLock", text)


def open_elsewhere_reason() -> str:
    """The read-only reason shown in the window's yellow banner."""
    return _tr("dit dossier is al geopend in een ander venster")


class Choice(Enum):
    """What the user chose when the case file was open elsewhere."""

    READ_ONLY = "read_only"
    OPEN_ANYWAY = "open_anyway"
    QUIT = "quit"


class CaseFileLock:
    """The lock of one case file, held while its window is open."""

    def __init__(self, case_file: Path) -> None:
        self._lock = QLockFile(str(lock_path(case_file)))
        self._lock.setStaleLockTime(0)  # held as long as the window is open, however long

    def acquire(self) -> bool:
        """Take the lock; False only when another live window holds it (a folder where no lock
        can be made counts as free)."""
        if self._lock.isLocked() or self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def holder(self) -> str:
        """"proces 1234 op laptop-01" for the question (empty when unknown)."""
        info = self._lock.getLockInfo()  # PySide6: (pid, host, application), or not a tuple
        if not isinstance(info, tuple) or len(info) < 2:
            return ""
        return _tr("proces {0} op {1}").format(info[0], info[1])

    def release(self) -> None:
        """Give the lock up (the window closed)."""
        if self._lock.isLocked():
            self._lock.unlock()


def ask_open_elsewhere(holder: str, answer: Callable[[Choice], None],
                       parent: QWidget | None = None) -> QMessageBox:
    """The question (non-blocking: `answer` gets the choice); returns the box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Dossier al geopend"))
    box.setText(_tr("Dit dossier is al geopend in een ander venster."))
    detail = _tr("Twee vensters die allebei wijzigen, tonen elkaars wijzigingen pas na "
                 "Vernieuwen (F5). Open het hier alleen-lezend om te kijken en te zoeken, of "
                 "sluit het andere venster eerst.")
    if holder:
        detail += " " + _tr("(Geopend door {0}.)").format(holder)
    box.setInformativeText(detail)
    read_only = box.addButton(_tr("Alleen lezen openen"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(_tr("Toch openen"), QMessageBox.ButtonRole.DestructiveRole)
    quit_ = box.addButton(_tr("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.setEscapeButton(quit_)
    choices = {read_only: Choice.READ_ONLY, anyway: Choice.OPEN_ANYWAY, quit_: Choice.QUIT}
    box.finished.connect(lambda _r: answer(choices.get(box.clickedButton(), Choice.QUIT)))
    box.open()
    return box
