"""Bestand → Importeren…: file → sheet and columns → preview → import → result.

Every step that reads the file or the case file runs off the GUI thread (`ops.query`); the
import itself is one `ops.write` after a verified backup, with progress and cancel (a cancel
before the commit leaves the case file as it was). The wizard is generic over what the import
service reports: the kinds it supports (`importing.SUPPORTED`), their fields
(`interchange.columns.FIELDS`) and the outcomes of a row (`importing.OUTCOME_LABELS`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from chinadossier.domain.changes import Changes
from chinadossier.domain.progress import Progress
from chinadossier.interchange.columns import FIELDS, ImportKind, detect_kind, map_columns
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.tables import Table, is_blank
from chinadossier.services import import_merge, importing
from chinadossier.services.import_merge import RowChoice
from chinadossier.ui.interchange.preview_choices import DuplicateChoices, choice_text
from chinadossier.ui.interchange.progress import ProgressRun

_FOLDER_KEY = "import/folder"
_SKIP = "-"
_ENCODINGS = (("", "Automatisch (UTF-8, anders Windows-1252)"), ("utf-8", "UTF-8"),
              ("cp1252", "Windows-1252 (Excel, West-Europees)"))
_ROW_OUTCOMES_HIDDEN = ("new",)
READ_DIALOG_AFTER_MS = 400
"""A read shows its progress dialog only when it takes longer than this."""


def _error_text(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc)
    return str(message)


def _kind_label(kind: ImportKind) -> str:
    """The kind as a heading: "Organisaties", "Risico's" (the CLI spells it risicos)."""
    return "Risico's" if kind is ImportKind.RISKS else kind.value.capitalize()


class _Loaded:
    """What the wizard knows so far (shared by its pages)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.data: bytes = b""
        self.encoding: str | None = None
        self.sheets: tuple[Any, ...] = ()
        self.table: Table | None = None
        self.base_plan: importing.ImportPlan | None = None
        """The preview as planned; `plan` is it with the user's choices for probable duplicates."""
        self.plan: importing.ImportPlan | None = None
        self.choices: dict[int, RowChoice] = {}
        self.result: importing.ImportResult | None = None


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

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&Bestand"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        enc_label = QLabel(self.tr("&Tekenset (CSV)"), self)
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
                _error_text(exc)))
        else:
            self.error.clear()
            self._wizard.ops.failed.emit(exc)


class MappingPage(QWizardPage):
    """Step 2: the sheet (XLSX), what the file holds, and which column fills which field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Werkblad en kolommen"))
        self.setSubTitle(self.tr("Herkende kolommen zijn al toegewezen. Wijs een niet herkende "
                                 "kolom toe aan een veld, of laat hem overslaan."))
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName(self.tr("Werkblad"))
        self.sheet.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Werkblad"), self)
        self.sheet_label.setBuddy(self.sheet)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Soort records in het bestand"))
        self.kind.activated.connect(lambda _i: self._fill_columns())
        kind_label = QLabel(self.tr("&Soort"), self)
        kind_label.setBuddy(self.kind)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 10_000)
        self.header_row.setMaximumWidth(120)
        self.header_row.setAccessibleName(self.tr("Rijnummer van de kopregel"))
        edit = self.header_row.findChild(QLineEdit)
        if edit is not None:  # the spin box's own text field is what gets focus
            edit.setAccessibleName(self.tr("Rijnummer van de kopregel"))
        self.header_row.setToolTip(self.tr(
            "De rij met de kolomnamen. Titelregels erboven worden overgeslagen."))
        self.header_row.editingFinished.connect(self._header_row_chosen)
        header_row_label = QLabel(self.tr("&Kopregel (rij)"), self)
        header_row_label.setBuddy(self.header_row)
        self.skipped = QLabel(self)
        self.skipped.setWordWrap(True)
        self.skipped.setAccessibleName(self.tr("Overgeslagen titelregels"))
        self.columns = QTableWidget(0, 3, self)
        self.columns.setObjectName("ImportColumns")
        self.columns.setAccessibleName(self.tr("Kolommen van het bestand en hun velden"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Kolom in het bestand"), self.tr("Eerste waarde"), self.tr("Veld")])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setTabKeyNavigation(False)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.combos: list[QComboBox] = []

        form = QFormLayout()
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(kind_label, self.kind)
        form.addRow(header_row_label, self.header_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.skipped)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.message)
        self._busy = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        loaded = self._wizard.loaded
        self.sheet.clear()
        for info in loaded.sheets:
            text = (self.tr("{0} ({1} rijen)").format(info.name, info.data_rows)
                    if info.has_header else self.tr("{0} (geen lijst)").format(info.name))
            self.sheet.addItem(text, info.name)
            if not info.has_header:
                item = self.sheet.model().item(self.sheet.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        shown = bool(loaded.sheets)
        self.sheet.setVisible(shown)
        self.sheet_label.setVisible(shown)
        if loaded.table is not None and loaded.table.sheet is not None:
            self.sheet.setCurrentIndex(max(0, self.sheet.findData(loaded.table.sheet)))
        self._fill_kinds()
        self._fill_columns()

    def _show_header_row(self) -> None:
        table = self._wizard.loaded.table
        assert table is not None
        self.header_row.blockSignals(True)
        self.header_row.setValue(table.header_row)
        self.header_row.blockSignals(False)
        skipped = [n for n in table.notes if "kopregel" in n]
        self.skipped.setText(self.tr("Rij(en) boven rij {0} zijn overgeslagen (een titel?).")
                             .format(table.header_row) if skipped else "")

    def _fill_kinds(self) -> None:
        table = self._wizard.loaded.table
        assert table is not None
        self._show_header_row()
        detected = detect_kind(table.header)
        self.kind.clear()
        for kind in importing.SUPPORTED:
            self.kind.addItem(_kind_label(kind), kind.value)
        if detected is not None and detected in importing.SUPPORTED:
            self.kind.setCurrentIndex(self.kind.findData(detected.value))
            self.kind.setItemText(self.kind.currentIndex(),
                                  self.tr("{0} (herkend)").format(_kind_label(detected)))

    def current_kind(self) -> ImportKind:
        """The kind the user chose (or the detected one)."""
        return ImportKind(self.kind.currentData())

    def _sheet_chosen(self, _index: int) -> None:
        loaded = self._wizard.loaded
        name = self.sheet.currentData()
        if loaded.table is not None and loaded.table.sheet == name:
            return
        self._reread(name, None)

    def _header_row_chosen(self) -> None:
        table = self._wizard.loaded.table
        if table is None or table.header_row == self.header_row.value():
            return
        self._reread(table.sheet, self.header_row.value())

    def _reread(self, name: str | None, header_row: int | None) -> None:
        loaded = self._wizard.loaded
        data, path, encoding = loaded.data, loaded.path, loaded.encoding
        assert path is not None
        self._busy = True
        self.completeChanged.emit()
        self.message.setText(self.tr("Werkblad lezen…") if name else self.tr("Bestand lezen…"))

        title = self.tr("Werkblad lezen") if name else self.tr("Bestand lezen")

        def read(_dossier: Any, progress: Progress) -> Table:
            progress.report(0.0, title)
            return importing.read_table(data, file_name=path.name, sheet=name,
                                        encoding=None if name else encoding,
                                        header_row=header_row)

        def done(table: Table) -> None:
            self._busy = False
            self.message.clear()
            loaded.table = table
            self._fill_kinds()
            self._fill_columns()
            self.completeChanged.emit()

        def back_to_shown() -> None:
            """The sheet and header row of the table still shown."""
            self._busy = False
            if loaded.table is not None and loaded.table.sheet is not None:
                self.sheet.setCurrentIndex(max(0, self.sheet.findData(loaded.table.sheet)))
            self._show_header_row()
            self.completeChanged.emit()

        def cancelled() -> None:
            back_to_shown()
            self.message.setText(self.tr("Afgebroken; de kolommen hieronder zijn die van het "
                                         "vorige werkblad of de vorige kopregel."))

        def failed(exc: BaseException) -> None:
            back_to_shown()
            self.message.setText(_error_text(exc))

        self._wizard.run_read(title, read, on_done=done, on_cancelled=cancelled, on_error=failed)

    def _fill_columns(self) -> None:
        table = self._wizard.loaded.table
        assert table is not None
        kind = self.current_kind()
        mapping = map_columns(table.header, kind)
        fields = FIELDS[kind]
        self.columns.setRowCount(0)
        self.combos = []
        bold = QFont(self.font())
        bold.setBold(True)
        for index, name in enumerate(table.header):
            if not name:
                continue
            row = self.columns.rowCount()
            self.columns.insertRow(row)
            item = QTableWidgetItem(name)
            self.columns.setItem(row, 0, item)
            sample = next((r.get(index) for r in table.rows if not is_blank(r.get(index))), None)
            self.columns.setItem(row, 1, QTableWidgetItem("" if sample is None else str(sample)))
            combo = QComboBox(self.columns)
            combo.setAccessibleName(self.tr("Veld voor kolom {0}").format(name))
            combo.addItem(self.tr("— niet importeren —"), _SKIP)
            for f in fields:
                mark = self.tr(" (verplicht)") if f.required else ""
                combo.addItem(f"{f.label}{mark}", f.name)
            chosen = mapping.fields.get(index)
            combo.setCurrentIndex(combo.findData(chosen) if chosen else 0)
            combo.setProperty("header", name)
            if chosen is None:
                item.setFont(bold)
                item.setToolTip(self.tr("Niet herkend: kies een veld of laat hem overslaan."))
            combo.currentIndexChanged.connect(lambda _i: self._update_message())
            self.columns.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self._update_message()

    def forget_plan(self) -> None:
        """The preview is out of date: Volgende checks the file again."""
        self._planned = None

    def overrides(self) -> dict[str, str]:
        """Column header → field name ("-": skip) for every column, as the user left them."""
        return {str(c.property("header")): str(c.currentData()) for c in self.combos}

    def _update_message(self) -> None:
        kind = self.current_kind()
        chosen = [str(c.currentData()) for c in self.combos]
        unknown = [str(c.property("header")) for c in self.combos if c.currentData() == _SKIP]
        twice = sorted({name for name in chosen if name != _SKIP and chosen.count(name) > 1})
        missing = [f.label for f in FIELDS[kind] if f.required and f.name not in chosen]
        if kind is ImportKind.PERSONS and not {"name", "family_name", "hanzi"} & set(chosen):
            missing.append(self.tr("Naam (of Achternaam, of Chinese naam)"))
        lines = []
        if missing:
            lines.append(self.tr("Verplicht veld zonder kolom: {0}.").format(", ".join(missing)))
        if twice:
            labels = {f.name: f.label for f in FIELDS[kind]}
            lines.append(self.tr("Twee kolommen voor hetzelfde veld: {0}.").format(
                ", ".join(labels[name] for name in twice)))
        if unknown:
            lines.append(self.tr("Wordt overgeslagen: {0}.").format(", ".join(unknown)))
        self.message.setText(" ".join(lines))
        self._blocked = bool(missing or twice)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self._busy and not getattr(self, "_blocked", False) and bool(self.combos)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        loaded = self._wizard.loaded
        key = (id(loaded.table), self.current_kind(), tuple(sorted(self.overrides().items())))
        if loaded.plan is not None and getattr(self, "_planned", None) == key:
            return True
        table, kind, overrides = loaded.table, self.current_kind(), self.overrides()
        self._busy = True
        self.completeChanged.emit()
        self.message.setText(self.tr("Elke rij controleren…"))

        def plan(dossier: Any, progress: Progress) -> importing.ImportPlan:
            assert table is not None
            return importing.plan_import(dossier, table, kind=kind, overrides=overrides,
                                         progress=progress)

        def done(value: importing.ImportPlan) -> None:
            self._busy = False
            loaded.base_plan = loaded.plan = value
            loaded.choices = {}
            self._planned = key
            self._update_message()
            self._wizard.next()

        def cancelled() -> None:
            self._busy = False
            self._update_message()
            self.message.setText(" ".join(filter(None, (
                self.tr("Afgebroken; er is niets geïmporteerd."), self.message.text()))))

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.completeChanged.emit()
            if isinstance(exc, UnreadableFile):
                self.message.setText(_error_text(exc))
            else:
                self.message.clear()
                self._wizard.ops.failed.emit(exc)

        self._wizard.run_read(self.tr("Voorbeeld maken"), plan, on_done=done,
                              on_cancelled=cancelled, on_error=failed)
        return False


class PlanModel(QAbstractTableModel):
    """The preview's rows: one per row of the file, one per reason for a rejected row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Rij"), self.tr("Uitkomst"), self.tr("Record"),
                        self.tr("Komt overeen met"), self.tr("Kolom"), self.tr("Reden"))
        self.lines: list[tuple[int, str, str, str, str, str, str]] = []

    def set_plan(self, plan: importing.ImportPlan,
                 choices: dict[int, RowChoice] | None = None) -> None:
        """Show a plan (every outcome; the proxy filters) and the user's choices for probable
        duplicates (row number → choice)."""
        self.beginResetModel()
        self.lines = []
        choices = choices or {}
        for row in plan.rows:
            outcome = importing.OUTCOME_LABELS.get(row.outcome, row.outcome)  # type: ignore[call-overload]
            if row.errors:
                for error in row.errors:
                    self.lines.append((row.number, row.outcome, outcome, row.label,
                                       row.match or "", error.column, error.message))
            else:
                # An update names each field it changes (old → new).
                reason = "; ".join(f"{c.label[:1].upper()}{c.label[1:]}: {c.old} → {c.new}"
                                   for c in row.changes)
                chosen = choices.get(row.number)
                if chosen is not None and chosen.choice != "skip":
                    what = choice_text(chosen.choice)
                    reason = self.tr("Uw keuze: {0}. {1}").format(what, reason).strip()
                elif row.outcome == "similar" and row.match:
                    reason = self.tr("Lijkt op {0}; kies hieronder samenvoegen, als nieuw of "
                                     "overslaan.").format(row.match)
                self.lines.append((row.number, row.outcome, outcome, row.label,
                                   row.match or "", "", reason))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return line[1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = (line[0], *line[2:])[index.column()]
            return str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class PreviewPage(QWizardPage):
    """Step 3: what each row will do; then the import (one transaction, after a backup)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Voorbeeld"))
        self.setSubTitle(self.tr("Nog niets is geïmporteerd. Controleer per rij wat er "
                                 "gebeurt; Importeren schrijft alles in één keer, na een "
                                 "back-up, of niets."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Importeren"))
        self.counts = QLabel(self)
        self.counts.setObjectName("ImportCounts")
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("Aantallen per uitkomst"))
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Rijen tonen"))
        self.outcome.currentIndexChanged.connect(self._filter)
        show_label = QLabel(self.tr("&Tonen"), self)
        show_label.setBuddy(self.outcome)
        self.model = PlanModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(0)
        self.table = QTableView(self)
        self.table.setObjectName("ImportPreview")
        self.table.setAccessibleName(self.tr("Rijen van het bestand en wat ermee gebeurt"))
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((44, 110, 190, 140, 120)):
            header.resizeSection(column, width)
        self.partial = QCheckBox(self.tr("Afgewezen rijen &overslaan en de goede rijen "
                                         "importeren"), self)
        self.partial.setAccessibleName(self.tr("Afgewezen rijen overslaan"))
        self.partial.toggled.connect(lambda _on: self.completeChanged.emit())
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Opmerkingen bij het voorbeeld"))
        self.duplicates = DuplicateChoices(wizard.ops, apply=wizard.apply_choices,
                                           replan=wizard.replan, parent=self)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.duplicates.select(self._number(current.row())))

        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(show_label)
        top.addWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.notes)
        layout.addWidget(self.partial)
        self._running: ProgressRun | None = None
        self.applying = False
        self.stale = False
        """The preview is out of date (records merged, the new check cancelled)."""

    def _number(self, proxy_row: int) -> int | None:
        if proxy_row < 0:
            return None
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.lines[source.row()][0] if source.isValid() else None

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.stale = False
        self.show_plan()

    def show_plan(self, *, keep_view: bool = False) -> None:
        """Show the plan with the user's choices; `keep_view` keeps the filter and the row."""
        loaded = self._wizard.loaded
        plan, base = loaded.plan, loaded.base_plan
        assert plan is not None and base is not None
        number = self.duplicates.number if keep_view else None
        shown = self.outcome.currentData() if keep_view else None
        self.model.set_plan(plan, loaded.choices)
        counts = plan.counts()
        where = f" — {plan.sheet}" if plan.sheet else ""
        parts = [f"{importing.OUTCOME_LABELS.get(k, k)}: {n}"  # type: ignore[call-overload]
                 for k, n in counts.items() if n]
        self.counts.setText(self.tr("{0}{1}: {2} rijen {3} — {4}").format(
            plan.source, where, len(plan.rows), plan.kind.value, " · ".join(parts)))
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.outcome.addItem(self.tr("Alle rijen ({0})").format(len(plan.rows)), "")
        for key, n in counts.items():
            if n:
                text = importing.OUTCOME_LABELS.get(key, key)  # type: ignore[call-overload]
                self.outcome.addItem(f"{text} ({n})", key)
        self.outcome.blockSignals(False)
        rejected = counts.get("rejected", 0)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData("rejected")) if rejected else 0)
        if shown is not None:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(shown)))
        self._filter()
        self.duplicates.set_plans(base, plan, loaded.choices)
        if number is not None:
            self.select_row(number)
        notes = []
        if plan.new_organisations:
            shown = ", ".join(plan.new_organisations[:8])
            more = len(plan.new_organisations) - 8
            notes.append(self.tr("Nieuwe organisaties ({0}): {1}{2}.").format(
                len(plan.new_organisations), shown,
                self.tr(" en {0} meer").format(more) if more > 0 else ""))
        if plan.mapping.unknown:
            notes.append(self.tr("Overgeslagen kolommen: {0}.").format(
                ", ".join(plan.mapping.unknown)))
        if import_merge.similar_rows(base):
            notes.append(self.tr("Mogelijk dubbele rijen worden overgeslagen, tenzij u per rij "
                                 "samenvoegen of als nieuw kiest."))
        if plan.header_row > 1:
            notes.append(self.tr("Kopregel: rij {0}.").format(plan.header_row))
        self.notes.setText(" ".join(notes))
        if not keep_view:
            self.partial.setChecked(False)
        self.partial.setVisible(bool(rejected))
        self.completeChanged.emit()

    def select_row(self, number: int) -> bool:
        """Select the (first) line of the row with this number in the table."""
        for proxy_row in range(self.proxy.rowCount()):
            if self._number(proxy_row) == number:
                self.table.setCurrentIndex(self.proxy.index(proxy_row, 0))
                self.duplicates.select(number)
                return True
        return False

    def _filter(self) -> None:
        key = self.outcome.currentData() or ""
        self.proxy.setFilterFixedString(str(key))

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        plan = self._wizard.loaded.plan
        if plan is None or self._running is not None or self.applying or self.stale:
            return False
        return not plan.rejected or self.partial.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        loaded = self._wizard.loaded
        if loaded.result is not None:
            return True
        plan = loaded.plan
        assert plan is not None
        accept_partial = self.partial.isChecked()
        backups = self._wizard.backups_dir

        def work(dossier: Any, progress: Any) -> importing.ImportResult:
            from chinadossier.services import backups as backup_service

            progress.checkpoint()  # cancelled while waiting: not even a backup is made
            # The one verified, rotating "backup first" (services.backups; issue 10.4).
            backup = backup_service.backup_step(
                dossier.path, backup_service.desktop_place(dossier.path, backups),
                backup_service.REASON_IMPORT, clock=dossier.ctx.clock, actor=dossier.ctx.actor)

            return importing.commit_import(dossier, plan, accept_partial=accept_partial,
                                           backup=backup, progress=progress)

        def done(result: importing.ImportResult) -> None:
            self._running = None
            loaded.result = result
            if result.created or result.updated:
                self._wizard.ops.changed.emit(Changes.all())
            self.completeChanged.emit()
            self._wizard.next()

        def cancelled() -> None:
            self._running = None
            self.notes.setText(self.tr("Afgebroken; er is niets geïmporteerd."))
            self.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            self._running = None
            self.completeChanged.emit()
            if isinstance(exc, UnreadableFile):
                self.notes.setText(_error_text(exc))
            else:
                self._wizard.ops.failed.emit(exc)

        self._running = ProgressRun(self._wizard.ops, self.tr("Importeren"), work, on_done=done,
                                    on_cancelled=cancelled, on_error=failed, parent=self._wizard)
        self.completeChanged.emit()
        return False


class ResultPage(QWizardPage):
    """Step 4: what was written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Klaar"))
        self.summary = QLabel(self)
        self.summary.setObjectName("ImportSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Uitkomst van de import"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        result = self._wizard.loaded.result
        plan = self._wizard.loaded.plan
        assert result is not None and plan is not None
        updated = result.updated
        if result.created or not updated:
            lines = [self.tr("{0} records geïmporteerd uit {1}.").format(result.created,
                                                                         plan.source)]
            if updated:
                lines.append(self.tr("{0} bestaande records bijgewerkt.").format(updated))
        else:  # only updates: say so first (the status bar shows the first line)
            lines = [self.tr("{0} bestaande records bijgewerkt uit {1}.").format(updated,
                                                                               plan.source)]
        if result.skipped:
            lines.append(self.tr("Niet geïmporteerd: {0} rij(en) (bestonden al, dubbel of "
                                 "afgewezen).").format(result.skipped))
        if result.backup is not None:
            lines.append(self.tr("Back-up vooraf: {0}").format(result.backup))
        self.summary.setText("\n".join(lines))
        self._wizard.finished_import.emit(lines[0])


class ImportWizard(QWizard):
    """The import wizard (modal; open it with `.open()`)."""

    finished_import = Signal(str)
    """A Dutch one-line summary once records were imported (for the status bar)."""

    FILE, MAPPING, PREVIEW, RESULT = range(4)

    def __init__(self, ops: Any, backups_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.ops = ops
        self.backups_dir = backups_dir
        self.loaded = _Loaded()
        self.running: ProgressRun | None = None
        """The read in progress (file, sheet, preview), if any."""
        self.setWindowTitle(self.tr("Importeren"))
        self.setAccessibleName(self.tr("Importeren uit CSV of Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.NextButton, self.tr("&Volgende >")),
            (QWizard.WizardButton.BackButton, self.tr("< V&orige")),
            (QWizard.WizardButton.CancelButton, self.tr("Annuleren")),
            (QWizard.WizardButton.FinishButton, self.tr("&Sluiten")),
        ):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate((self.file_page, self.mapping_page, self.preview_page,
                                        self.result_page)):
            self.setPage(page_id, page)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CommitButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))
        self.resize(860, 560)

    def run_read(self, title: str, work: Any, *, on_done: Any, on_cancelled: Any,
                 on_error: Any) -> ProgressRun:
        """Read work (the file, a sheet, the preview) off the GUI thread with a progress dialog
        and Annuleren (or Esc): nothing is written, so a cancel ends it at once and leaves the
        wizard where it was. The dialog shows only for work that takes a moment."""
        def finished(handler: Any) -> Any:
            def call(*value: Any) -> None:
                self.running = None
                handler(*value)
            return call

        self.running = ProgressRun(self.ops, title, work, on_done=finished(on_done),
                                   on_cancelled=finished(on_cancelled),
                                   on_error=finished(on_error), read=True,
                                   show_after=READ_DIALOG_AFTER_MS, parent=self)
        return self.running

    def apply_choices(self, choices: dict[int, RowChoice]) -> None:
        """Apply the user's choices for probable duplicates to the preview (off the GUI thread;
        nothing is written)."""
        base = self.loaded.base_plan
        if base is None:
            return
        page = self.preview_page
        page.applying = True
        page.completeChanged.emit()

        def done(plan: importing.ImportPlan) -> None:
            page.applying = False
            self.loaded.plan, self.loaded.choices = plan, dict(choices)
            page.show_plan(keep_view=True)

        def failed(exc: BaseException) -> None:
            page.applying = False
            page.completeChanged.emit()
            if isinstance(exc, import_merge.ChoiceRefused):
                page.notes.setText(_error_text(exc))
            else:
                self.ops.failed.emit(exc)

        self.ops.query(lambda d: import_merge.apply_choices(d, base, choices), on_done=done,
                       on_error=failed, key=f"import-choices-{id(self)}")

    def replan(self) -> None:
        """Check the file again (after records were merged): a new preview, choices cleared."""
        table, page = self.loaded.table, self.preview_page
        kind, overrides = self.mapping_page.current_kind(), self.mapping_page.overrides()
        if table is None:
            return
        page.applying = True
        page.completeChanged.emit()
        page.notes.setText(self.tr("Het bestand opnieuw controleren…"))

        def plan(dossier: Any, progress: Progress) -> importing.ImportPlan:
            return importing.plan_import(dossier, table, kind=kind, overrides=overrides,
                                         progress=progress)

        def done(value: importing.ImportPlan) -> None:
            page.applying = False
            page.stale = False
            self.loaded.base_plan = self.loaded.plan = value
            self.loaded.choices = {}
            page.show_plan()

        def cancelled() -> None:
            # Records were merged since this preview: it may not be imported any more.
            page.applying = False
            page.stale = True
            self.mapping_page.forget_plan()
            page.notes.setText(self.tr(
                "Afgebroken. Er zijn records samengevoegd, dus dit voorbeeld is niet meer "
                "actueel: ga met Vorige terug en met Volgende weer hierheen om het bestand "
                "opnieuw te controleren."))
            page.completeChanged.emit()

        def failed(exc: BaseException) -> None:
            page.applying = False
            page.completeChanged.emit()
            self.ops.failed.emit(exc)

        self.run_read(self.tr("Bestand opnieuw controleren"), plan, on_done=done,
                      on_cancelled=cancelled, on_error=failed)
