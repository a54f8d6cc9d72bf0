"""The main window: sidebar with counts, top bar (search, Ctrl+N), pages, menus, status bar.

It wires the pieces of the sibling branches by their contract entry points (UI-CONTRACT.md):
a piece that is not in this build yet shows an honest placeholder page instead. Navigation
between pieces goes through their signals, connected here; no piece imports this window.
This module is the shell that lays the window out; its parts (pages, menus, status bar, commands)
are the mixins in ui.window, one job each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.records import CaseFileSettings
from chinadossier.paths import Paths
from chinadossier.ui.dialog_refs import OpenDialogs
from chinadossier.ui.ops import Operations
from chinadossier.ui.sidebar import Sidebar
from chinadossier.ui.window.commands import WindowCommands
from chinadossier.ui.window.file_actions import WindowFileActions
from chinadossier.ui.window.menus import WindowMenus
from chinadossier.ui.window.navigation import WindowPages
from chinadossier.ui.window.pieces import (
    COUNTED,
    LIST_PAGES,
    PAGE_OF_KIND,
    PlaceholderPage,
    optional,
    present,
)
from chinadossier.ui.window.read_only import WindowReadOnly
from chinadossier.ui.window.status_bar import WindowStatus
from chinadossier.ui.window_title import window_title

__all__ = [
    "COUNTED", "LIST_PAGES", "PAGE_OF_KIND", "MainWindow", "PlaceholderPage", "WindowContext",
    "optional", "present",
]


@dataclass(frozen=True, slots=True)
class WindowContext:
    """What the window shows about the opened file and the session's choices."""

    paths: Paths
    settings: CaseFileSettings
    lang: str = "nl"
    scheme: str = "auto"
    read_only: str | None = None
    """Why the file cannot be written (Dutch, from the services); None when it can."""
    first_view: Any = None
    """The start-up's quick read (services.quick.FirstView): shown at once; None: ask ops."""


class MainWindow(WindowPages, WindowCommands, WindowMenus, WindowReadOnly, WindowStatus,
                 WindowFileActions, QMainWindow):
    """The one main window of an opened case file."""

    language_change_requested = Signal(str)
    scheme_change_requested = Signal(str)
    closed = Signal()
    """The user closed the window (Ctrl+Q, Alt+F4, the close button): the application ends."""

    def __init__(self, ops: Operations, context: WindowContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.context = context
        self._lang = context.lang
        self.dialogs = OpenDialogs()
        """The open dialogs, held weakly (each deletes itself when closed)."""
        self.setObjectName("MainWindow")
        s = context.settings
        self.setWindowTitle(window_title(s.own_authority.label, context.paths.case_file,
                                         is_demo=s.is_demo, read_only=bool(context.read_only)))
        self.setAccessibleName(self.tr("Chinadossier hoofdvenster"))
        self.setMinimumSize(1000, 640)

        self.page_titles = {
            "overview": self.tr("Overzicht"), "ties": self.tr("Banden"),
            "organisations": self.tr("Organisaties"), "persons": self.tr("Personen"),
            "meetings": self.tr("Contactmomenten"), "decisions": self.tr("Besluiten"),
            "risks": self.tr("Risico's"), "sources": self.tr("Bronnen"),
            "memos": self.tr("Memo's"),
            "trash": self.tr("Prullenbak"), "settings": self.tr("Instellingen"),
        }
        main_keys = ["overview", *[k for k, _ in LIST_PAGES], "memos"]
        self.sidebar = Sidebar([(k, self.page_titles[k]) for k in main_keys],
                               [(k, self.page_titles[k]) for k in ("trash", "settings")])
        self.sidebar.authority.setText(s.own_authority.label)
        self.sidebar.page_selected.connect(self.show_page)

        self.undo_stack = self._make_undo_stack()
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._build_pages()

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.setSpacing(0)
        rlay.addWidget(self._top_bar())
        self.read_only_banner = self._read_only_banner()
        if self.read_only_banner is not None:
            rlay.addWidget(self.read_only_banner)
        rlay.addWidget(self.stack, 1)
        central = QWidget()
        clay = QHBoxLayout(central)
        clay.setContentsMargins(0, 0, 0, 0)
        clay.setSpacing(0)
        clay.addWidget(self.sidebar)
        clay.addWidget(right, 1)
        self.setCentralWidget(central)

        self._status_bar()
        from chinadossier.ui.backups import BackupRunner  # issue 10.4

        self.backups = BackupRunner(ops, context.paths.data_dir, context.paths.case_file, self)
        self.backups.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.backups.made.connect(lambda _path: self._show_backup_time())
        self._menus()
        self._search_popup: Any | None = None
        self._apply_read_only()

        ops.changed.connect(self._on_changed)
        from chinadossier.ui.settings_follow import SettingsFollow  # #8: title, status bar…

        self.settings_follow = SettingsFollow(self)
        # services make backups of their own (before a bulk delete, an import, a merge): after
        # any change the sidebar re-reads the newest backup's time (#8)
        ops.changed.connect(lambda _changes: self._show_backup_time())
        ops.failed.connect(self._on_failed)
        ops.busy_changed.connect(self._on_busy)
        if context.first_view is not None:
            self._show_first(context.first_view)
        self.sidebar.select("overview")
        self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
        # The first reads start only now: a reader thread converting rows while this thread
        # builds the window would share the GIL with it and stretch the start-up stall.
        if context.first_view is None:
            self.refresh_counts()
        self._show_backup_time()
        self.restore_state()

    # -- open dialogs (held weakly: a closed dialog is gone, see ui.dialog_refs) -------------------

    @property
    def editor(self) -> Any | None:
        """The record form opened last, while it is open."""
        return self.dialogs.get("editor")

    @property
    def quick_meeting(self) -> Any | None:
        """The "Contactmoment vastleggen" dialog, while it is open."""
        return self.dialogs.get("quick_meeting")

    @property
    def memo_dialog(self) -> Any | None:
        """The memo dialog, while it is open."""
        return self.dialogs.get("memo_dialog")

    @property
    def last_message(self) -> Any | None:
        """The message box shown last, while it is open."""
        return self.dialogs.get("last_message")

    @property
    def last_error(self) -> Any | None:
        """The error box shown last, while it is open."""
        return self.dialogs.get("last_error")

    # -- state --------------------------------------------------------------------------------

    def restore_state(self) -> None:
        """Geometry from the last session (QSettings)."""
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        state = settings.value("main_window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_state(self) -> None:
        """Remember geometry for the next session."""
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
