"""Dossier → "Mogelijke dubbelen": likely duplicate pairs, and a side-by-side merge dialog.

Both run their service calls through `ops` (reads in the pool, the merge and its undo on the
writer thread, a backup first). After a merge the dialog offers "Ongedaan maken", which puts
both records and all their links back exactly (the service refuses once one of them changed).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.merge import DuplicatePair, MergeDone, MergePreview, Side
from chinadossier.ui.avg.common import backup_step, error_text

MERGE_REASON = "voor-samenvoegen"


_BREAKS = re.compile(r"[@./](?=\S)")


class _WrappedChoice(QWidget):
    """A radio button with its value beside it in a label that wraps (a radio button's own
    text never wraps, so a long value pushed the next choice out of sight); clicking the
    text chooses too."""

    def __init__(self, button: QRadioButton, text: str, *, short: bool = False) -> None:
        super().__init__()
        self.button = button
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        # an e-mail address or URL may break after "@", "." and "/" (zero-width spaces)
        self.label = QLabel(_BREAKS.sub(lambda m: m.group(0) + "\u200b", text))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setEnabled(button.isEnabled())
        if not short:
            # no minimum width from the text: the columns share the dialog's width and the
            # text wraps
            self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.label.setMinimumWidth(80)
        lay.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.label, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self.button.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.button.setChecked(True)
        super().mouseReleaseEvent(event)


class MergeDialog(QDialog):
    """Side by side: per field the value of A or of B; A is kept, B merged into it."""

    def __init__(self, ops: Any, a: uuid.UUID, b: uuid.UUID, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.a, self.b = a, b
        self.preview: MergePreview | None = None
        self.done_merge: MergeDone | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Samenvoegen"))
        self.setAccessibleName(self.tr("Samenvoegen"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Voorvertoning laden…"))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        # Long values wrap (_WrappedChoice): every choice, "Beide bewaren" too, in sight
        # without scrolling sideways (it was off-screen at 1366×768).
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_area.setAccessibleName(self.tr("Velden van beide records"))
        layout.addWidget(self.fields_area, 1)
        self.links = QLabel()
        self.links.setWordWrap(True)
        layout.addWidget(self.links)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.swap = QPushButton(self.tr("&Wissel welke blijft"))
        self.swap.setAccessibleName(self.tr("Wissel welk record blijft"))
        self.swap.clicked.connect(self._swap)
        row.addWidget(self.swap)
        row.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(self.tr("&Samenvoegen"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("Primary")
        self.merge_button.setAccessibleName(self.tr("Samenvoegen"))
        self.merge_button.setEnabled(False)
        cancel = self.buttons.addButton(self.tr("Annuleren"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.accepted.connect(self._merge)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self._load()

    def _load(self) -> None:
        self.merge_button.setEnabled(False)
        a, b = self.a, self.b
        self.ops.query(lambda d: d.merges.preview(a, b), on_done=self._show,
                       on_error=self._failed, key=f"merge-preview-{id(self)}")

    def _swap(self) -> None:
        self.a, self.b = self.b, self.a
        self._load()

    def _show(self, preview: MergePreview) -> None:
        self.preview = preview
        a, b = preview.a, preview.b
        self.intro.setText(self.tr(
            "{0} {1} (A) blijft bestaan; {2} {3} (B) wordt ermee samengevoegd en verdwijnt uit "
            "lijsten en zoeken. Kies per veld welke waarde blijft. Ongedaan maken kan zolang "
            "geen van beide daarna is gewijzigd.").format(a.display_no, a.title, b.display_no,
                                                         b.title))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addWidget(QLabel(self.tr("<b>Veld</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>A: {0}</b>").format(a.display_no)), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>B: {0}</b>").format(b.display_no)), 0, 2)
        self.groups = {}
        for row, field in enumerate(preview.fields, start=1):
            grid.addWidget(QLabel(field.label[:1].upper() + field.label[1:]), row, 0,
                           Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(grid_host)
            options = [("a", field.a), ("b", field.b)]
            if field.both:
                options.append(("both", self.tr("Beide bewaren (A, dan B)")))
            for column, (side, value) in enumerate(options, start=1):
                button = QRadioButton()
                button.setProperty("value", value or self.tr("(leeg)"))
                button.setAccessibleDescription(value or self.tr("(leeg)"))
                button.setAccessibleName(
                    self.tr("{0}: beide bewaren").format(field.label) if side == "both"
                    else self.tr("{0}: waarde van {1}").format(field.label, side.upper()))
                button.setProperty("side", side)
                button.setChecked(field.choice == side)
                button.setEnabled(field.differs)
                group.addButton(button)
                grid.addWidget(_WrappedChoice(button, button.property("value"),
                                              short=side == "both"), row, column)
            self.groups[field.name] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 0)  # "Beide bewaren (A, dan B)": as wide as its text
        grid.setRowStretch(len(preview.fields) + 1, 1)
        self.fields_area.setWidget(grid_host)
        moved = ", ".join(f"{n} {what}" for what, n in preview.links)
        self.links.setText(self.tr("Gaat over van B naar A: {0}").format(moved)
                           if moved else self.tr("B heeft geen koppelingen."))
        self.message.clear()
        self.merge_button.setEnabled(True)

    def choices(self) -> dict[str, Side]:
        """The side chosen for every field."""
        out: dict[str, Side] = {}
        for name, group in self.groups.items():
            checked = group.checkedButton()
            side = checked.property("side") if checked is not None else "a"
            out[name] = "b" if side == "b" else "both" if side == "both" else "a"
        return out

    def _merge(self) -> None:
        preview = self.preview
        if preview is None:
            return
        self.merge_button.setEnabled(False)
        a, b, choices = preview.a.id, preview.b.id, self.choices()
        expected = (preview.a.version, preview.b.version)

        def run(d: Any) -> Any:
            return d.merges.merge(a, b, choices, expected=expected,
                                  backup=backup_step(d, MERGE_REASON))

        self.message.setText(self.tr("Back-up maken en samenvoegen…"))
        self.ops.write(run, on_done=self._merged, on_error=self._failed)

    def _merged(self, value: Any) -> None:
        self.done_merge = value.record
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
        self.merge_button.setEnabled(self.preview is not None)


class DuplicatesDialog(QDialog):
    """The list of likely duplicates; merge a pair, or undo the last merge."""

    def __init__(self, ops: Any, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.pairs: list[DuplicatePair] = []
        self.last: MergeDone | None = None
        self.last_merged: uuid.UUID | None = None
        self.merge_dialog: MergeDialog | None = None
        self.note = ""  # what the last merge or undo did, shown above the count
        self.setWindowTitle(self.tr("Mogelijke dubbelen"))
        self.setAccessibleName(self.tr("Mogelijke dubbelen"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        kind_label = QLabel(self.tr("&Soort:"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Personen"), RecordKind.PERSON)
        self.kind.addItem(self.tr("Organisaties"), RecordKind.ORGANISATION)
        self.kind.setAccessibleName(self.tr("Soort records"))
        kind_label.setBuddy(self.kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(kind_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        # An earlier merge (also from another session) is undone by the merged record's number.
        number_label = QLabel(self.tr("Eerder samengevoegd &nummer:"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("bijv. PER-0007"))
        self.number.setAccessibleName(self.tr("Nummer van een samengevoegd record"))
        self.number.setMaximumWidth(160)
        number_label.setBuddy(self.number)
        self.unmerge_button = QPushButton(self.tr("&Terugdraaien"))
        self.unmerge_button.setAccessibleName(
            self.tr("Samenvoegen van dit nummer ongedaan maken"))
        self.unmerge_button.clicked.connect(self.undo_number)
        self.number.returnPressed.connect(self.undo_number)
        top.addWidget(number_label)
        top.addWidget(self.number)
        top.addWidget(self.unmerge_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Overeenkomst"), self.tr("Record A"), self.tr("Record B")])
        self.table.setAccessibleName(self.tr("Paren die waarschijnlijk hetzelfde zijn"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _i: self.merge_selected())
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Samenvoegen…"))
        self.merge_button.setObjectName("Primary")
        self.merge_button.setAccessibleName(self.tr("Geselecteerd paar samenvoegen"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = QPushButton(self.tr("&Ongedaan maken"))
        self.undo_button.setAccessibleName(self.tr("Laatste samenvoegen ongedaan maken"))
        self.undo_button.setShortcut("Ctrl+Z")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        close = QPushButton(self.tr("Sluiten"))
        close.setAccessibleName(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        row.addWidget(self.merge_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """Search again for the chosen kind (off the GUI thread)."""
        kind = RecordKind(self.kind.currentData())
        self.status.setText(self.tr("Zoeken naar mogelijke dubbelen…"))
        self.ops.query(lambda d: d.merges.duplicates(kind, limit=500), on_done=self._show,
                       on_error=lambda exc: self.status.setText(error_text(exc)),
                       key=f"duplicates-{id(self)}")

    def _show(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            score = QTableWidgetItem(f"{pair.score:.0f}%")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, score)
            self.table.setItem(row, 1, QTableWidgetItem(f"{pair.a_no}  {pair.a_title}"))
            self.table.setItem(row, 2, QTableWidgetItem(f"{pair.b_no}  {pair.b_title}"))
        count = (self.tr("{0} mogelijke dubbelen.").format(len(pairs)) if pairs
                 else self.tr("Geen mogelijke dubbelen gevonden."))
        self.status.setText(f"{self.note} {count}".strip())
        self._selection()

    def _selection(self) -> None:
        self.merge_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def merge_selected(self) -> None:
        """Open the side-by-side dialog for the selected pair."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        pair = self.pairs[rows[0].row()]
        self.merge_dialog = MergeDialog(self.ops, pair.a, pair.b, parent=self)
        self.merge_dialog.accepted.connect(self._merged)
        self.merge_dialog.open()

    def _merged(self) -> None:
        dialog = self.merge_dialog
        if dialog is None or dialog.done_merge is None or dialog.preview is None:
            return
        self.last = dialog.done_merge
        self.last_merged = dialog.preview.b.id
        self.undo_button.setEnabled(True)
        self.note = self.tr("{0} is samengevoegd met {1}.").format(
            self.last.merged, self.last.kept)
        self.refresh()

    def undo_last(self) -> None:
        """Undo the merge made last in this dialog (a backup first)."""
        merged = self.last_merged
        if merged is None:
            return
        self.undo_button.setEnabled(False)
        self._unmerge(lambda d: merged)

    def undo_number(self) -> None:
        """Undo the merge of the record whose number was typed (a backup first)."""
        number = self.number.text().strip()
        if not number:
            self.status.setText(self.tr("Typ het nummer van het samengevoegde record."))
            return
        self._unmerge(lambda d: d.merges.find(number))

    def _unmerge(self, lookup: Any) -> None:
        def run(d: Any) -> Any:
            return d.merges.unmerge(lookup(d), backup=backup_step(d, MERGE_REASON))

        def done(value: Any) -> None:
            self.last, self.last_merged = None, None
            self.undo_button.setEnabled(False)
            self.number.clear()
            undone: MergeDone = value.record
            self.note = self.tr("Samenvoegen ongedaan gemaakt: {0} en {1} zijn weer zoals "
                                "ervoor.").format(undone.merged, undone.kept)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.status.setText(error_text(exc))
            self.undo_button.setEnabled(self.last_merged is not None)

        self.ops.write(run, on_done=done, on_error=failed)
