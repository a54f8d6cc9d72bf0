"""Noticing that the user changed a field, so its error message can go (#8).

A field shows its error until the user changes that field; saving validates everything again.
`connect_changes` hooks one callback to whatever signal says "this field's value changed" for
each kind of field widget: a chip field's `changed`, a date's or segmented choice's `edited`,
typing in a text field, another item in a list, a tick. A compound field (a row list of
positions) is watched through its parts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from chinadossier.ui.widgets.chips import ChipInput


def _own_signal(widget: QWidget) -> SignalInstance | None:
    """The signal that fires when this widget's own value changes, if it has one."""
    if isinstance(widget, ChipInput):
        return widget.changed  # not the typing in its search field: only a chip added/removed
    edited = getattr(widget, "edited", None)
    if isinstance(edited, SignalInstance):
        return edited
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.editingFinished
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    return None


def connect_changes(widget: QWidget, callback: Callable[[], None],
                    seen: set[int] | None = None) -> None:
    """Call `callback` (without arguments) whenever the value of the field `widget` changes.

    `seen` holds the widgets already connected (their ids): calling again connects only parts
    added since (a row list grows), never one twice."""
    seen = set() if seen is None else seen
    signal = _own_signal(widget)
    if signal is not None:
        if id(widget) not in seen:
            seen.add(id(widget))
            signal.connect(lambda *_args: callback())
        return
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        connect_changes(child, callback, seen)
