"""Instellingen: interface language and colour scheme (QSettings), and what the case file says.

Language and scheme are this computer's choices (QSettings); the own authority, the default
classification and the demo flag live in the case file and are shown here read-only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.labels import label

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))


class SettingsPage(QWidget):
    """The settings page in the sidebar (Ctrl+,)."""

    language_chosen = Signal(str)
    scheme_chosen = Signal(str)

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageBody")
        self.setAccessibleName(self.tr("Instellingen"))
        lang = "en" if context.lang == "en" else "nl"
        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 24)
        page.setSpacing(16)
        title = QLabel(self.tr("Instellingen"))
        title.setObjectName("PageTitle")
        page.addWidget(title)

        frame = QFrame()
        frame.setObjectName("Card")
        form = QFormLayout(frame)
        form.setContentsMargins(18, 16, 18, 16)
        form.setVerticalSpacing(12)
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

        s = context.settings
        folder = QLineEdit(str(context.paths.data_dir))
        folder.setReadOnly(True)
        folder.setAccessibleName(self.tr("Gegevensmap"))
        folder.setMaximumWidth(560)
        form.addRow(self.tr("Gegevensmap"), folder)
        from chinadossier.ui.backups import BackupFolderEditor  # issue 10.4

        self.backup_folder = BackupFolderEditor(context.paths.data_dir)
        form.addRow(self.tr("Back-upmap"), self.backup_folder)
        for caption, value in (
            (self.tr("Eigen overheid"), f"{s.own_authority.label} ({s.own_authority_code})"),
            (self.tr("Standaardclassificatie"),
             label(s.default_classification, lang).capitalize()),
            (self.tr("Soort dossier"), self.tr("Demodossier (fictieve gegevens)") if s.is_demo
             else self.tr("Eigen dossier")),
        ):
            shown = QLabel(value)
            shown.setAccessibleName(caption)
            form.addRow(caption, shown)
        note = QLabel(self.tr("Taal en kleurenschema gelden voor deze computer en gaan direct "
                              "in. Een andere gegevensmap kiest u bij het starten "
                              "(--data-dir). Eigen overheid en standaardclassificatie liggen "
                              "vast in het dossier en zijn hier niet te wijzigen."))
        note.setObjectName("Faint")
        note.setWordWrap(True)
        page.addWidget(frame)
        page.addWidget(note)
        page.addStretch(1)
