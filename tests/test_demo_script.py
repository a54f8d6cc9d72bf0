"""./scripts/demo says what it does before pip's silent minutes on a fresh clone (#8).

The script runs in a copy of the tree with a stand-in `.venv` whose `python` and `chinadossier`
only write down that they ran (no network, no real install)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _stub(path: Path, body: str) -> None:
    path.write_text("#!/usr/bin/env bash\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.mark.parametrize("installed", [False, True])
def test_demo_says_it_installs_before_pip_runs(tmp_path: Path, installed: bool) -> None:
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "demo", tmp_path / "scripts" / "demo")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "activate").write_text(f'PATH="{bin_dir}:$PATH"\n', encoding="utf-8")
    code = 0 if installed else 1
    _stub(bin_dir / "python", (
        f'if [ "$1" = "-c" ]; then exit {code}; fi\n'
        'echo "PIP-RAN $*" >&2\n'))
    _stub(bin_dir / "chinadossier", 'echo "CHINADOSSIER-RAN $*" >&2\n')
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["CHINADOSSIER_DEMO_DIR"] = str(tmp_path / "demo-data")
    result = subprocess.run(["bash", str(tmp_path / "scripts" / "demo")], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    pip = next(i for i, line in enumerate(lines) if line.startswith("PIP-RAN") and "pip" in line)
    said = lines[:pip]
    if installed:
        assert said == ["Chinadossier bijwerken…"]
    else:
        assert said == ["Chinadossier installeren (eenmalig, enkele minuten)…"]
    assert any(line.startswith("CHINADOSSIER-RAN") for line in lines[pip:])
