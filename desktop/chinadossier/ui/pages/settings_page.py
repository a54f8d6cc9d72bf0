"""Instellingen: this computer's choices (language, colour scheme, backup folder) and the card
"Dit dossier" (own authority, default classification, kind of file, data folder).

Language, scheme and backup folder are this computer's (QSettings). The own authority and the
default classification live in the case file; "Wijzigen…" changes them (#8, services
.case_settings), and ui.settings_follow brings this card, the title, the status bar and the
Overzicht up to date at once. The data folder is shown with the way to choose another one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.labels import label
from chinadossier.ui.widgets.form_spacing import beside, spaced

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


class SettingsPage(QWidget):
    """The settings page in the sidebar (Ctrl+,)."""

    language_chosen = Signal(str)
    scheme_chosen = Signal(str)

    def __init__(self, context: Any, parent: QWidget | None = None, ops: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageBody")
        self.setAccessibleName(self.tr("Instellingen"))
        self._ops = ops
        self._lang = "en" if context.lang == "en" else "nl"
        self._settings = context.settings
        self._read_only = getattr(context, "read_only", None)
        self.case_dialog: Any = None
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 24)
        page.setSpacing(16)
        title = QLabel(self.tr("Instellingen"))
        title.setObjectName("PageTitle")
        page.addWidget(title)
        page.addWidget(self._computer_card(context))
        page.addWidget(self._case_card(context))
        page.addStretch(1)
        self.show_settings(context.settings)

    # -- this computer -----------------------------------------------------------------------------

    def _computer_card(self, context: Any) -> QFrame:
        frame, form = _card(self.tr("Deze computer"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal van de interface"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(1 if context.lang == "en" else 0)
        self.language.activated.connect(
            lambda _i: self.language_chosen.emit(str(self.language.currentData())))
        self.scheme = QComboBox()
        self.scheme.setAccessibleName(self.tr("Kleurenschema"))
        for code, name in (("auto", self.tr("Volgt het systeem")), ("light", self.tr("Licht")),
                           ("dark", self.tr("Donker"))):
            self.scheme.addItem(name, code)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(context.scheme)))
        self.scheme.activated.connect(
            lambda _i: self.scheme_chosen.emit(str(self.scheme.currentData())))
        for field in (self.language, self.scheme):
            field.setMaximumWidth(360)
            # the drop-down lists every option: Fusion shrank the list so "Donker" was cut (#8)
            field.setMaxVisibleItems(field.count())
            field.view().setMinimumHeight(
                field.count() * field.view().sizeHintForRow(0) + 2 * field.view().frameWidth())
        form.addRow(self.tr("Taal"), self.language)
        form.addRow(self.tr("Kleurenschema"), self.scheme)
        from chinadossier.ui.backups import BackupFolderEditor  # issue 10.4

        self.backup_folder = BackupFolderEditor(context.paths.data_dir)
        form.addRow(self.tr("Back-upmap"), self.backup_folder)
        note = QLabel(self.tr("Taal en kleurenschema gelden voor deze computer en gaan direct "
                              "in."))
        note.setObjectName("Faint")
        note.setWordWrap(True)
        form.addRow(note)
        return frame

    # -- this case file ----------------------------------------------------------------------------

    def _case_card(self, context: Any) -> QFrame:
        frame, form = _card(self.tr("Dit dossier"))
        self.authority_value = _value(self.tr("Eigen overheid"))
        self.classification_value = _value(self.tr("Standaardclassificatie"))
        self.kind_value = _value(self.tr("Soort dossier"))
        form.addRow(self.tr("Eigen overheid"), self.authority_value)
        form.addRow(self.tr("Standaardclassificatie"), self.classification_value)
        form.addRow(self.tr("Soort dossier"), self.kind_value)
        self.change_button = QPushButton(self.tr("Wijzigen…"))
        self.change_button.setAccessibleName(
            self.tr("Eigen overheid en standaardclassificatie wijzigen"))
        self.change_button.clicked.connect(lambda: self.change_case_settings())
        if self._read_only is not None or self._ops is None:
            self.change_button.setEnabled(False)
            self.change_button.setToolTip(self._read_only or "")
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        form.addRow("", row)

        self.data_folder = QLineEdit(str(context.paths.data_dir))
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(self.tr("Gegevensmap"))
        self.data_folder.setMaximumWidth(560)
        self.open_folder_button = QPushButton(self.tr("Map openen"))
        self.open_folder_button.setAccessibleName(self.tr("Gegevensmap openen"))
        self.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.data_folder.text())))
        folder_row = beside(self.data_folder, self.open_folder_button)
        folder_row.addStretch(0)
        form.addRow(self.tr("Gegevensmap"), folder_row)
        note = QLabel(self.tr(
            "De gegevensmap houdt het dossier, de logboeken en (standaard) de back-ups. Een "
            "andere map kiest u bij het starten: chinadossier --data-dir MAP, of de map die u in "
            "het welkomstvenster koos (onthouden op deze computer). Eigen overheid en "
            "standaardclassificatie staan in het dossier zelf; een wijziging komt in het "
            "logboek."))
        note.setObjectName("Faint")
        note.setWordWrap(True)
        form.addRow(note)
        return frame

    @property
    def settings(self) -> Any:
        """The case-file settings on show."""
        return self._settings

    def show_settings(self, settings: Any) -> None:
        """Show the case file's settings (at start and after a change, ui.settings_follow)."""
        self._settings = settings
        self.authority_value.setText(
            f"{settings.own_authority.label} ({settings.own_authority_code})")
        self.classification_value.setText(
            label(settings.default_classification, self._lang).capitalize())
        self.kind_value.setText(self.tr("Demodossier (fictieve gegevens)") if settings.is_demo
                                else self.tr("Eigen dossier"))

    def change_case_settings(self) -> Any:
        """Open "Dit dossier wijzigen" (own authority, default classification)."""
        from chinadossier.ui.dialogs.case_settings_dialog import CaseSettingsDialog

        if self._ops is None:
            return None
        self.case_dialog = CaseSettingsDialog(self._ops, self._settings, self)
        self.case_dialog.saved.connect(self.show_settings)
        self.case_dialog.open()
        return self.case_dialog


def _card(title: str) -> tuple[QFrame, QFormLayout]:
    frame = QFrame()
    frame.setObjectName("Card")
    form = spaced(QFormLayout(frame))
    form.setContentsMargins(18, 16, 18, 16)
    head = QLabel(title)
    head.setObjectName("CardTitle")
    form.addRow(head)
    return frame, form


def _value(name: str) -> QLabel:
    shown = QLabel()
    shown.setAccessibleName(name)
    return shown
