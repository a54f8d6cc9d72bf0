"""The main window's menu bar: every menu action and its shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from chinadossier.ui.window.pieces import LIST_PAGES


class WindowMenus:
    """The menus and their actions, by name in `actions_by_name` (a MainWindow part)."""

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
