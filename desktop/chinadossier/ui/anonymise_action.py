"""The "Persoon anonimiseren…" action of a person's detail pane (AVG, issue 10.6)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QBoxLayout, QMessageBox, QToolButton, QWidget

from chinadossier.domain.codes import RecordKind

#: The name an anonymised person shows (services.anonymise.ANONYMISED_NAME; not imported here
#: so the detail pane does not load the database layer).
ANONYMISED = "geanonimiseerde persoon"


class AnonymiseButton(QToolButton):
    """Shown for a person that is not anonymised yet; asks, then anonymises (writer thread)."""

    def __init__(self, pane: Any, ops: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or pane)
        self._pane = pane
        self._ops = ops
        self.setText(self.tr("Anonimiseren…"))
        self.setToolTip(self.tr("Persoonsgegevens definitief wissen (AVG)"))
        self.setAccessibleName(self.tr("Persoon anonimiseren"))
        self.clicked.connect(self.ask)
        pane.loaded.connect(self._update)
        self.box: QMessageBox | None = None
        self.running: Any = None  # the progress dialog while anonymising
        self.hide()

    def _person(self) -> Any | None:
        record = self._pane.record
        if record is None or getattr(record.meta, "kind", None) is not RecordKind.PERSON:
            return None
        return record

    def _update(self) -> None:
        person = self._person()
        # Also for a person in the Prullenbak: erasure is owed there too.
        self.setVisible(person is not None and person.family_name != ANONYMISED)

    def ask(self) -> None:
        """The confirmation that names what happens."""
        person = self._person()
        if person is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Persoon anonimiseren"),
            self.tr("Anonimiseren verwijdert de persoonsgegevens van {0} ({1}) definitief uit "
                    "het dossierbestand: naam, Chinese naam, pinyin, aliassen, notities, "
                    "e-mail, telefoon, adres, functies, politieke gegevens, bijlagen en "
                    "koppelingen, en de oude waarden in het logboek en de zoekindex.\n\n"
                    "Contactmomenten, besluiten en risico's blijven en tonen "
                    "'geanonimiseerde persoon'. Het wisregister legt vast dát (niet wat) er "
                    "gewist is, zodat het ook na het terugzetten van een oudere back-up weer "
                    "gebeurt. Oudere back-ups bevatten de gegevens tot ze worden opgeruimd.\n\n"
                    "Dit kan niet ongedaan worden gemaakt.").format(
                person.display_name, person.meta.display_no),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Anonimiseren"))
        box.setAccessibleName(self.tr("Anonimiseren bevestigen"))
        record_id = person.meta.id
        box.accepted.connect(lambda: self.run(record_id))
        self.box = box
        box.open()

    def run(self, record_id: Any) -> None:
        """Anonymise on the writer thread; every page re-reads afterwards."""

        from chinadossier.ui.interchange.progress import ProgressRun

        phase = self.tr("Anonimiseren en oude gegevens uit het bestand wissen…")

        def work(dossier: Any, progress: Any) -> Any:
            from chinadossier.services import anonymise

            # Not cancellable: once the person is erased the file is scrubbed to the end.
            progress.point_of_no_return(phase)
            return anonymise.anonymise(dossier.ctx, record_id)

        def done(outcome: Any) -> None:
            window = self.window()
            status = getattr(window, "statusBar", None)
            if callable(status):
                status().showMessage(self.tr("{0} is geanonimiseerd.").format(
                    outcome.display_no), 8000)

        self.running = ProgressRun(self._ops, self.tr("Anonimiseren"), work, on_done=done,
                                   on_cancelled=lambda: None, cancellable=False,
                                   parent=self.window())


def attach(pane: Any, row: QBoxLayout, ops: Any) -> AnonymiseButton:
    """Put the button in the pane's top row (beside Bewerken)."""
    button = AnonymiseButton(pane, ops)
    row.addWidget(button)
    return button
