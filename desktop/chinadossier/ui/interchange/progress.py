"""Long work on the writer thread with a progress dialog and a cancel button.

The work gets a `Progress`; the dialog reads it every 100 ms on the GUI thread (the listener runs
in the worker thread, so nothing there touches a widget). Cancel asks the work to stop at its
next safe point; the work then raises `Cancelled` and has left nothing behind.

A read (`read=True`: `ops.query`, e.g. the import's file read and preview) writes nothing, so a
cancel ends it for the user at once: the dialog closes, `on_cancelled` runs, the work stops at
its next checkpoint and its answer is dropped. `show_after` (ms) keeps the dialog hidden for
work that is done before then (no flash for a small file).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from chinadossier.domain.progress import Cancelled, Progress
from chinadossier.ui.progress_phases import phase_text


class ProgressRun(QProgressDialog):
    """A modal progress dialog around one `ops.write` call of `work(dossier, progress)`."""

    def __init__(
        self,
        ops: Any,
        title: str,
        work: Callable[[Any, Progress], Any],
        *,
        on_done: Callable[[Any], None],
        on_cancelled: Callable[[], None],
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
        read: bool = False,
        show_after: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ProgressRun")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setLabelText(self.tr("Bezig…"))
        self.cancellable = cancellable
        if cancellable:
            button = QPushButton(self.tr("Annuleren"), self)
            button.setAccessibleName(self.tr("Afbreken; er blijft niets achter"))
            self.setCancelButton(button)
        else:
            self.setCancelButton(None)  # type: ignore[arg-type]  # Qt takes None: no button
        self._one_escape()
        self.setRange(0, 1000 if cancellable else 0)
        self.setMinimumDuration(max(0, show_after))  # Qt shows it then (or sooner, if slow)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = Progress()
        self._ops = ops
        self._done = on_done
        self._cancelled = on_cancelled
        self._error = on_error
        self.finished_work = False
        self._read = read
        self.canceled.connect(self._cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)
        progress = self.progress
        submit = ops.query if read else ops.write
        submit(lambda dossier: work(dossier, progress), on_done=self._finish, on_error=self._fail)
        self._timer.start()
        if show_after <= 0:
            self.show()

    def _one_escape(self) -> None:
        """Esc is Annuleren. QProgressDialog makes an Esc shortcut when it is made and another
        for a cancel button of our own; two shortcuts for one key are ambiguous, so Esc did
        nothing in an active dialog. Theirs are disabled; one of ours cancels (none without a
        button: then Esc reaches `reject`, which ignores it)."""
        for shortcut in self.findChildren(QShortcut):
            if shortcut.key().matches(QKeySequence(QKeySequence.StandardKey.Cancel)) \
                    != QKeySequence.SequenceMatch.NoMatch:
                # Only disabled, never deleted: QProgressDialog keeps a raw pointer to its own
                # shortcut and deletes it itself (setCancelButton(None)); deleting it here
                # would make that a double free.
                shortcut.setEnabled(False)
        if self.cancellable:
            escape = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)
            escape.setObjectName("ProgressRunEscape")
            escape.activated.connect(self.reject)

    def _poll(self) -> None:
        if self.maximum():
            self.setValue(int(self.progress.fraction * 1000))
        phase = phase_text(self.progress.step)  # a service's phase in the interface language
        if phase:
            self.setLabelText(phase)

    def reject(self) -> None:
        """Esc cancels the work (the dialog stays until the work has stopped)."""
        if self.cancellable and not self.finished_work:
            self._cancel()

    def _cancel(self) -> None:
        if self.finished_work:
            return
        self.progress.cancel()
        if self._read:  # nothing written: done for the user now; the late answer is dropped
            self._close()
            self._cancelled()
            return
        self.setLabelText(self.tr("Afbreken…"))
        self.show()  # QProgressDialog hides itself on cancel; stay until the work has stopped

    def _close(self) -> None:
        self.finished_work = True
        self._timer.stop()
        self.reset()  # stops Qt's timer that would still show a dialog kept hidden so far
        self.hide()
        self.deleteLater()

    def _finish(self, value: Any) -> None:
        if self.finished_work:
            return
        self._close()
        self._done(value)

    def _fail(self, exc: BaseException) -> None:
        if self.finished_work:
            return
        self._close()
        if isinstance(exc, Cancelled):
            self._cancelled()
        elif self._error is not None:
            self._error(exc)
        else:
            self._ops.failed.emit(exc)
