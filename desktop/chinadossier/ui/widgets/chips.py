"""ChipInput: removable chips in a frame with a borderless line edit to type the next one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.theme import repolish
from chinadossier.ui.widgets.flow import FlowLayout


@dataclass(frozen=True, slots=True)
class Choice:
    """Something a picker offers or a chip holds: a record, a place, or a plain text (tag)."""

    kind: RecordKind | None
    id: Any
    label: str
    hanzi: str | None = None
    sub: str | None = None


class Chip(QFrame):
    """One chosen item with a × to remove it."""

    remove_requested = Signal(object)

    #: Widest label in pixels before it is elided ("…").
    MAX_LABEL_WIDTH = 260

    def __init__(self, choice: Choice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.setObjectName("Chip")
        self.setProperty("removable", True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        text = QLabel(self)
        # A long label (a source's title) is elided, so a chip never widens its form; the whole
        # label is in the tooltip and the accessible name.
        text.setText(text.fontMetrics().elidedText(
            choice.label, Qt.TextElideMode.ElideRight, self.MAX_LABEL_WIDTH))
        text.setAccessibleName(choice.label)
        text.setToolTip("\n".join(t for t in (choice.label, choice.sub) if t)
                        if text.text() != choice.label else (choice.sub or choice.label))
        layout.addWidget(text)
        remove = QToolButton(self)
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.setAccessibleName(self.tr("{0} verwijderen").format(choice.label))
        remove.setToolTip(self.tr("{0} verwijderen").format(choice.label))
        remove.clicked.connect(lambda: self.remove_requested.emit(self.choice))
        layout.addWidget(remove)


class ChipInput(QFrame):
    """Chips followed by a line edit; Backspace in the empty edit removes the last chip."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, placeholder: str = "", multi: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ChipInput")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.multi = multi
        self._chips: list[Chip] = []
        # chips wrap onto more lines rather than widening the form
        self._layout = FlowLayout(self, spacing=4)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self.edit = QLineEdit(self)
        self.edit.setFrame(False)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.installEventFilter(self)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.setMinimumHeight(30)
        # The theme styles the frame like a line edit and its edit without a border; the frame
        # rings the focus while its edit has it (property focused, WCAG 2.4.7).
        self.setProperty("focused", False)

    # -- accessibility ---------------------------------------------------------------------------

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        """Name the frame and its line edit (the focusable part) alike."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- chips -----------------------------------------------------------------------------------

    def choices(self) -> list[Choice]:
        """The chosen items in order."""
        return [c.choice for c in self._chips]

    def set_choices(self, choices: list[Choice]) -> None:
        """Replace every chip (no `changed` signal: this is loading, not editing)."""
        for chip in self._chips:
            chip.deleteLater()
        self._chips = []
        for choice in choices:
            self._add_chip(choice)

    def add_choice(self, choice: Choice) -> bool:
        """Add a chip unless the same item is already there; single pickers replace theirs."""
        if any(c.choice.kind == choice.kind and c.choice.id == choice.id for c in self._chips):
            return False
        if not self.multi:
            for chip in self._chips:
                chip.deleteLater()
            self._chips = []
        self._add_chip(choice)
        self.edit.clear()
        self.changed.emit()
        return True

    def remove_choice(self, choice: Choice) -> None:
        """Remove one chip."""
        for chip in list(self._chips):
            if chip.choice == choice:
                self._chips.remove(chip)
                chip.deleteLater()
                self.changed.emit()
                return

    def _add_chip(self, choice: Choice) -> None:
        chip = Chip(choice, self)
        chip.remove_requested.connect(self.remove_choice)
        self._layout.insertWidget(len(self._chips), chip)
        self._chips.append(chip)
        self.edit.setPlaceholderText("" if not self.multi else self.edit.placeholderText())

    # -- keys ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Backspace in the empty edit removes the last chip; subclasses add more keys."""
        if watched is self.edit and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.setProperty("focused", event.type() == QEvent.Type.FocusIn)
            repolish(self)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Handle a key typed into the edit; True when consumed."""
        if event.key() == Qt.Key.Key_Backspace and not self.edit.text() and self._chips:
            self.remove_choice(self._chips[-1].choice)
            return True
        return False


class TagInput(ChipInput):
    """Free-text tags: Enter or a comma turns what was typed into a chip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent,
                         placeholder=QCoreApplication.translate("TagInput", "Tag toevoegen…"))
        self.edit.textEdited.connect(self._comma)

    def tags(self) -> tuple[str, ...]:
        """The tags, including text still being typed."""
        pending = self.edit.text().strip().lstrip("#")
        tags = [c.id for c in self.choices()]
        if pending and pending not in tags:
            tags.append(pending)
        return tuple(tags)

    def set_tags(self, tags: tuple[str, ...]) -> None:
        """Show tags."""
        self.set_choices([Choice(None, t, f"#{t}") for t in tags])

    def _comma(self, text: str) -> None:
        if "," in text:
            for part in text.split(","):
                self._commit(part)
            self.edit.clear()

    def _commit(self, text: str) -> None:
        tag = text.strip().lstrip("#")
        if tag:
            self.add_choice(Choice(None, tag, f"#{tag}"))

    def handle_key(self, event: QKeyEvent) -> bool:
        """Enter commits the typed tag (Ctrl+Enter is left for saving the form)."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.edit.text().strip()
        ):
            self._commit(self.edit.text())
            self.edit.clear()
            return True
        return super().handle_key(event)
