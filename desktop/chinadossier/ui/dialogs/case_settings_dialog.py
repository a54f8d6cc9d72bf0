"""Dit dossier wijzigen: another own authority (CBS type-ahead) and default classification (#8).

What the change means is said before it is made: records of the old own authority stay with it
(a tie or decision of Rotterdam remains Rotterdam's), the Overzicht shows the new one's figures,
the council seats are cleared. Saving runs on the writer thread in one unit of work; a conflict
or a refusal is shown in the dialog, which stays open with what was chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain import labels
from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.domain.errors import Conflict
from chinadossier.ui.dialogs.error_dialog import user_message
from chinadossier.ui.models.formatting import code_lang
from chinadossier.ui.widgets.authority_picker import AuthorityChoice, AuthorityPicker
from chinadossier.ui.widgets.form_spacing import spaced


class CaseSettingsDialog(QDialog):
    """Own authority and default classification of the opened case file."""

    saved = Signal(object)
    """The settings as stored after the change (CaseFileSettings)."""

    def __init__(self, ops: Any, settings: Any, parent: QWidget | None = None,
                 choices: list[AuthorityChoice] | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._seen = settings
        self.setWindowTitle(self.tr("Dit dossier wijzigen"))
        self.setAccessibleName(self.tr("Dit dossier wijzigen"))
        self.setMinimumWidth(620)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 16)
        lay.setSpacing(10)
        title = QLabel(self.tr("Dit dossier wijzigen"))
        title.setObjectName("DialogTitle")
        lay.addWidget(title)

        form = spaced(QFormLayout())
        self.picker = AuthorityPicker(choices, self)
        self.picker.set_chosen(settings.own_authority_code)
        self.picker.picked.connect(lambda _choice: self._explain())
        self.classification = QComboBox(self)
        self.classification.setAccessibleName(self.tr("Standaardclassificatie"))
        for member, text in labels.choices(Classification, code_lang()):
            self.classification.addItem(text[:1].upper() + text[1:], member)
        self.classification.setCurrentIndex(
            max(0, self.classification.findData(settings.default_classification)))
        self.classification.currentIndexChanged.connect(lambda _i: self._explain())
        form.addRow(self.tr("Eigen overheid"), self.picker)
        form.addRow(self.tr("Standaardclassificatie"), self.classification)
        lay.addLayout(form)

        self.effect = QLabel(self)
        self.effect.setObjectName("Muted")
        self.effect.setWordWrap(True)
        self.effect.setAccessibleName(self.tr("Wat de wijziging betekent"))
        lay.addWidget(self.effect)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("Primary")
        self.save_button.setAccessibleName(self.tr("Opslaan"))
        cancel = QPushButton(self.tr("Annuleren"))
        cancel.setAccessibleName(self.tr("Annuleren"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._links: Any = None
        self._explain()
        ops.query(lambda d: d.case_settings.own_links(), on_done=self._linked)
        self.picker.search.setFocus()

    # -- what the change means -------------------------------------------------------------------

    def chosen_code(self) -> str:
        """The CBS code of the authority chosen now."""
        chosen = self.picker.chosen
        return chosen.code if chosen is not None else self._seen.own_authority_code

    def chosen_classification(self) -> Classification:
        """The default classification chosen now."""
        data = self.classification.currentData()  # Qt hands a StrEnum back as its str
        return Classification(data) if data else self._seen.default_classification

    def _linked(self, links: Any) -> None:
        self._links = links
        self._explain()

    def _explain(self) -> None:
        seen = self._seen
        changed_authority = self.chosen_code() != seen.own_authority_code
        changed = changed_authority or (
            self.chosen_classification() is not seen.default_classification)
        self.save_button.setEnabled(changed)
        lines = []
        if changed_authority and self.picker.chosen is not None:
            new = self.picker.chosen.display_name
            old = seen.own_authority.label
            lines.append(self.tr(
                "Titel, statusbalk, Overzicht en nieuwe records gaan uit van {0}.").format(new))
            if self._links is not None:
                counts = self._links.counts
                lines.append(self.tr(
                    "Wat al over {0} is vastgelegd blijft bij {0} staan: {1} banden, {2} "
                    "besluiten, {3} contactmomenten en {4} personen met een functie daar. Het "
                    "Overzicht telt voortaan de banden en besluiten van {5}.").format(
                    old, counts.get(RecordKind.TIE, 0), counts.get(RecordKind.DECISION, 0),
                    counts.get(RecordKind.MEETING, 0), counts.get(RecordKind.PERSON, 0), new))
                if self._links.council_seats is not None:
                    lines.append(self.tr(
                        "Het aantal zetels ({0}) hoort bij de raad van {1} en wordt gewist.")
                        .format(self._links.council_seats, old))
        if self.chosen_classification() is not seen.default_classification:
            lines.append(self.tr(
                "Nieuwe records krijgen standaard de classificatie {0}; bestaande records houden "
                "hun eigen classificatie.").format(self.classification.currentText().lower()))
        if not changed:
            lines.append(self.tr("Kies een andere overheid of classificatie."))
        lines.append(self.tr("De wijziging komt met oude en nieuwe waarde in het logboek."))
        self.effect.setText("\n".join(lines))

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        """Store the choice (writer thread); the dialog closes when it is stored."""
        if not self.save_button.isEnabled():
            return
        code, classification, seen = (self.chosen_code(), self.chosen_classification(),
                                      self._seen)
        self.save_button.setEnabled(False)
        self.error.hide()
        self._ops.write(
            lambda d: d.case_settings.change(own_authority=code,
                                             default_classification=classification, seen=seen),
            on_done=self._saved, on_error=self._failed)

    def _saved(self, result: Any) -> None:
        self.saved.emit(result.record)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Conflict) and error.current is not None:
            # What the user did not change shows what is stored now; a second Opslaan then
            # applies only the user's own choice, over the other change, knowingly.
            old, now = self._seen, error.current
            if self.chosen_code() == old.own_authority_code:
                self.picker.set_chosen(now.own_authority_code)
            if self.chosen_classification() is old.default_classification:
                blocked = self.classification.blockSignals(True)
                self.classification.setCurrentIndex(
                    max(0, self.classification.findData(now.default_classification)))
                self.classification.blockSignals(blocked)
            self._seen = now
        self.error.setText(user_message(error))
        self.error.show()
        self._explain()
