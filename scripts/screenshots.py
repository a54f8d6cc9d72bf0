"""Make docs/screenshots/: every main screen with the demo data, light and dark, at 1366×768.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]
The demo case file is built in a temporary folder with a fixed date (29-11-2026), so the
pictures are the same on every run; nothing touches the real data folder or settings.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TMP = Path(tempfile.mkdtemp(prefix="chinadossier-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(TMP / "config")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from chinadossier.domain.clock import FixedClock  # noqa: E402
from chinadossier.paths import Paths  # noqa: E402
from chinadossier.services.demo import create_demo  # noqa: E402
from chinadossier.ui.app import DesktopApp, make_application  # noqa: E402

SIZE = (1366, 768)
TODAY = dt.date(2026, 11, 29)


def settle(app: QApplication, desktop: DesktopApp | None = None, rounds: int = 40) -> None:
    """Let queued answers arrive and layouts settle."""
    for _ in range(rounds):
        if desktop is not None and desktop.ops is not None:
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
    data = TMP / "demo"
    if not (data / "chinadossier.sqlite3").exists():
        create_demo(data / "chinadossier.sqlite3", today=TODAY)
    desktop = DesktopApp(app, Paths.from_data_dir(data), lang="nl", catch_exceptions=False,
                         clock=FixedClock.on(TODAY))
    desktop.start()
    while desktop.window is None or desktop.window.overview.data is None:
        app.processEvents()
    settle(app, desktop)
    window = desktop.window
    window.resize(*SIZE)
    settle(app, desktop)
    suffix = "" if scheme == "light" else "-donker"
    for key in window.pages:
        window.sidebar.select(key)
        settle(app, desktop)
        save(window, out / f"{key}{suffix}.png")
    shoot_heat_tie(app, desktop, out, suffix)
    window.sidebar.select("meetings")
    settle(app, desktop)
    window.log_meeting()
    dialog = getattr(window, "quick_meeting", None)
    if dialog is not None:
        settle(app, desktop)
        save(dialog, out / f"contactmoment-vastleggen{suffix}.png")
        dialog.hide()
    shoot_forms(app, desktop, out, suffix)
    shoot_settings_and_tags(app, desktop, out, suffix)
    shoot_search(app, desktop, out, suffix)
    shoot_memo(app, desktop, out, suffix)
    shoot_filter_and_undo(app, desktop, out, suffix)
    window.sidebar.select("overview")

    from chinadossier.ui.dialogs.welcome_dialog import WelcomeDialog

    welcome = WelcomeDialog(Path.home() / ".local" / "share" / "Chinadossier")
    welcome.search.setText("Rott")
    welcome.resize(680, 640)
    welcome.show()
    settle(app)
    save(welcome, out / f"welkom{suffix}.png")
    welcome.hide()
    window.hide()
    desktop.shutdown()


def shoot_heat_tie(app: QApplication, desktop: DesktopApp, out: Path, suffix: str) -> None:
    """The Overzicht with the heat map narrowed to the tie with the most risks (BAND-0016)."""
    window = desktop.window
    assert window is not None
    window.sidebar.select("overview")
    combo = window.overview.tie_filter
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith("Memorandum"))
    combo.setCurrentIndex(index)
    settle(app, desktop)
    window.statusBar().clearMessage()  # "Automatische back-up gemaakt: …" carries today's date
    save(window, out / f"overview-band{suffix}.png")
    combo.setCurrentIndex(0)
    settle(app, desktop)


def wait_for(app: QApplication, desktop: DesktopApp, ready: Any, seconds: float = 20) -> None:
    """Process events until `ready()` (debounce timers and renders need real time)."""
    import time

    end = time.monotonic() + seconds
    while not ready() and time.monotonic() < end:
        settle(app, desktop, rounds=2)
        time.sleep(0.02)
    settle(app, desktop)


def shoot_search(app: QApplication, desktop: DesktopApp, out: Path, suffix: str) -> None:
    """Ctrl+K with "Jinhai" typed: the popup (its own window) drawn over the main window."""
    from PySide6.QtGui import QPainter

    window = desktop.window
    assert window is not None
    window.sidebar.select("overview")
    settle(app, desktop)
    window.focus_search()
    popup = window.search_popup
    assert popup is not None
    popup.field.setText("Jinhai")
    wait_for(app, desktop, lambda: bool(popup.result_refs()))
    window.statusBar().clearMessage()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft())),
                       popup.grab())
    painter.end()
    picture.save(str(out / f"zoeken{suffix}.png"))
    print(out / f"zoeken{suffix}.png")
    popup.hide()


def shoot_memo(app: QApplication, desktop: DesktopApp, out: Path, suffix: str) -> None:
    """The briefing memo dialog with its page preview."""
    window = desktop.window
    assert window is not None
    window.make_memo()
    dialog = window.memo_dialog
    if dialog is None:
        return
    wait_for(app, desktop, lambda: desktop.ops is not None and not desktop.ops.is_busy())
    save(dialog, out / f"memo-dialoog{suffix}.png")
    dialog.hide()


def shoot_forms(app: QApplication, desktop: DesktopApp, out: Path, suffix: str) -> None:
    """A stored contact moment's form (a role per participant), a person's (political facts) and
    a tie's (its MoU term)."""
    from chinadossier.domain.codes import RecordKind
    from chinadossier.domain.queries import ListQuery
    from chinadossier.ui.forms.editor import open_editor

    assert desktop.ops is not None and desktop.window is not None
    dossier = desktop.ops.dossier
    meeting = dossier.meetings.list(ListQuery(limit=1)).items[0]
    person = next(p for p in dossier.persons.list(ListQuery(limit=50)).items if p.hanzi)
    # a tie with an MoU term (Zuid-Holland – Hebei, 2021–2025)
    tie = next(t for t in dossier.ties.list(ListQuery(limit=100)).items if t.term_starts)
    for kind, record_id, name in ((RecordKind.MEETING, meeting.meta.id, "contactmoment-bewerken"),
                                  (RecordKind.PERSON, person.meta.id, "persoon-bewerken"),
                                  (RecordKind.TIE, tie.meta.id, "band-bewerken")):
        form = open_editor(desktop.ops, kind, record_id, desktop.window)
        form.open()
        settle(app, desktop)
        if kind is RecordKind.PERSON:
            form.political_facts.add_row()  # type: ignore[attr-defined]
            settle(app, desktop)
        save(form, out / f"{name}{suffix}.png")
        form.hide()


def shoot_settings_and_tags(app: QApplication, desktop: DesktopApp, out: Path,
                            suffix: str) -> None:
    """Instellingen › Dit dossier › Wijzigen… with another authority typed, and the tag dialog
    over three selected contact moments with "zusterstad" typed (#8)."""
    from PySide6.QtCore import QItemSelectionModel, Qt
    from PySide6.QtTest import QTest

    window: Any = desktop.window
    window.sidebar.select("settings")
    settle(app, desktop)
    dialog = window.settings_page.change_case_settings()
    settle(app, desktop)
    dialog.picker.search.setText("Amsterd")
    QTest.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    dialog.resize(660, dialog.sizeHint().height())
    settle(app, desktop)
    save(dialog, out / f"dit-dossier-wijzigen{suffix}.png")
    dialog.reject()
    dossier = desktop.ops.dossier  # type: ignore[union-attr]
    from chinadossier.domain.queries import ListQuery

    meetings = dossier.meetings.list(ListQuery(limit=12)).items
    for tag, chosen in (("zustersteden", meetings[3:9]), ("havens", meetings[9:12])):
        dossier.tags.add([(m.meta.id, m.meta.version) for m in chosen], tag)
    window.sidebar.select("meetings")
    settle(app, desktop)
    page = window.page("meetings")
    page.refresh()
    settle(app, desktop)
    selection = page.table.selectionModel()
    for row in (0, 1, 2):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    page.tag_selected()
    settle(app, desktop)
    page.tag_dialog.field.setText("zusterstad")
    settle(app, desktop)
    save(page.tag_dialog, out / f"tag-toevoegen{suffix}.png")
    page.tag_dialog.reject()


def shoot_filter_and_undo(app: QApplication, desktop: DesktopApp, out: Path,
                          suffix: str) -> None:
    """Contactmomenten filtered on a long tag, a period and a classification (the bar stays one
    row, the tag elided), and a record whose edit was undone: its Geschiedenis says
    "Ongedaan gemaakt: wijziging" (#8)."""
    import dataclasses

    from chinadossier.domain.codes import RecordKind
    from chinadossier.domain.queries import ListQuery
    from chinadossier.services import reverting

    window: Any = desktop.window
    dossier = desktop.ops.dossier  # type: ignore[union-attr]
    meetings = dossier.meetings.list(ListQuery(limit=3)).items
    first = meetings[0]
    draft = dataclasses.replace(reverting.previous_draft(RecordKind.MEETING, first),
                                title=first.title + " (concept)")
    edited = dossier.meetings.edit(first.meta.id, draft,
                                   expected_version=first.meta.version).record
    reverting.undo_edit(dossier, RecordKind.MEETING, first, edited)
    tag = "kennisveiligheid-en-economische-veiligheid"
    dossier.tags.add([(m.meta.id, dossier.meetings.get(m.meta.id).meta.version)
                      for m in meetings], tag)
    window.sidebar.select("meetings")
    page = window.page("meetings")
    page.refresh()
    settle(app, desktop)
    bar = page.filter_bar
    bar.period.setCurrentIndex(bar.period.findData("12m"))
    bar.tag.setEditText(tag)
    bar._emit()  # as leaving the tag field does
    wait_for(app, desktop, lambda: page.model.rowCount() == len(meetings))
    page.show_record(first.meta.id)
    page.detail.show_record(RecordKind.MEETING, first.meta.id)  # changed past the window's ops
    wait_for(app, desktop, lambda: "Ongedaan gemaakt" in page.detail.text())
    page.table.setFocus()
    window.statusBar().clearMessage()
    settle(app, desktop)
    save(window, out / f"filter-en-ongedaan{suffix}.png")
    bar.clear()
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
