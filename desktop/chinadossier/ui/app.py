"""The desktop start: QApplication, fonts, language, theme, then welcome / upgrade / main window.

`DesktopApp.start()` walks the steps without blocking the event loop (each dialog is opened
with `.open()` and the next step follows its answer), so tests can drive every step:

1. no case file → `WelcomeDialog` (own authority, empty or demo, data folder);
2. the file's header is checked before SQLite opens it: foreign or newer → the foundation's
   Dutch message in a dialog, the file untouched, exit 1;
3. an older schema → `UpgradeDialog` (verified backup, then one transaction);
4. the first window's figures are read on plain sqlite3 (services.quick.first_view, in a
   worker thread) → `MainWindow` shown with them, on an `Operations` still without services;
5. once the window is painted, the services are imported and `Dossier.open` runs in a worker
   thread; `Operations.set_dossier` then lets the calls made meanwhile run.

Steps 2 and 3 happen in step 4's read, before anything is shown; SQLAlchemy and the ORM
models (most of a cold start) are not imported before the first paint (docs/performance.md).

Changing the language or colour scheme in Instellingen rebuilds the main window in place.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from chinadossier.paths import Paths
from chinadossier.resources_locator import resource_path
from chinadossier.ui import gui_gc, long_lived, theme
from chinadossier.ui.dialogs.error_dialog import ExceptionHook, show_error
from chinadossier.ui.fonts import install_fonts

log = logging.getLogger("chinadossier.ui")

ORGANISATION = "Chinadossier"
APPLICATION = "Chinadossier"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with names for QSettings and high-DPI rounding."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication(argv or ["chinadossier"])
    app.setApplicationDisplayName("Chinadossier")
    app.setDesktopFileName("chinadossier")
    return app


class Language:
    """Installs the interface translation (ours + Qt's own dialogs) for "nl" or "en"."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.code = "nl"

    def set(self, code: str) -> None:
        """Switch to "nl" (the source language) or "en"."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        self.code = "en" if code == "en" else "nl"
        QLocale.setDefault(QLocale(QLocale.Language.English if self.code == "en"
                                   else QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt_own = QTranslator(self._app)
        if qt_own.load(f"qtbase_{self.code}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt_own)
            self._translators.append(qt_own)
        if self.code == "nl":
            # Qt's Dutch catalogue lacks a few labels of its own file dialog ("&Look in:").
            extra = QTranslator(self._app)
            if extra.load(str(resource_path("i18n") / "qtbase_extra_nl.qm")):
                self._app.installTranslator(extra)
                self._translators.append(extra)
        if self.code == "en":
            ours = QTranslator(self._app)
            path = resource_path("i18n") / "chinadossier_en.qm"
            if ours.load(str(path)):
                self._app.installTranslator(ours)
                self._translators.append(ours)
            else:
                log.warning("Translation %s could not be loaded", path)


def saved_choice(key: str, default: str) -> str:
    """A choice from QSettings ("ui/language", "ui/scheme")."""
    value = QSettings().value(key, default)
    return str(value) if value else default


class DesktopApp(QObject):
    """Runs the start-up steps and owns the main window of the opened case file."""

    finished = Signal(int)
    """The application should end with this exit code (welcome closed, file refused, ...)."""
    window_ready = Signal(object)
    """The main window is shown (also after a rebuild for another language)."""
    _pieces_loaded = Signal()

    def __init__(self, app: QApplication, paths: Paths, *, lang: str | None = None,
                 log_file: str | None = None, catch_exceptions: bool = True,
                 clock: Any = None, tune_gc: bool = False) -> None:
        super().__init__(app)
        self.app = app
        self.paths = paths
        gui_gc.install(app)  # cyclic garbage (Qt objects among it) freed on this thread only
        self._tune_gc = tune_gc  # the application process (run()), not a test process
        if tune_gc:
            long_lived.tune()  # freezing on (ui.long_lived)
        self.prefetched = threading.Event()
        """Set once the pieces' modules are imported in the background (and frozen)."""
        self.import_gate: Any = None
        """Holds the background imports while the GUI thread is busy (ui.import_gate)."""
        self._pieces_loaded.connect(self._close_gate)
        self._opener: Any = None
        self._services: Any = None
        self._services_box: list[Any] = []
        self.log_file = log_file
        self.clock = clock
        self.language = Language(app)
        self.language.set(lang or saved_choice("ui/language", "nl"))
        self.scheme = saved_choice("ui/scheme", "auto")
        install_fonts(app)
        theme.apply(app, self.scheme)
        self.hook = ExceptionHook(log_file, self) if catch_exceptions else None
        self.window: Any = None
        """The main window on screen (set when shown)."""
        self._pending_window: Any = None
        self.ops: Any = None
        self.dossier: Any = None
        self.dialog: Any = None
        self.read_only: str | None = None
        """Why the opened file cannot be written (shown as "Alleen lezen"); None if it can."""
        self.lock: Any = None
        """The case file's lock (ui.case_file_lock), held while the window is open."""
        self._open_elsewhere: str | None = None
        """After the question "al geopend": the read-only reason, or "" (opened anyway)."""
        self._splash: Any = None
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._os_scheme_changed)

    # -- steps --------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin: welcome when there is no case file, else check and open it."""
        if not self.paths.case_file.exists():
            self._welcome()
            return
        self._check()

    def _welcome(self) -> None:
        from chinadossier.ui.dialogs.welcome_dialog import WelcomeDialog

        self.dialog = WelcomeDialog(self.paths.data_dir)
        self.dialog.accepted.connect(self._welcomed)
        self.dialog.rejected.connect(lambda: self.finished.emit(0))
        self.dialog.open()

    def _welcomed(self) -> None:
        chosen = Paths.from_data_dir(self.dialog.data_dir)
        if chosen.data_dir != self.paths.data_dir:
            QSettings().setValue("paths/data_dir", str(chosen.data_dir))
        self.paths = chosen
        self._check()

    def _check(self) -> None:
        """One window per case file: when another holds it, ask first (ui.case_file_lock)."""
        from chinadossier.ui.case_file_lock import CaseFileLock, ask_open_elsewhere

        if self.lock is None:
            self.lock = CaseFileLock(self.paths.case_file)
        if self.lock.acquire() or self._open_elsewhere is not None:
            self._read_first()
            return
        self.dialog = ask_open_elsewhere(self.lock.holder(), self._answered_open_elsewhere)

    def _answered_open_elsewhere(self, choice: Any) -> None:
        from chinadossier.ui.case_file_lock import Choice, open_elsewhere_reason

        if choice is Choice.QUIT:
            self.finished.emit(0)
            return
        self._open_elsewhere = open_elsewhere_reason() if choice is Choice.READ_ONLY else ""
        self._read_first()

    def _read_first(self) -> None:
        """Check the file and read the first window's figures in a worker thread, on plain
        sqlite3 (no SQLAlchemy import); a small splash shows only if that takes a while."""
        from chinadossier.domain.clock import SystemClock
        from chinadossier.ui.background import Background

        path, clock = self.paths.case_file, self.clock or SystemClock()

        def read_first() -> tuple[Any, str | None]:
            from chinadossier.domain.errors import SchemaTooOld
            from chinadossier.services.quick import first_view, read_only_reason
            from chinadossier.ui.models.list_source import TRASH_KINDS

            # A file or folder this account cannot write is opened read-only ("Alleen lezen")
            # instead of failing at the first save.
            reason = read_only_reason(path)
            try:
                view = first_view(path, clock=clock, trash_kinds=TRASH_KINDS)
            except SchemaTooOld as exc:
                if reason is not None:
                    raise _cannot_upgrade(path, reason) from exc
                # the upgrade dialog's modules, so the GUI thread only builds it
                importlib.import_module("chinadossier.services.maintenance")
                importlib.import_module("chinadossier.services.backups")
                raise
            # The main window's modules too, so the GUI thread only builds it; and the list
            # page's (~40 ms of CPU), so a list clicked at once is built without importing.
            for module in ("main_window", "undo"):
                importlib.import_module(f"chinadossier.ui.{module}")
            with contextlib.suppress(ModuleNotFoundError):  # a build without list pages
                importlib.import_module("chinadossier.ui.pages.list_page")
            return view, reason

        self._opener = Background(self)
        self._opener.finished.connect(self._first_read)
        self._opener.start(read_first)
        QTimer.singleShot(SPLASH_AFTER_MS, self, self._splash_if_slow)

    def _splash_if_slow(self) -> None:
        """A "Dossier openen…" window when the first read takes long (a slow share, a load);
        not for a quick one, where it would only flash by."""
        if self._opener is not None and self._opener.is_running() and self._splash is None:
            self._splash = _splash(self.tr("Dossier openen…"))

    def _close_splash(self) -> None:
        if self._splash is not None:
            self._splash.close()
            self._splash = None

    def _first_read(self, ok: bool, value: Any) -> None:
        self._close_splash()
        if not ok:
            self._failed(value)
            return
        from chinadossier.ui.ops import Operations

        view, self.read_only = value
        # open in another window and the user chose to only look (a reason of the file's own,
        # a folder this account cannot write, comes first)
        self.read_only = self.read_only or self._open_elsewhere or None
        self.ops = Operations(None, self)
        # Built now, shown at the next turn of the event loop: the two halves of the first
        # window's work are then two short GUI-thread stretches, not one long one.
        self._show_window(view.settings, later=True, first_view=view)

    def _open_services(self) -> None:
        """Import the services and open the case file in a worker thread (after the first
        paint: an import holding the GIL would stretch the window's first stretches)."""
        if self._services is not None:
            return
        _resolve_widget_types()
        long_lived.short_switches()  # a 1-ms GIL switch interval from now on (when tuned)
        from chinadossier.ui.background import Background

        path, clock, read_only = self.paths.case_file, self.clock, self.read_only
        box, ops = self._services_box, self.ops
        if self._tune_gc and self.import_gate is None:
            from chinadossier.ui.import_gate import ImportGate

            self.import_gate = ImportGate(self)

        def open_services() -> Any:
            # No automatic collections meanwhile, the new objects frozen at the end (when
            # tuned): full collections over the growing heap of imports stalled the GUI thread.
            with long_lived.importing():
                return import_and_open()

        def import_and_open() -> Any:
            # First the search popup's module (and the list page's, if not yet): the pieces
            # used first need them, and building them waits for no services.
            for module in _FIRST:
                with contextlib.suppress(ImportError):
                    importlib.import_module(f"chinadossier.ui.{module}")
            from chinadossier.domain.errors import SchemaTooOld
            from chinadossier.services.dossier import Dossier

            try:
                dossier = Dossier.open(path, clock=clock, read_only=read_only is not None)
            except SchemaTooOld as exc:  # changed by another program since the first read
                if read_only is None:
                    ops.open_failed(exc)
                    raise
                refused = _cannot_upgrade(path, read_only)
                ops.open_failed(refused)
                raise refused from exc
            except BaseException as exc:
                ops.open_failed(exc)
                raise
            box.append(dossier)  # for shutdown(), should it come before the answer
            # Handed over from this thread: the calls waiting for it need no GUI event loop
            # (Operations.wait_idle() on the GUI thread must not wait for one).
            ops.set_dossier(dossier)
            return dossier

        self._services = Background(self)
        self._services.finished.connect(self._services_opened)
        self._services.start(open_services)

    def _services_opened(self, ok: bool, value: Any) -> None:
        if ok:
            self.dossier = value  # ops has it already (open_services)
            # The other pieces' modules next (forms, memo's, …), so a first visit does not
            # import them on this thread; once the calls made meanwhile are answered, as
            # their importing would share the GIL with this thread's handling of the answers.
            self._prefetch_when_idle()
            return
        # The file passed the first read but not the opening: no window on a file that
        # cannot be used (ops.open_failed was called in open_services).
        self._close_gate()
        self._services = None  # a later attempt (after an upgrade) opens them again
        for window in (self.window, self._pending_window):
            if window is not None:
                window.hide()
                window.deleteLater()
        self.window = self._pending_window = None
        self._failed(value)

    def _prefetch_when_idle(self, busy: bool = False) -> None:
        if busy or self.ops.is_busy():
            self.ops.busy_changed.connect(self._prefetch_when_idle,
                                          Qt.ConnectionType.SingleShotConnection)
            return
        _prefetch_pieces(self.prefetched, self._pieces_loaded.emit)

    def _close_gate(self) -> None:
        if self.import_gate is not None:
            self.import_gate.close()
            self.import_gate = None

    def _failed(self, value: BaseException) -> None:
        from chinadossier.domain.errors import ChinadossierError, SchemaTooOld

        if isinstance(value, SchemaTooOld):
            self._offer_upgrade()
        elif isinstance(value, ChinadossierError):
            self._refuse(value)
        else:
            log.error("Opening the case file failed", exc_info=value)
            self.dialog = show_error(None, value, log_file=self.log_file)
            self.dialog.finished.connect(lambda _r: self.finished.emit(1))

    def _offer_upgrade(self) -> None:
        from chinadossier.domain.errors import ChinadossierError
        from chinadossier.services import maintenance
        from chinadossier.ui.dialogs.upgrade_dialog import UpgradeDialog

        try:
            versions = maintenance.schema_status(self.paths.case_file)
        except ChinadossierError as exc:
            self._refuse(exc)
            return
        from chinadossier.services.backups import place_for

        self.dialog = UpgradeDialog(self.paths.case_file, place_for(self.paths.data_dir).folder,
                                    versions)
        self.dialog.accepted.connect(self._check)
        self.dialog.rejected.connect(lambda: self.finished.emit(0))
        self.dialog.open()

    def _refuse(self, error: BaseException) -> None:
        log.warning("Case file refused: %s", getattr(error, "message", error))
        self.dialog = show_error(None, error, title=self.tr("Dossier geweigerd"))
        self.dialog.finished.connect(lambda _r: self.finished.emit(1))

    def _show_window(self, settings: Any, *, later: bool = False,
                     first_view: Any = None) -> None:
        from chinadossier.ui.main_window import MainWindow, WindowContext

        context = WindowContext(self.paths, settings, self.language.code, self.scheme,
                                read_only=self.read_only, first_view=first_view)
        window = MainWindow(self.ops, context)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.language_change_requested.connect(self.set_language)
        window.scheme_change_requested.connect(self.set_scheme)
        window.closed.connect(lambda: self.finished.emit(0))
        # `window` becomes self.window when shown: its figures may already be in it (the
        # quick first read), and a caller waiting for them must find a shown window.
        self._pending_window = window
        if later:
            QTimer.singleShot(0, self, lambda: self._present(window))
        else:
            self._present(window)

    def _present(self, window: Any) -> None:
        if window is not self._pending_window:
            return  # replaced meanwhile (a language switch)
        self._pending_window = None
        self.window = window
        window.show()
        window.backups.schedule_startup()  # the start-up backup when due (issue 10.4)
        if self._tune_gc:
            keep_out_of_full_collections()
        log.info("Main window shown for %s", self.paths.case_file)
        if self._services is None:
            _after_first_paint(window, self._open_services)
        self.window_ready.emit(window)

    # -- live changes -------------------------------------------------------------------------

    def _rebuild(self) -> None:
        old = self.window
        if old is None:
            return
        settings = old.context.settings
        key = old.current_page_key()
        old.save_state()
        self._show_window(settings)
        self.window.sidebar.select(key)
        old.hide()
        old.deleteLater()

    def set_language(self, code: str) -> None:
        """Switch the interface language now (remembered for the next start)."""
        QSettings().setValue("ui/language", code)
        if code == self.language.code:
            return
        self.language.set(code)
        self._rebuild()

    def set_scheme(self, scheme: str) -> None:
        """Light, dark or following the OS (remembered)."""
        QSettings().setValue("ui/scheme", scheme)
        self.scheme = scheme
        theme.apply(self.app, scheme)
        self._rebuild()

    def _os_scheme_changed(self, *_args: object) -> None:
        if self.scheme == "auto":
            theme.apply(self.app, "auto")
            if self.window is not None:
                self._rebuild()

    # -- end ----------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Wait for the opening and running service calls, then release the file."""
        self._close_gate()
        if self._services is not None:
            self._services.wait()
        if self.dossier is None and self._services_box:  # opened, answer not yet delivered
            self.dossier = self._services_box[0]
            self.ops.set_dossier(self.dossier)
        if self.ops is not None:
            if not self.ops.is_open():  # never opened: the calls waiting for it end
                self.ops.open_failed(RuntimeError("closed before the case file was opened"))
            self.ops.wait_idle()
        self._wait_for_startup_backup()
        if self.dossier is not None:
            self.dossier.close()
            self.dossier = None
        if self.lock is not None:
            self.lock.release()
        if self.hook is not None:
            self.hook.restore()


    def _wait_for_startup_backup(self) -> None:
        """A start-up backup still being made ends first (the window may already be closed),
        before the services close and the case file's lock is released."""
        window = self.window
        if window is None:
            return
        try:
            window.backups.wait()
        except RuntimeError:  # the window's Qt objects are gone already: nothing runs there
            log.debug("No start-up backup to wait for (window already deleted)")


def keep_out_of_full_collections() -> None:
    """Move the objects made so far (modules, classes, SQLAlchemy's mappings, the window)
    out of Python's full (generation 2) garbage collections.

    A full collection walks every tracked object while holding the GIL, so whichever thread
    runs it stops the GUI thread too: on the 117,000-record file, with 10,000 contact moments
    loaded, one took ~110 ms of CPU and was the longest stall while scrolling. Objects made at
    start-up live as long as the program, so walking them again finds nothing. `gc.freeze`
    only affects the cycle collector: reference counting still frees frozen objects; a
    young collection first clears recent cyclic garbage so little of it is kept.
    """
    gc.collect(1)
    gc.freeze()


#: Modules the services' thread imports first, before the services: the pieces used first
#: need them, and building them waits for no services (the detail pane imports
#: anonymise_action when a list page is built).
_FIRST = ("pages.list_page", "search.search_popup", "anonymise_action")

#: Modules of the pieces built on first use (imported ahead in the background).
#: The most used first; Memo's last (it loads the memo renderer, ~0.6 s of CPU).
_PIECES = ("pages.list_page", "search.search_popup", "forms.editor",
           "forms.quick_meeting_dialog", "pages.trash_page", "pages.settings_page",
           "memo.memo_dialog", "pages.memos_page")


def _prefetch_pieces(done: threading.Event | None = None,
                     then: Callable[[], None] | None = None) -> None:
    """Import the pieces' modules in a daemon thread (chinadossier has no import cycles, so
    the GUI thread importing one of them meanwhile just waits for it); their objects (forms,
    memo's, reportlab: modules that live as long as the program) are then frozen out of full
    collections (ui.long_lived), `done` is set and `then` called (in that thread)."""

    def prefetch() -> None:
        try:
            with long_lived.importing():
                for module in _PIECES[2:]:  # the first two came with the services
                    try:
                        importlib.import_module(f"chinadossier.ui.{module}")
                    except ImportError:  # a piece not in this build: a placeholder shows
                        continue
        finally:
            if done is not None:
                done.set()
            if then is not None:
                with contextlib.suppress(RuntimeError):  # its receiver deleted meanwhile
                    then()

    threading.Thread(target=prefetch, name="chinadossier-prefetch", daemon=True).start()


def _resolve_widget_types() -> None:
    """Let PySide create its Python types of Qt's widget classes now, on the GUI thread, in
    the quiet moment after the first paint.

    The first plain `QWidget *` a Qt method hands to Python (a table's `viewport()`) makes
    PySide look through every widget class it knows, creating each one's Python type and
    enums (TabPosition, WizardOption, …) on first sight: ~8 ms of the GUI thread's CPU (25 ms
    in a bare process), which otherwise fell on building the first list page. Not in a
    background thread: PySide creates those types lazily and not thread-safely.
    """
    from PySide6.QtWidgets import QAbstractScrollArea

    area = QAbstractScrollArea()
    area.viewport()
    area.deleteLater()


#: The "Dossier openen…" splash shows only when the first read takes longer than this.
SPLASH_AFTER_MS = 400


def _cannot_upgrade(path: Path, reason: str) -> Any:
    from chinadossier.domain.errors import FileRefused

    return FileRefused(
        f"Het dossier {path} heeft een oudere opbouw en moet eerst worden "
        f"bijgewerkt, maar {reason} voor uw account. Er is niets gewijzigd. Geef uw "
        "account schrijfrechten, of kopieer het dossier naar een map waarin u mag "
        "schrijven.")


class _FirstPaint(QObject):
    """Calls `then` once, right after the window's first paint (its first update request
    has been handled), or after `limit_ms` if the window is never painted."""

    def __init__(self, window: Any, then: Any, limit_ms: int = 1000) -> None:
        super().__init__(window)
        self._then = then
        self._window = window
        window.installEventFilter(self)
        QTimer.singleShot(limit_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self, self._fire)  # after this request is handled
        return False

    def _fire(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._window.removeEventFilter(self)
        then()


def _after_first_paint(window: Any, then: Any) -> None:
    _FirstPaint(window, then)


def _splash(text: str) -> Any:
    """A small "Dossier openen…" window while the file opens.

    A frameless label, not a QSplashScreen: QSplashScreen.show() waits until the window
    system says it is exposed, up to a second (measured offscreen and on Xvfb without a window
    manager), holding the GIL, so the thread reading the file stood still meanwhile.
    """
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QLabel

    t = theme.tokens()
    pixmap = QPixmap(360, 120)
    pixmap.fill(QColor(t.surface))
    painter = QPainter(pixmap)
    painter.setPen(QColor(t.border))
    painter.drawRect(0, 0, 359, 119)
    font = painter.font()
    font.setPixelSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(t.text))
    painter.drawText(24, 52, "Chinadossier")
    font.setPixelSize(13)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(QColor(t.muted))
    painter.drawText(24, 82, text)
    painter.end()
    splash = QLabel()
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(pixmap)
    splash.setAccessibleName(text)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        splash.move(area.center().x() - 180, area.center().y() - 60)
    splash.show()
    return splash


def configure_logging(paths: Paths) -> str | None:
    """The log file in the data folder (the composition root's handler); its path."""
    from chinadossier.app import configure_logging as root_logging

    try:
        paths.logs_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return str(root_logging(paths))


def data_dir_from_settings(default: Path) -> Path:
    """The data folder chosen in the welcome dialog earlier, else `default`."""
    make_application()
    value = QSettings().value("paths/data_dir")
    return Path(str(value)) if value else default


def run(paths: Paths, *, lang: str | None = None, argv: list[str] | None = None) -> int:
    """Start the desktop application and return its exit code."""
    app = make_application(argv)
    log_file = configure_logging(paths)
    desktop = DesktopApp(app, paths, lang=lang, log_file=log_file, tune_gc=True)
    code = {"value": 0}

    def finish(exit_code: int) -> None:
        code["value"] = exit_code
        app.exit(exit_code)

    desktop.finished.connect(finish)
    app.setQuitOnLastWindowClosed(False)
    _quit_on_terminate(desktop, app)
    QTimer.singleShot(0, desktop.start)
    result = app.exec()
    desktop.shutdown()
    log.info("Closed with exit code %s", code["value"] or int(result))
    return code["value"] or int(result)


def _quit_on_terminate(desktop: DesktopApp, app: QApplication) -> None:
    """SIGTERM/SIGINT (logout, shutdown, Ctrl+C in a terminal) close the window as Ctrl+Q does.

    Python runs signal handlers only when it gets control, so a light timer hands it control
    while Qt's event loop runs.
    """
    import signal

    def close(*_args: object) -> None:
        if desktop.window is not None:
            desktop.window.close()
        else:
            app.exit(0)

    for name in ("SIGTERM", "SIGINT"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, close)
    timer = QTimer(desktop)
    timer.timeout.connect(lambda: None)
    timer.start(250)


__all__ = ["DesktopApp", "Language", "make_application", "run", "show_error"]
