"""Step 2 of the import wizard: the sheet, the kind of records, which column fills which field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from chinadossier.domain.progress import Progress
from chinadossier.interchange.columns import FIELDS, ImportKind, detect_kind, map_columns
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.tables import Table, is_blank
from chinadossier.services import importing
from chinadossier.ui.interchange.import_state import SKIP, count, error_text, kind_label
from chinadossier.ui.widgets.form_spacing import spaced

if TYPE_CHECKING:
    from chinadossier.ui.interchange.import_wizard import ImportWizard


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

        form = spaced(QFormLayout())
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
            if not info.has_header:
                text = self.tr("{0} (geen lijst)").format(info.name)
            elif info.data_rows == 1:
                text = self.tr("{0} (1 rij)").format(info.name)
            else:
                text = self.tr("{0} ({1} rijen)").format(info.name, count(info.data_rows))
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
        above = table.skipped_rows
        if not above:
            self.skipped.setText("")
        elif len(above) == 1:
            self.skipped.setText(self.tr("Rij {0} boven rij {1} is overgeslagen (een titel?).")
                                 .format(above[0], table.header_row))
        else:
            self.skipped.setText(self.tr("Rijen {0}–{1} boven rij {2} zijn overgeslagen "
                                         "(een titel?).")
                                 .format(above[0], above[-1], table.header_row))

    def _fill_kinds(self) -> None:
        table = self._wizard.loaded.table
        assert table is not None
        self._show_header_row()
        detected = detect_kind(table.header)
        self.kind.clear()
        for kind in importing.SUPPORTED:
            self.kind.addItem(kind_label(kind), kind.value)
        if detected is not None and detected in importing.SUPPORTED:
            self.kind.setCurrentIndex(self.kind.findData(detected.value))
            self.kind.setItemText(self.kind.currentIndex(),
                                  self.tr("{0} (herkend)").format(kind_label(detected)))

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
            self.message.setText(error_text(exc))

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
            combo.addItem(self.tr("— niet importeren —"), SKIP)
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
        unknown = [str(c.property("header")) for c in self.combos if c.currentData() == SKIP]
        twice = sorted({name for name in chosen if name != SKIP and chosen.count(name) > 1})
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
                self.message.setText(error_text(exc))
            else:
                self.message.clear()
                self._wizard.ops.failed.emit(exc)

        self._wizard.run_read(self.tr("Voorbeeld maken"), plan, on_done=done,
                              on_cancelled=cancelled, on_error=failed)
        return False
