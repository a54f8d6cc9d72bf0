"""On a terminal the command line shows long work on one moving line of stderr; on a pipe it
shows nothing (issue #10, review: the backup before an import showed no progress)."""

from __future__ import annotations

import io

from chinadossier.cli.output import Output
from chinadossier.cli.progress_line import progress_line
from chinadossier.domain.progress import Phase


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_phase_and_percentage_move_and_the_line_wiped() -> None:
    stream = _Terminal()
    with progress_line(Output(stderr=stream)) as progress:
        backup = progress.part(0.0, 0.5)
        for done in range(0, 11):
            backup.report(done / 10, Phase.COPYING)
        backup.report(1.0, Phase.COPYING)  # the same text again: not rewritten
        progress.report(0.75, Phase.PREPARING_RECORDS, done=1200, total=2400)
    text = stream.getvalue()
    frames = text.split("\r")
    assert frames[1].strip() == "Kopie maken … 0 %"
    assert "Kopie maken … 30 %" in [f.strip() for f in frames]
    assert [f.strip() for f in frames].count("Kopie maken … 50 %") == 1
    assert "Records klaarzetten: 1.200 van 2.400 rijen … 75 %" in [f.strip() for f in frames]
    assert text.endswith("\r") and frames[-2].strip() == ""  # wiped at the end


def test_a_pipe_hears_nothing() -> None:
    stream = io.StringIO()
    with progress_line(Output(stderr=stream)) as progress:
        progress.report(0.5, Phase.COPYING)
    assert stream.getvalue() == ""


def test_an_import_on_a_terminal_shows_its_backup_moving(case_file, tmp_path, monkeypatch) -> None:
    import sys

    from chinadossier.cli import main
    from chinadossier.db.backup import transfer

    monkeypatch.setattr(transfer, "_MIN_STEP_PAGES", 1)  # many steps, as on a large file
    monkeypatch.setattr(transfer, "_STEPS", 10**9)
    source = tmp_path / "o.csv"
    source.write_text("Naam;Soort\r\nHavenbedrijf Xinghe (fictief);overig\r\n", encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--db", str(case_file), "import", str(source)]) == 0
    frames = [f.strip() for f in terminal.getvalue().split("\r")]
    copying = {f for f in frames if f.startswith("Kopie maken … ")}
    assert len(copying) >= 3  # the percentage moved during the copy
    assert any(f.startswith("Opgeslagen") for f in frames)
