"""Saving a record form: one write, its errors shown, a conflict answered; nothing typed lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog

from chinadossier.domain.errors import Conflict, FieldError, ValidationFailed
from chinadossier.ui.forms.conflict import RELOAD, ask_conflict
from chinadossier.ui.undo_steps import remember_save


class FormSaving:
    """The save and what follows it (a RecordForm part)."""

    # -- saving ----------------------------------------------------------------------------------

    def save_call(self, draft: Any) -> Callable[[Any], Any]:
        """The write to run: create, or edit the version this form loaded."""
        record_id, version = self.record_id, self.version
        attachments = self.attachments

        def call(dossier: Any) -> Any:
            service = self.service(dossier)
            if record_id is None:
                result = service.create(draft)
                attachments.attach_pending(dossier, result.record.meta.id)
                return result
            return service.edit(record_id, draft, expected_version=version)

        return call

    def save(self) -> None:
        """Validate and store through the services; errors under the fields, nothing lost."""
        if self._saving or self.record_id is not None and self.record is None:
            return
        self._close_popups()
        self.input_errors = {}
        draft = self.draft()
        if self.input_errors:
            # show what could not be read together with everything else the services would say
            self.show_errors([])
            current = self.record

            def check(dossier: Any) -> tuple[FieldError, ...]:
                validate = getattr(self.service(dossier), "validate", None)
                return tuple(validate(draft, current=current)) if validate else ()

            self.ops.query(check, on_done=lambda errors: self.show_errors(list(errors)),
                           key=f"validate-{id(self)}")
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Opslaan…"))
        self.ops.write(self.save_call(draft), on_done=self._saved, on_error=self._failed)

    def _saved(self, result: Any) -> None:
        self._saving = False
        record = getattr(result, "record", result)
        remember_save(self.ops, self.kind, self.record if self.record_id else None, record)
        self.record = record
        self._baseline = self.snapshot()
        self.saved.emit(record)
        QDialog.accept(self)

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Niet opgeslagen"))
        if isinstance(exc, ValidationFailed):
            self.show_errors(list(exc.errors))
        elif isinstance(exc, Conflict):
            self.conflict_box = ask_conflict(
                self, exc, lambda choice: self._conflict(exc, choice), self.ops
            )
        else:
            message = getattr(exc, "message", None) or (
                self.tr("Er ging iets mis bij het opslaan; er is niets opgeslagen. "
                        "Uw invoer staat er nog.")
            )
            self.show_banner([message])

    def _conflict(self, exc: Conflict, choice: str) -> None:
        self.conflict_box = None
        current = exc.current
        if choice == RELOAD:
            self._loaded(current)
        else:
            # keep what is typed; the next save replaces the newer version, knowingly
            self.record = current
            self.version = current.meta.version
            self.show_banner([
                self.tr("{0} is intussen gewijzigd. Uw invoer staat er nog; "
                        "opslaan vervangt de nieuwe versie.").format(current.meta.display_no)
            ])
