"""RecordForm: the dialog every record form is — labels above fields, errors under them.

A form builds its fields with the helpers here (each registered under the draft attribute it
fills), loads a stored record or an `initial` mapping, and turns its fields into a draft. Saving
runs one `ops.write`; the services' field errors (and what could not even be read, like a date
that is no date) are shown under their fields all at once, the first one focused. Nothing typed
is lost on an error or a conflict. Esc or closing with unsaved changes asks first; Ctrl+Enter
saves from any field.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.codes import Classification, RecordKind, RetentionCategory
from chinadossier.domain.drafts import Common, SourceLink
from chinadossier.domain.errors import Conflict, FieldError, ValidationFailed
from chinadossier.domain.labels import choices as enum_choices
from chinadossier.domain.labels import label as _label
from chinadossier.ui.forms.conflict import RELOAD, ask_conflict
from chinadossier.ui.forms.errors import group_errors
from chinadossier.ui.forms.field_changes import connect_changes
from chinadossier.ui.models.formatting import code_lang
from chinadossier.ui.undo_steps import remember_save
from chinadossier.ui.widgets.attachments import AttachmentsEditor
from chinadossier.ui.widgets.chip_details import ChipDetails
from chinadossier.ui.widgets.chips import ChipInput, Choice, TagInput
from chinadossier.ui.widgets.dates import DateEdit, InputError, RoughDateEdit, TimeEdit
from chinadossier.ui.widgets.hanzi import HanziPinyin
from chinadossier.ui.widgets.line_list import LineListEdit
from chinadossier.ui.widgets.picker import RecordPicker
from chinadossier.ui.widgets.picker_sources import SOURCES, PickerSource, choice_for_ref
from chinadossier.ui.widgets.segmented import Segmented

DANGER = QColor("#B93A32")


#: First words of a message that is a bare predicate ("is verplicht", "must be a date"): the
#: field's label goes before it as the subject. Any other lower-case message ("een band die …
#: eindigde kan niet actief zijn", "kies een richting") gets the label and a colon (#8).
_PREDICATE_VERBS = frozenset({
    "is", "moet", "mag", "ligt", "bevat", "verwijst", "staat",
    "must", "may", "lies", "contains", "refers", "has", "cannot"})


def _with_caption(caption: str, message: str) -> str:
    """"Onderwerp is verplicht"; "Status: een band die … eindigde …"; a full sentence as is."""
    if not message[:1].islower():
        return message
    if message.split(" ", 1)[0] in _PREDICATE_VERBS:
        return f"{caption} {message}"
    return f"{caption}: {message}"


class FieldRow(QWidget):
    """Label above the field (4 px), the error message under it (12 px, danger, with an icon)."""

    def __init__(self, text: str, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(text, self)
        self.label.setObjectName("FieldLabel")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setBuddy(widget)
        layout.addWidget(self.label)
        self.widget = widget
        layout.addWidget(widget)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, DANGER)
        self.error.setPalette(palette)
        small = self.error.font()
        small.setPixelSize(12)
        self.error.setFont(small)
        # The error line's space is kept (one line, empty when there is no error): a message
        # appearing at a save or going while the field is edited never moves the fields under it
        # (clicks landed in the wrong field). A longer message keeps its height until the next save.
        self.error_line = QFontMetrics(small).height()
        self.error.setMinimumHeight(self.error_line)
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(policy)
        self.error.hide()
        layout.addWidget(self.error)
        self.watched: set[int] = set()
        """The parts of the field that clear its error when changed (see field_changes)."""

    def set_errors(self, messages: list[str]) -> None:
        """Show messages (or none) and mark the field invalid for the theme."""
        invalid = bool(messages)
        if invalid:
            self.error.setMinimumHeight(self.error_line)
            self.error.setText("\n".join(f"⚠ {m}" for m in messages))
        elif self.error.isVisible():  # a message that goes keeps its room until the next save
            self.error.setMinimumHeight(max(self.error.height(), self.error_line))
        self.error.setVisible(invalid)
        targets = [self.widget, *self.widget.findChildren(QLineEdit)]
        for target in targets:
            target.setProperty("invalid", invalid)
            target.style().unpolish(target)
            target.style().polish(target)
        self.widget.setAccessibleDescription("; ".join(messages))


class RecordForm(QDialog):
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
        self.banner = QLabel(body)
        self.banner.setObjectName("FormErrors")
        self.banner.setWordWrap(True)
        palette = self.banner.palette()
        palette.setColor(QPalette.ColorRole.WindowText, DANGER)
        self.banner.setPalette(palette)
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

    # -- building helpers ------------------------------------------------------------------------

    def use_column(self, column: int) -> None:
        """Put the next fields in the left (0) or right (1) column."""
        self._column = self.left if column == 0 else self.right

    @contextlib.contextmanager
    def row(self) -> Iterator[None]:
        """Fields added inside sit side by side (24 px apart)."""
        layout = QHBoxLayout()
        layout.setSpacing(12)
        self._column.addLayout(layout)
        self._row_stack.append(layout)
        try:
            yield
        finally:
            self._row_stack.pop()

    def add(self, key: str, text: str, widget: QWidget, stretch: int = 1) -> QWidget:
        """Register a field under a draft attribute name and place it with its label."""
        row = FieldRow(text, widget)
        accessible = text.rstrip(" *")
        if not widget.accessibleName():
            widget.setAccessibleName(accessible)
        self.rows[key] = row
        self.fields[key] = widget
        if self._row_stack:
            # top-aligned: an error message under one field makes its row taller, and a
            # centred neighbour would then slide down out of line with it (#8)
            self._row_stack[-1].addWidget(row, stretch, Qt.AlignmentFlag.AlignTop)
        else:
            self._column.addWidget(row)
        return widget

    def section(self, text: str) -> QLabel:
        """A caps section label (11 px bold)."""
        label = QLabel(text.upper(), self)
        font = label.font()
        font.setPixelSize(11)
        font.setBold(True)
        label.setFont(font)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        label.setContentsMargins(0, 4, 0, 8)  # the rows have no spacing of their own
        self._column.addWidget(label)
        return label

    def line(self, key: str, text: str, placeholder: str = "") -> QLineEdit:
        """A one-line text field."""
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        self.add(key, text, edit)
        return edit

    def multiline(
        self, key: str, text: str, lines: int = 3, placeholder: str = ""
    ) -> QPlainTextEdit:
        """A text area (Tab moves on; Ctrl+Enter still saves)."""
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(14 + 18 * lines)
        self.add(key, text, edit)
        return edit

    def combo(self, key: str, text: str, enum_cls: type[StrEnum]) -> QComboBox:
        """A choice from a code list, with the labels in the interface language."""
        box = QComboBox(self)
        self._enums[key] = enum_cls
        for value, caption in enum_choices(enum_cls, code_lang()):
            box.addItem(caption[:1].upper() + caption[1:], value)
        self.add(key, text, box)
        return box

    def date(self, key: str, text: str) -> DateEdit:
        """A dd-mm-jjjj date."""
        edit = DateEdit(self)
        self.add(key, text, edit)
        return edit

    def rough_date(self, key: str, text: str) -> RoughDateEdit:
        """A date that may be rough."""
        edit = RoughDateEdit(self)
        self.add(key, text, edit)
        return edit

    def time(self, key: str, text: str) -> TimeEdit:
        """A time uu:mm."""
        edit = TimeEdit(self)
        self.add(key, text, edit)
        return edit

    def picker(
        self, key: str, text: str, source: PickerSource, *, multi: bool = True,
        placeholder: str | None = None,
    ) -> RecordPicker:
        """A record picker (creating a missing record opens its form on top)."""
        picker = RecordPicker(self.ops, source, self, multi=multi, placeholder=placeholder)
        picker.create_requested.connect(
            lambda kind, typed, p=picker: self.create_from_picker(p, kind, typed)
        )
        self.pickers.append(picker)
        self.add(key, text, picker)
        return picker

    def hanzi_pinyin(self, person: bool) -> HanziPinyin:
        """Hanzi and pinyin side by side; pinyin follows the Hanzi until edited."""
        pair = HanziPinyin(person, self)
        with self.row():
            self.add("hanzi", self.tr("Hanzi"), pair.hanzi)
            self.add("pinyin", self.tr("Pinyin"), pair.pinyin, 2)
        return pair

    def spin(self, key: str, text: str, low: int, high: int) -> QSpinBox:
        """A whole number."""
        box = QSpinBox(self)
        box.setRange(low, high)
        # the stylesheet's padding does not reach a spin box's own editor: the digits touched
        # the left border (#8)
        box.lineEdit().setTextMargins(6, 0, 0, 0)
        self.add(key, text, box)
        return box

    def money(self, key: str, text: str) -> QLineEdit:
        """An amount in euro, typed as 125 or 125,50."""
        edit = QLineEdit(self)
        edit.setPlaceholderText("€ 0,00")
        self.add(key, text, edit)
        return edit

    def contact_fields(self) -> None:
        """E-mail addresses, telephone numbers and postal addresses (persons, organisations)."""
        self.section(self.tr("Contactgegevens"))
        self.add("emails", self.tr("E-mailadressen (één per regel)"),
                 LineListEdit(self.tr("naam@voorbeeld.nl"), self))
        self.add("phones", self.tr("Telefoonnummers (één per regel)"),
                 LineListEdit("+31 10 123 4567", self))
        self.add("postal_addresses",
                 self.tr("Postadressen (lege regel tussen twee adressen)"),
                 LineListEdit(self.tr("Straat 1\n1234 AB Plaats"), self, blocks=True, lines=3))

    def build_common(self) -> None:
        """Classification, tags, sources and attachments: on every record (right column)."""
        self.use_column(1)
        self.classification = Segmented(
            [(c, _label(c, code_lang()).capitalize()) for c in Classification],
            self.tr("Classificatie"), self,
        )
        self.add("classification", self.tr("Classificatie *"), self.classification)
        self.tags = TagInput(self)
        self.add("tags", self.tr("Tags"), self.tags)
        self.sources = self.picker("sources", self.tr("Bronnen"), SOURCES,
                                   placeholder=self.tr("Zoek een bron of voeg er een toe…"))
        # where in each cited source the fact stands, under the picker and above its errors
        self.locators = ChipDetails(
            [(None, self.sources)], self.tr("Vindplaats: pagina, URL of paragraaf"),
            self.tr("Vindplaats in {0}"), self, on_new_line=lambda e: e.installEventFilter(self))
        row_layout = self.rows["sources"].layout()
        assert isinstance(row_layout, QVBoxLayout)
        row_layout.insertWidget(2, self.locators)
        self.attachments = AttachmentsEditor(self.ops, self)
        self.add("attachments", self.tr("Bijlagen"), self.attachments)
        with self.row():
            self.combo("retention_category", self.tr("Bewaren (Archiefwet)"), RetentionCategory)
            self.date("retention_on", self.tr("Vernietigen na"))
        self.set_field("retention_category", RetentionCategory.UNDECIDED)

    # -- values ----------------------------------------------------------------------------------

    def text_of(self, key: str) -> str | None:
        """A text field's value (None when empty)."""
        widget = self.fields[key]
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]
        return text.strip() or None

    def code_of(self, key: str) -> Any:
        """A combo's or segmented choice's code."""
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            value = widget.currentData()
            enum_cls = self._enums.get(key)
            # Qt hands a str-based enum back as a plain str
            return enum_cls(value) if enum_cls is not None and value is not None else value
        return widget.value()  # type: ignore[attr-defined]

    def read(self, key: str) -> Any:
        """A date/time field's value; unreadable input is recorded and read as None."""
        try:
            return self.fields[key].value()  # type: ignore[attr-defined]
        except InputError as exc:
            self.input_errors[key] = str(exc)
            return None

    def cents_of(self, key: str) -> int | None:
        """An amount in euro cents, or None; "125,50" → 12550."""
        raw = (self.text_of(key) or "").replace("€", "").replace(" ", "")
        if not raw:
            return None
        raw = raw.replace(".", "").replace(",", ".") if "," in raw else raw
        try:
            value = round(float(raw) * 100)
        except ValueError:
            typed = self.text_of(key)
            self.input_errors[key] = self.tr(
                "'{0}' is geen bedrag; typ bijvoorbeeld 125,50").format(typed)
            return None
        return value

    def choices_of(self, key: str) -> list[Choice]:
        """A picker's chips."""
        widget = self.fields[key]
        assert isinstance(widget, ChipInput)
        return widget.choices()

    def one_id(self, key: str) -> Any:
        """The id of a single picker's chip, or None."""
        chosen = self.choices_of(key)
        return chosen[0].id if chosen else None

    def common(self) -> Common:
        """The common part of the draft, keeping what the form does not show."""
        return Common(
            classification=self.classification.value(),
            retention_category=self.code_of("retention_category"),
            retention_on=self.read("retention_on"),
            tags=self.tags.tags(),
            sources=tuple(
                SourceLink(c.id, self.locators.value(None, c.id)) for c in self.sources.choices()
            ),
        )

    def set_field(self, key: str, value: Any) -> None:
        """Set one field from a draft-like value."""
        widget = self.fields.get(key)
        if widget is None:
            return
        if isinstance(widget, (DateEdit, RoughDateEdit, TimeEdit, Segmented)):
            widget.set_value(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, LineListEdit):
            widget.set_entries(tuple(value or ()))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, TagInput):
            widget.set_tags(tuple(value or ()))
        elif isinstance(widget, ChipInput):
            items = value if isinstance(value, (list, tuple)) else [value] if value else []
            widget.set_choices([i if isinstance(i, Choice) else choice_for_ref(i) for i in items])
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))

    def load_common(self, record: Any) -> None:
        """Classification, tags and sources of a stored record."""
        meta = record.meta
        self.classification.set_value(meta.classification)
        self.set_field("retention_category", meta.retention_category)
        self.set_field("retention_on", meta.retention_on)
        self.tags.set_tags(meta.tags)
        self.sources.set_choices(
            [Choice(RecordKind.SOURCE, s.source_id, s.title, None, s.display_no)
             for s in meta.sources]
        )
        self.locators.set_values({(None, s.source_id): s.locator for s in meta.sources})
        self.attachments.load(meta.id)

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

    # -- dirty state -----------------------------------------------------------------------------

    def snapshot(self) -> tuple[Any, ...]:
        """Everything typed or chosen, to see whether anything changed."""
        state: list[Any] = []
        for w in self.findChildren(QWidget):
            if w.window() is not self:
                continue  # a form opened from a picker, a question box: windows of their own
            if isinstance(w, QLineEdit):
                state.append(w.text())
            elif isinstance(w, QPlainTextEdit):
                state.append(w.toPlainText())
            elif isinstance(w, QComboBox):
                state.append(w.currentIndex())
            elif isinstance(w, QAbstractButton) and w.isCheckable():
                state.append(w.isChecked())
            elif isinstance(w, QAbstractSpinBox):
                state.append(w.text())
            elif isinstance(w, ChipInput):
                state.append(tuple((c.kind, c.id) for c in w.choices()))
            elif isinstance(w, AttachmentsEditor):
                state.append(tuple(w.pending))
        return tuple(state)

    def is_dirty(self) -> bool:
        """Whether anything changed since the form was loaded."""
        return self.snapshot() != self._baseline

    # -- keys and closing ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Ctrl+Enter saves from any field."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.save()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        """Ctrl+Enter saves; plain Enter never closes the form; Esc asks (via reject)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Close; with unsaved changes, ask first (a non-blocking question)."""
        if self._saving:
            return
        if not self.is_dirty():
            self._close_popups()
            super().reject()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Wijzigingen niet opgeslagen"))
        box.setText(self.tr(
            "U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u ze weggooien?"))
        discard = box.addButton(self.tr("Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Verder bewerken"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def done(_result: int) -> None:
            self.discard_box = None
            if box.clickedButton() is discard:
                self._close_popups()
                QDialog.reject(self)

        box.finished.connect(done)
        self.discard_box = box
        box.open()

    def _close_popups(self) -> None:
        for picker in self.pickers:
            picker.hide_popup()

    # -- nested create ---------------------------------------------------------------------------

    def create_from_picker(self, picker: RecordPicker, kind: RecordKind, typed: str) -> None:
        """Open the form of a missing record on top, prefilled; its chip is added on save."""
        from chinadossier.ui.forms.editor import open_editor  # the editor imports every form

        editor = open_editor(self.ops, kind, parent=self, initial=initial_from_text(kind, typed))
        self.child_editor = editor

        def take(record: Any) -> None:
            picker.add_choice(choice_of_record(kind, record))
            picker.edit.setFocus()

        editor.saved.connect(take)
        editor.open()

    # -- saving ----------------------------------------------------------------------------------

    def save_call(self, draft: Any) -> Callable[[Any], Any]:
        """The write to run: create, or edit the version this form loaded."""
        record_id, version = self.record_id, self.version
        attachments = self.attachments

        def call(dossier: Any) -> Any:
            service = self.service(dossier)
            if record_id is None:
                result = service.create(draft)
                attachments.attach_pending(dossier, result.record.meta.id)
                return result
            return service.edit(record_id, draft, expected_version=version)

        return call

    def save(self) -> None:
        """Validate and store through the services; errors under the fields, nothing lost."""
        if self._saving or self.record_id is not None and self.record is None:
            return
        self._close_popups()
        self.input_errors = {}
        draft = self.draft()
        if self.input_errors:
            # show what could not be read together with everything else the services would say
            self.show_errors([])
            current = self.record

            def check(dossier: Any) -> tuple[FieldError, ...]:
                validate = getattr(self.service(dossier), "validate", None)
                return tuple(validate(draft, current=current)) if validate else ()

            self.ops.query(check, on_done=lambda errors: self.show_errors(list(errors)),
                           key=f"validate-{id(self)}")
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Opslaan…"))
        self.ops.write(self.save_call(draft), on_done=self._saved, on_error=self._failed)

    def _saved(self, result: Any) -> None:
        self._saving = False
        record = getattr(result, "record", result)
        remember_save(self.ops, self.kind, self.record if self.record_id else None, record)
        self.record = record
        self._baseline = self.snapshot()
        self.saved.emit(record)
        QDialog.accept(self)

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Niet opgeslagen"))
        if isinstance(exc, ValidationFailed):
            self.show_errors(list(exc.errors))
        elif isinstance(exc, Conflict):
            self.conflict_box = ask_conflict(
                self, exc, lambda choice: self._conflict(exc, choice), self.ops
            )
        else:
            message = getattr(exc, "message", None) or (
                self.tr("Er ging iets mis bij het opslaan; er is niets opgeslagen. "
                        "Uw invoer staat er nog.")
            )
            self.show_banner([message])

    def _conflict(self, exc: Conflict, choice: str) -> None:
        self.conflict_box = None
        current = exc.current
        if choice == RELOAD:
            self._loaded(current)
        else:
            # keep what is typed; the next save replaces the newer version, knowingly
            self.record = current
            self.version = current.meta.version
            self.show_banner([
                self.tr("{0} is intussen gewijzigd. Uw invoer staat er nog; "
                        "opslaan vervangt de nieuwe versie.").format(current.meta.display_no)
            ])

    # -- showing errors --------------------------------------------------------------------------

    def clear_errors(self) -> None:
        """Remove every message."""
        for row in self.rows.values():
            row.set_errors([])
            row.error.clear()
            row.error.setMinimumHeight(row.error_line)
        self.show_banner([])

    def show_banner(self, messages: list[str]) -> None:
        """Messages that belong to no single field, at the top."""
        self.banner.setText("\n".join(messages))
        self.banner.setVisible(bool(messages))
        # the note takes the subtitle's line: the fields under it do not move when it comes or goes
        self._subtitle_label.setVisible(not messages)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show every error at its field at once and focus the first field with one."""
        self.clear_errors()
        unreadable = [FieldError(k, m) for k, m in self.input_errors.items()]
        taken = set(group_errors(unreadable, self.fields)[0])
        # a value that could not be read was sent as empty: drop the services' "is verplicht" there
        kept = [e for e in errors if group_errors([e], self.fields)[0].keys().isdisjoint(taken)]
        per_field, unclaimed = group_errors(unreadable + kept, self.fields)
        for key, messages in per_field.items():
            row = self.rows[key]
            caption = row.label.text().rstrip(" *").split(" (")[0]
            row.set_errors([_with_caption(caption, m) for m in messages])
        self.show_banner(
            ([self.tr("Niet opgeslagen: controleer de gemarkeerde velden.")] if per_field else [])
            + unclaimed
        )
        self._unclaimed = unclaimed
        for key in per_field:
            connect_changes(self.fields[key], lambda k=key: self.field_changed(k),
                            self.rows[key].watched)
        first = next((k for k in self.fields if k in per_field), None)
        if first is not None:
            self.fields[first].setFocus()

    def field_changed(self, key: str) -> None:
        """The user changed a field: its error goes (saving checks everything again); with no
        marked field left, so does the note at the top."""
        row = self.rows[key]
        if row.error.isHidden():
            return
        row.set_errors([])
        self.input_errors.pop(key, None)
        if not self._unclaimed and not self.errors_shown():
            self.show_banner([])

    def errors_shown(self) -> dict[str, str]:
        """Field → message text currently shown (for tests and screen readers)."""
        return {k: r.error.text() for k, r in self.rows.items() if not r.error.isHidden()}


def focus_target(widget: QWidget) -> QWidget | None:
    """The widget that takes the keyboard for a field: itself, its focus proxy or its first
    part that accepts Tab (None for a hidden or disabled field)."""
    if widget.isHidden() or not widget.isEnabled():
        return None
    if widget.focusProxy() is not None or widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if (child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled()
                and child.isVisibleTo(widget)):
            return child
    return None


def initial_from_text(kind: RecordKind, typed: str) -> dict[str, Any]:
    """Prefill a new record from what was typed in a picker (Hanzi go to the Hanzi field)."""
    from chinadossier.ui.widgets.hanzi import derived_pinyin
    from chinadossier.ui.widgets.picker import looks_like_hanzi

    typed = typed.strip()
    if not typed:
        return {}
    if kind is RecordKind.PERSON:
        if looks_like_hanzi(typed):
            spelled = derived_pinyin(typed, person=True).split(" ", 1)
            values: dict[str, Any] = {"hanzi": typed, "family_name": spelled[0]}
            if len(spelled) > 1:
                values["given_name"] = spelled[1]
            return values
        return person_from_text(typed)
    if kind is RecordKind.ORGANISATION:
        return {"hanzi": typed} if looks_like_hanzi(typed) else {"name_nl": typed}
    return {"title": typed}


def person_from_text(typed: str) -> dict[str, Any]:
    """A typed name split as the import splits it (`domain.person_names`): "Wang Wei" family name
    first, "Jan de Vries" with its tussenvoegsel apart, "Jansen, Piet" at the comma."""
    from chinadossier.domain.codes import NameOrder
    from chinadossier.domain.person_names import split_name

    try:
        name = split_name(typed)
    except ValueError:  # no letters: keep what was typed as the family name
        return {"family_name": typed}
    values: dict[str, Any] = {"family_name": name.family_name}
    if name.given_name:
        values["given_name"] = name.given_name
    if name.tussenvoegsel:
        values["tussenvoegsel"] = name.tussenvoegsel
    if name.family_first:
        values["name_order"] = NameOrder.FAMILY_FIRST
    return values


def choice_of_record(kind: RecordKind, record: Any) -> Choice:
    """A chip for a record just created."""
    from chinadossier.ui.widgets.picker_sources import organisation_choice, person_choice

    if kind is RecordKind.PERSON:
        return person_choice(record)
    if kind is RecordKind.ORGANISATION:
        return organisation_choice(record)
    title = getattr(record, "title", None) or getattr(record, "what", "") or record.meta.display_no
    return Choice(kind, record.meta.id, title, None, record.meta.display_no)

