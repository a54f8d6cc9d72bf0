"""Step 3 of the import wizard: the preview, row by row, and the import itself (after a backup)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from chinadossier.domain.changes import Changes
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.services import import_merge, importing
from chinadossier.services.import_merge import RowChoice
from chinadossier.ui.interchange.import_state import count, error_text
from chinadossier.ui.interchange.preview_choices import DuplicateChoices, choice_text
from chinadossier.ui.interchange.progress import ProgressRun

if TYPE_CHECKING:
    from chinadossier.ui.interchange.import_wizard import ImportWizard


def position_column(plan: importing.ImportPlan) -> str:
    """The file's header of the column mapped to "position" ("Functie", "Rol", …)."""
    for index, name in plan.mapping.fields.items():
        if name == "position":
            return f"'{plan.mapping_header(index)}'"
    return "'Functie'"


def _one_line(text: str) -> str:
    """Text with its line breaks as " ¶ " (one per run of breaks)."""
    return re.sub(r"\s*\n\s*", " ¶ ", text)


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
        column = position_column(plan)
        for row in plan.rows:
            outcome = importing.OUTCOME_LABELS.get(row.outcome, row.outcome)  # type: ignore[call-overload]
            if row.errors:
                for error in row.errors:
                    self.lines.append((row.number, row.outcome, outcome, row.label,
                                       row.match or "", error.column, error.message))
            else:
                # An update names each field it changes (old → new).
                # On one line: a paragraph break of a text shows as ¶ (a table row is one line).
                reason = _one_line("; ".join(
                    f"{c.label[:1].upper()}{c.label[1:]}: {c.old} → {c.new}"
                    for c in row.changes))
                chosen = choices.get(row.number)
                if chosen is not None and chosen.choice != "skip":
                    what = choice_text(chosen.choice)
                    reason = self.tr("Uw keuze: {0}. {1}").format(what, reason).strip()
                elif row.outcome == "similar" and row.match:
                    reason = self.tr("Lijkt op {0}; kies hieronder samenvoegen, als nieuw of "
                                     "overslaan.").format(row.match)
                if row.position_as_note is not None and column:
                    note = self.tr("Let op: geen organisatie, dus de kolom {0} komt in de "
                                   "opmerkingen (\"Functie: {1}\"), niet als functie.").format(
                                       column, row.position_as_note)
                    reason = f"{reason} {note}".strip()
                if row.own_side_contact is not None:
                    note = self.tr("Laatste contact niet als contactmoment vastgelegd: "
                                   "medewerker van een Nederlandse overheid ({0}).").format(
                                       row.own_side_contact)
                    reason = f"{reason} {note}".strip()
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


PREVIEW_WIDTHS = (40, 116, 124, 132, 108)
"""Rij, Uitkomst ("mogelijk dubbel" whole), Record, Komt overeen met, Kolom; Reden stretches."""


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
        # Reden, what matters most, takes the room the others leave (its full text in the
        # tooltip); the columns before it start narrow and the user may widen them.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        bold = QFont(header.font())
        bold.setBold(True)  # the theme's header font; each header shown whole
        for column, width in enumerate(PREVIEW_WIDTHS):
            text = self.model.headers[column]
            header.resizeSection(column, max(width, QFontMetrics(bold).horizontalAdvance(text)
                                             + 24))
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
        parts = [f"{importing.OUTCOME_LABELS.get(k, k)}: {count(n)}"  # type: ignore[call-overload]
                 for k, n in counts.items() if n]
        text = self.tr("{0}{1}: {2} rijen {3} — {4}").format(
            plan.source, where, count(len(plan.rows)), plan.kind.value, " · ".join(parts))
        if plan.new_contacts:  # besides the rows' records: said, so the result adds up
            text += " " + self.tr("— daarbij nieuw: {0} uit de kolom 'Laatste contact'").format(
                self._contacts(plan.new_contacts))
        self.counts.setText(text)
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.outcome.addItem(self.tr("Alle rijen ({0})").format(count(len(plan.rows))), "")
        for key, n in counts.items():
            if n:
                text = importing.OUTCOME_LABELS.get(key, key)  # type: ignore[call-overload]
                self.outcome.addItem(f"{text} ({count(n)})", key)
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
                count(len(plan.new_organisations)), shown,
                self.tr(" en {0} meer").format(count(more)) if more > 0 else ""))
        as_notes = len(plan.positions_as_notes)
        if as_notes:
            notes.append(self.tr("Let op: {0} zonder organisatie; de kolom {1} komt daar in de "
                                 "opmerkingen (\"Functie: …\"), niet als functie. Voeg een kolom "
                                 "Organisatie toe om er functies van te maken.").format(
                self.tr("1 rij") if as_notes == 1 else self.tr("{0} rijen").format(
                    count(as_notes)), position_column(plan)))
        own_side = len(plan.own_side_contacts)
        if own_side:
            notes.append(self.tr("Let op: bij {0} wordt Laatste contact geen contactmoment: "
                                 "medewerkers van een Nederlandse overheid (een contactmoment "
                                 "is contact met een Chinese partij).").format(
                self.tr("1 rij") if own_side == 1 else self.tr("{0} rijen").format(
                    count(own_side))))
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

    def _contacts(self, number: int) -> str:
        if number == 1:
            return self.tr("1 contactmoment")
        return self.tr("{0} contactmomenten").format(count(number))

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
        backing_up = self.tr("Back-up maken")

        def work(dossier: Any, progress: Any) -> importing.ImportResult:
            from chinadossier.services import backups as backup_service

            progress.checkpoint()  # cancelled while waiting: not even a backup is made
            # The phases on the bar: the backup, then the rows handed to the unit of work
            # ("Records klaarzetten: 1.200 van 60.000 rijen"), then its own (checksums, audit
            # trail, search index, saving); services.importing.plan_progress.WRITE_ROWS_SPAN.
            progress.report(0.0, backing_up)
            # The one verified, rotating "backup first" (services.backups; issue 10.4), page by
            # page on the first part of the bar; Annuleren stops it without leaving a file.
            backup = backup_service.backup_step(
                dossier.path, backup_service.desktop_place(dossier.path, backups),
                backup_service.REASON_IMPORT, clock=dossier.ctx.clock, actor=dossier.ctx.actor,
                progress=progress.part(*importing.BACKUP_SPAN))

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
                self.notes.setText(error_text(exc))
            else:
                self._wizard.ops.failed.emit(exc)

        self._running = ProgressRun(self._wizard.ops, self.tr("Importeren"), work, on_done=done,
                                    on_cancelled=cancelled, on_error=failed, parent=self._wizard)
        self.completeChanged.emit()
        return False
