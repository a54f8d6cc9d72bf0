"""Time a briefing memo against a bare reportlab build of the same size, in one run.

Usage:
  python benchmarks/memo_bench.py [--repeat 3]            # builds its own case file
  python benchmarks/memo_bench.py --file BIG.sqlite3      # the full memo of another file

The own case file: one authority with 1,000 contact moments and 200 risk notes in the period
(plus 10 ties, 20 decisions, 30 open actions). The anchor is a bare reportlab build (one pass,
standard fonts, plain Paragraph cells) of a document with as many table rows as the memo, so
the ratio shows what the memo's own work costs on this machine, whatever its load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from chinadossier.domain.actor import Actor
from chinadossier.domain.briefing import BriefingOptions, MemoFormat
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import (
    Classification,
    DecisionBody,
    DecisionKind,
    Direction,
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
    TieDraft,
)
from chinadossier.memo import fonts, render
from chinadossier.memo.content import citations, open_actions, top_risks
from chinadossier.services.briefing import BriefingService
from chinadossier.services.dossier import Dossier
from chinadossier.services.setup import new_case_file

TODAY = dt.date(2026, 11, 29)
ACTOR = Actor("benchmark", None, "bench")


def build(path: Path) -> None:
    """The benchmark's own case file (bulk path)."""
    rng = random.Random(7)
    clock = FixedClock.on(TODAY)
    new_case_file(path, authority_code="GM0599", clock=clock, actor=ACTOR)
    with Dossier.open(path, clock=clock, actor=ACTOR) as d:
        own = d.settings().own_authority.id
        with d.bulk() as bulk:
            orgs = [bulk.create(d.organisations, OrganisationDraft(
                f"Organisatie {i} Nanjing (fictief)", OrganisationKind.GOVERNMENT,
                hanzi=f"南京市{i}号机构")) for i in range(20)]
            ties = [bulk.create(d.ties, TieDraft(
                own, orgs[i], TieType.FRIENDSHIP, TieStatus.ACTIVE, title=f"Band {i} (fictief)",
                term_ends_on=TODAY + dt.timedelta(days=400))) for i in range(10)]
            for i in range(1000):
                bulk.create(d.meetings, MeetingDraft(
                    TODAY - dt.timedelta(days=rng.randrange(0, 360)), rng.choice(list(MeetingKind)),
                    f"Contactmoment {i} over samenwerking, kennisveiligheid en één vervolgafspraak",
                    direction=rng.choice(list(Direction)), tie_ids=(rng.choice(ties),),
                    common=Common(classification=Classification.PUBLIC)))
            decisions = [bulk.create(d.decisions, DecisionDraft(
                own, DecisionBody.COUNCIL, DecisionKind.MOTION,
                TODAY - dt.timedelta(days=rng.randrange(0, 360)), f"Motie {i} (fictief)",
                link_ids=(rng.choice(ties),))) for i in range(20)]
            codes = ["R-POL", "R-MR", "R-KV", "R-ECO", "R-SPI", "R-OBI", "R-PRIV", "R-GOV"]
            for i in range(200):
                il, ii = rng.randint(1, 5), rng.randint(1, 5)
                bulk.create(d.risk_notes, RiskNoteDraft(
                    rng.choice(ties), rng.choice(codes), f"Risico {i} (fictief)",
                    AssessmentDraft(il, ii, rng.randint(1, il), rng.randint(1, ii)),
                    measures="Bezoekersprotocol; eigen reiskosten", owner="Wethouder EZ"))
            for i in range(30):
                bulk.create(d.actions, ActionDraft(
                    f"Actie {i}: verslag naar de raad", owner="Team IZ",
                    due_on=TODAY + dt.timedelta(days=rng.randrange(-60, 120)),
                    decision_id=rng.choice(decisions)))
            bulk.commit()


def bare(rows: int) -> tuple[bytes, int]:
    """A bare reportlab document: one pass, standard font, `rows` table rows of four cells."""
    style = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph("Datum", style), Paragraph("Richting", style), Paragraph("Soort", style),
             Paragraph("Onderwerp", style)]]
    for i in range(rows):
        data.append([Paragraph("29-11-2026", style), Paragraph("inkomend", style),
                     Paragraph("werkbezoek", style),
                     Paragraph(f"Contactmoment {i} over samenwerking en vervolg", style)])
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm)
    doc.build([Table(data, repeatRows=1, colWidths=[22 * mm, 25 * mm, 27 * mm, 96 * mm],
                     style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))])
    return buf.getvalue(), doc.page


def median(action: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-docx", action="store_true", help="skip the DOCX timing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file
        if path is None:
            path = Path(tmp) / "memo-bench.sqlite3"
            start = time.perf_counter()
            build(path)
            print(f"case file built in {time.perf_counter() - start:.1f} s")
        fonts.register()  # once per process; not part of a memo's time
        with Dossier.open(path, clock=FixedClock.on(TODAY), actor=ACTOR, read_only=True) as d:
            svc = BriefingService(d.ctx)
            options = BriefingOptions(Classification.CONFIDENTIAL)
            t_snap, snap = median(lambda: svc.snapshot(options), args.repeat)
        t_pdf, pdf = median(lambda: render(snap, MemoFormat.PDF), args.repeat)
        rows = (len(snap.ties) + len(snap.meetings) + len(snap.decisions)
                + len(top_risks(snap)[0]) + len(open_actions(snap)) + len(citations(snap).entries))
        t_bare, (_bare_pdf, bare_pages) = median(lambda: bare(rows), args.repeat)
        t_docx = None if args.no_docx else median(lambda: render(snap, MemoFormat.DOCX), 1)[0]
    memo_pages = _page_count(pdf)
    total = t_snap + t_pdf
    print(f"records in the memo: {len(snap.meetings)} contact moments, {len(snap.risks)} open "
          f"risks, {rows} table rows")
    print("| step | seconds |\n|---|---:|")
    print(f"| snapshot (one read transaction) | {t_snap:.2f} |")
    print(f"| PDF render (one pass, {memo_pages} pages) | {t_pdf:.2f} |")
    print(f"| **memo total** | **{total:.2f}** |")
    print(f"| bare reportlab build, {rows} rows ({bare_pages} pages) — anchor | {t_bare:.2f} |")
    print(f"| ratio memo / anchor | {total / t_bare:.2f}× |")
    if t_docx is not None:
        print(f"| DOCX render (for information) | {t_docx:.2f} |")


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


if __name__ == "__main__":
    main()
