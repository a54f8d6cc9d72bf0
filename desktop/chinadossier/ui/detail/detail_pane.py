"""The detail pane: one record with its linked records, timeline and history from the audit trail.

It reads through `ops.query` (a newer record supersedes the one still loading) and re-reads when
a write changed the record it shows. Links open other records through `open_record_requested`.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.changes import Changes
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.history import HistoryEntry
from chinadossier.ui.detail.detail_data import DetailData, load_detail, load_more_history
from chinadossier.ui.detail.detail_html import body_html, for_palette, subtitle
from chinadossier.ui.models import case_today
from chinadossier.ui.models.formatting import record_label
from chinadossier.ui.pages.cell_delegate import is_dark


class DetailPane(QFrame):
    """Shows one record; empty until a record is chosen."""

    edit_requested = Signal(object, object)
    """(kind, record id): the user wants to edit the shown record."""
    open_record_requested = Signal(object, object)
    """(kind, record id): the user followed a link to another record."""
    loaded = Signal()
    """A record (or more of its history) has been shown."""

    def __init__(self, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DetailPane")
        self.setMinimumWidth(300)
        self._ops = ops
        self._kind: RecordKind | None = None
        self._id: uuid.UUID | None = None
        self._data: DetailData | None = None
        self._history: list[HistoryEntry] = []
        self._history_more = False

        # Beside "Bewerken", never pushing the button out of the pane: it wraps onto a second
        # line rather than cutting the record's kind or title off ("BES-2026-0003 ·
        # Raadsinform…" at 1366 px); the full text is in its tooltip too. The title below wraps.
        self._sub = QLabel(self)
        self._sub.setTextFormat(Qt.TextFormat.PlainText)
        self._sub.setWordWrap(True)
        self._sub.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._sub.setObjectName("DetailSubtitle")
        self._sub.setEnabled(True)
        self._edit = QToolButton(self)
        self._edit.setText(self.tr("Bewerken"))
        self._edit.setToolTip(self.tr("Bewerken (F2)"))
        self._edit.setAccessibleName(self.tr("Record bewerken"))
        self._edit.setShortcut(QKeySequence("F2"))
        self._edit.clicked.connect(self._request_edit)
        self._title = QLabel(self)
        self._title.setObjectName("DetailTitle")
        self._title.setWordWrap(True)
        title_font = QFont(self._title.font())
        title_font.setPixelSize(16)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._body = QTextBrowser(self)
        self._body.setObjectName("DetailBody")
        self._body.setAccessibleName(self.tr("Details van het record"))
        self._body.setOpenLinks(False)
        self._body.setFrameShape(QFrame.Shape.NoFrame)
        # The body reads as part of the pane, not as an input field.
        self._body.setStyleSheet(
            "QTextBrowser#DetailBody { border: none; background: transparent; }"
        )
        self._body.anchorClicked.connect(self._follow)
        self._empty = QLabel(self.tr("Kies een record in de lijst om het hier te zien."), self)
        self._empty.setWordWrap(True)
        self._empty.setObjectName("Hint")

        top = QHBoxLayout()
        top.addWidget(self._sub, 1)
        top.addWidget(self._edit, 0, Qt.AlignmentFlag.AlignTop)
        self._top = top
        self._sub_below = False
        from chinadossier.ui.anonymise_action import attach  # AVG (issue 10.6)

        self.anonymise_button = attach(self, top, ops)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 8, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self._title)
        layout.addWidget(self._body, 1)
        layout.addWidget(self._empty)
        layout.addStretch(0)
        ops.changed.connect(self._on_changed)
        self.clear()

    # -- public ---------------------------------------------------------------------------------

    @property
    def record(self) -> Any:
        """The record shown, or None."""
        return self._data.record if self._data else None

    @property
    def record_id(self) -> uuid.UUID | None:
        """The id of the record shown (or being loaded)."""
        return self._id

    def text(self) -> str:
        """The pane's text as a reader hears it (title and body), for tests and screen readers."""
        return f"{self._sub.text()}\n{self._title.text()}\n{self._body.toPlainText()}"

    def show_record(self, kind: RecordKind, record_id: uuid.UUID) -> None:
        """Read and show a record."""
        self._kind, self._id = kind, record_id
        self._ops.query(
            lambda d: load_detail(d, kind, record_id),
            on_done=self._show,
            on_error=self._failed,
            key=f"detail:{id(self)}",
        )

    def clear(self) -> None:
        """Show nothing."""
        self._kind = self._id = None
        self._data = None
        for widget in (self._sub, self._title, self._body, self._edit, self.anonymise_button):
            widget.hide()
        self._empty.show()

    # -- internals ------------------------------------------------------------------------------

    def _show(self, data: DetailData) -> None:
        if self._id != data.record.meta.id:
            return
        self._data = data
        self._history = list(data.history)
        self._history_more = data.history_more
        record = data.record
        self._sub.setText(subtitle(record))
        self._sub.setToolTip(self._sub.text())
        self._title.setText(_label_text(record))
        self._title.setToolTip(_label_text(record))
        self._render()
        for widget in (self._sub, self._title, self._body):
            widget.show()
        self._edit.setVisible(not record.meta.deleted)
        self._empty.hide()
        self.loaded.emit()
        # after `loaded`: the Anonimiseren button shows itself for a person on that signal
        QTimer.singleShot(0, self, self._place_sub)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        """Keep the number line readable at any width (see _place_sub)."""
        super().resizeEvent(event)
        self._place_sub()

    def _place_sub(self) -> None:
        """The number line beside the buttons while the record's number fits there; else on a
        line of its own under them (a person's pane has two buttons, which left "PER-…" at
        300 px)."""
        buttons = [w for w in (self._edit, self.anonymise_button) if not w.isHidden()]
        margins = self.layout().contentsMargins()
        room = (self.width() - margins.left() - margins.right()
                - sum(w.sizeHint().width() + self._top.spacing() for w in buttons))
        # Beside the buttons it wraps after the record's number, as long as that number fits
        # on the first line.
        number = self._sub.text().split(" · ", 1)[0]
        below = self._sub.fontMetrics().horizontalAdvance(number + " · …") > room
        if below == self._sub_below:
            return
        self._sub_below = below
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        if below:
            self._top.removeWidget(self._sub)
            self._top.insertStretch(0, 1)
            layout.insertWidget(1, self._sub)
        else:
            layout.removeWidget(self._sub)
            stretch = self._top.takeAt(0)
            del stretch
            self._top.insertWidget(0, self._sub, 1)

    def _render(self) -> None:
        assert self._data is not None
        scroll = self._body.verticalScrollBar().value()
        text = body_html(self._data, case_today.today(), self._history, self._history_more)
        self._body.setHtml(for_palette(text, is_dark(self.palette())))
        self._body.verticalScrollBar().setValue(scroll)

    def _failed(self, exc: BaseException) -> None:
        self.clear()
        self._empty.setText(self.tr("Dit record kon niet worden gelezen: {0}").format(exc))

    def _on_changed(self, changes: Changes) -> None:
        if self._id is None or self._kind is None:
            return
        if changes.touches(self._id) or (self._data and changes.concerns(
                RecordKind.MEETING, RecordKind.DECISION, RecordKind.RISK_NOTE,
                RecordKind.ACTION) and self._kind in (RecordKind.TIE, RecordKind.ORGANISATION,
                                                      RecordKind.PERSON, RecordKind.MEETING)):
            self.show_record(self._kind, self._id)

    def _request_edit(self) -> None:
        if self._kind is not None and self._id is not None and self.record is not None:
            self.edit_requested.emit(self._kind, self._id)

    def _follow(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("open:"):
            _, kind, raw_id = target.split(":", 2)
            self.open_record_requested.emit(RecordKind(kind), uuid.UUID(raw_id))
        elif target == "history:more" and self._id is not None and self._history:
            record_id, before = self._id, self._history[-1].seq
            self._ops.query(
                lambda d: load_more_history(d, record_id, before),
                on_done=lambda more: self._more_history(record_id, more),
                key=f"history:{id(self)}",
            )
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def _more_history(self, record_id: uuid.UUID, more: list[HistoryEntry]) -> None:
        if record_id != self._id or self._data is None:
            return
        self._history.extend(more)
        self._history_more = len(more) >= 30
        self._render()
        self.loaded.emit()


def _label_text(record: Any) -> str:
    return record_label(record)
