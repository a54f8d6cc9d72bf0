"""The window follows a change of the case-file settings at once (#8).

After a write whose Changes say the settings changed (Instellingen › Dit dossier, a restored
backup, a new matrix), the settings are read again and shown everywhere they appear: the window
title, the sidebar, the status bar (own authority, default classification), the settings page
and the window's context (a language switch rebuilds the window from it). The Overzicht re-reads
its figures itself on every change (ui.pages.overview_page).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from chinadossier.domain.changes import Changes
from chinadossier.domain.labels import label
from chinadossier.ui.window_title import window_title


class SettingsFollow(QObject):
    """Listens to the window's operations; shows new case-file settings where they appear."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        window.ops.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self._window.ops.query(lambda d: d.settings(), on_done=self.show,
                                   key="settings_follow")

    def show(self, settings: Any) -> None:
        """Show `settings` in the window (title, sidebar, status bar, settings page)."""
        window = self._window
        window.context = dataclasses.replace(window.context, settings=settings)
        # The same title as at start-up (ui.window_title), only the authority changes.
        window.setWindowTitle(window_title(
            settings.own_authority.label, window.context.paths.case_file,
            is_demo=settings.is_demo, read_only=bool(window.context.read_only)))
        window.sidebar.authority.setText(settings.own_authority.label)
        window.authority_label.setText(settings.own_authority.label)
        lang = "en" if window.context.lang == "en" else "nl"
        window.classification_label.setText(QCoreApplication.translate(
            "MainWindow", "Standaard: {0}").format(
            label(settings.default_classification, lang).capitalize()))
        window.demo_badge.setVisible(settings.is_demo)
        page = window.pages.get("settings")
        if hasattr(page, "show_settings"):  # built (a lazy page is a bare QWidget until shown)
            page.show_settings(settings)
