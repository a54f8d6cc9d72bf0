"""The top bar and the record commands: search, forms, Ctrl+N, Ctrl+P, Ctrl+Z."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.window.pieces import PAGE_OF_KIND, optional


class WindowCommands:
    """The top bar, the search popup and the forms and dialogs of records (a MainWindow part)."""

    def _make_undo_stack(self) -> Any | None:
        cls = optional("undo", "UndoStack")
        if cls is None:
            return None
        stack = cls(self.ops, self)
        stack.undone.connect(self._undone)
        return stack

    def _undone(self, outcome: Any) -> None:
        """Say in the status bar what Ctrl+Z put back (#8); a failure has its own dialog."""
        if getattr(outcome, "summary", None):  # an undone create, edit or tag (ui.undo_steps)
            self.show_message(outcome.summary)
            return
        done = list(getattr(outcome, "done", []))
        if not done:
            return
        if len(done) == 1:
            self.show_message(self.tr("{0} teruggezet").format(done[0][1].meta.display_no))
        else:
            self.show_message(self.tr("{0} records teruggezet").format(len(done)))

    @property
    def search_popup(self) -> Any | None:
        """The global search popup, made at its first use (None when not in this build)."""
        if self._search_popup is None:
            cls = optional("search.search_popup", "SearchPopup")
            if cls is None:
                return None
            self._search_popup = cls(self.ops, self)
            self._search_popup.open_record_requested.connect(self.open_record)
        return self._search_popup

    def _top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("TopBar")
        bar.setFixedHeight(56)
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(24, 0, 16, 0)
        lay.setSpacing(8)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("GlobalSearch")
        self.search_field.setPlaceholderText(self.tr("Zoeken… (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Zoeken in het dossier"))
        self.search_field.setMaximumWidth(440)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(lambda: self.start_search(self.search_field.text()))
        self.search_field.textEdited.connect(self._search_typed)
        lay.addWidget(self.search_field, 1)
        lay.addStretch(0)
        self.memo_button = QPushButton(self.tr("Memo maken…"))
        self.memo_button.setAccessibleName(self.tr("Memo maken"))
        self.memo_button.clicked.connect(self.make_memo)
        self.new_meeting_button = QPushButton(self.tr("+ Contactmoment vastleggen (Ctrl+N)"))
        self.new_meeting_button.setObjectName("Primary")
        self.new_meeting_button.setAccessibleName(self.tr("Contactmoment vastleggen"))
        self.new_meeting_button.clicked.connect(self.log_meeting)
        lay.addWidget(self.memo_button)
        lay.addWidget(self.new_meeting_button)
        return bar

    def edit_record(self, kind: RecordKind, record_id: uuid.UUID) -> None:
        """Open the form of an existing record."""
        self._open_form(kind, record_id)

    def new_record(self, kind: RecordKind) -> None:
        """Open an empty form; the record made is selected in its list."""
        dialog = self._open_form(kind, None)
        if dialog is not None:
            dialog.saved.connect(lambda record: self._select_new(kind, record))

    def _open_form(self, kind: RecordKind, record_id: uuid.UUID | None) -> Any:
        """The kind's form (empty when `record_id` is None), opened; None when there is none."""
        if self._refuse_write():
            return None
        open_editor = optional("forms.editor", "open_editor")
        if open_editor is None:
            self._not_yet(self.tr("Formulieren"))
            return None
        try:
            dialog = open_editor(self.ops, kind, record_id, self)
        except ValueError:  # a kind without a form (e.g. a memo)
            self.show_message(self.tr("Dit soort record heeft geen formulier."))
            return None
        self.dialogs.keep("editor", dialog)
        dialog.open()
        return dialog

    def _select_new(self, kind: RecordKind, record: Any) -> None:
        """A record just made is selected in its list, if that list is on screen (#8)."""
        page = self.pages.get(PAGE_OF_KIND.get(kind, ""))
        if page is not None and page is self.stack.currentWidget() and hasattr(page, "show_record"):
            page.show_record(record.meta.id)

    def log_meeting(self) -> None:
        """Ctrl+N: the quick "Contactmoment vastleggen" dialog."""
        if self._refuse_write():
            return
        cls = optional("forms.quick_meeting_dialog", "QuickMeetingDialog")
        if cls is None:
            self._not_yet(self.tr("Contactmoment vastleggen"))
            return
        dialog = self.dialogs.keep("quick_meeting", cls(self.ops, self))
        dialog.saved.connect(self._meeting_logged)
        dialog.saved.connect(lambda record: self._select_new(RecordKind.MEETING, record))
        dialog.open()

    def _meeting_logged(self, record: Any) -> None:
        """Say in the status bar that Ctrl+N stored the contact moment (#8)."""
        meta = getattr(record, "meta", None)
        if meta is not None:
            self.show_message(self.tr("Contactmoment {0} vastgelegd").format(meta.display_no))

    def make_memo(self) -> None:
        """Ctrl+P: the memo dialog."""
        if self._refuse_write():
            return
        cls = optional("memo.memo_dialog", "MemoDialog")
        if cls is None:
            self._not_yet(self.tr("Memo maken"))
            return
        self.dialogs.keep("memo_dialog", cls(self.ops, None, self)).open()

    def _not_yet(self, what: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, what, self.tr(
            "{0} is nog niet beschikbaar in deze versie; het komt in een volgende stap.").format(
            what), QMessageBox.StandardButton.Ok, self)
        box.setAccessibleName(what)
        box.open()
        self.dialogs.keep("last_message", box)

    def focus_search(self) -> None:
        """Ctrl+K: the global search."""
        if self.search_popup is not None:
            self.search_popup.popup(self.search_field.text())
            return
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_typed(self, text: str) -> None:
        if self.search_popup is not None and text.strip():
            self.search_popup.popup(text)  # the popup's own field takes over the typing
            self.search_field.clear()

    def start_search(self, text: str) -> None:
        """Return in the top-bar field."""
        if self.search_popup is not None:
            self.search_popup.popup(text)
        else:
            self.statusBar().showMessage(self.tr(
                "Zoeken met resultaten tijdens het typen komt in een volgende stap."), 6000)

    def focus_filter(self) -> None:
        """Ctrl+F: the current list page's filter."""
        page = self.stack.currentWidget()
        if hasattr(page, "focus_filter"):
            page.focus_filter()

    def undo(self) -> None:
        """Ctrl+Z: undo the last delete of this session."""
        if self.undo_stack is not None:
            self.undo_stack.undo()
