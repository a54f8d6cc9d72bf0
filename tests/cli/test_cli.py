"""The `chinadossier` command line, end to end in a subprocess, and its Dutch argparse layer."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chinadossier.cli import main
from chinadossier.cli.crash_log import LOGGER_NAME
from chinadossier.cli.dutch_argparse import DutchArgumentParser, dutch_messages, translate
from chinadossier.cli.output import Output
from chinadossier.cli.parser import build_parser
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.services import maintenance

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 300
DEMO_DAY = "2026-11-29"

slow = pytest.mark.slow


# -- helpers --------------------------------------------------------------------------------------


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m chinadossier --data-dir <data_dir> <args>`; never a traceback on stderr."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO / "desktop")
    env["PYTHONIOENCODING"] = "utf-8"
    result = subprocess.run(
        [sys.executable, "-m", "chinadossier", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT, env=env, check=False,
    )
    assert "Traceback" not in result.stderr, explain(result)
    return result


def explain(result: subprocess.CompletedProcess[str]) -> str:
    """Command, exit code and output, for assertion messages."""
    return (f"{' '.join(map(str, result.args))}\nexit {result.returncode}\n"
            f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}")


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def case_file_in(data_dir: Path) -> Path:
    """The standard case file of a data folder."""
    return data_dir / "chinadossier.sqlite3"


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[
        subprocess.CompletedProcess[str], Path]:
    """One `chinadossier demo` run for the whole module: its result and its data folder."""
    data = tmp_path_factory.mktemp("demo-data")
    return run(data, "demo", "--today", DEMO_DAY), data


@pytest.fixture
def demo_dir(demo_run: tuple[subprocess.CompletedProcess[str], Path], tmp_path: Path) -> Path:
    """A data folder holding this test's own copy of the demo case file."""
    result, source = demo_run
    assert result.returncode == 0, explain(result)
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy2(case_file_in(source), case_file_in(data))
    return data


@pytest.fixture
def real_dir(case_file: Path) -> Path:
    """A data folder holding a real (non-demo) case file for Rotterdam."""
    return case_file.parent


# -- global behaviour -----------------------------------------------------------------------------


@slow
def test_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")
    assert result.returncode == 0, explain(result)
    assert result.stdout.strip() == "chinadossier 0.1.0"


def test_no_command_opens_the_desktop_application(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from chinadossier.cli import commands_gui

    seen: list[tuple[str, str | None]] = []

    def fake(args: argparse.Namespace, rt: object) -> int:
        seen.append((args.command, args.lang))
        return 0

    monkeypatch.setattr(commands_gui, "run_gui", fake)
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert main(["--data-dir", str(tmp_path), "--lang", "en"]) == 0
    assert main(["--data-dir", str(tmp_path), "gui", "--lang", "en"]) == 0
    assert seen == [("gui", None), ("gui", "en"), ("gui", "en")]


@slow
def test_unknown_option_is_a_dutch_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path, "overview", "--bogus")
    assert result.returncode == 2, explain(result)
    assert "onbekende argumenten: --bogus" in result.stderr
    assert "gebruik:" in result.stderr


@slow
def test_server_database_is_not_supported(tmp_path: Path) -> None:
    result = run(tmp_path, "--db", "postgresql://x/y", "overview")
    assert result.returncode == 2, explain(result)
    assert "nog niet ondersteund" in result.stderr


@slow
def test_gui_without_a_display_says_so_in_dutch(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("a display is always there outside Linux")
    code = (
        "import os, sys; from chinadossier.cli import main; "
        "[os.environ.pop(k, None) for k in ('DISPLAY', 'WAYLAND_DISPLAY', 'QT_QPA_PLATFORM')]; "
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'gui']); "
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'PySide6'}))"
    )
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO / "desktop")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=TIMEOUT, env=env, check=False)
    assert result.stdout.strip() == "2 []", explain(result)
    assert "geen beeldscherm beschikbaar" in result.stderr


@slow
def test_other_commands_never_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from chinadossier.cli import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'overview']); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6'}))"
    )
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PYTHONPATH"] = str(REPO / "desktop")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=TIMEOUT, env=env, check=False)
    assert result.stdout.strip() == "[]", explain(result)


# -- init -----------------------------------------------------------------------------------------


@slow
def test_init_creates_a_case_file(tmp_path: Path) -> None:
    result = run(tmp_path, "init", "--authority", "gm599")
    assert result.returncode == 0, explain(result)
    assert case_file_in(tmp_path).is_file()
    assert "Rotterdam (GM0599)" in result.stdout


@slow
def test_init_never_overwrites(real_dir: Path) -> None:
    before = sha256(case_file_in(real_dir))
    result = run(real_dir, "init", "--authority", "GM0363")
    assert result.returncode == 1, explain(result)
    assert "niet overschreven" in result.stderr
    assert sha256(case_file_in(real_dir)) == before


@slow
def test_init_with_a_malformed_code_is_an_input_error(tmp_path: Path) -> None:
    result = run(tmp_path, "init", "--authority", "XX999")
    assert result.returncode == 2, explain(result)
    assert "geen CBS-code" in result.stderr
    assert not case_file_in(tmp_path).exists()


@slow
def test_init_without_authority_is_a_dutch_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path, "init")
    assert result.returncode == 2, explain(result)
    assert "de volgende argumenten zijn verplicht: --authority" in result.stderr


# -- demo -----------------------------------------------------------------------------------------


@slow
def test_demo_creates_a_demo_case_file(
        demo_run: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, data = demo_run
    assert result.returncode == 0, explain(result)
    assert case_file_in(data).is_file()
    assert "Demodossier aangemaakt" in result.stdout


@slow
def test_demo_again_changes_nothing(demo_dir: Path) -> None:
    before = sha256(case_file_in(demo_dir))
    result = run(demo_dir, "demo", "--today", DEMO_DAY)
    assert result.returncode == 0, explain(result)
    assert "bestaat al, niets gewijzigd" in result.stdout
    assert sha256(case_file_in(demo_dir)) == before


@slow
def test_demo_refuses_a_real_case_file(real_dir: Path) -> None:
    before = sha256(case_file_in(real_dir))
    result = run(real_dir, "demo", "--today", DEMO_DAY)
    assert result.returncode == 1, explain(result)
    assert "echt dossier" in result.stderr
    assert sha256(case_file_in(real_dir)) == before


# -- reading --------------------------------------------------------------------------------------


@slow
def test_overview_json_of_the_demo(demo_dir: Path) -> None:
    result = run(demo_dir, "overview", "--json")
    assert result.returncode == 0, explain(result)
    data = json.loads(result.stdout)
    assert data["own_authority"]["code"] == "GM0599"
    assert data["is_demo"] is True
    assert data["ties"], "the demo's own authority has ties"
    assert {"type", "status", "since", "title"} <= set(data["ties"][0])
    assert "ties_by_status" in data["dashboard"]


@slow
def test_overview_text_is_dutch(demo_dir: Path) -> None:
    result = run(demo_dir, "overview")
    assert result.returncode == 0, explain(result)
    assert "Eigen gemeente: Rotterdam (GM0599)" in result.stdout
    assert "Demodossier: ja" in result.stdout
    assert "Open risico's per niveau" in result.stdout


@slow
def test_search_json_finds_nanjing(demo_dir: Path) -> None:
    result = run(demo_dir, "search", "nanjing", "--json")
    assert result.returncode == 0, explain(result)
    hits = json.loads(result.stdout)
    assert hits
    assert {"id", "kind", "display_no", "label", "rank"} <= set(hits[0])


@slow
def test_search_refuses_a_foreign_file(tmp_path: Path) -> None:
    foreign = tmp_path / "notities.txt"
    foreign.write_text("Dit is geen dossier.\n", encoding="utf-8")
    before = sha256(foreign)
    result = run(tmp_path / "data", "--db", str(foreign), "search", "nanjing")
    assert result.returncode == 1, explain(result)
    assert "geen Chinadossier-bestand" in result.stderr
    assert sha256(foreign) == before


@slow
def test_reading_an_older_schema_asks_for_an_upgrade(real_dir: Path) -> None:
    path = case_file_in(real_dir)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 0")
    conn.close()
    before = sha256(path)
    result = run(real_dir, "overview")
    assert result.returncode == 1, explain(result)
    assert "chinadossier upgrade" in result.stderr
    assert sha256(path) == before


@slow
def test_overview_without_a_case_file_says_how_to_make_one(tmp_path: Path) -> None:
    result = run(tmp_path, "overview")
    assert result.returncode == 1, explain(result)
    assert "chinadossier init" in result.stderr


# -- maintenance ----------------------------------------------------------------------------------


@slow
def test_check_passes(demo_dir: Path) -> None:
    result = run(demo_dir, "check")
    assert result.returncode == 0, explain(result)
    assert "✔" in result.stdout and "✘" not in result.stdout
    assert "in orde" in result.stdout


@slow
def test_check_json(demo_dir: Path) -> None:
    result = run(demo_dir, "check", "--json")
    assert result.returncode == 0, explain(result)
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["items"]


@slow
def test_backup_lands_in_the_backups_folder(demo_dir: Path) -> None:
    result = run(demo_dir, "backup")
    assert result.returncode == 0, explain(result)
    made = list((demo_dir / "backups").glob("*.sqlite3"))
    assert len(made) == 1
    assert str(made[0]) in result.stdout


@slow
def test_restore_of_a_backup(real_dir: Path, clock: FixedClock) -> None:
    backup = maintenance.backup(case_file_in(real_dir), out_dir=real_dir / "saved",
                                reason="test", clock=clock, actor=Actor.current())
    result = run(real_dir, "restore", str(backup))
    assert result.returncode == 0, explain(result)
    assert "in orde" in result.stdout
    assert list((real_dir / "backups").glob("*.sqlite3")), "a safety copy was made"


@slow
def test_upgrade_of_a_current_file(real_dir: Path) -> None:
    before = sha256(case_file_in(real_dir))
    result = run(real_dir, "upgrade")
    assert result.returncode == 0, explain(result)
    assert "al bijgewerkt" in result.stdout
    assert sha256(case_file_in(real_dir)) == before


# -- in process: the Dutch argparse layer, output and the crash log -------------------------------


def test_translate_knows_argparse_texts_and_passes_others_through() -> None:
    assert translate("usage: ") == "gebruik: "
    assert translate("expected one argument") == "verwacht één argument"
    assert translate("iets anders") == "iets anders"


def test_dutch_messages_restores_argparse_afterwards() -> None:
    saved = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    with dutch_messages():
        assert argparse._("options") == "opties"  # type: ignore[attr-defined]
    assert (argparse._, argparse.ngettext) == saved  # type: ignore[attr-defined]
    assert "usage:" in argparse.ArgumentParser(prog="x").format_usage()


def test_help_has_dutch_headings() -> None:
    text = build_parser().format_help()
    assert text.startswith("gebruik: chinadossier")
    assert "opties:" in text and "opdrachten:" in text
    assert "toon deze hulptekst en stop" in text and "show this help" not in text


def test_missing_required_argument_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["init"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "chinadossier init: fout: de volgende argumenten zijn verplicht: --authority" in err


def test_option_without_value_and_invalid_choice_are_dutch(
        capsys: pytest.CaptureFixture[str]) -> None:
    parser = DutchArgumentParser(prog="p")
    parser.add_argument("--kleur", choices=["rood", "blauw"])
    with pytest.raises(SystemExit):
        parser.parse_args(["--kleur"])
    assert "argument --kleur: verwacht één argument" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parser.parse_args(["--kleur", "groen"])
    assert "ongeldige keuze: 'groen'" in capsys.readouterr().err


def test_main_returns_2_for_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--onbekend"]) == 2
    assert "onbekende argumenten: --onbekend" in capsys.readouterr().err


def test_marks_fall_back_to_words_on_a_limited_console() -> None:
    latin = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    assert Output(stdout=latin).marks() == ("OK", "FOUT")
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    assert Output(stdout=utf8).marks() == ("✔", "✘")


def test_text_never_fails_on_a_limited_console() -> None:
    raw = io.BytesIO()
    latin = io.TextIOWrapper(raw, encoding="cp1252")
    Output(stdout=latin).result("南京 Nanjing")
    assert raw.getvalue() == b"?? Nanjing\n"


def test_json_is_utf8_bytes() -> None:
    raw = io.BytesIO()
    latin = io.TextIOWrapper(raw, encoding="cp1252")
    Output(stdout=latin).json({"naam": "南京"})
    assert json.loads(raw.getvalue().decode("utf-8")) == {"naam": "南京"}


@pytest.fixture
def _clean_logger() -> Iterator[None]:
    yield
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)


@pytest.mark.usefixtures("_clean_logger")
def test_unexpected_failure_is_one_dutch_line_and_a_logged_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from chinadossier.cli import commands_gui

    def broken(args: object, rt: object) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setattr(commands_gui, "run_gui", broken)
    assert main(["--data-dir", str(tmp_path), "gui"]) == 1
    err = capsys.readouterr().err
    log = tmp_path / "logs" / "chinadossier.log"
    # One Dutch line; the exception's own (English, possibly data-quoting) text stays in the log
    assert err.strip() == ("Er ging iets onverwachts mis. Er is niets half opgeslagen; "
                           f"details staan in {log}")
    assert "kapot" not in err and "RuntimeError" not in err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: kapot" in text


def test_reindex_repairs_a_broken_search_index(tmp_path: Path) -> None:
    # Given a demo case file whose search index lost a row (a direct edit of the file)
    data = tmp_path / "data"
    assert run(data, "demo", "--today", "2026-11-29").returncode == 0
    case_file = data / "chinadossier.sqlite3"
    with sqlite3.connect(case_file) as conn:
        conn.execute("DELETE FROM search_fts WHERE rowid = (SELECT min(rowid) FROM search_fts)")
    broken = run(data, "check")
    assert broken.returncode == 1 and "chinadossier reindex" in broken.stdout + broken.stderr
    # When the index is rebuilt
    done = run(data, "reindex")
    # Then the check passes again
    assert done.returncode == 0, done.stderr
    assert "Zoekindex opnieuw opgebouwd" in done.stdout
    assert run(data, "check").returncode == 0


def test_export_and_import_json_end_to_end(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.json"
    exported = run(demo_dir, "export", "--format", "json", "--out", str(out))
    assert exported.returncode == 0, explain(exported)
    assert "geëxporteerd" in exported.stdout
    again = run(demo_dir, "export", "--out", str(out))
    assert again.returncode == 1 and "niet overschreven" in again.stderr, explain(again)
    folder = run(demo_dir, "export", "--out", str(tmp_path))
    assert folder.returncode == 2 and "is een map" in folder.stderr, explain(folder)

    fresh = tmp_path / "nieuw"
    loaded = run(fresh, "import-json", str(out))
    assert loaded.returncode == 0, explain(loaded)
    assert "controle geslaagd" in loaded.stdout
    refused = run(fresh, "import-json", str(out))
    assert refused.returncode == 1 and "al een dossier" in refused.stderr, explain(refused)
    checked = run(fresh, "check")
    assert checked.returncode == 0, explain(checked)
