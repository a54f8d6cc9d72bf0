"""A case file opened read-only: the banner, the disabled actions, the refusal of writes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from chinadossier.ui.case_file_lock import open_elsewhere_reason


class WindowReadOnly:
    """What the window does when the case file cannot be written (a MainWindow part)."""

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
