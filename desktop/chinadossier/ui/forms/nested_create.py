"""Creating a missing record from a picker: its form on top, prefilled, its chip added on save."""

from __future__ import annotations

from typing import Any

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.widgets.chips import Choice
from chinadossier.ui.widgets.picker import RecordPicker


class FormNestedCreate:
    """A record form opened from one of this form's pickers (a RecordForm part)."""

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


def initial_from_text(kind: RecordKind, typed: str) -> dict[str, Any]:
    """Prefill a new record from what was typed in a picker (Hanzi go to the Hanzi field)."""
    from chinadossier.ui.widgets.picker import looks_like_hanzi

    typed = typed.strip()
    if not typed:
        return {}
    if kind is RecordKind.PERSON:
        return person_from_text(typed)
    if kind is RecordKind.ORGANISATION:
        return {"hanzi": typed} if looks_like_hanzi(typed) else {"name_nl": typed}
    return {"title": typed}


def person_from_text(typed: str) -> dict[str, Any]:
    """A typed name split as the import splits it (`domain.person_names`): "Wang Wei" family name
    first, "Jan de Vries" with its tussenvoegsel apart, "Jansen, Piet" at the comma; Hanzi go to
    the Hanzi field ("王伟 Wáng Wěi", or "李娜" with the names of its pinyin)."""
    from chinadossier.domain.codes import NameOrder
    from chinadossier.domain.person_names import split_name

    try:
        name = split_name(typed)
    except ValueError:  # no letters: keep what was typed as the family name
        return {"family_name": typed}
    values: dict[str, Any] = {"family_name": name.family_name}
    if name.hanzi:
        values["hanzi"] = name.hanzi
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
