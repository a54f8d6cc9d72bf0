"""Issue 7.9: bad input to the command line, as a table.

Each case: the exit code (2 unusable input, 1 a refused or failed action), one Dutch message
without English fragments, the case file's bytes unchanged, and no stray files or folders.
Run in-process (main()), so the table stays cheap.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from chinadossier.cli import main
from fs_support import read_only

#: Words that betray an untranslated message (Python, SQLite or the OS speaking English).
ENGLISH = re.compile(
    r"\b(error|traceback|exception|errno|permission|denied|no such|not found|database disk|"
    r"malformed|readonly|unable|invalid|usage|file or directory|overflow)\b", re.I)

LONG = "a" * 300


def _state(root: Path) -> dict[str, str]:
    """Every file and folder under root with a hash of its bytes (SQLite's -shm index and an
    empty -wal, made by any reader, aside)."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        name = str(path.relative_to(root))
        if path.name.endswith("-shm") or (path.name.endswith("-wal")
                                          and path.stat().st_size == 0):
            continue
        found[name] = (hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file()
                       else "map")
    return found


CASES = [
    # (arguments, expected exit code, a word the message must contain)
    (["--db", "{root}", "overview"], 2, "map"),
    (["--db", "{root}/" + LONG + "/x.sqlite3", "overview"], 2, "te lang"),
    (["--data-dir", "{root}/" + LONG, "init", "--authority", "gm599"], 2, "te lang"),
    (["--db", "{root}/nieuw/" + LONG + ".sqlite3", "init", "--authority", "gm599"], 2,
     "te lang"),
    (["--data-dir", "{root}/nieuw", "demo", "--today", "0001-01-01"], 2, "2000-01-01"),
    (["--data-dir", "{root}/nieuw", "demo", "--today", "9999-12-31"], 2, "2150-12-31"),
    (["--data-dir", "{root}/nieuw", "demo", "--today", "gisteren"], 2, "datum"),
    (["--data-dir", "{root}/nieuw/diep", "init", "--authority", "gm9999"], 2, "GM9999"),
    (["--data-dir", "{root}/nieuw", "init", "--authority", "xyz"], 2, "code"),
    (["--data-dir", "{data}", "init", "--authority", "gm599"], 1, "overschreven"),
    (["--data-dir", "{data}", "search", "nanjing", "--limit", "0"], 2, "1"),
    (["--data-dir", "{data}", "restore", "{root}/bestaat-niet.sqlite3"], 2, "bestaat niet"),
    (["--data-dir", "{data}", "restore", "{root}"], 2, "map"),
    (["--data-dir", "{data}", "restore", "{root}/tekst.txt"], 1, "Chinadossier"),
    (["--data-dir", "{data}", "backup", "--out", "{root}/tekst.txt"], 2, "--force"),
    (["--data-dir", "{data}", "check", "--against", "{root}/bestaat-niet.sqlite3"], 2,
     "bestaat niet"),
    (["--db", "{root}/tekst.txt", "overview"], 1, "Chinadossier"),
    (["--db", "postgresql://user:geheim@server/db", "overview"], 2, "server"),
    (["--data-dir", "{root}/leeg", "upgrade"], 1, "nog geen dossier"),
    (["--data-dir", "{data}", "opruimen"], 2, "opdracht"),
    (["--data-dir", "{data}", "export", "--format", "csv", "--type", "contactmomenten",
      "--since", "01-01-2026", "--until", "2025-01-01", "--out", "{root}/x.csv"], 2, "--until"),
    (["--data-dir", "{data}", "memo", "--classification", "intern", "--from", "31-02-2026",
      "--out", "{root}/m.pdf"], 2, "bestaat niet"),
]


@pytest.fixture
def root(case_file_template: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy2(case_file_template, data / "chinadossier.sqlite3")
    (tmp_path / "tekst.txt").write_text("geen dossier\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("args", "code", "word"), CASES,
                         ids=[" ".join(c[0][2:])[:40] for c in CASES])
def test_bad_input(root: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                   code: int, word: str) -> None:
    filled = [a.format(root=root, data=root / "data") for a in args]
    before = _state(root)
    assert main(filled) == code
    captured = capsys.readouterr()
    message = captured.err.strip()
    assert message, "no message"
    assert word.lower() in message.lower(), message
    assert not ENGLISH.search(message.replace("chinadossier", "")), message
    assert _state(root) == before


def test_a_read_only_case_file_is_named_as_such(root: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = root / "data" / "chinadossier.sqlite3"
    with read_only(path):
        before = _state(root)
        assert main(["--data-dir", str(root / "data"), "reindex"]) == 1
        message = capsys.readouterr().err
        assert "alleen-lezen" in message and "beschadigd" not in message.replace(
            "niet beschadigd", "")
        assert not ENGLISH.search(message), message
        assert _state(root) == before
