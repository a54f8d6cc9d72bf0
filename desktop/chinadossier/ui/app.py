"""The desktop start: QApplication, fonts, language, theme, then welcome / upgrade / main window.

`DesktopApp.start()` walks the steps without blocking the event loop (each dialog is opened
with `.open()` and the next step follows its answer), so tests can drive every step:

1. no case file → `WelcomeDialog` (own authority, empty or demo, data folder);
2. the file's header is checked before SQLite opens it: foreign or newer → the foundation's
   Dutch message in a dialog, the file untouched, exit 1;
3. an older schema → `UpgradeDialog` (verified backup, then one transaction);
4. `Dossier.open` → `Operations` → `MainWindow`.

Changing the language or colour scheme in Instellingen rebuilds the main window in place.
"""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
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
from chinadossier.ui import theme
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

    def __init__(self, app: QApplication, paths: Paths, *, lang: str | None = None,
                 log_file: str | None = None, catch_exceptions: bool = True,
                 clock: Any = None) -> None:
        super().__init__(app)
        self.app = app
        self.paths = paths
        # The services (SQLAlchemy, the ORM models) take most of the start: import them in a
        # thread now, while Qt sets up fonts, theme and translations on this one.
        self._warm_up = _start_warm_up() if paths.case_file.exists() else None
        self.log_file = log_file
        self.clock = clock
        self.language = Language(app)
        self.language.set(lang or saved_choice("ui/language", "nl"))
        self.scheme = saved_choice("ui/scheme", "auto")
        install_fonts(app)
        theme.apply(app, self.scheme)
        self.hook = ExceptionHook(log_file, self) if catch_exceptions else None
        self.window: Any = None
        self.ops: Any = None
        self.dossier: Any = None
        self.dialog: Any = None
        self.read_only: str | None = None
        """Why the opened file cannot be written (shown as "Alleen lezen"); None if it can."""
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
        """Open the file in a worker thread (imports and the header check take a while on a
        slow laptop); a small splash shows meanwhile, so the GUI thread never stalls."""
        from chinadossier.ui.background import Background

        path, clock = self.paths.case_file, self.clock

        warm_up = self._warm_up

        def open_file() -> tuple[Any, Any, str | None]:
            if warm_up is not None:
                warm_up.join()  # one importing thread at a time
            from chinadossier.domain.errors import FileRefused, SchemaTooOld
            from chinadossier.services.dossier import Dossier
            from chinadossier.services.maintenance import read_only_reason

            # A file or folder this account cannot write is opened read-only ("Alleen lezen")
            # instead of failing at the first save.
            reason = read_only_reason(path)
            try:
                dossier = Dossier.open(path, clock=clock, read_only=reason is not None)
            except SchemaTooOld as exc:
                if reason is None:
                    raise
                raise FileRefused(
                    f"Het dossier {path} heeft een oudere opbouw en moet eerst worden "
                    f"bijgewerkt, maar {reason} voor uw account. Er is niets gewijzigd. Geef uw "
                    "account schrijfrechten, of kopieer het dossier naar een map waarin u mag "
                    "schrijven.") from exc
            try:
                settings = dossier.settings()
                # The main window's modules too, so the GUI thread only builds it.
                for module in ("main_window", "undo"):
                    importlib.import_module(f"chinadossier.ui.{module}")
                return dossier, settings, reason
            except BaseException:
                dossier.close()
                raise

        self._opener = Background(self)
        self._opener.finished.connect(self._opened)
        self._opener.start(open_file)  # first: showing the splash waits for it to be painted
        self._splash = _splash(self.tr("Dossier openen…"))

    def _opened(self, ok: bool, value: Any) -> None:
        from chinadossier.domain.errors import ChinadossierError, SchemaTooOld

        if self._splash is not None:
            self._splash.close()
            self._splash = None
        if ok:
            from chinadossier.ui.ops import Operations

            self.dossier, settings, self.read_only = value
            self.ops = Operations(self.dossier, self)
            self._show_window(settings)
            return
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

    def _show_window(self, settings: Any) -> None:
        from chinadossier.ui.main_window import MainWindow, WindowContext

        context = WindowContext(self.paths, settings, self.language.code, self.scheme,
                                read_only=self.read_only)
        window = MainWindow(self.ops, context)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.language_change_requested.connect(self.set_language)
        window.scheme_change_requested.connect(self.set_scheme)
        window.closed.connect(lambda: self.finished.emit(0))
        self.window = window
        window.show()
        window.backups.schedule_startup()  # the start-up backup when due (issue 10.4)
        log.info("Main window shown for %s", self.paths.case_file)
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
        """Wait for running service calls, then release the file."""
        if self.ops is not None:
            self.ops.wait_idle()
        if self.dossier is not None:
            self.dossier.close()
            self.dossier = None
        if self.hook is not None:
            self.hook.restore()


def _start_warm_up() -> threading.Thread:
    """Import the services in a daemon thread (an import error shows later, when opening)."""

    def warm_up() -> None:
        try:
            importlib.import_module("chinadossier.services.dossier")
            importlib.import_module("chinadossier.services.maintenance")
        except Exception:  # noqa: BLE001 - the opening step imports again and reports it
            log.debug("Warming up the services failed", exc_info=True)

    thread = threading.Thread(target=warm_up, name="chinadossier-warm-up", daemon=True)
    thread.start()
    return thread


def _splash(text: str) -> Any:
    """A small "Dossier openen…" window while the file opens."""
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QSplashScreen

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
    splash = QSplashScreen(pixmap)
    splash.setAccessibleName(text)
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
    desktop = DesktopApp(app, paths, lang=lang, log_file=log_file)
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
