"""The reviewer's "database disk image is malformed" as a script (docs/architecture.md, Hardening).

A long-lived process (as the desktop) keeps a case file open with three reader threads reading
continuously and opens the same file a second time in the process (a second window, "Toch
openen"); meanwhile another process runs `chinadossier import` of 4,000 persons, an import with
`--duplicates samenvoegen --accept-partial` and a `backup`. Prints the number of failed reads
(0 expected). Usage: python tools/lock_loss_run.py WORK_FOLDER (made, must not exist).
Run the code of another checkout with PYTHONPATH=<checkout>/desktop.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import threading
import time
from pathlib import Path

from chinadossier.domain.clock import SystemClock
from chinadossier.domain.codes import RecordKind
from chinadossier.services import quick
from chinadossier.services.dossier import Dossier

_COLUMNS = ["Achternaam", "Voornaam", "Tussenvoegsel", "Chinese naam", "Pinyin", "Organisatie",
            "Functie", "E-mailadres", "Telefoon", "Adres", "Classificatie", "Tags", "Opmerkingen"]


def _cli(data: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "chinadossier", "--data-dir", str(data), *args],
                          capture_output=True, text=True, check=False)
    lines = (done.stdout + done.stderr).strip().splitlines()
    return f"{args[0]}: exit {done.returncode}, {lines[-1] if lines else ''}"


def _csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(_COLUMNS)
        writer.writerows(rows)


def _prepare(work: Path) -> Path:
    work.mkdir(parents=True)
    data = work / "data"
    print(_cli(data, "demo"))
    exported = work / "personen.csv"
    print(_cli(data, "export", "--format", "csv", "--type", "personen", "--out", str(exported)))
    existing = list(csv.reader(exported.open(encoding="utf-8-sig"), delimiter=";"))[2:]
    _csv(work / "big.csv", [[f"Achter{n}", f"Voor{n}", *[""] * 8, "Intern", "", ""]
                            for n in range(4000)])
    # Existing persons with another e-mail address: possible duplicates, merged.
    merged = [row[1:8] + [f"ander{n}@example.org"] + row[9:] for n, row in enumerate(existing)]
    _csv(work / "cli.csv", merged + [[f"Cli{n}", f"Naam{n}", *[""] * 8, "Intern", "", ""]
                                     for n in range(1500)])
    return data


def main(work: Path) -> int:
    data = _prepare(work)
    path = data / "chinadossier.sqlite3"
    errors: list[str] = []
    stop = threading.Event()
    dossier = Dossier.open(path, clock=SystemClock())

    def read() -> None:
        while not stop.is_set():
            try:
                dossier.persons.list()
                dossier.overview.counts()
                quick.search_answer(path, "zhou", limit=5)
            except Exception as exc:  # noqa: BLE001 - counted and shown
                errors.append(f"{type(exc).__name__}: {exc}"[:140])

    readers = [threading.Thread(target=read) for _ in range(3)]
    for reader in readers:
        reader.start()
    time.sleep(1)
    quick.read_only_reason(path)  # the second window's start, in this process
    quick.first_view(path, clock=SystemClock(), trash_kinds=(RecordKind.PERSON,))
    with Dossier.open(path, clock=SystemClock()) as second:
        second.persons.list()
    print(_cli(data, "import", str(work / "big.csv"), "--accept-partial"))
    print(_cli(data, "import", str(work / "cli.csv"), "--duplicates", "samenvoegen",
               "--accept-partial"))
    print(_cli(data, "backup"))
    time.sleep(2)
    stop.set()
    for reader in readers:
        reader.join()
    dossier.close()
    print(f"failed reads: {len(errors)}", sorted(set(errors))[:3])
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
