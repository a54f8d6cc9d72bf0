"""Step 4 of the import wizard: what was written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

if TYPE_CHECKING:
    from chinadossier.ui.interchange.import_wizard import ImportWizard


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
