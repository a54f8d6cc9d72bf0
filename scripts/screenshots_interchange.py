"""Make the import wizard's screenshots in docs/screenshots/ (light and dark), with demo data.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_interchange.py [OUT_DIR]
A fictional contact list (Excel's "CSV (puntkomma)", Windows-1252, one unknown column and one
impossible date) goes through every page: file, columns, preview (rejected rows first), result.
A second list then names a known person at another organisation ("mogelijk dubbel"): the preview
with the row's choices, the side-by-side merge of that row, and the preview after choosing.
Last, a list of 2,000 rows: the preview's progress dialog mid-way (the planner held at a row so
the picture is always the same), then Annuleren.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TMP = Path(tempfile.mkdtemp(prefix="chinadossier-shots-import-"))
os.environ["XDG_CONFIG_HOME"] = str(TMP / "config")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from chinadossier.domain.clock import FixedClock  # noqa: E402
from chinadossier.paths import Paths  # noqa: E402
from chinadossier.services.demo import create_demo  # noqa: E402
from chinadossier.ui.app import DesktopApp, make_application  # noqa: E402

TODAY = dt.date(2026, 11, 29)
CSV = (
    "Achternaam;Voornaam;Organisatie;Functie;E-mailadres;Laatste contact;Afdeling\r\n"
    "Müller;Hélène;Xinghe Handelskamer (fictief);adviseur (fictief);h.muller@example.nl;"
    "3-2-2024;Economische Zaken\r\n"
    "Zhou;Min;Xinghe Havengroep (fictief);directeur;;31-12-2024;Haven\r\n"
    "de Vries;Geërt;Xinghe Havengroep (fictief);adviseur;;31-02-2024;\r\n"
    "Chen;Jie;Xinghe Handelskamer (fictief);secretaris;;12 maart 2025;Haven\r\n"
)

SECOND = (
    "Achternaam;Voornaam;Organisatie;Functie;E-mailadres;Telefoon;Laatste contact\r\n"
    "Zhou;Min;Xinghe Handelskamer (fictief);secretaris;zhou.min@example.cn;+86 25 8888 0000;"
    "14-3-2025\r\n"
    "Müller;Hélène;Xinghe Handelskamer (fictief);adviseur (fictief);helene.muller@example.nl;;\r\n"
)


def settle(app: QApplication, desktop: DesktopApp, rounds: int = 40) -> None:
    for _ in range(rounds):
        if desktop.ops is not None:
            desktop.ops.wait_idle()
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def shoot(out: Path, scheme: str) -> None:
    app = make_application()
    QCoreApplication.setOrganizationName("Chinadossier-screenshots")
    QSettings().clear()
    QSettings().setValue("ui/scheme", scheme)
    data = TMP / f"demo-{scheme}"
    create_demo(data / "chinadossier.sqlite3", today=TODAY)
    source = TMP / "contacten-griffie.csv"
    source.write_bytes(CSV.encode("cp1252"))
    desktop = DesktopApp(app, Paths.from_data_dir(data), lang="nl", catch_exceptions=False,
                         clock=FixedClock.on(TODAY))
    desktop.start()
    while desktop.window is None or desktop.window.overview.data is None:
        app.processEvents()
    settle(app, desktop)
    window = desktop.window
    window.resize(1366, 768)
    suffix = "" if scheme == "light" else "-donker"
    wizard = window.import_file()
    wizard.resize(900, 580)
    wizard.file_page.path_edit.setText(str(source))
    settle(app, desktop)
    save(wizard, out / f"import-bestand{suffix}.png")
    wizard.next()
    while wizard.currentId() != wizard.MAPPING:
        settle(app, desktop, 2)
    settle(app, desktop)
    save(wizard, out / f"import-kolommen{suffix}.png")
    wizard.next()
    while wizard.currentId() != wizard.PREVIEW:
        settle(app, desktop, 2)
    settle(app, desktop)
    save(wizard, out / f"import-voorbeeld{suffix}.png")
    wizard.preview_page.partial.setChecked(True)
    wizard.next()
    while wizard.currentId() != wizard.RESULT:
        settle(app, desktop, 2)
    settle(app, desktop)
    save(wizard, out / f"import-klaar{suffix}.png")
    wizard.accept()
    settle(app, desktop)

    second = TMP / "contacten-handelskamer.csv"
    second.write_bytes(SECOND.encode("cp1252"))
    wizard = window.import_file()
    wizard.resize(900, 580)
    wizard.file_page.path_edit.setText(str(second))
    wizard.next()
    while wizard.currentId() != wizard.MAPPING:
        settle(app, desktop, 2)
    settle(app, desktop)
    wizard.next()
    while wizard.currentId() != wizard.PREVIEW:
        settle(app, desktop, 2)
    settle(app, desktop)
    preview = wizard.preview_page
    preview.select_row(2)
    settle(app, desktop)
    save(wizard, out / f"import-dubbel{suffix}.png")
    preview.duplicates.merge_row()
    dialog = preview.duplicates.row_merge
    assert dialog is not None
    dialog.resize(760, 520)
    while not dialog.merge_button.isEnabled():
        settle(app, desktop, 2)
    settle(app, desktop)
    save(dialog, out / f"import-samenvoegen{suffix}.png")
    dialog.merge_button.click()
    while "Uw keuze" not in (preview.model.lines[0][6] if preview.model.lines else ""):
        settle(app, desktop, 2)
    settle(app, desktop)
    save(wizard, out / f"import-dubbel-gekozen{suffix}.png")
    wizard.reject()
    shoot_progress(app, desktop, out, suffix)
    window.sidebar.select("persons")
    settle(app, desktop)
    save(window, out / f"import-personen-lijst{suffix}.png")
    window.hide()
    desktop.shutdown()


def shoot_progress(app: QApplication, desktop: DesktopApp, out: Path, suffix: str) -> None:
    """The preview of a long list, held at row 700: its progress dialog; then Annuleren."""
    from chinadossier.services.importing import planning

    window = desktop.window
    assert window is not None
    big = TMP / "contacten-groot.csv"
    lines = ["Achternaam;Voornaam;Organisatie"] + [
        f"Achternaam{n};Voornaam{n};Xinghe Handelskamer (fictief)" for n in range(2_000)]
    big.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    held, release = threading.Event(), threading.Event()
    real = planning.plan_person
    calls = [0]

    def slow(*args: Any) -> Any:
        calls[0] += 1
        if calls[0] == 700:
            held.set()
            release.wait(60)
        return real(*args)

    wizard = window.import_file()
    wizard.resize(900, 580)
    wizard.file_page.path_edit.setText(str(big))
    wizard.next()
    while wizard.currentId() != wizard.MAPPING:
        settle(app, desktop, 2)
    planning.plan_person = slow  # type: ignore[assignment]
    try:
        wizard.next()
        while not held.is_set() or wizard.running is None or not wizard.running.isVisible() \
                or "600 van" not in wizard.running.labelText():
            app.processEvents()
        dialog = wizard.running
        dialog.resize(420, dialog.sizeHint().height())
        for _ in range(5):
            app.processEvents()
        save(dialog, out / f"import-voortgang{suffix}.png")
        dialog.reject()  # Esc / Annuleren
    finally:
        release.set()
        planning.plan_person = real  # type: ignore[assignment]
    settle(app, desktop)
    save(wizard, out / f"import-afgebroken{suffix}.png")
    wizard.reject()
    settle(app, desktop)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 2:  # one scheme per process: each gets a fresh QApplication
        shoot(out, sys.argv[2])
        return 0
    import subprocess

    for scheme in ("light", "dark"):
        subprocess.run([sys.executable, __file__, str(out), scheme], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
