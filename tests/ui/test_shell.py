"""The application shell through its real widgets: first run, main window, heat map, upgrade,
refusal, language, accessibility, quitting, errors, fonts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAccessible, QFontDatabase, QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from tests.ui.shell_helpers import add_risk, set_user_version

from chinadossier.paths import Paths
from chinadossier.services import maintenance
from chinadossier.services.dossier import Dossier
from chinadossier.ui.app import DesktopApp
from chinadossier.ui.dialogs.upgrade_dialog import UpgradeDialog
from chinadossier.ui.dialogs.welcome_dialog import WelcomeDialog, load_choices, match

LIMIT = 60_000


@pytest.fixture
def start(qtbot: Any) -> Iterator[Callable[..., DesktopApp]]:
    """Start the desktop on a data folder (no exception hook: pytest-qt sees every error)."""
    QCoreApplication.setOrganizationName("Chinadossier-tests")
    QCoreApplication.setApplicationName("Chinadossier-tests")
    QSettings().clear()
    made: list[DesktopApp] = []

    def start(data_dir: Path, lang: str | None = None) -> DesktopApp:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        desktop = DesktopApp(app, Paths.from_data_dir(data_dir), lang=lang,
                             catch_exceptions=False)
        made.append(desktop)
        desktop.start()
        return desktop

    yield start
    for desktop in made:
        if desktop.ops is not None:
            desktop.ops.wait_idle()
        qtbot.wait(1)
        if desktop.window is not None:
            desktop.window.hide()
            desktop.window.deleteLater()
        if desktop.dialog is not None:
            desktop.dialog.hide()
        desktop.shutdown()
        desktop.language.set("nl")
        desktop.deleteLater()
    QSettings().clear()


def _window(qtbot: Any, desktop: DesktopApp) -> Any:
    # The limit only stops a hung test on a loaded machine; it times nothing.
    qtbot.waitUntil(lambda: desktop.window is not None and desktop.window.overview.data
                    is not None, timeout=LIMIT)
    return desktop.window


# -- first run ----------------------------------------------------------------------------------


def test_type_ahead_finds_names_common_names_and_codes() -> None:
    choices = load_choices()
    assert [c.code for c in match(choices, "Rott")][:1] == ["GM0599"]
    assert match(choices, "Den Haag")[0].name == "'s-Gravenhage"
    assert [c.code for c in match(choices, "gm599")] == ["GM0599"]
    assert [c.code for c in match(choices, "pv 28")] == ["PV28"]
    assert match(choices, "   ") == []


def test_first_run_welcome_creates_the_case_file_for_the_chosen_authority(
        qtbot: Any, start: Any, tmp_path: Path) -> None:
    desktop = start(tmp_path / "nieuw")
    dialog = desktop.dialog
    assert isinstance(dialog, WelcomeDialog)
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.search, "Rott")
    assert "Rotterdam" in dialog.results.item(0).text()
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.code == "GM0599"
    assert dialog.search.text() == "Rotterdam"
    assert dialog.results.isHidden()
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    window = _window(qtbot, desktop)
    case_file = tmp_path / "nieuw" / "chinadossier.sqlite3"
    with Dossier.open(case_file, read_only=True) as opened:
        settings = opened.settings()
    assert settings.own_authority_code == "GM0599"
    assert not settings.is_demo
    assert window.sidebar.authority.text() == "Rotterdam"
    assert not window.demo_badge.isVisible()


# -- main window and dashboard ------------------------------------------------------------------


def test_sidebar_counts_pages_and_shortcuts(qtbot: Any, start: Any, case_file: Path,
                                            dossier: Any) -> None:
    add_risk(dossier, net=(2, 3))
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    qtbot.waitUntil(lambda: window.sidebar.count("risks") == 1, timeout=LIMIT)
    assert window.sidebar.count("organisations") == 1
    assert window.sidebar.count("meetings") == 0
    assert window.windowTitle() == "Rotterdam — chinadossier.sqlite3[*]"
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "risks"
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "overview"
    assert window.path_label.text() == str(case_file)


def test_a_new_risk_changes_its_heat_map_cell_bruto_and_netto(qtbot: Any, start: Any,
                                                              case_file: Path) -> None:
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    heat = window.overview.heatmap
    assert heat.count(2, 3) == 0
    desktop.ops.write(lambda d: add_risk(d, net=(2, 3), gross=(4, 5)))
    qtbot.waitUntil(lambda: heat.count(2, 3) == 1, timeout=LIMIT)
    assert window.overview.kpi["risks"][0].text() == "1"
    window.overview.gross_button.click()
    assert heat.count(2, 3) == 0 and heat.count(4, 5) == 1
    window.overview.net_button.click()

    heat.setFocus()
    heat.set_focus_cell(3, 3)
    QTest.keyClick(heat, Qt.Key.Key_Down)
    assert heat.focus_cell == (2, 3)
    QTest.keyClick(heat, Qt.Key.Key_Return)
    # Enter opens the cell's risks in the Risico's list, under a removable filter chip.
    page = window.page("risks")
    qtbot.waitUntil(lambda: window.current_page_key() == "risks" and page.model.rowCount() == 1
                    and not desktop.ops.is_busy(), timeout=LIMIT)
    assert page.model.record(0).title == "Beïnvloeding via vriendschapsvereniging"
    assert page.scope_chip.isVisible() and page.scope_chip.text().startswith("netto kans 2")


def test_overview_lists_what_needs_attention_and_recent_activity(qtbot: Any, start: Any,
                                                                  case_file: Path,
                                                                  dossier: Any) -> None:
    note = add_risk(dossier, net=(5, 5), gross=(5, 5),
                    next_review_on=dt.date(2026, 11, 1)).record  # overdue on any test day
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    data = window.overview.data
    assert [a.display_no for a in data.attention] == [note.meta.display_no]
    assert data.activity[0].display_no == note.meta.display_no
    assert data.activity[0].action == "create"


def test_every_counted_attention_item_can_be_reached(qtbot: Any, start: Any, case_file: Path,
                                                     dossier: Any) -> None:
    """"Vraagt aandacht 5" showed four rows and no way to the fifth."""
    notes = [add_risk(dossier, net=(5, 5), gross=(5, 5), title=f"Risico {n}",
                      next_review_on=dt.date(2026, 11, n + 1)).record for n in range(5)]
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    overview = window.overview
    qtbot.waitUntil(lambda: overview.attention_count.text() == "5", timeout=LIMIT)

    def listed() -> set[str]:
        box = overview.attention_box
        rows = [box.itemAt(i).widget() for i in range(box.count())]
        return {n.meta.display_no for n in notes
                if any(w is not None and w.objectName() == "Row"
                       and n.meta.display_no in w.accessibleName() for w in rows)}

    assert len(listed()) == 4
    more = overview.attention_more
    assert more.isVisible() and more.text() == "Alles tonen (5)"
    more.click()
    qtbot.waitUntil(lambda: len(listed()) == 5, timeout=LIMIT)
    assert more.text() == "Minder tonen" and overview.attention_count.text() == "5"


def test_the_memos_count_in_the_sidebar_agrees_with_the_memos_page(qtbot: Any, start: Any,
                                                                   case_file: Path,
                                                                   dossier: Any) -> None:
    """"Memo's 0" beside a page listing memos made elsewhere (another window or the CLI)."""
    from chinadossier.domain.briefing import BriefingOptions, MemoFormat
    from chinadossier.domain.codes import Classification
    from chinadossier.services.briefing import BriefingService

    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    qtbot.waitUntil(lambda: window.sidebar.count("memos") == 0, timeout=LIMIT)
    service = BriefingService(dossier.ctx)  # another process: the window hears nothing of it
    for _ in range(2):
        snapshot = service.snapshot(BriefingOptions(Classification.INTERNAL))
        service.save(snapshot, MemoFormat.PDF, b"%PDF-1.4", "notitie.pdf")
    window.sidebar.select("memos")
    page = window.page("memos")
    qtbot.waitUntil(lambda: len(page.entries) == 2 and not desktop.ops.is_busy(), timeout=LIMIT)
    assert window.sidebar.count("memos") == 2


# -- upgrade and refusal ------------------------------------------------------------------------


def test_an_older_file_is_offered_the_upgrade_with_a_backup_first(qtbot: Any, start: Any,
                                                                  case_file: Path) -> None:
    set_user_version(case_file, 0)
    desktop = start(case_file.parent)
    qtbot.waitUntil(lambda: desktop.dialog is not None, timeout=LIMIT)
    dialog = desktop.dialog
    assert isinstance(dialog, UpgradeDialog)
    with qtbot.waitSignal(desktop.window_ready, timeout=LIMIT):
        qtbot.mouseClick(dialog.upgrade_button, Qt.MouseButton.LeftButton)
    version, head = maintenance.schema_status(case_file)
    assert version == head
    backups = list((case_file.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and "voor-upgrade" in backups[0].name


def test_a_foreign_file_is_refused_in_a_dialog_and_left_untouched(qtbot: Any, start: Any,
                                                                  tmp_path: Path) -> None:
    target = tmp_path / "chinadossier.sqlite3"
    target.write_bytes(b"Dit is een tekstbestand, geen dossier.\n" * 50)
    before = target.read_bytes()
    desktop = start(tmp_path)
    qtbot.waitUntil(lambda: desktop.dialog is not None, timeout=LIMIT)
    box = desktop.dialog
    assert desktop.window is None
    assert "dossier" in box.text().lower()
    with qtbot.waitSignal(desktop.finished, timeout=LIMIT) as ended:
        box.accept()
    assert ended.args == [1]
    assert target.read_bytes() == before


# -- language, accessibility, quitting, errors, fonts -------------------------------------------


def test_switching_to_english_rebuilds_the_window(qtbot: Any, start: Any,
                                                  case_file: Path) -> None:
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    assert window.sidebar.main.item(0).text() == "Overzicht"
    window.sidebar.select("settings")
    combo = window.settings_page.language
    with qtbot.waitSignal(desktop.window_ready, timeout=LIMIT):
        combo.setFocus()
        QTest.keyClick(combo, Qt.Key.Key_Down)
        combo.activated.emit(combo.currentIndex())
    english = desktop.window
    assert english is not window
    assert english.sidebar.main.item(0).text() == "Overview"
    assert english.menuBar().actions()[0].text() == "&File"
    assert english.new_meeting_button.text() == "+ Log contact moment (Ctrl+N)"
    assert english.current_page_key() == "settings"
    assert QSettings().value("ui/language") == "en"


def test_settings_list_every_scheme_and_welcome_promises_nothing_they_lack(
        qtbot: Any, start: Any, case_file: Path, tmp_path: Path) -> None:
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    window.sidebar.select("settings")
    combo = window.settings_page.scheme
    assert combo.count() == 3
    assert combo.maxVisibleItems() >= combo.count()
    view = combo.view()
    assert view.minimumHeight() >= 3 * view.sizeHintForRow(0)
    # Instellingen changes the own authority and classification (#8), not the data folder: the
    # welcome dialog says exactly that, and the settings page has the button it promises
    welcome = WelcomeDialog(tmp_path / "elders")
    qtbot.addWidget(welcome)
    texts = " ".join(label.text() for label in welcome.findChildren(QLabel))
    assert "alles is later te wijzigen" not in texts
    assert "Extra › Instellingen" in texts and "--data-dir" in texts
    assert "liggen vast" not in texts and "vastgelegd." not in texts
    assert window.settings_page.change_button.isEnabled()


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.focusProxy() is not None:
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_focusable_widget_has_an_accessible_name(qtbot: Any, start: Any,
                                                       case_file: Path, dossier: Any,
                                                       tmp_path: Path) -> None:
    add_risk(dossier, net=(5, 5), gross=(5, 5))
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    for key in ("overview", "settings", "risks", "trash", "memos"):
        window.sidebar.select(key)
        assert _unnamed(window) == [], key
    welcome = start(tmp_path / "leeg").dialog
    qtbot.keyClicks(welcome.search, "Rott")
    assert _unnamed(welcome) == []


def test_ctrl_q_quits_with_exit_status_zero(qtbot: Any, start: Any, case_file: Path) -> None:
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    with qtbot.waitSignal(desktop.finished, timeout=LIMIT) as ended:
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert ended.args == [0]
    assert not window.isVisible()


def test_an_uncaught_exception_shows_a_dutch_dialog_and_goes_to_the_log(
        qtbot: Any, tmp_path: Path) -> None:
    from chinadossier.ui.dialogs.error_dialog import ExceptionHook

    log_file = tmp_path / "chinadossier.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logger = logging.getLogger("chinadossier.ui")
    logger.addHandler(handler)
    hook = ExceptionHook(str(log_file))
    try:
        try:
            raise RuntimeError("kapot")
        except RuntimeError as exc:
            hook._hook(RuntimeError, exc, exc.__traceback__)
    finally:
        hook.restore()
        logger.removeHandler(handler)
        handler.close()
    assert hook.last_box is not None
    text = hook.last_box.text()
    hook.last_box.accept()
    assert text.startswith("Er ging iets mis. Er is niets half opgeslagen.")
    assert "RuntimeError" not in text
    assert str(log_file) in text and "kapot" not in text
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: kapot" in logged


def test_the_shipped_cjk_font_is_a_fallback_behind_the_platform_font(qapp: Any) -> None:
    from chinadossier.ui.fonts import install_fonts, register_cjk_font

    families = register_cjk_font()
    assert "WenQuanYi Micro Hei" in families
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    font = install_fonts(qapp)
    assert font.families()[0] != "WenQuanYi Micro Hei"
    assert QFontInfo(font).family() == font.families()[0]  # Latin text keeps the platform font
    assert "WenQuanYi Micro Hei" in font.families()[1:]


def test_demo_case_file_is_marked_in_title_and_status_bar(qtbot: Any, start: Any,
                                                         tmp_path: Path) -> None:
    from chinadossier.domain.actor import Actor
    from chinadossier.domain.clock import SystemClock
    from chinadossier.services.setup import new_case_file

    new_case_file(tmp_path / "chinadossier.sqlite3", authority_code="GM0599",
                  clock=SystemClock(), actor=Actor.current(), is_demo=True)
    desktop = start(tmp_path)
    window = _window(qtbot, desktop)
    assert window.demo_badge.isVisibleTo(window)
    assert window.demo_badge.text() == "Demodossier · fictieve gegevens"
    assert window.windowTitle() == "Rotterdam (demodossier) — chinadossier.sqlite3[*]"
    # A settings change (Dit dossier › Wijzigen…) keeps the start-up title format.
    settings = window.context.settings
    other = dataclasses.replace(settings.own_authority, label="Utrecht")
    window.settings_follow.show(dataclasses.replace(settings, own_authority=other))
    assert window.windowTitle() == "Utrecht (demodossier) — chinadossier.sqlite3[*]"


def test_void_qt_calls_never_run_none_out_of_references() -> None:
    import sys

    from PySide6.QtCore import QObject

    import chinadossier.ui  # noqa: F401 - gives None its reserve on import

    probe = QObject()
    for _ in range(200_000):  # far more than None's own count on Python 3.11
        probe.setObjectName("probe")
    assert sys.getrefcount(None) > 1_000


# -- the sibling pieces wired into the window ---------------------------------------------------


def test_attention_item_and_heat_map_cell_open_the_risk_in_its_list(qtbot: Any, start: Any,
                                                                    case_file: Path,
                                                                    dossier: Any) -> None:
    note = add_risk(dossier, net=(5, 5), gross=(5, 5),
                    next_review_on=dt.date(2026, 11, 1)).record
    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    rows = [w for w in window.overview.findChildren(QWidget) if w.objectName() == "Row"
            and note.meta.display_no in w.accessibleName()]
    assert rows, "the overdue review is listed under Vraagt aandacht"
    rows[0].setFocus()
    QTest.keyClick(rows[0], Qt.Key.Key_Return)
    assert window.current_page_key() == "risks"
    page = window.page("risks")
    qtbot.waitUntil(lambda: page.selected_ids() == [note.meta.id], timeout=LIMIT)

    window.sidebar.select("overview")
    heat = window.overview.heatmap
    heat.setFocus()
    heat.set_focus_cell(5, 5)
    QTest.keyClick(heat, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.current_page_key() == "risks"
                    and page.selected_ids() == [note.meta.id], timeout=LIMIT)


def test_ctrl_n_opens_contactmoment_vastleggen_from_every_page(qtbot: Any, start: Any,
                                                               case_file: Path) -> None:
    from chinadossier.ui.forms.quick_meeting_dialog import QuickMeetingDialog

    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    for key in ("overview", "organisations", "settings"):
        window.sidebar.select(key)
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert isinstance(window.quick_meeting, QuickMeetingDialog)
        assert window.quick_meeting.isVisible()
        window.quick_meeting.hide()
        window.quick_meeting.deleteLater()


def test_ctrl_p_opens_the_memo_dialog_and_memos_has_its_page(qtbot: Any, start: Any,
                                                             case_file: Path) -> None:
    from chinadossier.ui.memo.memo_dialog import MemoDialog
    from chinadossier.ui.pages.memos_page import MemosPage

    desktop = start(case_file.parent)
    window = _window(qtbot, desktop)
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.memo_dialog, MemoDialog)
    window.memo_dialog.hide()
    window.sidebar.select("memos")
    assert isinstance(window.pages["memos"], MemosPage)


def test_settings_labels_and_buttons_clear_of_their_fields(
        qtbot: Any, start: Any, case_file: Path) -> None:
    """"Standaardclassificatie" does not touch its value, "Map openen" not the path (SPEC)."""
    from PySide6.QtCore import QPoint

    from chinadossier.ui.widgets.form_spacing import BESIDE_GAP, LABEL_GAP

    window = _window(qtbot, start(case_file.parent))
    window.resize(1366, 768)
    window.sidebar.select("settings")
    page = window.settings_page
    qtbot.wait(20)

    def left(w: QWidget) -> int:
        return w.mapTo(page, QPoint(0, 0)).x()

    label = next(w for w in page.findChildren(QLabel) if w.text() == "Standaardclassificatie")
    text_right = left(label) + label.fontMetrics().horizontalAdvance(label.text())
    assert left(page.classification_value) - text_right >= LABEL_GAP
    folder = page.data_folder
    assert left(page.open_folder_button) - (left(folder) + folder.width()) >= BESIDE_GAP
