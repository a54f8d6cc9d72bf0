"""The save-conflict dialog: the record changed since the form opened it; reload or keep editing.

The forms call it when a save raises `Conflict` (another window or process saved first; nothing
of the user's was written). "Opnieuw laden" discards what was typed and shows the record as it
now is; "Verder bewerken" keeps what was typed, now based on the current version, so the next
save replaces the other change (which stays in the history).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain import labels
from chinadossier.domain.codes import AuditAction
from chinadossier.domain.errors import Conflict
from chinadossier.domain.history import HistoryEntry
from chinadossier.ui.models.formatting import code_lang, datetime_text, record_label


class ConflictChoice(Enum):
    """What the user chose."""

    RELOAD = "reload"
    KEEP_EDITING = "keep_editing"


class ConflictDialog(QDialog):
    """Explains a save conflict and offers the two ways on; `choice` holds the answer."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None, *,
                 ops: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Opslaan lukte niet: record gewijzigd"))
        self.setModal(True)
        self.current: Any = conflict.current
        self.choice: ConflictChoice | None = None
        meta = self.current.meta if self.current is not None else None

        title = QLabel(self.tr("Iemand anders heeft dit record intussen gewijzigd"), self)
        font = QFont(title.font())
        font.setPixelSize(17)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        if meta is not None:
            who = self.tr("{number} ({label}) is gewijzigd door {who} op {when}, nadat u het "
                          "opende.").format(number=meta.display_no,
                                            label=record_label(self.current),
                                            who=meta.updated_by,
                                            when=datetime_text(meta.updated_at))
        else:
            who = str(conflict)
        self.explanation = QLabel(
            who + "\n\n" + self.tr(
                "Uw wijzigingen zijn nog niet opgeslagen; er is niets overschreven.\n\n"
                "• Opnieuw laden: u ziet de huidige gegevens; wat u typte vervalt.\n"
                "• Verder bewerken: wat u typte blijft staan. Slaat u daarna op, dan vervangt "
                "uw versie de andere wijziging (die blijft zichtbaar in de geschiedenis)."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setAccessibleName(self.tr("Uitleg"))
        self.latest = QLabel(self)
        self.latest.setWordWrap(True)
        self.latest.setObjectName("Hint")
        self.latest.hide()

        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("Opnieuw laden"), self)
        self.reload_button.setObjectName("Primary")
        self.reload_button.setAccessibleName(self.tr("Opnieuw laden; wat u typte vervalt"))
        self.keep_button = QPushButton(self.tr("Verder bewerken"), self)
        self.keep_button.setAccessibleName(self.tr("Verder bewerken; wat u typte blijft staan"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.clicked.connect(lambda: self._choose(ConflictChoice.RELOAD))
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_EDITING))
        self.keep_button.setDefault(True)  # the safe default keeps the user's typing

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.latest)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.explanation.setMinimumWidth(472)
        if ops is not None and meta is not None:
            record_id = meta.id
            ops.query(lambda d: d.history.of_record(record_id, limit=1),
                      on_done=self._show_latest, on_error=lambda _e: None,
                      key=f"conflict:{id(self)}")

    def _show_latest(self, entries: list[HistoryEntry]) -> None:
        if not entries or entries[0].action is not AuditAction.UPDATE:
            return
        lang = code_lang()
        kind = self.current.meta.kind if self.current is not None else None
        fields = ", ".join(labels.field_label(f, lang, kind) for f in entries[0].fields)
        if fields:
            self.latest.setText(self.tr("Laatste wijziging: {0}.").format(fields))
            self.latest.show()
            self.adjustSize()

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.RELOAD:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or closing keeps what was typed (nothing is ever lost by closing)."""
        if self.choice is None:
            self.choice = ConflictChoice.KEEP_EDITING
        super().reject()
