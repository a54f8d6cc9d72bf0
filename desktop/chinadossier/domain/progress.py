"""How long work reports how far it is and learns that the user wants it stopped.

One `Progress` object is handed to bulk commits, check, backup, restore and reindex. The work
calls `report(fraction, phase)` at each step; the UI reads `fraction` and `step` (or listens) and
calls `cancel()` from any thread. Cancelling is cooperative: the next `report()` (or `checkpoint()`)
raises `Cancelled`, and only at points where stopping leaves nothing written — each long job says
from which point on it no longer stops (e.g. a restore once it has begun to copy into the file).

The layers below the UI name their phases with a `Phase`: a stable id whose value is the Dutch
text, with `{done}`/`{total}` for the counts of a counted phase. `Progress.phase` is that Dutch
text (the command line, logs, tests); the desktop translates `Progress.step` with its own table
(ui.progress_phases), so a phase reads English when the interface does — without Qt here. A
plain string is a text already in the user's language (the UI's own phases).
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from chinadossier.domain.errors import ChinadossierError

Listener = Callable[[float, str], None]
"""Called (in the working thread) with the fraction done (0.0–1.0) and the Dutch phase text."""


class Phase(enum.Enum):
    """A phase of long work: a stable id (translated by the UI), its Dutch text as the value."""

    # A unit of work's commit (bulk writes, imports, reindex).
    WRITING_RECORDS = "Records wegschrijven"
    COMPUTING_CHECKSUMS = "Controlegetallen berekenen"
    UPDATING_LOG = "Logboek bijwerken"
    UPDATING_SEARCH_INDEX = "Zoekindex bijwerken"
    SAVING = "Opslaan"
    SAVED = "Opgeslagen"
    # check
    CHECKING_FILE = "Bestand controleren"
    CHECKING_PAGES = "Pagina's, koppelingen en logboek controleren"
    CHECKING_CHECKSUMS = "Controlegetallen van de records narekenen"
    CHECKING_ATTACHMENTS = "Bijlagen controleren"
    CHECKING_PAGES_AND_INDEX = "Pagina's, koppelingen, logboek en zoekindex controleren"
    CHECKING_SEARCH_INDEX = "Zoekindex controleren"
    CHECKING_COHERENCE = "Samenhang controleren"
    CHECK_DONE = "Controle klaar"
    # backup
    COPYING = "Kopie maken"
    VERIFYING_COPY = "Kopie controleren"
    STORING_COPY = "Kopie vastleggen"
    # restore
    VERIFYING_BACKUP = "Back-up controleren"
    SAFETY_COPY = "Veiligheidskopie van het huidige dossier maken"
    RESTORING = "Back-up terugzetten"
    REAPPLYING_ERASURES = "Wisregister opnieuw toepassen"
    CHECKING_RESTORED = "Teruggezet dossier controleren"
    RESTORED = "Teruggezet"
    # reindex
    REBUILDING_SEARCH_INDEX = "Zoekindex opnieuw opbouwen"
    # import preview and commit
    READING_CASE_FILE = "Het dossier lezen"
    READING_ROWS = "Rijen lezen"
    CHECKING_ROWS = "Elke rij controleren: {done} van {total} rijen"
    CHECKING_AS_SAVING = "Controleren zoals bij opslaan"
    LOOKING_FOR_DUPLICATES = "Mogelijke dubbelen zoeken"
    PREVIEW_DONE = "Voorbeeld klaar"
    PREPARING_RECORDS = "Records klaarzetten: {done} van {total} rijen"
    # export
    COUNTING_RECORDS = "Records tellen"
    EXPORTING_RECORDS = "{done} van {total} records"
    COUNTING_ROWS = "Rijen tellen"
    EXPORTING_ROWS = "Exporteren: {done} van {total} rijen"
    AUDITING_EXPORT = "Export vastleggen in het auditspoor"
    DONE = "Klaar"


def dutch_number(number: int) -> str:
    """A count with the Dutch thousands separator: 60000 → "60.000"."""
    return f"{number:,}".replace(",", ".")


@dataclass(frozen=True, slots=True)
class Step:
    """What is being done: a `Phase` with its counts, or a text already in the user's language."""

    phase: Phase | str = ""
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def dutch(self) -> str:
        """The phase in Dutch with its counts ("Elke rij controleren: 1.200 van 60.000 rijen")."""
        if isinstance(self.phase, str):
            return self.phase
        return self.phase.value.format(**{k: dutch_number(v) for k, v in self.counts.items()})


class Cancelled(ChinadossierError):
    """The user stopped the work before it wrote anything; the case file is as it was."""

    def __init__(self, message: str = "Afgebroken op uw verzoek; er is niets gewijzigd.") -> None:
        super().__init__(message)


class Progress:
    """Fraction done, the phase, and a cancel flag; safe to share between threads."""

    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._fraction = 0.0
        self._step = Step()
        self._stoppable = True

    @property
    def fraction(self) -> float:
        """How much is done, 0.0 to 1.0."""
        with self._lock:
            return self._fraction

    @property
    def phase(self) -> str:
        """What is being done now, in Dutch ("Controlegetallen berekenen")."""
        return self.step.dutch

    @property
    def step(self) -> Step:
        """What is being done now: the `Phase` and its counts (for a translated text)."""
        with self._lock:
            return self._step

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()

    @property
    def stoppable(self) -> bool:
        """False once the work has passed the point after which it no longer stops."""
        with self._lock:
            return self._stoppable

    def cancel(self) -> None:
        """Ask the work to stop (from any thread); it stops at its next safe point."""
        self._cancel.set()

    def report(self, fraction: float, phase: Phase | str | None = None, **counts: int) -> None:
        """Note progress (a counted phase with its counts: `done=1200, total=60000`); raises
        Cancelled if a cancel is pending and stopping is still safe."""
        with self._lock:
            self._fraction = min(1.0, max(self._fraction, float(fraction)))
            if phase is not None:
                self._step = Step(phase, counts)
            fraction, step = self._fraction, self._step
        if self._listener is not None:
            self._listener(fraction, step.dutch)
        self.checkpoint()

    def checkpoint(self) -> None:
        """Raise Cancelled if a cancel is pending and stopping is still safe."""
        if self._cancel.is_set() and self.stoppable:
            raise Cancelled()

    def point_of_no_return(self, phase: Phase | str) -> None:
        """From here the work finishes whatever happens (a last chance to stop comes first)."""
        self.checkpoint()
        with self._lock:
            self._stoppable = False
            self._step = Step(phase)

    def part(self, start: float, end: float) -> Progress:
        """A view that maps 0–1 of a sub-task onto start–end of this one (same cancel flag)."""
        return _Part(self, start, end)


class _Part(Progress):
    def __init__(self, whole: Progress, start: float, end: float) -> None:
        self._whole = whole
        self._start = start
        self._span = end - start

    @property
    def fraction(self) -> float:
        return self._whole.fraction

    @property
    def phase(self) -> str:
        return self._whole.phase

    @property
    def step(self) -> Step:
        return self._whole.step

    @property
    def cancelled(self) -> bool:
        return self._whole.cancelled

    @property
    def stoppable(self) -> bool:
        return self._whole.stoppable

    def cancel(self) -> None:
        self._whole.cancel()

    def report(self, fraction: float, phase: Phase | str | None = None, **counts: int) -> None:
        self._whole.report(self._start + self._span * min(1.0, max(0.0, fraction)), phase,
                           **counts)

    def checkpoint(self) -> None:
        self._whole.checkpoint()

    def point_of_no_return(self, phase: Phase | str) -> None:
        self._whole.point_of_no_return(phase)
