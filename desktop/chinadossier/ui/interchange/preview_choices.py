"""The import preview's choices for probable duplicates (services.import_merge).

Below the preview table: for the selected "mogelijk dubbel" row, Samenvoegen… (the side-by-side
merge dialog: per field the record's value or the row's), Als nieuw toevoegen, or Overslaan
(the default). Nothing is written by a choice: the choices make the plan the import commits, in
its one transaction after its backup. And when a row names two records of the case file as the
same one, "Deze twee samenvoegen…" opens the merge of existing records (its own backup, undo in
Mogelijke dubbelen), after which the file is checked again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from chinadossier.domain.changes import Changes
from chinadossier.domain.merge import MergePreview
from chinadossier.services import import_merge
from chinadossier.services.import_merge import RowChoice
from chinadossier.ui.avg.common import error_text
from chinadossier.ui.avg.duplicates_dialog import MergeDialog

if TYPE_CHECKING:
    from chinadossier.services.importing import ImportPlan


def choice_text(choice: str) -> str:
    """A choice as the preview names it ("samenvoegen"), translated."""
    texts = {
        "skip": QCoreApplication.translate("DuplicateChoices", "overslaan"),
        "new": QCoreApplication.translate("DuplicateChoices", "als nieuw toevoegen"),
        "merge": QCoreApplication.translate("DuplicateChoices", "samenvoegen"),
    }
    return texts.get(choice) or import_merge.CHOICE_LABELS.get(choice, choice)  # type: ignore[call-overload]


class RowMergeDialog(MergeDialog):
    """The merge dialog for a row of the file (B) and the record it resembles (A).

    Choosing writes nothing: Samenvoegen hands the choices back (`chosen`) for the import.
    """

    def __init__(self, ops: Any, plan: ImportPlan, number: int, *,
                 parent: QWidget | None = None) -> None:
        self._plan, self._number = plan, number
        self.chosen: dict[str, Any] | None = None
        super().__init__(ops, uuid.UUID(int=0), uuid.UUID(int=0), parent=parent)
        self.setObjectName("RowMergeDialog")
        self.setWindowTitle(self.tr("Rij {0} samenvoegen").format(number))
        self.setAccessibleName(self.windowTitle())
        self.swap.hide()  # the record stays; the row is not a record that could

    def _load(self) -> None:
        self.merge_button.setEnabled(False)
        plan, number = self._plan, self._number
        self.ops.query(lambda d: import_merge.merge_preview(d, plan, number),
                       on_done=self._show, on_error=self._failed,
                       key=f"row-merge-preview-{id(self)}")

    def _show(self, preview: MergePreview) -> None:
        super()._show(preview)
        self.intro.setText(self.tr(
            "{0} {1} (A) blijft bestaan; rij {2} van het bestand (B) wordt erin opgenomen. Kies "
            "per veld welke waarde blijft. Er wordt nog niets geschreven: dat doet Importeren, "
            "na een back-up.").format(preview.a.display_no, preview.a.title, self._number))
        self.links.setText(self.tr("E-mailadressen, telefoonnummers en functies van B komen "
                                   "erbij; die van A blijven."))

    def _merge(self) -> None:
        if self.preview is None:
            return
        self.chosen = self.choices()
        self.accept()


class DuplicateChoices(QWidget):
    """Choices for the selected probable duplicate, and merges the file points at."""

    def __init__(self, ops: Any, *, apply: Callable[[dict[int, RowChoice]], None],
                 replan: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DuplicateChoices")
        self.ops = ops
        self._apply = apply
        self._replan = replan
        self.plan: ImportPlan | None = None
        self.base: ImportPlan | None = None
        self.choices: dict[int, RowChoice] = {}
        self.number: int | None = None
        self.row_merge: RowMergeDialog | None = None
        self.merge_dialog: MergeDialog | None = None

        self.row_text = QLabel(self)
        self.row_text.setObjectName("DuplicateRow")
        self.row_text.setWordWrap(True)
        self.row_text.setAccessibleName(self.tr("Mogelijk dubbele rij"))
        self.merge_button = QPushButton(self.tr("Sa&menvoegen…"), self)
        self.merge_button.setAccessibleName(self.tr("Rij samenvoegen met het bestaande record"))
        self.merge_button.clicked.connect(self.merge_row)
        self.new_button = QPushButton(self.tr("Als &nieuw toevoegen"), self)
        self.new_button.setAccessibleName(self.tr("Rij als nieuw record toevoegen"))
        self.new_button.clicked.connect(lambda: self.choose(RowChoice("new")))
        self.skip_button = QPushButton(self.tr("Over&slaan"), self)
        self.skip_button.setAccessibleName(self.tr("Rij niet importeren"))
        self.skip_button.clicked.connect(lambda: self.choose(RowChoice("skip")))
        self.row_bar = QWidget(self)
        row = QHBoxLayout(self.row_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.row_text, 1)
        for button in (self.merge_button, self.new_button, self.skip_button):
            row.addWidget(button)

        self.as_one_text = QLabel(self)
        self.as_one_text.setObjectName("RecordsAsOne")
        self.as_one_text.setWordWrap(True)
        self.as_one_text.setAccessibleName(self.tr("Records die één lijken"))
        self.as_one_button = QPushButton(self.tr("&Deze twee samenvoegen…"), self)
        self.as_one_button.setAccessibleName(
            self.tr("De twee bestaande records samenvoegen (met back-up, ongedaan te maken)"))
        self.as_one_button.clicked.connect(self.merge_records)
        self.as_one_bar = QWidget(self)
        both = QHBoxLayout(self.as_one_bar)
        both.setContentsMargins(0, 0, 0, 0)
        both.addWidget(self.as_one_text, 1)
        both.addWidget(self.as_one_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.as_one_bar)
        layout.addWidget(self.row_bar)
        self.row_bar.hide()
        self.as_one_bar.hide()

    # -- state ------------------------------------------------------------------------------------

    def set_plans(self, base: ImportPlan, plan: ImportPlan,
                  choices: dict[int, RowChoice]) -> None:
        """The preview as first made (`base`), with the choices applied (`plan`)."""
        self.base, self.plan, self.choices = base, plan, dict(choices)
        found = base.records_as_one
        self.as_one_bar.setVisible(bool(found))
        if found:
            lines = [f.reason for f in found]
            self.as_one_text.setText(" ".join(lines))
        self.select(self.number)

    def similar(self, number: int | None) -> Any:
        """The base plan's "mogelijk dubbel" row with this number, or None."""
        if self.base is None or number is None:
            return None
        return next((r for r in import_merge.similar_rows(self.base) if r.number == number),
                    None)

    def select(self, number: int | None) -> None:
        """Show the choices for the row with this number (hidden for any other row)."""
        self.number = number
        row = self.similar(number)
        self.row_bar.setVisible(row is not None)
        if row is None:
            return
        chosen = self.choices.get(row.number, RowChoice("skip"))
        what = choice_text(chosen.choice)
        self.row_text.setText(self.tr(
            "Rij {0} ({1}) lijkt op {2}. Nu gekozen: {3}.").format(
                row.number, row.label, row.match, what))

    # -- actions ----------------------------------------------------------------------------------

    def choose(self, choice: RowChoice) -> None:
        """Record a choice for the selected row and have the wizard apply all choices."""
        if self.number is None or self.similar(self.number) is None:
            return
        choices = dict(self.choices)
        choices[self.number] = choice
        self._apply(choices)

    def merge_row(self) -> None:
        """The side-by-side dialog for the selected row; its choices become the row's."""
        if self.base is None or self.number is None or self.similar(self.number) is None:
            return
        number = self.number
        self.row_merge = RowMergeDialog(self.ops, self.base, number, parent=self.window())
        dialog = self.row_merge

        def accepted() -> None:
            if dialog.chosen is not None:
                self.number = number
                self.choose(RowChoice("merge", dialog.chosen))

        dialog.accepted.connect(accepted)
        dialog.open()

    def merge_records(self) -> None:
        """The merge of the first pair of existing records the file names as one."""
        if self.base is None or not self.base.records_as_one:
            return
        pair = self.base.records_as_one[0].pair
        self.merge_dialog = MergeDialog(self.ops, pair.a, pair.b, parent=self.window())
        dialog = self.merge_dialog

        def merged() -> None:
            if dialog.done_merge is not None:
                self.ops.changed.emit(Changes.all())
                self._replan()

        dialog.accepted.connect(merged)
        dialog.open()


def refused_text(exc: BaseException) -> str:
    """A refused choice in Dutch (the service's message)."""
    return error_text(exc)
