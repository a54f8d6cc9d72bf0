"""Dutch authorities: the CBS reference list, plus entries an official adds or retires."""

from __future__ import annotations

from chinadossier.db.repository import Records
from chinadossier.domain.codes import AuthorityKind, RecordKind
from chinadossier.domain.drafts import AuthorityDraft
from chinadossier.domain.errors import (
    Collector,
    FieldError,
    NotFound,
    Refused,
    UsageError,
    ValidationFailed,
)
from chinadossier.domain.records import AuthorityRecord
from chinadossier.domain.search_text import sort_key
from chinadossier.domain.writes import AuthorityValues
from chinadossier.services import validation as v
from chinadossier.services.records_base import Prepared, RecordService
from chinadossier.services.reference import normalise_code


class AuthorityService(RecordService[AuthorityDraft, AuthorityRecord]):
    """Look up, add, edit and retire authorities."""

    kind = RecordKind.AUTHORITY

    def by_code(self, code: str) -> AuthorityRecord:
        """An authority by CBS code, case-insensitively ('gm599' finds GM0599)."""
        canonical = normalise_code(code)
        with self.ctx.uow(write=False) as uow:
            record_id = uow.reference.authority_id(canonical)
            if record_id is None:
                raise NotFound(f"Er is geen gemeente of provincie met code {canonical}.")
            return self._get(uow, record_id)

    def prepare(
        self, records: Records, draft: AuthorityDraft, c: Collector, current: AuthorityRecord | None
    ) -> Prepared:
        """Validate an authority; an edit marks it as edited, so updates leave it alone."""
        code = ""
        try:
            code = normalise_code(draft.code)
        except UsageError as exc:
            c.add("code", exc.message)
        if current is not None and code and code != current.code and current.from_reference:
            # A CBS code is what a later release matches on: changing it would duplicate or
            # orphan the entry. Add a new authority instead (and retire this one).
            c.add("code", "de CBS-code van een gemeente of provincie uit de CBS-lijst kan niet "
                  "veranderen; voeg een nieuwe toe en zet deze op 'opgeheven'")
        elif code and (current is None or current.code != code):
            if records.uow.reference.live_authority_code_taken(code):
                c.add("code", f"{code} bestaat al")
        if not isinstance(draft.authority_kind, AuthorityKind):
            c.add("authority_kind", "kies gemeente of provincie")
        elif code and (draft.authority_kind is AuthorityKind.PROVINCE) != code.startswith("PV"):
            c.add("code", "een gemeentecode begint met GM, een provinciecode met PV")
        province = None
        if draft.province_code:
            try:
                province = normalise_code(draft.province_code)
            except UsageError as exc:
                c.add("province_code", exc.message)
            else:
                if not province.startswith("PV"):
                    c.add("province_code", "moet een provinciecode zijn (PV20 t/m PV31)")
        name = v.line(c, "name", draft.name, required=True, max_length=120)
        common_name = v.line(c, "common_name", draft.common_name, max_length=120)
        values: AuthorityValues = {
            "code": code,
            "name": name,
            "common_name": common_name,
            "authority_kind": draft.authority_kind,
            "province_code": province,
            "retired_on": v.date_value(c, "retired_on", draft.retired_on),
            "user_edited": True,
            "sort_key": sort_key(common_name or name),
        }
        if current is None:
            values["from_reference"] = None
        display = records.free_display_no(code) if code and current is None else None
        return Prepared(
            values=values, shared=self.shared(records, c, draft, current), display_no=display
        )

    def check_restore(self, records: Records, current: AuthorityRecord) -> None:
        """A deleted authority comes back only while no live one has its code."""
        if records.uow.reference.live_authority_code_taken(current.code):
            raise ValidationFailed(
                [
                    FieldError(
                        "code",
                        f"{current.code} is intussen opnieuw "
                        "aangemaakt; twee keer dezelfde code kan niet",
                    )
                ]
            )

    def check_delete(self, records: Records, current: AuthorityRecord) -> None:
        """The case file's own authority cannot be deleted."""
        if records.uow.case_file.own_authority_id() == current.meta.id:
            raise Refused(
                f"{current.name} is de eigen organisatie van dit dossier en kan niet worden "
                "verwijderd."
            )
