"""Make the sample memo in docs/memo-voorbeeld/ from the demo data (PDF, DOCX, page PNGs).

Usage: python scripts/memo_sample.py [OUT_DIR]

A demo case file dated 29 November 2026 gets two internal memos of the own authority: one as on
15 September 2026 and one on 29 November 2026, so section 4 compares them. The texts of
sections 2, 7 and 8 are the suggestions the memo dialog pre-fills. Needs pdftoppm (poppler).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from chinadossier.domain.actor import Actor
from chinadossier.domain.briefing import BriefingOptions, MemoFormat
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import Classification
from chinadossier.memo import render
from chinadossier.services.briefing import BriefingService
from chinadossier.services.briefing_text import with_suggestions
from chinadossier.services.demo import create_demo
from chinadossier.services.dossier import Dossier

TODAY = dt.date(2026, 11, 29)
EARLIER = dt.date(2026, 9, 15)
ACTOR = Actor("m.deboer", "GEMEENTE", "laptop-iz-03")


def memo(path: Path, day: dt.date, meeting_on: dt.date) -> tuple[bytes, bytes]:
    with Dossier.open(path, clock=FixedClock.on(day, hour=14), actor=ACTOR) as d:
        svc = BriefingService(d.ctx)
        options = BriefingOptions(
            Classification.INTERNAL,
            aan="De gemeenteraad van Rotterdam (fictief)",
            van="M. de Boer, beleidsadviseur Internationale Zaken (fictief)",
            onderwerp="Stand van de banden met China en Jinhai (fictief)",
            meeting="Raad", meeting_on=meeting_on, agenda_item="7",
        )
        snap = with_suggestions(svc.snapshot(options))
        pdf, docx = render(snap, MemoFormat.PDF), render(snap, MemoFormat.DOCX)
        svc.save(snap, MemoFormat.PDF, pdf, f"{snap.kenmerk}.pdf")
        return pdf, docx


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/memo-voorbeeld")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite3"
        create_demo(path, today=TODAY, actor=ACTOR)
        memo(path, EARLIER, dt.date(2026, 9, 24))
        pdf, docx = memo(path, TODAY, dt.date(2026, 12, 15))
    (out / "briefingsnotitie-demo.pdf").write_bytes(pdf)
    (out / "briefingsnotitie-demo.docx").write_bytes(docx)
    for old in out.glob("briefingsnotitie-demo-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / "briefingsnotitie-demo.pdf"),
                    str(out / "briefingsnotitie-demo")], check=True)
    print(f"written to {out}")


if __name__ == "__main__":
    main()
