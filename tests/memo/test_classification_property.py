"""Property: a memo never shows anything marked above its own classification (PDF and DOCX)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from chinadossier.domain.briefing import BriefingOptions, MemoFormat
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import (
    Classification,
    DecisionBody,
    DecisionKind,
    MeetingKind,
    OrganisationKind,
    TieStatus,
    TieType,
)
from chinadossier.domain.drafts import (
    ActionDraft,
    AssessmentDraft,
    Common,
    DecisionDraft,
    MeetingDraft,
    OrganisationDraft,
    RiskNoteDraft,
    SourceDraft,
    SourceLink,
    TieDraft,
)
from chinadossier.memo import render
from chinadossier.services.briefing import BriefingService
from chinadossier.services.dossier import Dossier

from .memo_data import ACTOR, TODAY

CLASSES = st.sampled_from(list(Classification))
# Names are unique made-up words, so finding one in the text means the record leaked.
WORD = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=7, max_size=7)


def pdf_text(data: bytes) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    doc = docx.Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return " ".join(parts)


case = st.fixed_dictionaries({
    "memo": CLASSES,
    "orgs": st.lists(CLASSES, min_size=1, max_size=2),
    "ties": st.lists(st.tuples(CLASSES, st.integers(0, 1)), min_size=1, max_size=2),
    "meetings": st.lists(CLASSES, max_size=2),
    "decisions": st.lists(CLASSES, max_size=1),
    "risks": st.lists(CLASSES, max_size=2),
    "actions": st.lists(CLASSES, max_size=1),
    "sources": st.lists(CLASSES, min_size=1, max_size=2),
    "names": st.lists(WORD, min_size=16, max_size=16, unique=True),
})


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case)
def test_nothing_above_the_memo_classification_reaches_either_file(
        case_file_template: Path, spec: dict[str, Any]) -> None:
    names = iter(spec["names"])
    limit: Classification = spec["memo"]
    hidden: list[str] = []  # names that must not appear
    above = 0  # records of the scope above the memo's classification
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.sqlite3"
        shutil.copyfile(case_file_template, path)
        with Dossier.open(path, clock=FixedClock.on(TODAY), actor=ACTOR) as d:
            own = d.settings().own_authority.id

            def common(cls: Classification, name: str, *sources: Any) -> Common:
                nonlocal above
                if cls > limit:
                    hidden.append(name)
                return Common(classification=cls, sources=tuple(SourceLink(s) for s in sources))

            sources = []
            for cls in spec["sources"]:
                name = next(names)
                sources.append((d.sources.create(SourceDraft(
                    f"Bron {name}", common=common(cls, name))).record.meta.id, cls))
            src_id, src_cls = sources[0]
            cited_above = set()

            def cite(cls: Classification) -> tuple[Any, ...]:
                nonlocal above
                if cls > limit:
                    above += 1
                elif src_cls > limit:
                    cited_above.add(src_id)
                return (src_id,)

            orgs = []
            for cls in spec["orgs"]:
                name = next(names)
                orgs.append(d.organisations.create(OrganisationDraft(
                    f"Org {name}", OrganisationKind.OTHER, common=common(cls, name))).record)
            tie_ids = []
            for cls, org in spec["ties"]:
                name = next(names)
                tie_ids.append(d.ties.create(TieDraft(
                    own, orgs[org % len(orgs)].meta.id, TieType.OTHER, TieStatus.ACTIVE,
                    title=f"Band {name}", common=common(cls, name, *cite(cls)))).record.meta.id)
            for i, cls in enumerate(spec["meetings"]):
                name = next(names)
                d.meetings.create(MeetingDraft(
                    dt.date(2026, 5, 1 + i), MeetingKind.OTHER, f"Overleg {name}",
                    tie_ids=(tie_ids[0],), common=common(cls, name, *cite(cls))))
            for cls in spec["decisions"]:
                name = next(names)
                d.decisions.create(DecisionDraft(
                    own, DecisionBody.COUNCIL, DecisionKind.MOTION, dt.date(2026, 6, 1),
                    f"Motie {name}", common=common(cls, name, *cite(cls))))
            for cls in spec["risks"]:
                name = next(names)
                d.risk_notes.create(RiskNoteDraft(
                    tie_ids[0], "R-POL", f"Risico {name}", AssessmentDraft(3, 4, 2, 3),
                    measures=f"Maatregel {name}", common=common(cls, name, *cite(cls))))
            for cls in spec["actions"]:
                name = next(names)
                d.actions.create(ActionDraft(f"Actie {name}", due_on=dt.date(2026, 12, 1),
                                             common=common(cls, name, *cite(cls))))
            snap = BriefingService(d.ctx).snapshot(BriefingOptions(limit))
        texts = [re.sub(r"\s+", " ", pdf_text(render(snap, MemoFormat.PDF))),
                 docx_text(render(snap, MemoFormat.DOCX))]
    assert snap.left_out == above + len(cited_above)
    for text in texts:
        for name in hidden:
            assert name not in text, (name, limit)
        if snap.left_out:
            assert f"{snap.left_out} records met een hogere classificatie" in text or \
                f"{snap.left_out} record met een hogere classificatie" in text
