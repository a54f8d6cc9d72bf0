"""The phases of long work as the interface shows them: translated, with counts in its language.

The services and the database layer name their phases with `domain.progress.Phase` (a stable id,
its Dutch text as the value) and never import Qt; this table gives each phase its source text
for Qt's translation (the same Dutch, so lupdate collects it and an untranslated phase still
reads Dutch). A phase the UI names itself is a plain, already translated string and is shown as
it is. Every `Phase` must have a line here (tests/ui/test_progress_phases.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chinadossier.domain.progress import Phase, Step, dutch_number
from chinadossier.ui.models.formatting import code_lang

_CONTEXT = "Phase"

PHASE_TEXTS: dict[Phase, str] = {
    Phase.WRITING_RECORDS: QT_TRANSLATE_NOOP("Phase", "Records wegschrijven"),
    Phase.COMPUTING_CHECKSUMS: QT_TRANSLATE_NOOP("Phase", "Controlegetallen berekenen"),
    Phase.UPDATING_LOG: QT_TRANSLATE_NOOP("Phase", "Logboek bijwerken"),
    Phase.UPDATING_SEARCH_INDEX: QT_TRANSLATE_NOOP("Phase", "Zoekindex bijwerken"),
    Phase.SAVING: QT_TRANSLATE_NOOP("Phase", "Opslaan"),
    Phase.SAVED: QT_TRANSLATE_NOOP("Phase", "Opgeslagen"),
    Phase.CHECKING_FILE: QT_TRANSLATE_NOOP("Phase", "Bestand controleren"),
    Phase.CHECKING_PAGES: QT_TRANSLATE_NOOP(
        "Phase", "Pagina's, koppelingen en logboek controleren"
    ),
    Phase.CHECKING_CHECKSUMS: QT_TRANSLATE_NOOP(
        "Phase", "Controlegetallen van de records narekenen"
    ),
    Phase.CHECKING_ATTACHMENTS: QT_TRANSLATE_NOOP("Phase", "Bijlagen controleren"),
    Phase.CHECKING_PAGES_AND_INDEX: QT_TRANSLATE_NOOP(
        "Phase", "Pagina's, koppelingen, logboek en zoekindex controleren"
    ),
    Phase.CHECKING_SEARCH_INDEX: QT_TRANSLATE_NOOP("Phase", "Zoekindex controleren"),
    Phase.CHECKING_COHERENCE: QT_TRANSLATE_NOOP("Phase", "Samenhang controleren"),
    Phase.CHECK_DONE: QT_TRANSLATE_NOOP("Phase", "Controle klaar"),
    Phase.COPYING: QT_TRANSLATE_NOOP("Phase", "Kopie maken"),
    Phase.VERIFYING_COPY: QT_TRANSLATE_NOOP("Phase", "Kopie controleren"),
    Phase.STORING_COPY: QT_TRANSLATE_NOOP("Phase", "Kopie vastleggen"),
    Phase.VERIFYING_BACKUP: QT_TRANSLATE_NOOP("Phase", "Back-up controleren"),
    Phase.SAFETY_COPY: QT_TRANSLATE_NOOP("Phase", "Veiligheidskopie van het huidige dossier maken"),
    Phase.RESTORING: QT_TRANSLATE_NOOP("Phase", "Back-up terugzetten"),
    Phase.REAPPLYING_ERASURES: QT_TRANSLATE_NOOP("Phase", "Wisregister opnieuw toepassen"),
    Phase.CHECKING_RESTORED: QT_TRANSLATE_NOOP("Phase", "Teruggezet dossier controleren"),
    Phase.RESTORED: QT_TRANSLATE_NOOP("Phase", "Teruggezet"),
    Phase.REBUILDING_SEARCH_INDEX: QT_TRANSLATE_NOOP("Phase", "Zoekindex opnieuw opbouwen"),
    Phase.READING_CASE_FILE: QT_TRANSLATE_NOOP("Phase", "Het dossier lezen"),
    Phase.READING_ROWS: QT_TRANSLATE_NOOP("Phase", "Rijen lezen"),
    Phase.CHECKING_ROWS: QT_TRANSLATE_NOOP(
        "Phase", "Elke rij controleren: {done} van {total} rijen"
    ),
    Phase.CHECKING_AS_SAVING: QT_TRANSLATE_NOOP("Phase", "Controleren zoals bij opslaan"),
    Phase.LOOKING_FOR_DUPLICATES: QT_TRANSLATE_NOOP("Phase", "Mogelijke dubbelen zoeken"),
    Phase.PREVIEW_DONE: QT_TRANSLATE_NOOP("Phase", "Voorbeeld klaar"),
    Phase.PREPARING_RECORDS: QT_TRANSLATE_NOOP(
        "Phase", "Records klaarzetten: {done} van {total} rijen"
    ),
    Phase.COUNTING_RECORDS: QT_TRANSLATE_NOOP("Phase", "Records tellen"),
    Phase.EXPORTING_RECORDS: QT_TRANSLATE_NOOP("Phase", "{done} van {total} records"),
    Phase.COUNTING_ROWS: QT_TRANSLATE_NOOP("Phase", "Rijen tellen"),
    Phase.EXPORTING_ROWS: QT_TRANSLATE_NOOP("Phase", "Exporteren: {done} van {total} rijen"),
    Phase.AUDITING_EXPORT: QT_TRANSLATE_NOOP("Phase", "Export vastleggen in het auditspoor"),
    Phase.DONE: QT_TRANSLATE_NOOP("Phase", "Klaar"),
}


def _number(value: int) -> str:
    """A count as the interface writes it: 60.000 in Dutch, 60,000 in English."""
    return f"{value:,}" if code_lang() == "en" else dutch_number(value)


def phase_text(step: Step) -> str:
    """What the work is doing, in the interface language ("Checking each row: 1,200 of 60,000
    rows"); a phase without a line here (a new one) reads Dutch rather than not at all."""
    if isinstance(step.phase, str):
        return step.phase
    source = PHASE_TEXTS.get(step.phase, step.phase.value)
    template = QCoreApplication.translate(_CONTEXT, source)
    return template.format(**{name: _number(value) for name, value in step.counts.items()})
