"""The reviewer's Dutch Windows-1252 persons file through the wizard: the preview says what an
update adds (the contact moment, the notes added to), names the file's own column of a rejected
row, announces no organisation of a rejected row, and the result counts per reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from chinadossier.services import importing
from chinadossier.ui.interchange.import_wizard import ImportWizard
from chinadossier.ui.ops import Operations

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
    "This plugin does not support grabbing the keyboard",
)

LIMIT = 60_000
KNOWN = ("Naam;Organisatie;Functie;Opmerkingen\r\n"
         "Zhou Haitao;Jinhai Havengroep (fictief);directeur;Eigen aantekening\r\n")
REVIEW = (
    "Naam;Organisatie;Functie;E-mailadres;Laatste contact;Opmerkingen\r\n"
    "Anneke de Vries-Müller;Gemeente Rotterdam;beleidsmedewerker;anneke@example.nl;12-03-2025;"
    "Contact via café “De Gouden Leeuw” – €50 lunch\r\n"
    "René Janssen;Jinhai Havengroep (fictief);adviseur;rene@example.nl;31-02-2024;"
    "datum onmogelijk\r\n"
    "Zhou Haitao;Jinhai Havengroep (fictief);directeur;;5-6-2025;mogelijk dubbel\r\n"
    ";Onbekende BV;;;01-01-2025;geen naam\r\n"
    "Chloë Dubois;Nieuwe Organisatie ë;;chloe@example;2025;ongeldig e-mailadres, ruwe datum\r\n"
)


@pytest.fixture
def ops(qtbot, dossier):
    QSettings().clear()
    operations = Operations(dossier)
    yield operations
    operations.wait_idle()
    qtbot.wait(10)


def line(preview, number: int) -> list[str]:
    for r in range(preview.proxy.rowCount()):
        if preview.proxy.index(r, 0).data() == str(number):
            return [preview.proxy.index(r, c).data() for c in range(6)]
    raise AssertionError(f"row {number} not shown")


def test_the_reviewers_file_previews_and_reports_what_really_happens(
    qtbot, ops, dossier, tmp_path
) -> None:
    known = importing.plan_import(dossier, importing.read_table(KNOWN.encode("cp1252"),
                                                                file_name="k.csv"))
    importing.commit_import(dossier, known)
    source = tmp_path / "personen.csv"
    source.write_bytes(REVIEW.encode("cp1252"))
    wizard = ImportWizard(ops, tmp_path / "backups")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.MAPPING, timeout=LIMIT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW, timeout=LIMIT)

    preview = wizard.preview_page
    # The rejected row without a name: in the file's own column.
    assert line(preview, 5)[4:] == ["Naam", "is verplicht"]
    preview.outcome.setCurrentIndex(0)
    update = line(preview, 4)
    assert update[1] == "bijwerken"
    assert "Laatste contact: (geen) → contactmoment op 05-06-2025" \
        in update[5]
    # The contact moment first; the notes keep their text and gain the row's (one line: ¶).
    assert update[5].startswith("Laatste contact:")
    assert "Aantekeningen (aangevuld): Eigen aantekening → Eigen aantekening ¶ mogelijk dubbel" \
        in update[5]
    # Only with Zhou: Anneke of the own municipality is no Chinese party; her row says so.
    assert "daarbij nieuw: 1 contactmoment uit de kolom 'Laatste contact'" \
        in preview.counts.text()
    assert line(preview, 2)[5] == ("Laatste contact niet als contactmoment vastgelegd: "
                                   "medewerker van een Nederlandse overheid (Gemeente "
                                   "Rotterdam).")
    assert "Onbekende BV" not in preview.notes.text()
    preview.partial.setChecked(True)
    wizard.button(wizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=LIMIT)

    lines = wizard.result_page.summary.text().splitlines()
    assert lines[:3] == [
        "2 records geïmporteerd uit personen.csv: 1 persoon, 1 contactmoment.",
        "1 bestaand record bijgewerkt.",
        "Niet geïmporteerd: 3 rijen afgewezen.",
    ]
    assert "(en)" not in wizard.result_page.summary.text()
    assert wizard.result_page.not_imported({"exists": 1, "duplicate": 2, "similar": 1,
                                            "rejected": 1}) == (
        "Niet geïmporteerd: 1 rij bestond al in het dossier, 2 rijen stonden dubbel in het "
        "bestand, 1 mogelijk dubbele rij overgeslagen, 1 rij afgewezen.")
