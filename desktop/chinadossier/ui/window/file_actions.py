"""The case-file commands of the menus: import, export, backups, AVG, check, help."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox


class WindowFileActions:
    """The Bestand, Dossier, Extra and Help commands (a MainWindow part)."""

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
