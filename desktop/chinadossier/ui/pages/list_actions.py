"""What a list page does to its selected records: edit, delete (with undo) and tag.

A mixin of `ListPage` (ui.pages.list_page), which provides the table, the model, the services,
the undo stack, the detail pane and the signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.delete_links import Linked, confirm_text, count_links
from chinadossier.ui.dialogs.tag_dialog import TagDialog
from chinadossier.ui.models.counts import count_text
from chinadossier.ui.undo import BatchOutcome, delete_records
from chinadossier.ui.undo_steps import remember_tag, tag_call


class ListActions:
    """Editing, deleting and tagging the selected records of a list page."""

    kind: RecordKind
    _ops: Any
    _undo: Any
    table: Any
    model: Any
    detail: Any
    subtitle: Any
    edit_requested: Any
    status_message: Any
    delete_confirm: QMessageBox | None
    tag_dialog: TagDialog

    def edit_current(self) -> None:
        """Ask to edit the current record (Enter, double-click)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.edit_requested.emit(self.kind, self.model.record(index.row()).meta.id)

    def delete_selected(self) -> None:
        """Move the selected records to the Prullenbak (one undo step)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        items = [(self.kind, self.model.record(r)) for r in rows]
        if not items:
            return
        self._ops.query(
            lambda d: count_links(d, items),
            on_done=lambda linked: self._confirm_delete(items, linked),
            on_error=self._ops.failed.emit,
            key=f"delete-links:{id(self)}",
        )

    def _confirm_delete(self, items: list[tuple[RecordKind, Any]], linked: list[Linked]) -> None:
        """Several records, or one that others link to: ask once, naming the links."""
        if len(items) == 1 and not linked:
            self._delete(items)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("ListPage", "Verwijderen"),
            confirm_text(self.kind, len(items), linked),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(QCoreApplication.translate("ListPage", "Naar de prullenbak"))
        box.button(QMessageBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ListPage", "Annuleren")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(QCoreApplication.translate("ListPage", "Verwijderen bevestigen"))
        box.finished.connect(lambda _r: self._delete(items) if box.clickedButton() is yes else None)
        self.delete_confirm = box
        box.open()

    def _delete(self, items: list[tuple[RecordKind, Any]]) -> None:
        self._ops.write(lambda d: delete_records(d, items), on_done=self._deleted)

    def tag_selected(self, tag: str | None = None) -> None:
        """Add a tag to every selected record (asks for the tag when none is given)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        seen = [(self.model.record(r).meta.id, self.model.record(r).meta.version) for r in rows]
        if not seen:
            return
        if tag is None:  # the tags in use, with counts and type-ahead (#8)
            self.tag_dialog = TagDialog(self._ops, len(seen), self)
            self.tag_dialog.chosen.connect(self.tag_selected)
            self.tag_dialog.open()
            return
        name = tag.strip().lstrip("#")
        self._ops.write(tag_call(seen, name), on_done=self._tagged)

    def _tagged(self, result: Any) -> None:
        remember_tag(self._ops, self.kind, result)  # Ctrl+Z takes it off again
        self.status_message.emit(
            QCoreApplication.translate("ListPage", "Tag toegevoegd aan {0}").format(
                count_text(self.kind, len(result.record))
            )
        )

    def _deleted(self, outcome: BatchOutcome) -> None:
        if outcome.done and self._undo is not None:
            self._undo.push_deletes(outcome.done)
        if outcome.done:
            if len(outcome.done) == 1:
                text = QCoreApplication.translate("ListPage", "{0} staat in de prullenbak").format(
                    outcome.done[0][1].meta.display_no
                )
            else:
                text = QCoreApplication.translate("ListPage", "{0} staan in de prullenbak").format(
                    count_text(self.kind, len(outcome.done))
                )
            if self._undo is not None:
                text += QCoreApplication.translate("ListPage", " · Ctrl+Z maakt het ongedaan")
            if outcome.backup_problem:
                text += " · " + outcome.backup_problem
            self.status_message.emit(text)
            self.subtitle.setText(text)
        if self.detail.record_id in {r.meta.id for _k, r in outcome.done}:
            self.detail.clear()
        if outcome.error is not None:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ListPage", "Niet alles verwijderd"),
                str(outcome.error),
            )
