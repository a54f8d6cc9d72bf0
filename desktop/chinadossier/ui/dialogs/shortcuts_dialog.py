"""Help › Sneltoetsen: the keyboard shortcuts as an aligned two-column table (key, what it does).

Rows are grouped under a heading row ("In een lijst", "In een formulier"). Esc or Enter closes
the dialog; the table takes the focus so the arrow keys scroll it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_C = "ShortcutsDialog"

#: (key, what it does); a row with an empty key is a heading.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("ShortcutsDialog", "contactmoment vastleggen")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("ShortcutsDialog", "zoeken")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "lijst filteren")),
    ("F5", QT_TRANSLATE_NOOP("ShortcutsDialog", "vernieuwen")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("ShortcutsDialog", "pagina's in de zijbalk")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("ShortcutsDialog", "ongedaan maken")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("ShortcutsDialog", "memo maken")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("ShortcutsDialog", "instellingen")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutsDialog", "afsluiten")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Pijltjes + Enter"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "cel van de risicomatrix openen")),
    ("", QT_TRANSLATE_NOOP("ShortcutsDialog", "In een lijst")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "record bewerken")),
    ("Delete", QT_TRANSLATE_NOOP("ShortcutsDialog", "gekozen records verwijderen")),
    ("", QT_TRANSLATE_NOOP("ShortcutsDialog", "In een formulier")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "opslaan")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "annuleren")),
    ("Ctrl+Shift+N",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "nieuw record maken van wat u in een zoekveld typte")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(_C, text)


class ShortcutsDialog(QDialog):
    """The shortcuts in a read-only table; closes with Esc, Enter or the Sluiten button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.setAccessibleName(self.tr("Sneltoetsen"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setAccessibleName(self.tr("Sneltoetsen"))
        self.table.setAccessibleDescription(self.tr("Toets en wat die doet"))
        self.table.setHorizontalHeaderLabels([self.tr("Toets"), self.tr("Wat")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, (key, what) in enumerate(SHORTCUTS):
            if not key:  # a heading over the rows below it
                item = QTableWidgetItem(_t(what))
                item.setFont(bold)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, 0, item)
                self.table.setSpan(row, 0, 1, 2)
                continue
            key_item = QTableWidgetItem(_t(key))  # "Pijltjes + Enter" has a translation
            key_item.setFont(bold)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(_t(what)))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        close.setDefault(True)  # Enter closes, as Esc does
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.resize(max(520, self.table.horizontalHeader().length() + 40),
                    min(640, rows + self.table.horizontalHeader().height() + 90))
        self.table.setFocus()

    def rows(self) -> list[tuple[str, str]]:
        """The table as text (key, what it does), headings with an empty second column."""
        out = []
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            second = self.table.item(row, 1)
            out.append((first.text() if first else "", second.text() if second else ""))
        return out
