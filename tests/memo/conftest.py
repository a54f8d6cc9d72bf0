"""Fixtures for the memo tests: the small memo case file, a snapshot and its files."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from chinadossier.domain.clock import FixedClock
from chinadossier.services.dossier import Dossier

from .memo_data import ACTOR, INT, TODAY, Facts, fill


@pytest.fixture(scope="session")
def memo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Facts]:
    from chinadossier.services.setup import new_case_file

    path = tmp_path_factory.mktemp("memo") / "chinadossier.sqlite3"
    new_case_file(path, authority_code="GM0599", clock=FixedClock.on(TODAY), actor=ACTOR)
    with Dossier.open(path, clock=FixedClock.on(TODAY), actor=ACTOR) as d:
        facts = fill(d)
    return path, facts


@pytest.fixture
def memo_file(memo_template: tuple[Path, Facts], tmp_path: Path) -> tuple[Path, Facts]:
    target = tmp_path / "chinadossier.sqlite3"
    shutil.copy2(memo_template[0], target)
    return target, memo_template[1]


@pytest.fixture
def memo_dossier(memo_file: tuple[Path, Facts]) -> Iterator[Dossier]:
    with Dossier.open(memo_file[0], clock=FixedClock.on(TODAY), actor=ACTOR) as d:
        yield d


@pytest.fixture(scope="session")
def internal_snapshot(memo_template: tuple[Path, Facts]) -> object:
    """An internal memo of the own authority, with the suggested texts filled in."""

    from chinadossier.domain.briefing import BriefingOptions
    from chinadossier.services.briefing import BriefingService
    from chinadossier.services.briefing_text import with_suggestions

    with Dossier.open(memo_template[0], clock=FixedClock.on(TODAY), actor=ACTOR,
                      read_only=True) as d:
        options = BriefingOptions(INT, aan="De gemeenteraad", van="Anneloes van den Berg",
                                  onderwerp="Evaluatie stedenband 南京 Nánjīng",
                                  meeting="Raad", meeting_on=dt.date(2026, 12, 15),
                                  agenda_item="7", period_from=dt.date(2026, 1, 1))
        snap = BriefingService(d.ctx).snapshot(options)
    return with_suggestions(snap)


@pytest.fixture(scope="session")
def internal_pdf(internal_snapshot: object) -> bytes:
    from chinadossier.memo.pdf import render_pdf

    return render_pdf(internal_snapshot)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def internal_docx(internal_snapshot: object) -> bytes:
    from chinadossier.memo.docx_render import render_docx

    return render_docx(internal_snapshot)  # type: ignore[arg-type]

