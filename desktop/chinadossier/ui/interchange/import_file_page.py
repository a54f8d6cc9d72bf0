"""Step 1 of the import wizard: which file (CSV or XLSX) and, for CSV, its character set."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from chinadossier.domain.progress import Progress
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.tables import Table
from chinadossier.services import importing
from chinadossier.ui.interchange.import_state import error_text
from chinadossier.ui.widgets.form_spacing import RoomyLabel, beside, spaced

if TYPE_CHECKING:
    from chinadossier.ui.interchange.import_wizard import ImportWizard


_FOLDER_KEY = "import/folder"
_ENCODINGS = (("", "Automatisch (UTF-8, anders Windows-1252)"), ("utf-8", "UTF-8"),
              ("cp1252", "Windows-1252 (Excel, West-Europees)"))


class FilePage(QWizardPage):
    """Step 1: which file (CSV or XLSX) and, for CSV, its character set."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Bestand kiezen"))
        self.setSubTitle(self.tr("Een CSV-bestand (puntkomma of komma) of een Excel-werkmap "
                                 "(.xlsx) met organisaties, personen, contactmomenten of "
                                 "andere records. Er wordt nog niets geïmporteerd."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("ImportPath")
        self.path_edit.setAccessibleName(self.tr("Bestand om te importeren"))
        self.path_edit.setPlaceholderText(self.tr("Pad naar een .csv- of .xlsx-bestand"))
        self.path_edit.textChanged.connect(self._changed)
        self.browse = QPushButton(self.tr("&Bladeren…"), self)
        self.browse.setAccessibleName(self.tr("Bestand zoeken"))
        self.browse.clicked.connect(self._browse)
        self.encoding = QComboBox(self)
        self.encoding.setAccessibleName(self.tr("Tekenset van een CSV-bestand"))
        for code, text in _ENCODINGS:
            self.encoding.addItem(self.tr(text), code)
        self.encoding.currentIndexChanged.connect(self._changed)
        self.error = QLabel(self)
        self.error.setObjectName("ImportError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setAccessibleName(self.tr("Melding"))

        row = beside(self.path_edit, self.browse)
        form = spaced(QFormLayout(self))
        file_label = QLabel(self.tr("&Bestand"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        enc_label = RoomyLabel(self.tr("&Tekenset (CSV)"), self)
        enc_label.setBuddy(self.encoding)
        form.addRow(enc_label, self.encoding)
        form.addRow(self.error)
        self._loading = False
        self._loaded_key: tuple[str, str] | None = None

    def _key(self) -> tuple[str, str]:
        return self.path_edit.text().strip(), str(self.encoding.currentData() or "")

    def _changed(self) -> None:
        self.error.clear()
        self.completeChanged.emit()

    def _browse(self) -> None:
        folder = QSettings().value(_FOLDER_KEY, str(Path.home()), str)
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Bestand om te importeren"), folder,
            self.tr("Lijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)"),
        )
        if chosen:
            self.path_edit.setText(chosen)
            QSettings().setValue(_FOLDER_KEY, str(Path(chosen).parent))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.path_edit.text().strip()) and not self._loading

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self._loaded_key == self._key():
            return True
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.is_dir() or not path.is_file():
            self.error.setText(self.tr("{0} bestaat niet of is geen bestand.").format(path))
            return False
        encoding = str(self.encoding.currentData() or "") or None
        key = self._key()
        self._loading = True
        self.completeChanged.emit()
        self.error.setText(self.tr("Bestand lezen…"))
        phases = (self.tr("Bestand lezen"), self.tr("Rijen lezen"), self.tr("Werkbladen tellen"))

        def read(_dossier: Any, progress: Progress) -> tuple[bytes, tuple[Any, ...], Table]:
            from chinadossier.interchange.xlsx_reader import list_sheets

            progress.report(0.0, phases[0])
            data = path.read_bytes()
            progress.report(0.2, phases[1])
            table = importing.read_table(data, file_name=path.name, encoding=encoding)
            sheets: tuple[Any, ...] = ()
            if table.sheet is not None:
                progress.report(0.7, phases[2])
                sheets = list_sheets(data)
            progress.report(1.0)
            return data, sheets, table

        def done(value: tuple[bytes, tuple[Any, ...], Table]) -> None:
            self._loading = False
            loaded = self._wizard.loaded
            loaded.path, loaded.encoding = path, encoding
            loaded.data, loaded.sheets, loaded.table = value
            self._loaded_key = key
            self.error.clear()
            self.completeChanged.emit()
            self._wizard.next()

        def cancelled() -> None:
            self._loading = False
            self.error.setText(self.tr("Afgebroken; er is niets ingelezen."))
            self.completeChanged.emit()

        self._wizard.run_read(self.tr("Bestand lezen"), read, on_done=done,
                              on_cancelled=cancelled, on_error=self._failed)
        return False

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.completeChanged.emit()
        if isinstance(exc, UnreadableFile | OSError):
            self.error.setText(self.tr("Dit bestand kan niet worden gelezen: {0}").format(
                error_text(exc)))
        else:
            self.error.clear()
            self._wizard.ops.failed.emit(exc)
