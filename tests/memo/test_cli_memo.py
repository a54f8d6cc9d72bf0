"""`chinadossier memo` and `memos` end to end in a subprocess."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO / "desktop")
    env["PYTHONIOENCODING"] = "utf-8"
    result = subprocess.run(
        [sys.executable, "-m", "chinadossier", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, encoding="utf-8", timeout=300, env=env, check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.mark.slow
def test_memo_and_memos_end_to_end(memo_template: tuple[Path, object], tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy2(memo_template[0], data / "chinadossier.sqlite3")
    facts = memo_template[1]
    out = tmp_path / "notitie.pdf"
    result = run(data, "memo", "--tie", facts.tie_no, "--classification", "openbaar",  # type: ignore[attr-defined]
                 "--from", "2026-01-01", "--van", "Team IZ", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "NOT-2026-0001" in result.stdout and "weggelaten" in result.stdout
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "O P E N B A A R" in text and "Kernpunten" in text
    history = run(data, "memos", "--json")
    assert history.returncode == 0
    rows = json.loads(history.stdout)
    assert [(r["kenmerk"], r["format"], r["classification"], r["scope_record"])
            for r in rows] == [("NOT-2026-0001", "pdf", "public", facts.tie_no)]  # type: ignore[attr-defined]
    bad = run(data, "memo", "--classification", "geheim", "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2
    assert not (tmp_path / "x.pdf").exists()
