"""open_editor: the form for a new or stored record of any kind (a modal dialog; call `.open()`)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QWidget

from chinadossier.domain.codes import RecordKind
from chinadossier.ui.forms.base import RecordForm
from chinadossier.ui.forms.kinds import (
    ActionForm,
    AuthorityForm,
    DecisionForm,
    OrganisationForm,
    PersonForm,
    RiskCategoryForm,
    RiskNoteForm,
    SourceForm,
    TieForm,
)
from chinadossier.ui.forms.quick_meeting_dialog import MeetingForm

FORMS: dict[RecordKind, type[RecordForm]] = {
    RecordKind.ORGANISATION: OrganisationForm,
    RecordKind.PERSON: PersonForm,
    RecordKind.TIE: TieForm,
    RecordKind.MEETING: MeetingForm,
    RecordKind.ACTION: ActionForm,
    RecordKind.DECISION: DecisionForm,
    RecordKind.RISK_NOTE: RiskNoteForm,
    RecordKind.SOURCE: SourceForm,
    RecordKind.AUTHORITY: AuthorityForm,
    RecordKind.RISK_CATEGORY: RiskCategoryForm,
}


def open_editor(
    ops: Any,
    kind: RecordKind,
    record_id: uuid.UUID | None = None,
    parent: QWidget | None = None,
    initial: dict[str, Any] | None = None,
) -> RecordForm:
    """The form of a new record (prefilled from `initial`) or of a stored one (loaded off the GUI
    thread). It saves through `ops.write` and emits `saved(record)`; show it with `.open()`."""
    form_class = FORMS.get(kind)
    if form_class is None:
        raise ValueError(f"Geen formulier voor {kind.value}")
    return form_class(ops, record_id, parent, dict(initial or {}))

