"""Risk notes per DOMAIN.md §4: scored on a versioned matrix, re-assessed into a history."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from chinadossier.db.repository import Records
from chinadossier.db.risk import append_assessment, record_reassessment
from chinadossier.domain.changes import Result
from chinadossier.domain.codes import (
    KnowledgeStrength,
    RecordKind,
    RiskStatus,
    Treatment,
)
from chinadossier.domain.drafts import AssessmentDraft, RiskCategoryDraft, RiskNoteDraft
from chinadossier.domain.errors import (
    Collector,
    FieldError,
    NotFound,
    ValidationFailed,
    check_version,
)
from chinadossier.domain.records import RiskCategoryRecord, RiskNoteRecord
from chinadossier.domain.risk import add_months, in_scale
from chinadossier.domain.text import clean_text
from chinadossier.domain.writes import RiskCategoryValues, RiskNoteValues
from chinadossier.services import validation as v
from chinadossier.services.records_base import Prepared, RecordService

SUBJECT_KINDS = (RecordKind.TIE, RecordKind.ORGANISATION, RecordKind.PERSON, RecordKind.MEETING)


def _check_scores(
    c: Collector, a: AssessmentDraft, prefix: str = ""
) -> tuple[int, int, int, int] | None:
    """The four scores, or None; error keys are `prefix` + the AssessmentDraft field."""
    names = ("inherent_likelihood", "inherent_impact", "residual_likelihood", "residual_impact")
    values = [getattr(a, n) for n in names]
    ok = True
    for name, value in zip(names, values, strict=True):
        if not in_scale(value):
            c.add(prefix + name, "moet een geheel getal van 1 tot en met 5 zijn")
            ok = False
    if not ok:
        return None
    il, ii, rl, ri = values
    if rl * ri > il * ii:
        c.add(
            prefix + "residual_impact",
            "het netto risico kan niet hoger zijn dan het bruto risico",
        )
    return il, ii, rl, ri


class RiskNoteService(RecordService[RiskNoteDraft, RiskNoteRecord]):
    """Create, edit, re-assess and list risk notes."""

    kind = RecordKind.RISK_NOTE

    def prepare(
        self, records: Records, draft: RiskNoteDraft, c: Collector, current: RiskNoteRecord | None
    ) -> Prepared:
        """Validate a note; on create the first assessment sets scores and next review."""
        code = v.line(c, "category_code", draft.category_code, required=True, max_length=20) or ""
        category = records.category(code.upper()) if code else None
        category_uuid: uuid.UUID | None = None
        if category is None:
            if code:
                c.add("category_code", f"onbekende risicocategorie '{code}'")
        else:
            category_uuid, retired, deleted = category
            unchanged = current is not None and current.category.id == category_uuid
            if (retired or deleted) and not unchanged:
                c.add("category_code", "deze categorie is niet meer in gebruik")
        if not (current and current.subject.id == draft.subject_id):
            v.refs(records, c, [("subject_id", draft.subject_id, SUBJECT_KINDS)], required=True)
        for name, enum in (
            ("treatment", Treatment),
            ("status", RiskStatus),
            ("knowledge_strength", KnowledgeStrength),
        ):
            if not isinstance(getattr(draft, name), enum):
                c.add(name, "kies een waarde uit de lijst")
        values: RiskNoteValues = {
            "subject_id": draft.subject_id,
            "category_id": category_uuid,
            "title": v.line(c, "title", draft.title, required=True),
            "description": v.text(c, "description", draft.description),
            "measures": v.text(c, "measures", draft.measures),
            "treatment": draft.treatment,
            "owner": v.line(c, "owner", draft.owner, max_length=200),
            "status": draft.status,
            "knowledge_strength": draft.knowledge_strength,
        }
        next_review = v.date_value(c, "next_review_on", draft.next_review_on)
        if current is None:
            scores = _check_scores(c, draft.assessment, "assessment.")
            assessed_on = v.date_value(c, "assessment.assessed_on", draft.assessment.assessed_on)
            v.text(c, "assessment.note", draft.assessment.note)
            if scores is not None and not c.has("assessment.assessed_on"):
                _, matrix = records.current_matrix()
                il, ii, rl, ri = scores
                level = matrix.level(rl, ri)
                on = assessed_on or records.uow.clock.today()
                values["inherent_score"] = il * ii
                values["residual_score"] = rl * ri
                values["residual_level"] = level
                values["next_review_on"] = next_review or add_months(
                    on, matrix.review_months(level)
                )
        elif next_review is not None:
            values["next_review_on"] = next_review
        return Prepared(values=values, shared=self.shared(records, c, draft, current))

    def after_write(
        self, records: Records, record_id: uuid.UUID, draft: RiskNoteDraft, created: bool
    ) -> None:
        """The first assessment is stored with the note."""
        if created:
            self._append(records, record_id, draft.assessment)

    def _append(self, records: Records, note_id: uuid.UUID, a: AssessmentDraft) -> dict[str, Any]:
        uow = records.uow
        matrix_id, matrix = records.current_matrix()
        return append_assessment(
            records,
            note_id,
            matrix_id=matrix_id,
            matrix=matrix,
            assessed_on=a.assessed_on or uow.clock.today(),
            scores=(
                a.inherent_likelihood,
                a.inherent_impact,
                a.residual_likelihood,
                a.residual_impact,
            ),
            note=clean_text(a.note, field="note"),
            now=uow.now,
            who=uow.actor.who,
            first=True,
        )

    def reassess(
        self,
        note_id: uuid.UUID,
        assessment: AssessmentDraft,
        *,
        expected_version: int,
        next_review_on: dt.date | None = None,
    ) -> Result[RiskNoteRecord]:
        """Append a new assessment; scores and next review follow it (or the given date)."""
        with self.ctx.uow() as uow:
            records = uow.records
            current = self._get(uow, note_id)
            check_version(
                display_no=current.meta.display_no,
                version=current.meta.version,
                expected_version=expected_version,
                current=current,
            )
            if current.meta.deleted:
                raise NotFound(f"{current.meta.display_no} staat in de prullenbak.")
            c = Collector()
            scores = _check_scores(c, assessment)
            assessed = v.date_value(c, "assessed_on", assessment.assessed_on)
            if assessed is not None and current.assessments:
                # The newest assessment is the current one: it must not lie before the last.
                if assessed < current.current.assessed_on:
                    c.add("assessed_on", "ligt vóór de vorige beoordeling "
                          f"({current.current.assessed_on:%d-%m-%Y})")
                elif assessed > uow.clock.today():
                    c.add("assessed_on", "ligt in de toekomst")
            note = v.text(c, "note", assessment.note)
            review = v.date_value(c, "next_review_on", next_review_on)
            c.raise_if_any()
            assert scores is not None
            record_reassessment(
                records,
                note_id,
                assessed_on=assessment.assessed_on or uow.clock.today(),
                scores=scores,
                note=note,
                next_review_on=review,
            )
            changes = uow.commit()
        return Result(self.get(note_id), changes)


_COUNTER_LIKE = re.compile(r"^[A-Z]+(-\d{4})?-\d{4,}$")


def _live_code(records: Records, code: str) -> bool:
    found = records.category(code)
    return found is not None and not found[2]


class RiskCategoryService(RecordService[RiskCategoryDraft, RiskCategoryRecord]):
    """Risk categories are data: rename, add or retire them."""

    kind = RecordKind.RISK_CATEGORY

    def prepare(
        self,
        records: Records,
        draft: RiskCategoryDraft,
        c: Collector,
        current: RiskCategoryRecord | None,
    ) -> Prepared:
        """Validate a category; its code cannot change once used."""
        code = (v.line(c, "code", draft.code, required=True, max_length=20) or "").upper()
        if code and not code.replace("-", "").isalnum():
            c.add("code", "gebruik letters, cijfers en een streepje (bijv. R-POL)")
        elif code and _COUNTER_LIKE.match(code):
            # ORG-0001, CM-2026-0001 … are numbers the program hands out itself.
            c.add("code", "lijkt op een recordnummer (zoals ORG-0001); kies een code als R-POL")
        if current is not None and code != current.code:
            c.add("code", "de code van een bestaande categorie kan niet veranderen")
        elif current is None and code and _live_code(records, code):
            c.add("code", f"{code} bestaat al")
        values: RiskCategoryValues = {
            "code": code,
            "name_nl": v.line(c, "name_nl", draft.name_nl, required=True, max_length=120),
            "name_en": v.line(c, "name_en", draft.name_en, required=True, max_length=120),
            "red_flags": v.text(c, "red_flags", draft.red_flags),
            "typical_measures": v.text(c, "typical_measures", draft.typical_measures),
            "retired": bool(draft.retired),
            "sort_order": v.count(c, "sort_order", draft.sort_order) or 0,
        }
        display = records.free_display_no(code) if code and current is None else None
        return Prepared(
            values=values, shared=self.shared(records, c, draft, current), display_no=display
        )

    def check_restore(self, records: Records, current: RiskCategoryRecord) -> None:
        """A deleted category comes back only while no live one has its code."""
        if _live_code(records, current.code):
            raise ValidationFailed(
                [
                    FieldError(
                        "code",
                        f"{current.code} is intussen opnieuw "
                        "aangemaakt; twee keer dezelfde code kan niet",
                    )
                ]
            )
