"""The undo steps of creates, edits and tags (Ctrl+Z beyond deletes; issue #8).

The forms call `remember_save` after a save, the lists' tag action runs `tag_call` and hands
its answer to `remember_tag`; both push a step on the window's UndoStack (ui.undo.stack_of).
Undoing runs services.reverting on the writer thread: a new, audited change, refused with a
Dutch message (a Conflict, shown like any failed write) when the record changed since.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from chinadossier.domain.codes import RecordKind
from chinadossier.services import reverting
from chinadossier.ui.models.counts import count_text
from chinadossier.ui.undo import BatchOutcome, stack_of


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoSteps", text)


def _outcome(done: reverting.Reverted, summary: str) -> BatchOutcome:
    kind = done.kind
    items = [(kind, r) for r in done.records] if kind is not None else []
    return BatchOutcome(done=items, changes=done.changes, summary=summary)


@dataclass(frozen=True)
class CreateStep:
    """A record made in a form: undone by moving it to the Prullenbak."""

    kind: RecordKind
    created: Any

    def text(self) -> str:
        return _tr("aanmaken van {0}").format(self.created.meta.display_no)

    def run(self, dossier: Any) -> BatchOutcome:
        done = reverting.undo_create(dossier, self.kind, self.created)
        return _outcome(done, _tr("Aanmaken van {0} ongedaan gemaakt; het staat in de "
                                  "prullenbak").format(self.created.meta.display_no))

    def concerns(self, record_ids: set[Any]) -> bool:
        return self.created.meta.id in record_ids


@dataclass(frozen=True)
class EditStep:
    """A form's edit: undone by saving the values from before it again."""

    kind: RecordKind
    before: Any
    after: Any

    def text(self) -> str:
        return _tr("wijziging van {0}").format(self.after.meta.display_no)

    def run(self, dossier: Any) -> BatchOutcome:
        done = reverting.undo_edit(dossier, self.kind, self.before, self.after)
        return _outcome(done, _tr("Wijziging van {0} ongedaan gemaakt").format(
            self.after.meta.display_no))

    def concerns(self, record_ids: set[Any]) -> bool:
        return self.after.meta.id in record_ids


@dataclass(frozen=True)
class TagStep:
    """A tag added to selected records: undone by taking it off again."""

    kind: RecordKind
    tag: str
    tagged: tuple[tuple[uuid.UUID, int], ...]

    def text(self) -> str:
        return _tr("tag '{0}' bij {1}").format(self.tag, count_text(self.kind, len(self.tagged)))

    def run(self, dossier: Any) -> BatchOutcome:
        done = reverting.undo_tag(dossier, self.tagged, self.tag)
        return _outcome(done, _tr("Tag '{0}' weggehaald bij {1}").format(
            self.tag, count_text(self.kind, len(done.records))))

    def concerns(self, record_ids: set[Any]) -> bool:
        return any(record_id in record_ids for record_id, _version in self.tagged)


def remember_save(ops: Any, kind: RecordKind, before: Any, saved: Any) -> None:
    """After a form saved: `before` is the record it edited (None: it created `saved`)."""
    stack = stack_of(ops)
    if stack is None or not reverting.can_revert_edit(kind) or saved is None:
        return
    if before is None:
        stack.push_step(CreateStep(kind, saved))
    elif saved.meta.version != before.meta.version:  # a save that changed nothing: no step
        stack.push_step(EditStep(kind, before, saved))


def tag_call(records: Sequence[tuple[uuid.UUID, int]], tag: str) -> Callable[[Any], Any]:
    """The write that adds a tag (as TagService.add; its answer has the same `record` and
    `changes`) and keeps what its undo needs (services.reverting.Tagged)."""
    return lambda dossier: reverting.add_tag(dossier, records, tag)


def remember_tag(ops: Any, kind: RecordKind, answer: Any) -> None:
    """Push the undo of a `tag_call` whose answer this is."""
    stack = stack_of(ops)
    if stack is not None and isinstance(answer, reverting.Tagged) and answer.tagged:
        stack.push_step(TagStep(kind, answer.tag, answer.tagged))
