"""Risk matrix versions (DOMAIN.md §4): adopted as data, never changed, kept by every score."""

from __future__ import annotations

from chinadossier.domain.changes import Result
from chinadossier.domain.codes import RiskLevel
from chinadossier.domain.errors import Collector
from chinadossier.domain.risk import LevelRule, Matrix
from chinadossier.services import validation as v
from chinadossier.services.context import ServiceContext


class RiskMatrixService:
    """Read the matrices and adopt a new version."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def current(self) -> Matrix:
        """The matrix new assessments use."""
        with self.ctx.uow(write=False) as uow:
            return uow.case_file.current_matrix()[1]

    def history(self) -> list[Matrix]:
        """Every version, oldest first (old scores keep the version they were made under)."""
        with self.ctx.uow(write=False) as uow:
            return uow.case_file.matrices()

    def adopt(self, *, name: str, rules: tuple[LevelRule, ...]) -> Result[Matrix]:
        """Adopt a new version (numbered after the latest); earlier scores are not touched."""
        c = Collector()
        clean_name = v.line(c, "name", name, required=True, max_length=120)
        if [rule.level for rule in rules] != list(RiskLevel):
            c.add("rules", "geef precies één drempel voor laag, middel, hoog en zeer hoog, "
                  "in die volgorde")
        scores = [rule.min_score for rule in rules]
        whole = all(type(s) is int for s in scores)
        if not whole or (scores and (scores[0] != 1 or scores != sorted(set(scores))
                                     or scores[-1] > 25)):
            c.add("rules", "de drempels zijn hele getallen, beginnen bij 1, lopen op en "
                  "blijven binnen 1–25")
        for index, rule in enumerate(rules):
            months = rule.review_months
            if type(months) is not int or not 1 <= months <= 60:
                c.add(
                    f"rules[{index}].review_months",
                    "de herbeoordelingstermijn is 1 tot en met 60 maanden",
                )
        c.raise_if_any()
        assert clean_name is not None
        with self.ctx.uow() as uow:
            latest = max(m.version for m in uow.case_file.matrices())
            matrix = Matrix(latest + 1, clean_name, tuple(rules))
            uow.case_file.adopt_matrix(matrix)
            uow.event("adopt_matrix", version=matrix.version, definition=matrix.to_definition())
            uow.settings_changed()
            changes = uow.commit()
        return Result(matrix, changes)
