"""The main window: sidebar with counts, top bar (search, Ctrl+N), pages, menus, status bar.

It wires the pieces of the sibling branches by their contract entry points (UI-CONTRACT.md):
a piece that is not in this build yet shows an honest placeholder page instead. Navigation
between pieces goes through their signals, connected here; no piece imports this window.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from chinadossier.domain.changes import Changes
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.labels import label
from chinadossier.domain.local_time import clock_text, from_timestamp, local_date, moment_text
from chinadossier.domain.records import CaseFileSettings
from chinadossier.paths import Paths
from chinadossier.ui.case_file_lock import open_elsewhere_reason
from chinadossier.ui.dialog_refs import OpenDialogs
from chinadossier.ui.dialogs.error_dialog import show_error
from chinadossier.ui.models.list_source import trash_count
from chinadossier.ui.ops import Operations
from chinadossier.ui.pages.overview_page import OverviewPage
from chinadossier.ui.sidebar import Sidebar
from chinadossier.ui.window_title import window_title

#: Sidebar pages: key, record kind listed there (None for Overzicht and Memo's).
LIST_PAGES: tuple[tuple[str, RecordKind], ...] = (
    ("ties", RecordKind.TIE),
    ("organisations", RecordKind.ORGANISATION),
    ("persons", RecordKind.PERSON),
    ("meetings", RecordKind.MEETING),
    ("decisions", RecordKind.DECISION),
    ("risks", RecordKind.RISK_NOTE),
    ("sources", RecordKind.SOURCE),
)
PAGE_OF_KIND = {kind: key for key, kind in LIST_PAGES}
COUNTED = {**{key: kind for key, kind in LIST_PAGES}, "memos": RecordKind.MEMO}


def optional(module: str, name: str) -> Any | None:
    """A sibling's class if its module is in this build; None only when the module is absent."""
    try:
        found = importlib.import_module(f"chinadossier.ui.{module}")
    except ModuleNotFoundError as exc:
        if exc.name is not None and (f"chinadossier.ui.{module}".startswith(exc.name)):
            return None
        raise
    return getattr(found, name, None)


def present(module: str) -> bool:
    """Whether a sibling's module is in this build, without importing it (start-up time)."""
    return importlib.util.find_spec(f"chinadossier.ui.{module}") is not None


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


class PlaceholderPage(QWidget):
    """An honest empty page for a piece that is not in this build yet."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageBody")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 16, 24, 24)
        head = QLabel(title)
        head.setObjectName("PageTitle")
        body = QLabel(text)
        body.setObjectName("Placeholder")
        body.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(body)
        lay.addStretch(1)
        self.setAccessibleName(title)


class MainWindow(QMainWindow):
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

    # -- building -----------------------------------------------------------------------------

    def _show_first(self, view: Any) -> None:
        """Counts and Overzicht from the start-up's quick read (the services still load)."""
        from chinadossier.ui.pages.overview_page import first_overview

        self.overview.preload(first_overview(view))
        self._show_counts(view.counts)
        self.sidebar.set_count("trash", view.trash_count or None)

    def _make_undo_stack(self) -> Any | None:
        cls = optional("undo", "UndoStack")
        if cls is None:
            return None
        stack = cls(self.ops, self)
        stack.undone.connect(self._undone)
        return stack

    def _undone(self, outcome: Any) -> None:
        """Say in the status bar what Ctrl+Z put back (#8); a failure has its own dialog."""
        if getattr(outcome, "summary", None):  # an undone create, edit or tag (ui.undo_steps)
            self.show_message(outcome.summary)
            return
        done = list(getattr(outcome, "done", []))
        if not done:
            return
        if len(done) == 1:
            self.show_message(self.tr("{0} teruggezet").format(done[0][1].meta.display_no))
        else:
            self.show_message(self.tr("{0} records teruggezet").format(len(done)))

    @property
    def search_popup(self) -> Any | None:
        """The global search popup, made at its first use (None when not in this build)."""
        if self._search_popup is None:
            cls = optional("search.search_popup", "SearchPopup")
            if cls is None:
                return None
            self._search_popup = cls(self.ops, self)
            self._search_popup.open_record_requested.connect(self.open_record)
        return self._search_popup

    def _placeholder(self, key: str, text: str) -> PlaceholderPage:
        return PlaceholderPage(self.page_titles[key], text)

    def _build_pages(self) -> None:
        self.overview = OverviewPage(self.ops, lang=self._lang)
        self.overview.open_record_requested.connect(self.open_record)
        self.overview.cell_requested.connect(self.show_risk_cell)
        self.overview.status_message.connect(self._status_note)
        self._add_page("overview", self.overview)
        # Pieces are built (and their modules imported) when first shown: the first window
        # needs only the Overzicht.
        has_lists = present("pages.list_page")
        for key, kind in LIST_PAGES:
            if not has_lists:
                page: QWidget = self._placeholder(key, self.tr(
                    "De lijst van {0} komt in een volgende stap van deze versie. Het aantal in "
                    "de zijbalk klopt al; zoeken kan via de opdrachtregel "
                    "(chinadossier search).").format(self.page_titles[key].lower()))
            else:
                self._add_lazy(key, lambda k=kind: self._connect_piece(
                    optional("pages.list_page", "ListPage")(self.ops, k, self)))
                continue
            self._add_page(key, page)
        if present("pages.memos_page"):
            self._add_lazy("memos", lambda: self._connect_piece(
                optional("pages.memos_page", "MemosPage")(self.ops, self)))
        else:
            self._add_page("memos", self._placeholder("memos", self.tr(
                "Briefingsnotities (memo's) maken en terugzien komt in een volgende stap van "
                "deze versie.")))
        if present("pages.trash_page"):
            self._add_lazy("trash", lambda: self._connect_piece(
                optional("pages.trash_page", "TrashPage")(self.ops, self)))
        else:
            self._add_page("trash", self._placeholder("trash", self.tr(
                "De Prullenbak (verwijderde records terugzetten) komt in een volgende stap van "
                "deze versie.")))
        self._add_lazy("settings", self._make_settings_page)

    def _make_settings_page(self) -> QWidget:
        from chinadossier.ui.pages.settings_page import SettingsPage

        page = SettingsPage(self.context, self, ops=self.ops)
        page.language_chosen.connect(self.language_change_requested)
        page.scheme_chosen.connect(self.scheme_change_requested)
        return page

    @property
    def settings_page(self) -> Any:
        """The Instellingen page (built now if it was not yet)."""
        return self.page("settings")

    def _connect_piece(self, piece: Any) -> Any:
        """Connect a sibling piece's navigation and message signals (those it has)."""
        for signal, slot in (("edit_requested", self.edit_record),
                             ("new_requested", self.new_record),
                             ("open_record_requested", self.open_record),
                             ("status_message", self.show_message)):
            if hasattr(piece, signal):
                getattr(piece, signal).connect(slot)
        if getattr(piece, "kind", None) is RecordKind.PERSON and hasattr(piece, "table"):
            # A person's context menu: the AVG access export (ui.avg).
            export = QAction(self.tr("Inzageverzoek exporteren…"), piece.table)
            export.triggered.connect(lambda _checked=False: self.export_access())
            piece.table.addAction(export)
            piece.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return piece

    def show_message(self, text: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(text, 8000)

    def _add_page(self, key: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)

    def _add_lazy(self, key: str, factory: Callable[[], QWidget]) -> None:
        """A page built the first time it is needed (the first window opens sooner)."""
        self._factories[key] = factory
        self._add_page(key, QWidget())

    def page(self, key: str) -> QWidget:
        """A page, built now if it was not yet."""
        factory = self._factories.pop(key, None)
        if factory is not None:
            stub = self.pages[key]
            built = factory()
            index = self.stack.indexOf(stub)
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(stub)
            stub.deleteLater()
            self.pages[key] = built
        return self.pages[key]

    def _top_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("TopBar")
        bar.setFixedHeight(56)
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(24, 0, 16, 0)
        lay.setSpacing(8)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("GlobalSearch")
        self.search_field.setPlaceholderText(self.tr("Zoeken… (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Zoeken in het dossier"))
        self.search_field.setMaximumWidth(440)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(lambda: self.start_search(self.search_field.text()))
        self.search_field.textEdited.connect(self._search_typed)
        lay.addWidget(self.search_field, 1)
        lay.addStretch(0)
        self.memo_button = QPushButton(self.tr("Memo maken…"))
        self.memo_button.setAccessibleName(self.tr("Memo maken"))
        self.memo_button.clicked.connect(self.make_memo)
        self.new_meeting_button = QPushButton(self.tr("+ Contactmoment vastleggen (Ctrl+N)"))
        self.new_meeting_button.setObjectName("Primary")
        self.new_meeting_button.setAccessibleName(self.tr("Contactmoment vastleggen"))
        self.new_meeting_button.clicked.connect(self.log_meeting)
        lay.addWidget(self.memo_button)
        lay.addWidget(self.new_meeting_button)
        return bar

    def _status_bar(self) -> None:
        s = self.context.settings
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.path_label = QLabel(str(self.context.paths.case_file))
        self.path_label.setToolTip(str(self.context.paths.case_file))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.path_label, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedSize(80, 8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Bezig"))
        self.busy.hide()
        bar.addPermanentWidget(self.busy)
        self.read_only_label = QLabel(self.tr("Alleen lezen"))
        self.read_only_label.setProperty("chip", "warning")
        self.read_only_label.setToolTip(self.context.read_only or "")
        self.read_only_label.setVisible(self.context.read_only is not None)
        bar.addPermanentWidget(self.read_only_label)
        self.demo_badge = QLabel(self.tr("Demodossier · fictieve gegevens"))
        self.demo_badge.setProperty("chip", "demo")
        self.demo_badge.setVisible(s.is_demo)
        bar.addPermanentWidget(self.demo_badge)
        self.authority_label = QLabel(s.own_authority.label)
        bar.addPermanentWidget(self.authority_label)
        lang = "en" if self._lang == "en" else "nl"
        self.classification_label = QLabel(self.tr("Standaard: {0}").format(
            label(s.default_classification, lang).capitalize()))
        bar.addPermanentWidget(self.classification_label)
        self.actor_label = QLabel("")
        bar.addPermanentWidget(self.actor_label)
        self._show_actor()
        self.ops.opened.connect(self._show_actor)

    def _show_actor(self) -> None:
        dossier = self.ops.dossier  # None while the services still load (ui.app)
        self.actor_label.setText(dossier.ctx.actor.account if hasattr(dossier, "ctx") else "")

    # -- read-only case file ------------------------------------------------------------------

    #: Actions that write to the case file; disabled when it is opened read-only.
    WRITING_ACTIONS = ("new_meeting", "memo", "backup", "backup2", "undo")

    def is_read_only(self) -> bool:
        """Whether the case file was opened read-only (a folder or file this account cannot
        write)."""
        return self.context.read_only is not None

    def _read_only_banner(self) -> QLabel | None:
        if self.context.read_only is None:
            return None
        banner = QLabel(self.tr(
            "Alleen lezen: {0} voor uw account. U kunt alles bekijken en zoeken; vastleggen, "
            "wijzigen en verwijderen zijn uitgeschakeld. Kopieer het dossier naar een map "
            "waarin u mag schrijven om het te wijzigen.").format(self.context.read_only))
        if self.context.read_only == open_elsewhere_reason():  # ui.case_file_lock (#8)
            banner.setText(self.tr(
                "Alleen lezen: {0}. U kunt alles bekijken en zoeken; wijzigen doet u in het "
                "andere venster.").format(self.context.read_only))
        banner.setObjectName("ReadOnlyBanner")
        banner.setProperty("chip", "warning")
        banner.setWordWrap(True)
        banner.setContentsMargins(12, 6, 12, 6)
        banner.setAccessibleName(self.tr("Alleen lezen"))
        return banner

    def _apply_read_only(self) -> None:
        if not self.is_read_only():
            return
        for name in self.WRITING_ACTIONS:
            action = self.actions_by_name.get(name)
            if action is not None:
                action.setEnabled(False)
        for button in (self.new_meeting_button, self.memo_button):
            button.setEnabled(False)
            button.setToolTip(self.tr("Alleen lezen: dit dossier kan niet worden gewijzigd."))

    def _refuse_write(self) -> bool:
        """In a read-only file: say so in the status bar and return True (nothing opens)."""
        if self.is_read_only():
            self.show_message(self.tr("Alleen lezen: dit dossier kan niet worden gewijzigd."))
            return True
        return False

    def _action(self, menu: QMenu, text: str, slot: Callable[[], Any],
                keys: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            if isinstance(keys, QKeySequence.StandardKey):
                bindings = QKeySequence.keyBindings(keys)
                if bindings:
                    action.setShortcuts(bindings)
            else:
                action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        self.actions_by_name: dict[str, QAction] = {}
        a = self.actions_by_name
        file = bar.addMenu(self.tr("&Bestand"))
        a["new_meeting"] = self._action(file, self.tr("Contactmoment &vastleggen…"),
                                        self.log_meeting, "Ctrl+N")
        a["memo"] = self._action(file, self.tr("&Memo maken…"), self.make_memo, "Ctrl+P")
        file.addSeparator()
        # Data in and out (issue 10): the import wizard, the list on screen, the whole file.
        a["import"] = self._action(file, self.tr("&Importeren…"), self.import_file)
        a["export"] = self._action(file, self.tr("&Exporteren…"), self.export_list)
        a["export_json"] = self._action(file, self.tr("Hele dossier exporteren (&JSON)…"),
                                        self.export_case_file)
        file.addSeparator()
        a["backup"] = self._action(file, self.tr("&Back-up maken"), self.make_backup)
        file.addSeparator()
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        a["quit"] = self._action(file, self.tr("&Afsluiten"), self.close)
        a["quit"].setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        a["quit"].setMenuRole(QAction.MenuRole.QuitRole)

        edit = bar.addMenu(self.tr("Be&werken"))
        if self.undo_stack is not None and hasattr(self.undo_stack, "action"):
            a["undo"] = self.undo_stack.action(self)  # its text names what it undoes
            edit.addAction(a["undo"])
            self.addAction(a["undo"])
        else:
            a["undo"] = self._action(edit, self.tr("&Ongedaan maken"), self.undo,
                                     QKeySequence.StandardKey.Undo)
        edit.addSeparator()
        a["search"] = self._action(edit, self.tr("&Zoeken…"), self.focus_search, "Ctrl+K")
        a["filter"] = self._action(edit, self.tr("&Filteren"), self.focus_filter,
                                   QKeySequence.StandardKey.Find)

        view = bar.addMenu(self.tr("Bee&ld"))
        keys = ["overview", *[k for k, _ in LIST_PAGES], "memos"]
        for number, key in enumerate(keys, start=1):
            a[f"page_{key}"] = self._action(view, self.page_titles[key],
                                            lambda k=key: self.go_to_page(k),
                                            f"Ctrl+{number}")
        a["page_trash"] = self._action(view, self.page_titles["trash"],
                                       lambda: self.sidebar.select("trash"))
        view.addSeparator()
        a["refresh"] = self._action(view, self.tr("&Vernieuwen"), self.refresh, "F5")

        case = bar.addMenu(self.tr("&Dossier"))
        a["check"] = self._action(case, self.tr("&Controleren"), self.check_file)
        a["backup2"] = self._action(case, self.tr("&Back-up maken"), self.make_backup)
        a["restore"] = self._action(case, self.tr("Back-up &terugzetten…"), self.restore_backup)
        a["folder"] = self._action(case, self.tr("Gegevens&map openen"), self.open_data_folder)
        case.addSeparator()  # issue 10.5/10.6: duplicates, access export (ui.avg)
        a["duplicates"] = self._action(case, self.tr("Mogelijke &dubbelen…"),
                                       self.show_duplicates)
        a["access_export"] = self._action(case, self.tr("&Inzageverzoek exporteren…"),
                                          self.export_access)

        extra = bar.addMenu(self.tr("E&xtra"))
        a["settings"] = self._action(extra, self.tr("&Instellingen…"),
                                     lambda: self.sidebar.select("settings"), "Ctrl+,")
        a["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
        a["retention"] = self._action(extra, self.tr("&Bewaartermijnen…"), self.show_retention)

        help_menu = bar.addMenu(self.tr("&Help"))
        a["keys"] = self._action(help_menu, self.tr("&Sneltoetsen"), self.show_shortcuts)
        a["about"] = self._action(help_menu, self.tr("&Over Chinadossier"), self.show_about)
        a["about"].setMenuRole(QAction.MenuRole.AboutRole)

    # -- pages and records --------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        """Switch to a page (the sidebar calls this)."""
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if key == "overview":
            self.overview.refresh()
        elif hasattr(page, "refresh"):
            page.refresh()
        if self.sidebar.current_key() != key:
            self.sidebar.select(key)

    def go_to_page(self, key: str) -> None:
        """Ctrl+1 … Ctrl+8: switch to a page and put the keyboard focus in it (its list)."""
        self.sidebar.select(key)
        page = self.page(key)
        if hasattr(page, "focus_list"):
            page.focus_list()
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.focusNextChild()

    def _status_note(self, text: str) -> None:
        """A short note in the status bar (six seconds)."""
        self.statusBar().showMessage(text, 6000)

    def show_risk_cell(self, scope: str, ids: frozenset[uuid.UUID]) -> None:
        """A heat-map cell: its risks in the Risico's list, under a removable filter chip."""
        page = self.page("risks")
        if not hasattr(page, "show_scope"):
            return
        self.sidebar.select("risks")
        page.show_scope(scope, ids)
        page.focus_list()

    def current_page_key(self) -> str:
        """The key of the page on screen."""
        current = self.stack.currentWidget()
        return next(k for k, p in self.pages.items() if p is current)

    def open_record(self, kind: RecordKind, record_id: uuid.UUID) -> None:
        """Show a record: in its list page's detail pane, else in its form."""
        key = PAGE_OF_KIND.get(kind)
        page = self.page(key) if key else None
        if page is not None and hasattr(page, "show_record"):
            self.sidebar.select(key or "overview")
            page.show_record(record_id)
            self.activateWindow()  # back from the search popup: keys go to the list (#8)
            if hasattr(page, "focus_list"):
                page.focus_list()
            return
        if optional("forms.editor", "open_editor") is not None:
            self.edit_record(kind, record_id)
            return
        self.statusBar().showMessage(self.tr(
            "Records openen komt met de lijstpagina's in een volgende stap."), 6000)

    def edit_record(self, kind: RecordKind, record_id: uuid.UUID) -> None:
        """Open the form of an existing record."""
        if self._refuse_write():
            return
        open_editor = optional("forms.editor", "open_editor")
        if open_editor is None:
            self._not_yet(self.tr("Formulieren"))
            return
        try:
            dialog = open_editor(self.ops, kind, record_id, self)
        except ValueError:  # a kind without a form (e.g. a memo)
            self.show_message(self.tr("Dit soort record heeft geen formulier."))
            return
        self.dialogs.keep("editor", dialog)
        dialog.open()

    def new_record(self, kind: RecordKind) -> None:
        """Open an empty form."""
        if self._refuse_write():
            return
        open_editor = optional("forms.editor", "open_editor")
        if open_editor is None:
            self._not_yet(self.tr("Formulieren"))
            return
        try:
            dialog = open_editor(self.ops, kind, None, self)
        except ValueError:
            self.show_message(self.tr("Dit soort record heeft geen formulier."))
            return
        self.dialogs.keep("editor", dialog)
        dialog.saved.connect(lambda record: self._select_new(kind, record))
        dialog.open()

    def _select_new(self, kind: RecordKind, record: Any) -> None:
        """A record just made is selected in its list, if that list is on screen (#8)."""
        page = self.pages.get(PAGE_OF_KIND.get(kind, ""))
        if page is not None and page is self.stack.currentWidget() and hasattr(page, "show_record"):
            page.show_record(record.meta.id)

    def log_meeting(self) -> None:
        """Ctrl+N: the quick "Contactmoment vastleggen" dialog."""
        if self._refuse_write():
            return
        cls = optional("forms.quick_meeting_dialog", "QuickMeetingDialog")
        if cls is None:
            self._not_yet(self.tr("Contactmoment vastleggen"))
            return
        dialog = self.dialogs.keep("quick_meeting", cls(self.ops, self))
        dialog.saved.connect(self._meeting_logged)
        dialog.saved.connect(lambda record: self._select_new(RecordKind.MEETING, record))
        dialog.open()

    def _meeting_logged(self, record: Any) -> None:
        """Say in the status bar that Ctrl+N stored the contact moment (#8)."""
        meta = getattr(record, "meta", None)
        if meta is not None:
            self.show_message(self.tr("Contactmoment {0} vastgelegd").format(meta.display_no))

    def make_memo(self) -> None:
        """Ctrl+P: the memo dialog."""
        if self._refuse_write():
            return
        cls = optional("memo.memo_dialog", "MemoDialog")
        if cls is None:
            self._not_yet(self.tr("Memo maken"))
            return
        self.dialogs.keep("memo_dialog", cls(self.ops, None, self)).open()

    def _not_yet(self, what: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, what, self.tr(
            "{0} is nog niet beschikbaar in deze versie; het komt in een volgende stap.").format(
            what), QMessageBox.StandardButton.Ok, self)
        box.setAccessibleName(what)
        box.open()
        self.dialogs.keep("last_message", box)

    def focus_search(self) -> None:
        """Ctrl+K: the global search."""
        if self.search_popup is not None:
            self.search_popup.popup(self.search_field.text())
            return
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_typed(self, text: str) -> None:
        if self.search_popup is not None and text.strip():
            self.search_popup.popup(text)  # the popup's own field takes over the typing
            self.search_field.clear()

    def start_search(self, text: str) -> None:
        """Return in the top-bar field."""
        if self.search_popup is not None:
            self.search_popup.popup(text)
        else:
            self.statusBar().showMessage(self.tr(
                "Zoeken met resultaten tijdens het typen komt in een volgende stap."), 6000)

    def focus_filter(self) -> None:
        """Ctrl+F: the current list page's filter."""
        page = self.stack.currentWidget()
        if hasattr(page, "focus_filter"):
            page.focus_filter()

    def undo(self) -> None:
        """Ctrl+Z: undo the last delete of this session."""
        if self.undo_stack is not None:
            self.undo_stack.undo()

    def refresh(self) -> None:
        """F5: re-read the page on screen and the counts."""
        page = self.stack.currentWidget()
        if page is self.overview:
            self.overview.refresh()
        elif hasattr(page, "refresh"):
            page.refresh()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Re-count the records per page (off the GUI thread)."""
        self.ops.query(lambda d: d.overview.counts(), on_done=self._show_counts, key="counts")
        self.ops.query(trash_count, key="trash-count",
                       on_done=lambda n: self.sidebar.set_count("trash", n or None))

    def _show_counts(self, counts: dict[RecordKind, int]) -> None:
        for key, kind in COUNTED.items():
            self.sidebar.set_count(key, counts.get(kind, 0))
        # set_count changes the items' data, which repaints them; an explicit viewport()
        # update here cost ~65 ms of PySide type set-up on the first start.

    def _on_changed(self, changes: Changes) -> None:
        self.refresh_counts()

    def _on_failed(self, error: BaseException) -> None:
        self.dialogs.keep("last_error", show_error(self, error))

    def _on_busy(self, busy: bool) -> None:
        if busy:  # only calls that take a while show the indicator
            QTimer.singleShot(150, self, self._show_busy)
        else:
            self.busy.hide()

    def _show_busy(self) -> None:
        self.busy.setVisible(self.ops.is_busy())

    # -- data in and out (issue 10) -----------------------------------------------------------

    def import_file(self) -> Any:
        """Open the import wizard (Bestand → Importeren…)."""
        from chinadossier.ui.interchange.import_wizard import ImportWizard

        wizard = ImportWizard(self.ops, self.context.paths.backups_dir, self)
        wizard.finished_import.connect(self.show_message)
        wizard.open()
        return wizard

    def export_list(self) -> Any:
        """Export the list on screen as filtered (Bestand → Exporteren…)."""
        page = self.stack.currentWidget()
        if not hasattr(page, "export_list"):
            self.show_message(self.tr("Kies eerst een lijst (Banden, Organisaties, …) om te "
                                      "exporteren."))
            return None
        return page.export_list()

    def export_case_file(self) -> Any:
        """The whole case file to JSON (Bestand → Hele dossier exporteren)."""
        from chinadossier.ui.interchange.export_actions import export_case_file

        return export_case_file(self.ops, self, self.show_message)

    # -- case file ----------------------------------------------------------------------------

    def make_backup(self) -> None:
        """Back up the case file now (writer thread; verified, into the backup folder)."""
        if self._refuse_write():
            return
        self.backups.make_now(self)

    def restore_backup(self) -> None:
        """The "Back-up terugzetten…" dialog (issue 10.4)."""
        if self._refuse_write():
            return
        from chinadossier.ui.backups import RestoreDialog

        dialog = RestoreDialog(self.ops, self.backups, self)
        dialog.restored.connect(lambda _o: self._show_backup_time())
        self.dialogs.keep("restore_dialog", dialog)
        dialog.open()

    # -- duplicates, access export, retention (ui.avg) --------------------------------------------

    def show_duplicates(self) -> None:
        """Dossier → Mogelijke dubbelen."""
        from chinadossier.ui.avg.duplicates_dialog import DuplicatesDialog

        self.dialogs.keep("duplicates_dialog", DuplicatesDialog(self.ops, parent=self)).open()

    def show_retention(self) -> None:
        """Extra → Bewaartermijnen."""
        from chinadossier.ui.avg.retention_dialog import RetentionDialog

        self.dialogs.keep("retention_dialog", RetentionDialog(self.ops, parent=self)).open()

    def export_access(self) -> None:
        """The access export of the person selected on the Personen page."""
        from chinadossier.ui.avg.access_dialog import AccessExportAction

        page = self.page("persons") if "persons" in self.pages else None
        ids = page.selected_ids() if page is not None and hasattr(page, "selected_ids") else []
        if len(ids) != 1:
            self.sidebar.select("persons")
            self.show_message(self.tr("Kies eerst één persoon op de pagina Personen."))
            return
        person_id = ids[0]
        self.access_export = AccessExportAction(self.ops, self,
                                                self.context.paths.exports_dir)

        def go(number: str) -> None:
            self.access_export.run(person_id, number)

        self.ops.query(lambda d: d.persons.get(person_id).meta.display_no, on_done=go)

    def _show_backup_time(self) -> None:
        # Read in the reader pool: the backup folder may be a slow network share.
        paths = self.context.paths

        def newest_backup(_dossier: Any) -> float | None:
            from chinadossier.services import backups

            try:  # this case file's own backups (not a safety copy, not another file's)
                made = backups.newest(paths.case_file, backups.place_for(paths.data_dir))
            except OSError:
                return None
            return None if made is None else made.timestamp()

        self.ops.query(newest_backup, on_done=self._show_newest_backup, key="backup-time")

    def _show_newest_backup(self, newest: float | None) -> None:
        if newest is None:
            self.sidebar.backup.setText(self.tr("Back-up: nog geen"))
            return
        when = from_timestamp(newest)
        today = local_date(dt.datetime.now(dt.UTC))
        text = (self.tr("vandaag {0}").format(clock_text(when))
                if when.date() == today else moment_text(when))
        self.sidebar.backup.setText(self.tr("Back-up: {0}").format(text))

    def check_file(self) -> None:
        """Check the case file (reader thread) and report in a dialog."""
        from chinadossier.services import maintenance

        def done(report: Any) -> None:
            lines = [("✓ " if item.ok else "✗ ") + item.message for item in report.items]
            box = QMessageBox(
                QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning,
                self.tr("Dossier controleren"),
                (self.tr("Het dossier is in orde.") if report.ok
                 else self.tr("Er zijn problemen gevonden.")) + "\n\n" + "\n".join(lines),
                QMessageBox.StandardButton.Ok, self)
            box.setAccessibleName(self.tr("Dossier controleren"))
            box.open()
            self.dialogs.keep("last_message", box)

        self.ops.query(lambda d: maintenance.check(d.path), on_done=done, key="check")

    def open_data_folder(self) -> None:
        """Show the data folder in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.paths.data_dir)))

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts in an aligned table."""
        from chinadossier.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        box = ShortcutsDialog(self)
        box.open()
        self.dialogs.keep("last_message", box)

    def show_about(self) -> None:
        """Version and purpose."""
        from chinadossier import __version__

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Over Chinadossier"), self.tr(
            "Chinadossier {0}\nHet dossier van de banden van een Nederlandse gemeente of "
            "provincie met China.").format(__version__), QMessageBox.StandardButton.Ok, self)
        box.setAccessibleName(self.tr("Over Chinadossier"))
        box.open()
        self.dialogs.keep("last_message", box)

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
