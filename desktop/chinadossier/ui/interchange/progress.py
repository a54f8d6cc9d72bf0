"""Long work on the writer thread with a progress dialog and a cancel button.

The work gets a `Progress`; the dialog reads it every 100 ms on the GUI thread (the listener runs
in the worker thread, so nothing there touches a widget). Cancel asks the work to stop at its
next safe point; the work then raises `Cancelled` and has left nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from chinadossier.domain.progress import Cancelled, Progress


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
        self.setRange(0, 1000 if cancellable else 0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = Progress()
        self._ops = ops
        self._done = on_done
        self._cancelled = on_cancelled
        self._error = on_error
        self.finished_work = False
        self.canceled.connect(self._cancel)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)
        progress = self.progress
        ops.write(lambda dossier: work(dossier, progress), on_done=self._finish,
                  on_error=self._fail)
        self._timer.start()
        self.show()

    def _poll(self) -> None:
        if self.maximum():
            self.setValue(int(self.progress.fraction * 1000))
        phase = self.progress.phase
        if phase:
            self.setLabelText(phase)

    def reject(self) -> None:
        """Esc cancels the work (the dialog stays until the work has stopped)."""
        if self.cancellable and not self.finished_work:
            self._cancel()

    def _cancel(self) -> None:
        self.progress.cancel()
        self.setLabelText(self.tr("Afbreken…"))
        self.show()  # QProgressDialog hides itself on cancel; stay until the work has stopped

    def _close(self) -> None:
        self.finished_work = True
        self._timer.stop()
        self.hide()
        self.deleteLater()

    def _finish(self, value: Any) -> None:
        self._close()
        self._done(value)

    def _fail(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            self._cancelled()
        elif self._error is not None:
            self._error(exc)
        else:
            self._ops.failed.emit(exc)
