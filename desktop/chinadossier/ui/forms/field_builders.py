"""The field helpers a record form builds itself with: each field under its draft attribute."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.codes import Classification, RetentionCategory
from chinadossier.domain.labels import choices as enum_choices
from chinadossier.domain.labels import label as _label
from chinadossier.ui.forms.field_row import FieldRow
from chinadossier.ui.models.formatting import code_lang
from chinadossier.ui.widgets.attachments import AttachmentsEditor
from chinadossier.ui.widgets.chip_details import ChipDetails
from chinadossier.ui.widgets.chips import TagInput
from chinadossier.ui.widgets.dates import DateEdit, RoughDateEdit, TimeEdit
from chinadossier.ui.widgets.hanzi import HanziPinyin
from chinadossier.ui.widgets.line_list import LineListEdit
from chinadossier.ui.widgets.picker import RecordPicker
from chinadossier.ui.widgets.picker_sources import SOURCES, PickerSource
from chinadossier.ui.widgets.segmented import Segmented


class FormFields:
    """Placing fields with their labels, in columns and rows (a RecordForm part)."""

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
