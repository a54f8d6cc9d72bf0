"""Every service call from the UI goes through here: reads in a pool, writes on one thread.

The threading model (see docs/architecture.md, "Desktop threads"): the opened `Dossier` is shared;
its engine hands each thread its own pooled connection. Reads run in a `QThreadPool` of two
threads; writes run one at a time on a single-thread pool, so two user actions never race for
the write lock. Results always come back on the GUI thread, through a signal of this object
(which lives there), never through a lambda called in the worker thread.

A read may carry a `key`: a newer read with the same key supersedes the older one, whose answer
is dropped (search as you type, a list re-queried while the previous page is still loading).
A successful write emits `changed(Changes)`; every page decides for itself whether to re-query.
A failure goes to the caller's `on_error`, or, without one, to `failed` (the main window shows
it in a Dutch dialog).

At start-up the window is shown before the services are imported (docs/architecture.md,
"Start-up"): `Operations(None)` accepts calls at once; they wait in their worker thread until
`set_dossier` hands over the opened case file (`opened` is emitted then), never on the GUI
thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from chinadossier.domain.changes import Changes, Result
from chinadossier.ui.models import case_today

log = logging.getLogger(__name__)

ServiceCall = Callable[[Any], Any]
"""A function of the opened `Dossier` that runs off the GUI thread and returns a value."""


@dataclass
class _Ticket:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    key: str | None
    generation: int
    write: bool


class _Job(QRunnable):
    def __init__(self, ops: Operations, ticket_no: int, call: ServiceCall) -> None:
        super().__init__()
        self._ops = ops
        self._no = ticket_no
        self._call = call
        self.setAutoDelete(True)

    def run(self) -> None:  # runs in a worker thread
        try:
            value = self._call(self._ops._wait_for_dossier())
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            self._ops._finished.emit(self._no, False, exc)
        else:
            self._ops._finished.emit(self._no, True, value)


def changes_of(value: Any) -> Changes | None:
    """The `Changes` carried by a service's answer, if any."""
    if isinstance(value, Result):
        return value.changes
    if isinstance(value, Changes):
        return value
    changes = getattr(value, "changes", None)
    return changes if isinstance(changes, Changes) else None


def _use_clock(dossier: Any) -> None:
    # no clock (a stand-in dossier): the computer's date, never a clock of an earlier case file
    case_today.use(getattr(getattr(dossier, "ctx", None), "clock", None))


class Operations(QObject):
    """Runs service calls off the GUI thread and broadcasts what writes changed."""

    changed = Signal(object)
    """A write succeeded; the argument is its `Changes` (never empty)."""
    failed = Signal(object)
    """A call failed and its caller gave no `on_error`; the argument is the exception."""
    busy_changed = Signal(bool)
    """True while any call is running (for a busy indicator)."""
    opened = Signal()
    """The case file's services were handed over (`set_dossier`): calls run from now on."""

    _finished = Signal(int, bool, object)

    def __init__(self, dossier: Any, parent: QObject | None = None) -> None:
        """`dossier` None: the case file is still being opened (see `set_dossier`)."""
        super().__init__(parent)
        self._dossier = dossier
        self._ready = threading.Event()
        self._open_error: BaseException | None = None
        if dossier is not None:
            self._ready.set()
            _use_clock(dossier)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._tickets: dict[int, _Ticket] = {}
        self._latest: dict[str, int] = {}
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)

    @property
    def dossier(self) -> Any:
        """The opened case file's services (call them only inside a `query`/`write` function);
        None while they are still being opened."""
        return self._dossier

    def set_dossier(self, dossier: Any) -> None:
        """Hand over the opened case file: the calls waiting for it run now. May be called
        from the thread that opened it (`opened` then reaches the GUI thread queued)."""
        self._dossier = dossier
        _use_clock(dossier)
        self._ready.set()
        # `opened` is emitted on the GUI thread, never from the opening thread: a receiver's
        # single-shot connection is removed inside the emit, under a Qt lock, and Qt then asks
        # PySide for a Python override of disconnectNotify, which needs the GIL — while the GUI
        # thread, holding the GIL, waited for that lock in a connect() (a deadlock seen here).
        QMetaObject.invokeMethod(self, "_announce_opened", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _announce_opened(self) -> None:
        self.opened.emit()

    def open_failed(self, error: BaseException) -> None:
        """The case file could not be opened: waiting calls end, their answers are dropped
        (from any thread)."""
        self._open_error = error
        self._ready.set()

    def is_open(self) -> bool:
        """Whether the services were handed over."""
        return self._dossier is not None

    def _wait_for_dossier(self) -> Any:  # worker thread
        self._ready.wait()
        if self._dossier is None:
            raise self._open_error or RuntimeError("the case file was not opened")
        return self._dossier

    def query(
        self,
        call: ServiceCall,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> int:
        """Run a read off the GUI thread; a newer query with the same key drops this answer."""
        return self._submit(call, on_done, on_error, key, write=False)

    def write(
        self,
        call: ServiceCall,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run one user action (one transaction) on the writer thread; emits `changed` after."""
        return self._submit(call, on_done, on_error, None, write=True)

    def is_busy(self) -> bool:
        """Whether any call is still running or waiting."""
        return bool(self._tickets)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until both pools are idle (shutdown and tests); answers are still queued."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)

    def _submit(
        self,
        call: ServiceCall,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        key: str | None,
        *,
        write: bool,
    ) -> int:
        number = next(self._numbers)
        generation = 0
        if key is not None:
            generation = number
            self._latest[key] = number
        was_idle = not self._tickets
        self._tickets[number] = _Ticket(on_done, on_error, key, generation, write)
        if was_idle:
            self.busy_changed.emit(True)
        pool = self._writer if write else self._readers
        pool.start(_Job(self, number, call))
        return number

    @Slot(int, bool, object)
    def _deliver(self, number: int, ok: bool, value: object) -> None:
        ticket = self._tickets.pop(number, None)
        if not self._tickets:
            self.busy_changed.emit(False)
        if ticket is None or self._open_error is not None:
            return
        if ticket.key is not None and self._latest.get(ticket.key) != ticket.generation:
            return  # superseded by a newer query with the same key
        if not ok:
            assert isinstance(value, BaseException)
            if ticket.on_error is not None:
                _answer(ticket.on_error, value)
            else:
                self.failed.emit(value)
            return
        if ticket.on_done is not None:
            _answer(ticket.on_done, value)
        if ticket.write:
            changes = changes_of(value)
            if changes is not None and not changes.empty:
                self.changed.emit(changes)


def _answer(callback: Callable[[Any], None], value: Any) -> None:
    """Hand an answer to its caller; an answer for a window that was closed and deleted meanwhile
    (forms delete themselves on close) is dropped, not raised into the event loop."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        return
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("Answer for a deleted window dropped: %s", exc)
