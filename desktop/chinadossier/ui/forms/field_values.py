"""Reading a record form's fields into draft values, and setting them from a record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.drafts import Common, SourceLink
from chinadossier.ui.widgets.chips import ChipInput, Choice, TagInput
from chinadossier.ui.widgets.dates import DateEdit, InputError, RoughDateEdit, TimeEdit
from chinadossier.ui.widgets.line_list import LineListEdit
from chinadossier.ui.widgets.picker_sources import choice_for_ref
from chinadossier.ui.widgets.segmented import Segmented


class FormValues:
    """Values in and out of the fields (a RecordForm part)."""

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
