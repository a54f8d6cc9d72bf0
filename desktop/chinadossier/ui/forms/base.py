"""RecordForm: the dialog every record form is — labels above fields, errors under them.

A form builds its fields with the helpers here (each registered under the draft attribute it
fills), loads a stored record or an `initial` mapping, and turns its fields into a draft. Saving
runs one `ops.write`; the services' field errors (and what could not even be read, like a date
that is no date) are shown under their fields all at once, the first one focused. Nothing typed
is lost on an error or a conflict. Esc or closing with unsaved changes asks first; Ctrl+Enter
saves from any field.

This module is the dialog's frame and its loading; the field helpers, value reading, error
display, unsaved-changes guard, saving and nested create are its parts (mixins), one module each.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.ui.forms.error_display import FormErrors, focus_target
from chinadossier.ui.forms.field_builders import FormFields
from chinadossier.ui.forms.field_row import DANGER, FieldRow, danger_label
from chinadossier.ui.forms.field_values import FormValues
from chinadossier.ui.forms.nested_create import (
    FormNestedCreate,
    choice_of_record,
    initial_from_text,
)
from chinadossier.ui.forms.saving import FormSaving
from chinadossier.ui.forms.unsaved_guard import FormGuard
from chinadossier.ui.widgets.picker import RecordPicker

__all__ = [
    "DANGER", "FieldRow", "RecordForm", "choice_of_record", "focus_target", "initial_from_text",
]


class RecordForm(FormFields, FormValues, FormErrors, FormGuard, FormSaving, FormNestedCreate,
                 QDialog):
    """Base of every record form (a modal dialog; show it with `.open()`)."""

    saved = Signal(object)
    """The stored record after a successful save."""

    kind: RecordKind
    title_new = QT_TRANSLATE_NOOP("RecordForm", "Nieuw record")
    title_edit = QT_TRANSLATE_NOOP("RecordForm", "Record bewerken")
    subtitle = QT_TRANSLATE_NOOP("RecordForm", "Velden met * zijn verplicht.")

    def __init__(
        self,
        ops: Any,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        initial: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.record_id = record_id
        self.record: Any = None
        self.version: int | None = None
        self.rows: dict[str, FieldRow] = {}
        self.fields: dict[str, QWidget] = {}
        self.input_errors: dict[str, str] = {}
        self.pickers: list[RecordPicker] = []
        self._enums: dict[str, type[StrEnum]] = {}
        self.child_editor: RecordForm | None = None
        self.discard_box: QMessageBox | None = None
        self.conflict_box: Any = None
        self._saving = False
        self._shown_once = False
        self._unclaimed: list[str] = []
        self._baseline: tuple[Any, ...] = ()
        self._row_stack: list[QHBoxLayout] = []
        self.setModal(True)
        # Closed (saved, cancelled, discarded) means gone: no form lingers under its parent.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("RecordForm")
        self._build_frame()
        # "Nieuwe bron — Chinadossier": Qt adds the application name itself (#8)
        self.setWindowTitle(self.heading.text())
        self._column = self.left
        self.build()
        self.build_common()
        self._finish()
        if record_id is not None:
            self.setEnabled(False)
            self.status.setText(self.tr("Laden…"))
            self.ops.query(lambda d: self.service(d).get(record_id), on_done=self._loaded,
                           on_error=self._load_failed)
        else:
            self.load_defaults()
            if initial:
                self.prefill(initial)
            self._baseline = self.snapshot()

    # -- to be provided per kind -----------------------------------------------------------------

    def build(self) -> None:
        """Create the fields (with the helpers below)."""
        raise NotImplementedError

    def load(self, record: Any) -> None:
        """Show a stored record."""
        raise NotImplementedError

    def draft(self) -> Any:
        """The draft of what is typed (unreadable values go to input_errors, as None)."""
        raise NotImplementedError

    def service(self, dossier: Any) -> Any:
        """The service of this kind."""
        raise NotImplementedError

    def load_defaults(self) -> None:
        """Defaults of a new record (beyond the common ones)."""

    def prefill(self, initial: dict[str, Any]) -> None:
        """Set fields from a mapping of draft attribute names to values."""
        for key, value in initial.items():
            self.set_field(key, value)

    # -- frame -----------------------------------------------------------------------------------

    def _build_frame(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 20, 24, 16)
        body_layout.setSpacing(4)
        self.heading = QLabel(self.tr(self.title_new), body)
        self.heading.setObjectName("DialogTitle")
        font = self.heading.font()
        font.setPixelSize(17)
        font.setBold(True)
        self.heading.setFont(font)
        body_layout.addWidget(self.heading)
        sub = self._subtitle_label = QLabel(self.tr(self.subtitle), body)
        sub.setObjectName("DialogSubtitle")
        sub.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        body_layout.addWidget(sub)
        self.banner = danger_label("FormErrors", body)
        self.banner.hide()
        body_layout.addWidget(self.banner)
        body_layout.addSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        # no spacing between rows: each field row ends in its reserved error line (FieldRow)
        self.left = QVBoxLayout()
        self.left.setSpacing(0)
        self.right = QVBoxLayout()
        self.right.setSpacing(0)
        divider = QFrame(body)
        divider.setObjectName("ColumnDivider")
        divider.setFixedWidth(1)
        divider.setStyleSheet("background: palette(midlight); border: none;")  # light and dark
        columns.addLayout(self.left, 5)
        columns.addWidget(divider)
        columns.addLayout(self.right, 4)
        body_layout.addLayout(columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Formulier"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        footer = QFrame(self)
        footer.setObjectName("DialogFooter")
        footer.setAutoFillBackground(True)
        fpal = footer.palette()
        fpal.setColor(QPalette.ColorRole.Window, QColor("#F8F9FB"))
        footer.setPalette(fpal)
        foot = QHBoxLayout(footer)
        foot.setContentsMargins(24, 12, 24, 12)
        foot.setSpacing(8)
        self.status = QLabel(self.tr("Ctrl+Enter slaat op · Esc annuleert"), footer)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        foot.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Opslaan (Ctrl+Enter)"), footer)
        self.save_button.setObjectName("Primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Annuleren"), footer)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        foot.addWidget(self.save_button)
        foot.addWidget(self.cancel_button)
        outer.addWidget(footer)
        self.resize(980, 680)

    def _finish(self) -> None:
        for widget in self.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.installEventFilter(self)
        self.left.addStretch(1)
        self.right.addStretch(1)

    # -- loading ---------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        """New records start in their first field and get the default classification."""
        super().showEvent(event)
        if self.record_id is None and not self._shown_once:
            # before the window is activated: otherwise Qt gives the focus to the first widget
            # in the focus chain, the Opslaan button (typed text lost, Space saves; #8)
            self.focus_first()
        self._shown_once = True
        if self.record_id is None and self.classification.value() is None:
            self.ops.query(lambda d: d.settings().default_classification,
                           on_done=self._default_classification)

    def _default_classification(self, value: Classification) -> None:
        if self.classification.value() is None:
            self.classification.set_value(value)
            self._baseline = self.snapshot()

    def _loaded(self, record: Any) -> None:
        self.record = record
        self.version = record.meta.version
        self.heading.setText(f"{self.tr(self.title_edit)} · {record.meta.display_no}")
        self.setWindowTitle(self.heading.text())
        self.load(record)
        self.load_common(record)
        self.setEnabled(True)
        self.status.setText(self.tr("Ctrl+Enter slaat op · Esc annuleert"))
        self._baseline = self.snapshot()
        self.focus_first()

    def _load_failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self.save_button.setEnabled(False)
        self.show_banner(
            [getattr(exc, "message", self.tr("Het record kon niet worden geladen."))])

    def focus_first(self) -> None:
        """Focus the first field that takes the keyboard (a compound field: its first part)."""
        for widget in self.fields.values():
            target = focus_target(widget)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
