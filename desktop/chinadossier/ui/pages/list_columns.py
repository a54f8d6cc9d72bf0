"""A list page's columns: the column chooser, "Kolommen herstellen", and the columns and splitter
remembered between sessions (QSettings per kind of record).

A mixin of `ListPage` (ui.pages.list_page), which provides the table, its columns, the fitter,
the splitter and the "Kolommen" button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QHeaderView, QMenu


class ListColumns:
    """The column choice and the remembered layout of a list page."""

    _columns: list[Any]
    _column_actions: list[Any]
    _settings_key: str
    _split_chosen: bool
    table: Any
    fitter: Any
    splitter: Any
    columns_button: Any

    _complete_build: Any
    """ListPage's: build the parts it builds after its first turn now (the detail pane, whose
    splitter state is saved with the columns)."""

    def _build_column_menu(self) -> None:
        menu = QMenu(self.columns_button)
        header = self.table.horizontalHeader()
        self._column_actions = []
        for index, column in enumerate(self._columns):
            action = menu.addAction(column.header())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda on, i=index: self._show_column(i, on))
            self._column_actions.append(action)
        menu.addSeparator()
        self.reset_columns_action = menu.addAction(
            QCoreApplication.translate("ListPage", "Kolommen herstellen")
        )
        self.reset_columns_action.setToolTip(
            QCoreApplication.translate(
                "ListPage", "De standaardkolommen, -volgorde en -breedtes terugzetten"
            )
        )
        self.reset_columns_action.triggered.connect(self.reset_columns)
        self.columns_button.setMenu(menu)

    def reset_columns(self) -> None:
        """Kolommen herstellen: the default columns, order and widths (the saved ones go)."""
        header = self.table.horizontalHeader()
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
        for index, (column, action) in enumerate(
            zip(self._columns, self._column_actions, strict=True)
        ):
            header.setSectionHidden(index, column.hidden)
            action.blockSignals(True)
            action.setChecked(not column.hidden)
            action.blockSignals(False)
        self.fitter.reset()
        self._save_settings()

    def _show_column(self, index: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        visible = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not shown and visible == [index]:
            self._column_actions[index].setChecked(True)  # keep at least one column
            return
        header.setSectionHidden(index, not shown)
        self.fitter.fit()
        self._save_settings()

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        state = QSettings().value(f"{self._settings_key}/header")
        if state is not None and header.restoreState(state):
            for index in range(header.count()):  # older versions saved Naam as Stretch
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            for index, action in enumerate(self._column_actions):
                action.blockSignals(True)
                action.setChecked(not header.isSectionHidden(index))
                action.blockSignals(False)
            self.fitter.preferred_from_header()

    def _restore_splitter(self) -> None:
        """The splitter between the list and the detail pane (once both are in it)."""
        splitter = QSettings().value(f"{self._settings_key}/splitter")
        if splitter is not None:
            self._split_chosen = self.splitter.restoreState(splitter)

    def _save_settings(self) -> None:
        self._complete_build()  # the splitter holds the detail pane
        settings = QSettings()
        settings.setValue(f"{self._settings_key}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"{self._settings_key}/splitter", self.splitter.saveState())
