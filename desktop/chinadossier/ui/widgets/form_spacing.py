"""One spacing for every label-beside-field form (SPEC, 4-px grid): a label never touches its
field ("Standaardclassificatie", "Tekenset (CSV)"), a button never touches the field beside it
("Map openen")."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

LABEL_GAP = 16
"""Between a label and its field."""
ROW_GAP = 12
"""Between the rows of a form."""
BESIDE_GAP = 8
"""Between a field and a button on its row."""


def spaced(form: QFormLayout) -> QFormLayout:
    """`form` with the app's label and row gaps."""
    form.setHorizontalSpacing(LABEL_GAP)
    form.setVerticalSpacing(ROW_GAP)
    return form


def beside(*widgets: QWidget, stretch_first: bool = True) -> QHBoxLayout:
    """A row of a field and its buttons, BESIDE_GAP apart (the first one stretches)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(BESIDE_GAP)
    for n, widget in enumerate(widgets):
        row.addWidget(widget, 1 if n == 0 and stretch_first else 0)
    return row


class RoomyLabel(QLabel):
    """A form label with a few pixels to spare after its text: a label exactly as wide as its
    text lost the last pixels of its closing ")" ("Tekenset (CSV" in the import wizard)."""

    SLACK = 4
    """Pixels beyond the text's own width."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return super().sizeHint() + QSize(self.SLACK, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return super().minimumSizeHint() + QSize(self.SLACK, 0)
