"""Undo (Ctrl+Z) of this session's recent actions, newest first.

Created once by the main window (`UndoStack(ops, parent)`) and handed to every piece that
deletes; forms and the tag action find it through `stack_of(ops)`. A delete of several selected
records is one undo step. Undo restores through the services with the version the delete left,
so a record changed since (e.g. restored from the Prullenbak in another window) is not
overwritten: the conflict is reported instead. Creates, edits and tags are steps of
`ui.undo_steps` (undone through services.reverting), pushed with `push_step`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from chinadossier.domain.changes import Changes
from chinadossier.domain.codes import RecordKind
from chinadossier.ui.models.counts import count_text
from chinadossier.ui.models.list_source import source_for

MAX_STEPS = 30
"""Undo steps kept (the oldest go first)."""


def merge_changes(parts: Sequence[Changes]) -> Changes:
    """One Changes value for several service calls."""
    return Changes().merge(*parts)


class Step(Protocol):
    """One undoable action other than a delete (see ui.undo_steps)."""

    def text(self) -> str:
        """What undoing it does, in words ("aanmaken van ORG-0003")."""
        ...

    def run(self, dossier: Any) -> BatchOutcome:
        """Undo it through the services (runs in ops.write)."""
        ...

    def concerns(self, record_ids: set[Any]) -> bool:
        """Whether it is about any of these records."""
        ...


_STACKS: WeakKeyDictionary[Any, UndoStack] = WeakKeyDictionary()


def stack_of(ops: Any) -> UndoStack | None:
    """The undo stack of the window these operations belong to (None: no undo here)."""
    return _STACKS.get(ops)


@dataclass
class BatchOutcome:
    """Deletes or restores of several records: the records as saved, and the first failure."""

    done: list[tuple[RecordKind, Any]] = field(default_factory=list)
    error: BaseException | None = None
    changes: Changes = field(default_factory=Changes)
    backup_problem: str | None = None
    """Why no backup was made before a bulk delete (Dutch); the delete went ahead (issue 10.4:
    it only moves records to the Prullenbak, which Ctrl+Z undoes)."""
    summary: str | None = None
    """What an undo other than of a delete did, for the status bar (Dutch)."""


def _run_batch(dossier: Any, items: Sequence[tuple[RecordKind, Any]], *, delete: bool
               ) -> BatchOutcome:
    """Delete (or restore) each record with the version the user saw; stop at the first error.

    The services offer one record per transaction, so a failure part-way leaves the earlier ones
    done; they are reported (and undoable) rather than hidden.
    """
    outcome = BatchOutcome()
    parts: list[Changes] = []
    for kind, record in items:
        service = getattr(dossier, source_for(kind).service)
        call = service.delete if delete else service.restore
        try:
            result = call(record.meta.id, expected_version=record.meta.version)
        except Exception as exc:  # noqa: BLE001 - reported with what was done
            outcome.error = exc
            break
        outcome.done.append((kind, result.record))
        parts.append(result.changes)
    outcome.changes = merge_changes(parts)
    return outcome


def delete_records(dossier: Any, items: Sequence[tuple[RecordKind, Any]]) -> BatchOutcome:
    """Move records to the Prullenbak (runs in ops.write); several at once: after a backup."""
    problem = None
    if len(items) > 1:
        from chinadossier.services import backups

        made = backups.before_change(dossier.path, backups.place_beside(dossier.path),
                                     reason=backups.REASON_DELETE, clock=dossier.ctx.clock,
                                     actor=dossier.ctx.actor, required=False)
        problem = made.problem
    outcome = _run_batch(dossier, items, delete=True)
    outcome.backup_problem = problem
    return outcome


def restore_records(dossier: Any, items: Sequence[tuple[RecordKind, Any]]) -> BatchOutcome:
    """Take records out of the Prullenbak (runs in ops.write)."""
    return _run_batch(dossier, items, delete=False)


def undo_deletes(dossier: Any, items: Sequence[tuple[RecordKind, Any]]) -> BatchOutcome:
    """Ctrl+Z of a delete: restore the records, their audit entries marked as that undo (the
    history says "Ongedaan gemaakt: verwijderen", #8)."""
    from chinadossier.domain.history import UndoOf
    from chinadossier.services.reverting import undoing

    with undoing(UndoOf.DELETE):
        return restore_records(dossier, items)


class UndoStack(QObject):
    """This session's recent deletes."""

    changed = Signal()
    """The stack grew or shrank (menus update their text)."""
    undone = Signal(object)
    """An undo finished; the argument is its BatchOutcome."""

    def __init__(self, ops: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._steps: list[list[tuple[RecordKind, Any]] | Step] = []
        _STACKS[ops] = self
        self._action: QAction | None = None
        # A record restored another way (the Prullenbak) no longer needs its undo step.
        ops.changed.connect(self._changed_elsewhere)

    def push_delete(self, kind: RecordKind, record: Any) -> None:
        """Remember one deleted record (as the delete returned it)."""
        self.push_deletes([(kind, record)])

    def push_deletes(self, items: Sequence[tuple[RecordKind, Any]]) -> None:
        """Remember records deleted in one user action (one undo step)."""
        if not items:
            return
        self._steps.append(list(items))
        del self._steps[:-MAX_STEPS]
        self._update()

    def push_step(self, step: Step) -> None:
        """Remember an undoable create, edit or tag (see ui.undo_steps)."""
        self._steps.append(step)
        del self._steps[:-MAX_STEPS]
        self._update()

    def can_undo(self) -> bool:
        """Whether there is anything to undo."""
        return bool(self._steps)

    def undo_text(self) -> str:
        """What Ctrl+Z would undo, in words."""
        if not self._steps:
            return self.tr("Ongedaan maken")
        step = self._steps[-1]
        if not isinstance(step, list):
            return self.tr("Ongedaan maken: {0}").format(step.text())
        if len(step) == 1:
            what = step[0][1].meta.display_no
        else:
            kinds = {kind for kind, _record in step}
            what = count_text(next(iter(kinds)) if len(kinds) == 1 else None, len(step))
        return self.tr("Ongedaan maken: verwijderen van {0}").format(what)

    def undo(self, on_done: Callable[[BatchOutcome], None] | None = None) -> bool:
        """Restore the newest step's records; False when there was nothing to undo."""
        if not self._steps:
            return False
        step = self._steps.pop()
        self._update()

        def finished(outcome: BatchOutcome) -> None:
            if outcome.error is not None:
                self._ops.failed.emit(outcome.error)
            self.undone.emit(outcome)
            if on_done is not None:
                on_done(outcome)

        if isinstance(step, list):
            deleted = step
            self._ops.write(lambda d: undo_deletes(d, deleted), on_done=finished)
        else:
            self._ops.write(step.run, on_done=finished,
                            on_error=lambda exc: finished(BatchOutcome(error=exc)))
        return True

    def _changed_elsewhere(self, changes: Changes) -> None:
        if changes.everything:
            self.clear()  # a restored backup or an upgrade: the steps' versions mean nothing now
        else:
            self.forget(set(changes.restored))

    def clear(self) -> None:
        """Forget every step (the whole file was replaced, e.g. by restoring a backup)."""
        if self._steps:
            self._steps = []
            self._update()

    def forget(self, record_ids: set[Any]) -> None:
        """Drop steps about records restored another way (e.g. from the Prullenbak)."""
        kept: list[list[tuple[RecordKind, Any]] | Step] = []
        for step in self._steps:
            if not isinstance(step, list):
                if not step.concerns(record_ids):
                    kept.append(step)
                continue
            rest = [(k, r) for k, r in step if r.meta.id not in record_ids]
            if rest:
                kept.append(rest)
        if kept != self._steps:
            self._steps = kept
            self._update()

    def action(self, parent: QObject | None = None) -> QAction:
        """The Bewerken → Ongedaan maken action (Ctrl+Z), kept current."""
        if self._action is None:
            self._action = QAction(self.undo_text(), parent or self)
            self._action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
            self._action.triggered.connect(lambda: self.undo())
            self._update()
        return self._action

    def _update(self) -> None:
        if self._action is not None:
            self._action.setEnabled(self.can_undo())
            self._action.setText(self.undo_text())
        self.changed.emit()
