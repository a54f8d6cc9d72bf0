"""Bestand → Importeren…: file → sheet and columns → preview → import → result.

Every step that reads the file or the case file runs off the GUI thread (`ops.query`); the
long ones (the file, a sheet, the preview, a re-check) with a progress dialog and Annuleren. The
import itself is one `ops.write` after a verified backup, with progress and cancel (a cancel
before the commit leaves the case file as it was). The wizard is generic over what the import
service reports: the kinds it supports (`importing.SUPPORTED`), their fields
(`interchange.columns.FIELDS`) and the outcomes of a row (`importing.OUTCOME_LABELS`).

One module per page: `import_file_page`, `import_mapping_page`, `import_preview_page` (with the
import itself) and `import_result_page`; `import_state` holds what they share. This module is the
wizard: the pages, their reads with a progress dialog (`run_read`), and the choices and re-check
of the preview that the page's duplicate choices ask for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from chinadossier.domain.progress import Progress
from chinadossier.services import import_merge, importing
from chinadossier.services.import_merge import RowChoice
from chinadossier.ui.interchange.import_file_page import FilePage
from chinadossier.ui.interchange.import_mapping_page import MappingPage
from chinadossier.ui.interchange.import_preview_page import PreviewPage
from chinadossier.ui.interchange.import_result_page import ResultPage
from chinadossier.ui.interchange.import_state import READ_DIALOG_AFTER_MS, Loaded, error_text
from chinadossier.ui.interchange.progress import ProgressRun


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
        self.loaded = Loaded()
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
                page.notes.setText(error_text(exc))
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
