"""Creating a new case file: schema, reference data, risk matrix and categories, settings."""

from __future__ import annotations

from pathlib import Path

from chinadossier.db.create import create_case_file
from chinadossier.db.engine import Database
from chinadossier.db.repository import Shared
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import Clock
from chinadossier.domain.codes import Classification, RecordKind, RetentionCategory
from chinadossier.domain.errors import NotFound
from chinadossier.domain.risk import DEFAULT_CATEGORIES, DEFAULT_MATRIX
from chinadossier.services.reference import apply_reference, load_reference, normalise_code


def new_case_file(
    path: Path, *, authority_code: str, clock: Clock, actor: Actor, is_demo: bool = False
) -> Path:
    """Create a case file for an authority; refuses an existing path or an unknown code."""
    code = normalise_code(authority_code)
    reference = load_reference()
    if code not in {row.code for row in reference.authorities}:
        raise NotFound(f"Er is geen gemeente of provincie met code {code}.")

    def seed(database: Database) -> None:
        with UnitOfWork(database, clock=clock, actor=actor) as uow:
            records = uow.records
            apply_reference(uow, reference)
            matrix_id = uow.case_file.add_matrix(DEFAULT_MATRIX)
            for order, cat in enumerate(DEFAULT_CATEGORIES, start=1):
                records.create(
                    RecordKind.RISK_CATEGORY,
                    {
                        "code": cat.code,
                        "name_nl": cat.name_nl,
                        "name_en": cat.name_en,
                        "red_flags": cat.red_flags,
                        "typical_measures": cat.typical_measures,
                        "retired": False,
                        "sort_order": order * 10,
                    },
                    Shared(
                        classification=Classification.PUBLIC,
                        retention_category=RetentionCategory.UNDECIDED,
                        retention_on=None,
                        tags=(),
                        sources=(),
                    ),
                    display_no=cat.code,
                )
            own = uow.reference.authority_id(code)
            assert own is not None
            uow.case_file.create_settings(
                own_authority_id=own,
                is_demo=is_demo,
                reference_version=reference.version,
                matrix_id=matrix_id,
            )
            uow.settings_changed()
            uow.commit()

    return create_case_file(path, seed)
