"""Change the case file's own authority and default classification after the first run (#8).

One unit of work: the settings row, the council seats (they belong to the old council) and one
`settings_change` audit entry holding old → new; the guarded-settings anchor follows at commit
(db.guarded). The caller passes the settings it showed: changed meanwhile (another window, the
command line), nothing is written and Conflict carries the current settings.

Records keep the authority they were recorded with: a tie, decision, contact moment or position
of the old own authority stays with it (that is what happened); only what is *derived* from the
own authority follows at once: the Overzicht's figures, the title, forms' preselected authority,
"onze kant" in a new contact moment, memos and exports.
"""

from __future__ import annotations

from dataclasses import dataclass

from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.changes import Result
from chinadossier.domain.codes import Classification, RecordKind
from chinadossier.domain.errors import Collector, Conflict, UsageError
from chinadossier.domain.labels import label
from chinadossier.domain.records import AuthorityRecord, CaseFileSettings, Ref
from chinadossier.services.context import ServiceContext
from chinadossier.services.reference import normalise_code

#: The audit action of a change (its payload holds old and new of each changed setting).
SETTINGS_CHANGE = "settings_change"


@dataclass(frozen=True, slots=True)
class OwnLinks:
    """What the current own authority is named in (live records), shown before a change."""

    authority: Ref
    counts: dict[RecordKind, int]
    council_seats: int | None


class CaseSettingsService:
    """Own authority and default classification of the opened case file."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def own_links(self) -> OwnLinks:
        """Live records that name the current own authority (they stay with it on a change)."""
        with self.ctx.uow(write=False) as uow:
            settings = uow.case_file.settings()
            counts = uow.case_file.linked_counts(settings.own_authority.id)
        return OwnLinks(settings.own_authority, counts, settings.council_seats)

    def change(
        self,
        *,
        own_authority: str,
        default_classification: Classification | str,
        seen: CaseFileSettings,
    ) -> Result[CaseFileSettings]:
        """Make another authority the own one and/or set another default classification.

        Args:
            own_authority: CBS code of the new own authority ("GM0599", "gm599", "PV28").
            default_classification: The classification new records start with.
            seen: The settings the user saw; stored ones that differ raise Conflict.

        A changed authority clears the council seats (the number was the old council's). Nothing
        changed: nothing is written, no audit entry.
        """
        c = Collector()
        code = ""
        try:
            code = normalise_code(own_authority)
        except UsageError as exc:
            c.add("own_authority", exc.message)
        chosen: Classification | None = None
        try:
            chosen = Classification(default_classification)
        except ValueError:
            c.add("default_classification",
                  f"'{default_classification}' is geen classificatie; kies "
                  + ", ".join(member.value for member in Classification))
        c.raise_if_any()
        assert chosen is not None
        with self.ctx.uow() as uow:
            current = uow.case_file.settings()
            if (current.own_authority.id != seen.own_authority.id
                    or current.default_classification is not seen.default_classification):
                raise Conflict(
                    "De instellingen van dit dossier zijn intussen gewijzigd (eigen overheid: "
                    f"{current.own_authority.label}, standaardclassificatie: "
                    f"{label(current.default_classification, 'nl')}); er is niets opgeslagen.",
                    current,
                )
            new = self._authority(uow, code, c)
            c.raise_if_any()
            assert new is not None
            same_authority = new.meta.id == current.own_authority.id
            if same_authority and chosen is current.default_classification:
                return Result(current)
            seats = current.council_seats if same_authority else None
            uow.case_file.set_own(new.meta.id, chosen, seats)
            details: dict[str, object] = {}
            if not same_authority:
                details["own_authority"] = {
                    "old": {"code": current.own_authority_code, "name": current.own_authority.label,
                            "id": current.own_authority.id.hex},
                    "new": {"code": new.code, "name": new.display_name, "id": new.meta.id.hex},
                }
                if current.council_seats is not None:
                    details["council_seats"] = {"old": current.council_seats, "new": None}
            if chosen is not current.default_classification:
                details["default_classification"] = {
                    "old": current.default_classification.value, "new": chosen.value}
            uow.event(SETTINGS_CHANGE, **details)
            uow.settings_changed()
            changes = uow.commit()
        with self.ctx.uow(write=False) as uow:
            return Result(uow.case_file.settings(), changes)

    @staticmethod
    def _authority(uow: UnitOfWork, code: str, c: Collector) -> AuthorityRecord | None:
        """The live, current authority with this code, else a field error naming it."""
        found = uow.reference.authority_id(code)
        if found is None:
            c.add("own_authority", f"er is geen gemeente of provincie met code {code}")
            return None
        record: AuthorityRecord = uow.records.get_record(RecordKind.AUTHORITY, found)
        if record.meta.deleted:
            c.add("own_authority", f"{record.display_name} ({code}) staat in de prullenbak; "
                  "zet die eerst terug")
            return None
        if record.retired_on is not None:
            c.add("own_authority", f"{record.display_name} ({code}) bestaat sinds "
                  f"{record.retired_on:%d-%m-%Y} niet meer (opgeheven of samengevoegd); kies "
                  "de gemeente of provincie die er nu is")
            return None
        return record
