"""Showing a form's errors: under their fields at once, the first one focused, a banner on top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from chinadossier.domain.errors import FieldError
from chinadossier.ui.forms.errors import group_errors
from chinadossier.ui.forms.field_changes import connect_changes

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


class FormErrors:
    """The field errors and the banner (a RecordForm part)."""

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
