"""Step 4 of the import wizard: what was written."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from chinadossier.interchange.columns import ImportKind
from chinadossier.ui.interchange.import_state import count

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
            made = self.made(result.created_by_kind, plan.kind)
            what = f": {made}" if made else ""
            lines = [self.tr("1 record geïmporteerd uit {0}{1}.").format(plan.source, what)
                     if result.created == 1 else
                     self.tr("{0} records geïmporteerd uit {1}{2}.").format(
                         count(result.created), plan.source, what)]
            if updated:
                lines.append(self.tr("1 bestaand record bijgewerkt.") if updated == 1
                             else self.tr("{0} bestaande records bijgewerkt.").format(
                                 count(updated)))
        else:  # only updates: say so first (the status bar shows the first line)
            lines = [self.tr("1 bestaand record bijgewerkt uit {0}.").format(plan.source)
                     if updated == 1 else
                     self.tr("{0} bestaande records bijgewerkt uit {1}.").format(
                         count(updated), plan.source)]
        if result.skipped:
            lines.append(self.not_imported(plan.counts()))
        if result.backup is not None:
            lines.append(self.tr("Back-up vooraf: {0}").format(result.backup))
        self.summary.setText("\n".join(lines))
        self._wizard.finished_import.emit(lines[0])

    def not_imported(self, counts: Mapping[str, int]) -> str:
        """The rows not written, per reason, in Dutch singular or plural: "Niet geïmporteerd:
        1 rij bestond al in het dossier, 3 rijen afgewezen." """
        texts = {
            "exists": (self.tr("1 rij bestond al in het dossier"),
                       self.tr("{0} rijen bestonden al in het dossier")),
            "duplicate": (self.tr("1 rij stond dubbel in het bestand"),
                          self.tr("{0} rijen stonden dubbel in het bestand")),
            "similar": (self.tr("1 mogelijk dubbele rij overgeslagen"),
                        self.tr("{0} mogelijk dubbele rijen overgeslagen")),
            "rejected": (self.tr("1 rij afgewezen"), self.tr("{0} rijen afgewezen")),
        }
        parts = [one if counts.get(key, 0) == 1 else more.format(count(counts[key]))
                 for key, (one, more) in texts.items() if counts.get(key, 0)]
        return self.tr("Niet geïmporteerd: {0}.").format(", ".join(parts))

    def made(self, by_kind: Mapping[str, int], kind: ImportKind) -> str:
        """What was made per kind: "2 personen, 2 contactmomenten" ("" when nothing)."""
        nouns = {
            ImportKind.ORGANISATIONS: (self.tr("organisatie"), self.tr("organisaties")),
            ImportKind.PERSONS: (self.tr("persoon"), self.tr("personen")),
            ImportKind.TIES: (self.tr("band"), self.tr("banden")),
            ImportKind.MEETINGS: (self.tr("contactmoment"), self.tr("contactmomenten")),
            ImportKind.DECISIONS: (self.tr("besluit"), self.tr("besluiten")),
            ImportKind.RISKS: (self.tr("risiconotitie"), self.tr("risiconotities")),
        }
        made: dict[ImportKind, int] = {}
        for key, made_kind in (("records", kind), ("organisations", ImportKind.ORGANISATIONS),
                               ("contacts", ImportKind.MEETINGS)):
            if by_kind.get(key):
                made[made_kind] = made.get(made_kind, 0) + by_kind[key]
        return ", ".join(f"{count(n)} {nouns[k][0] if n == 1 else nouns[k][1]}"
                         for k, n in made.items())
