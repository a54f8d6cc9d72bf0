"""The `chinadossier` command line: parse, run one command, turn every failure into a Dutch line.

Exit codes: 0 done; 1 failed, refused or problems found; 2 wrong input or not available; 130
interrupted (Ctrl+C). Results go to stdout, messages to stderr. A user mistake never shows a
traceback; an unexpected failure shows one Dutch line and leaves the traceback in
`<data dir>/logs/chinadossier.log`.

This package reaches the case file only through `chinadossier.services` (never `db`,
SQLAlchemy, Alembic or Qt), as the import-linter contracts require.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import errno
import gc
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

from chinadossier.cli.output import Output
from chinadossier.cli.parser import build_parser
from chinadossier.cli.runtime import Runtime
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import SystemClock
from chinadossier.domain.errors import ChinadossierError, UsageError
from chinadossier.paths import Paths, case_file_from_db_option, demo_data_dir, resolve_paths

__all__ = ["main", "run"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
GUI_HANDLER = ("commands_gui", "run_gui")
#: Read commands whose quick path logs nothing: the log file is set up only if they fail
#: (record_failure installs it), so they start without importing logging.handlers.
QUICK_MODULES = frozenset({"commands_search"})


def _exit_code(exc: SystemExit) -> int:
    """The numeric code of argparse's SystemExit (None means 0, a text means 1)."""
    if exc.code is None:
        return EXIT_OK
    return exc.code if isinstance(exc.code, int) else EXIT_FAILED


def _paths(args: argparse.Namespace) -> Paths:
    """The data folder and case file of this run (`--db` picks another case file)."""
    data_dir = args.data_dir
    if args.command == "demo" and data_dir is None and args.db is None:
        # A demo never goes where the real case file lives: its own folder unless told otherwise.
        data_dir = demo_data_dir(os.environ)
    paths = resolve_paths(data_dir, os.environ)
    if args.db is not None:
        paths = dataclasses.replace(paths, case_file=case_file_from_db_option(args.db))
    _usable(paths.data_dir, "--data-dir")
    _usable(paths.case_file, "--db")
    if paths.case_file.is_dir():
        raise UsageError(f"{paths.case_file} is een map; geef bij --db het dossierbestand zelf op "
                         "(bijvoorbeeld …/chinadossier.sqlite3). Er is niets gewijzigd.")
    return paths


#: Longest path and path part most file systems take (Windows is handled by its own errors).
_MAX_PATH, _MAX_PART = 4000, 255


def _usable(path: Path, option: str) -> None:
    """Refuse, as wrong input (exit 2), a path no file system can hold (issue 7.7)."""
    too_long = len(os.fsencode(str(path))) > _MAX_PATH or any(
        len(os.fsencode(part)) > _MAX_PART for part in path.parts)
    if too_long:
        raise UsageError(f"Het pad bij {option} is te lang (hoogstens {_MAX_PART} tekens per "
                         f"map- of bestandsnaam). Er is niets gewijzigd.")


def _command(handler: tuple[str, str]) -> Callable[[argparse.Namespace, Runtime], int]:
    """Import a command's module (only now: it pulls in the services) and return its function."""
    from chinadossier.services.quiet_gc import no_gc

    module_name, function = handler
    with no_gc():  # tens of thousands of long-lived objects: no collector passes over them
        module = importlib.import_module(f"{__name__}.{module_name}")
    command: Callable[[argparse.Namespace, Runtime], int] = getattr(module, function)
    return command


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _unexpected(out: Output, args: argparse.Namespace, error: Exception) -> int:
    """Report an unexpected failure in one Dutch line; the traceback goes to the log file.

    The exception's own text is not shown: it is English and may quote stored data (SQL
    parameters with names); the log file, in the user's own data folder, has it all.
    """
    from chinadossier.cli.crash_log import record_failure
    from chinadossier.services.maintenance import explain_failure

    cause = explain_failure(error)  # a database or OS error named in Dutch, else None
    what = (f"De opdracht is mislukt: {cause}." if cause
            else "Er ging iets onverwachts mis.")  # never a Python class name
    try:
        log = record_failure(resolve_paths(args.data_dir, os.environ), args.command, error)
    except Exception:  # noqa: BLE001 - the report must not fail itself
        out.message(f"{what} Het logbestand kon niet worden geschreven. Er is niets half "
                    "opgeslagen.")
        return EXIT_FAILED
    out.message(f"{what} Er is niets half opgeslagen; details staan in {log}")
    return EXIT_FAILED


_OS_PROBLEMS = {
    errno.ENOENT: ("bestaat niet", EXIT_USAGE),
    errno.ENOTDIR: ("is geen map (een deel van het pad is een bestand)", EXIT_USAGE),
    errno.EEXIST: ("bestaat al als bestand; geef een map op", EXIT_USAGE),
    errno.EISDIR: ("is een map, geen bestand", EXIT_USAGE),
    errno.EACCES: ("is niet toegankelijk voor uw account", EXIT_USAGE),
    errno.EPERM: ("is niet toegankelijk voor uw account", EXIT_USAGE),
    errno.EROFS: ("staat op een schijf waarop niet geschreven kan worden", EXIT_USAGE),
    errno.ENOSPC: ("kan niet worden geschreven: de schijf is vol", EXIT_FAILED),
    errno.ENAMETOOLONG: ("is te lang voor het bestandssysteem", EXIT_USAGE),
}


def _file_problem(out: Output, error: OSError) -> int:
    """A folder or file that cannot be used, in one Dutch line (a user's input, mostly)."""
    what, code = _OS_PROBLEMS.get(error.errno or 0, ("kan niet worden gebruikt", EXIT_FAILED))
    where = error.filename if error.filename else "Een bestand of map"
    folder = Path(str(error.filename)).parent if error.filename else None
    if error.errno == errno.ENOENT and folder is not None and folder.is_dir():
        # The folder is there but refuses new files (/proc, a read-only mount): say so, not
        # that our own temporary file "does not exist".
        out.message(f"In {folder} kan geen bestand worden aangemaakt. Er is niets gewijzigd.")
        return EXIT_USAGE
    out.message(f"{where} {what}. Er is niets gewijzigd.")
    return code


def run() -> int:
    """The `chinadossier` program (`python -m chinadossier` and the installed script): main(),
    then ready to exit without the interpreter's last garbage-collector pass.

    At exit Python runs a full collection over every object still alive (modules, SQLAlchemy's
    mapped classes, caches): a quarter of a second after a 10,000-row import, for a process
    that is about to end anyway. Freezing them first (gc.freeze) leaves that pass nothing to
    traverse. Objects are still freed by reference counting as the interpreter tears down;
    only cycles still unreachable at this moment are left to the operating system, which
    takes back all of the process's memory anyway. Files and the case file are closed by
    then (each command closes what it opened). Tests call main(), never this.
    """
    code = main()
    gc.freeze()
    return code


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments without the program name; None means `sys.argv[1:]`.

    Returns:
        The exit code.
    """
    out = Output()
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version and usage errors (already printed)
        return _exit_code(exc)
    if args.handler is None:  # no sub-command: the desktop application
        args.handler = GUI_HANDLER
        args.command = "gui"
    try:
        runtime = Runtime(paths=_paths(args), out=out, clock=SystemClock(),
                          actor=Actor.current())
        if args.handler[0] not in QUICK_MODULES:
            from chinadossier.cli.crash_log import install as install_log

            with contextlib.suppress(Exception):  # the log is only written on a failure
                install_log(runtime.paths)
        return int(_command(args.handler)(args, runtime))
    except ChinadossierError as exc:
        out.message(exc.message)
        if getattr(args, "json", False):  # a script reading stdout gets the reason too
            with contextlib.suppress(OSError):
                out.json({"error": exc.message, "exit_code": exc.exit_code})
        return exc.exit_code
    except KeyboardInterrupt:
        out.message("Afgebroken.")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader stopped early (e.g. `| head`); nothing to report
        _silence_stdout()
        return EXIT_FAILED
    except OSError as exc:
        return _file_problem(out, exc)
    except Exception as exc:  # noqa: BLE001 - one Dutch line instead of a traceback
        return _unexpected(out, args, exc)
