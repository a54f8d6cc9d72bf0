"""Import 10,000 rows from an Excel-style CSV, beside bare anchors, in one run.

Usage: python benchmarks/import_rows.py [--rows N] [--work DIR] [--profile FILE]
       [--similar-names [--existing N] [--preview-only]]

The file is what the issue describes: a Windows-1252 semicolon CSV of persons, each with a
function at one of 200 organisations (new to the case file) and a "laatste contact", so every
row becomes a person, a position and a contact moment (20,200 records). Ours is
`plan_import` + `commit_import` in a child process on a new, empty case file (no backup, which
is the same file copy for any import). The anchors, in the same run:

- "csv": parsing the same file with the standard library's csv module alone;
- "raw": the same 20,200 rows written with raw sqlite3 `executemany` into a two-table schema
  (record + a JSON payload), in one transaction (no validation, audit or search index).

`--similar-names` is the worst case for duplicate detection: persons whose names are drawn
from ~100 common Chinese family names × ~500 given names (pinyin, some with tone marks or tone
numbers, some with Hanzi, some given name first in capitals, one in ten Dutch "Achternaam,
Voornaam"), so many rows are near-identical ("Wang Wei", "Wang Wen"), each at one of 150
organisations; `--existing N` first imports N such persons (another draw) so every row is
matched against them; `--preview-only` times reading + preview without the commit.

`--cli` also times the whole `chinadossier import` command in a child process (Python start-up,
the command's imports, the preview, the backup it makes first, the commit) on its own copy of
the empty case file.

Both packages (ours and `--baseline`) are compiled to bytecode first (`compileall`), as an
installed application is: with PYTHONDONTWRITEBYTECODE set, every child would otherwise compile
~350 modules from source on every run.

Prints a Markdown table; `--profile FILE` writes a cProfile of ours.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
           "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo"]
_GIVEN = ["Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Hua", "Ping", "Gang", "Qiang",
          "Xiu", "Ying", "Hong", "Bo", "Tao", "Li", "Ming", "Chao", "Hui"]


def make_organisations_csv(rows: int) -> bytes:
    """Organisations with a kind, place, e-mail address and a remark: one record per row."""
    lines = ["Naam;Soort;Plaats;E-mailadres;Opmerkingen"]
    for i in range(rows):
        lines.append(f"Handelsbureau {i:05d} (fictief);privébedrijf;Nanjing;info{i}@example.cn;"
                     f"geïnformeerd over bezoek")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def make_csv(rows: int) -> bytes:
    """Persons with a function at one of 200 organisations and a last-contact date."""
    lines = ["Naam;Organisatie;Functie;E-mailadres;Laatste contact;Opmerkingen"]
    for i in range(rows):
        family = _FAMILY[i % len(_FAMILY)]
        given = _GIVEN[(i // len(_FAMILY)) % len(_GIVEN)]
        org = f"Handelsbureau {i % 200:03d} (fictief)"
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        lines.append(f"{family} {given} {i:05d} (fictief);{org};adviseur;p{i}@example.cn;"
                     f"{day}-{month}-2024;geïnformeerd over bezoek")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


_SYLLABLES = (
    "wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang "
    "song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su "
    "jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan jin "
    "qiu hou bai qin kong min jing lei jun hua ping gang qiang xiu ying hong bo tao ming chao "
    "hui na ning wen jie ling mei lan xin yi hao qing bin").split()
_HANZI = {"wang": "王", "li": "李", "zhang": "张", "liu": "刘", "chen": "陈", "wei": "伟",
          "fang": "芳", "min": "敏", "jing": "静", "lei": "磊", "qiang": "强", "ming": "明",
          "hua": "华"}
_TONES = {"wang": "Wáng", "li": "Lǐ", "zhang": "Zhāng", "wei": "Wěi", "fang": "Fāng",
          "ming": "Míng", "qiang": "Qiáng", "min": "Mǐn"}
_DUTCH = (["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
           "de Boer", "Mulder", "de Groot"],
          ["Piet", "Pieter", "Anna", "Anne", "Joëlle", "Kees", "Sanne", "Eva", "Thijs", "Daan"])


def similar_names(rows: int, seed: int) -> list[tuple[str, str]]:
    """(name, Hanzi or "") of near-identical persons, reproducibly for a seed."""
    rng = random.Random(seed)
    givens = sorted({a + b for a in _SYLLABLES[:40] for b in _SYLLABLES[40:]})[:440]
    givens += _SYLLABLES[:60]
    out = []
    for _ in range(rows):
        pick = rng.random()
        if pick < 0.1:
            out.append((f"{rng.choice(_DUTCH[0])}, {rng.choice(_DUTCH[1])}", ""))
            continue
        family, given = rng.choice(_SYLLABLES), rng.choice(givens)
        if pick < 0.25 and family in _HANZI and given in _HANZI:
            out.append((f"{family.title()} {given.title()}", _HANZI[family] + _HANZI[given]))
        elif pick < 0.35 and family in _TONES and given in _TONES:
            out.append((f"{_TONES[family]} {_TONES[given]}", ""))
        elif pick < 0.4:
            out.append((f"{given.title()} {family.upper()}", ""))
        elif pick < 0.45:
            out.append((f"{family}2 {given}3", ""))
        else:
            out.append((f"{family.title()} {given.title()}", ""))
    return out


def make_similar_csv(rows: int, seed: int = 99) -> bytes:
    """Persons with near-identical names (see `similar_names`) at one of 150 organisations."""
    rng = random.Random(seed + 1)
    lines = ["Naam;Chinese naam;Organisatie;Functie"]
    for name, hanzi in similar_names(rows, seed):
        lines.append(f"{name};{hanzi};Organisatie {rng.randrange(150):03d} (fictief);adviseur")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


_OURS = """
import sys, cProfile, pstats
from pathlib import Path
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import SystemClock
from chinadossier.services import importing
from chinadossier.services.dossier import Dossier
import gc, os
if os.environ.get("NOGC"): gc.disable()
path, data_path, profile = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
preview_only = len(sys.argv) > 4
def run():
    with Dossier.open(path, clock=SystemClock(), actor=Actor.current()) as dossier:
        table = importing.read_table(data_path.read_bytes(), file_name=data_path.name)
        plan = importing.plan_import(dossier, table)
        assert not plan.rejected, plan.rejected[:3]
        if preview_only:
            print(len(plan.rows), "rows previewed", file=sys.stderr)
            return
        result = importing.commit_import(dossier, plan)
        print(result.created, file=sys.stderr)
if profile:
    cProfile.run("run()", profile)
else:
    run()
"""

_CSV_ANCHOR = """
import csv, io, sys
rows = list(csv.reader(io.StringIO(open(sys.argv[1], "rb").read().decode(sys.argv[2])),
                       delimiter=";"))
"""

_RAW_ANCHOR = """
import csv, io, json, sqlite3, sys, uuid
rows = list(csv.reader(io.StringIO(open(sys.argv[1], "rb").read().decode("cp1252")),
                       delimiter=";"))[1:]
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("CREATE TABLE record (id BLOB PRIMARY KEY, kind TEXT, display_no TEXT UNIQUE, "
             "payload TEXT)")
conn.execute("BEGIN")
orgs = {name: uuid.uuid4().bytes for name in {r[1] for r in rows}}
conn.executemany("INSERT INTO record VALUES (?, 'organisation', ?, ?)",
                 [(oid, f"ORG-{i:05d}", json.dumps({"name": n})) for i, (n, oid)
                  in enumerate(orgs.items())])
persons = [(uuid.uuid4().bytes, "person", f"PER-{i:05d}",
            json.dumps({"name": r[0], "org": orgs[r[1]].hex(), "title": r[2], "email": r[3]}))
           for i, r in enumerate(rows)]
conn.executemany("INSERT INTO record VALUES (?, ?, ?, ?)", persons)
conn.executemany("INSERT INTO record VALUES (?, 'meeting', ?, ?)",
                 [(uuid.uuid4().bytes, f"CM-{i:05d}", json.dumps({"on": r[4], "p": p[0].hex()}))
                  for i, (r, p) in enumerate(zip(rows, persons))])
conn.execute("COMMIT")
"""


_RAW_ORG_ANCHOR = """
import csv, io, json, sqlite3, sys, uuid
rows = list(csv.reader(io.StringIO(open(sys.argv[1], "rb").read().decode("cp1252")),
                       delimiter=";"))[1:]
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("CREATE TABLE record (id BLOB PRIMARY KEY, kind TEXT, display_no TEXT UNIQUE, "
             "payload TEXT)")
conn.execute("BEGIN")
conn.executemany("INSERT INTO record VALUES (?, 'organisation', ?, ?)",
                 [(uuid.uuid4().bytes, f"ORG-{i:05d}", json.dumps(dict(zip("nkpem", r))))
                  for i, r in enumerate(rows)])
conn.execute("COMMIT")
"""


def _timed(code: str, *args: str, source: Path | None = None,
           quiet: bool = False) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of a child process
    (`source`: run the chinadossier package found there instead of the installed one;
    `quiet`: its standard output is dropped)."""
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env,
                   stdout=subprocess.DEVNULL if quiet else None)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, after.ru_maxrss / 1024


def _time_cli(folder: Path, empty: bytes, data: Path,
              source: Path | None = None) -> tuple[float, float, float]:
    """The whole `chinadossier import` command on a fresh copy of the empty case file."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / "chinadossier.sqlite3").write_bytes(empty)
    return _timed("import runpy, sys; sys.argv[0] = 'chinadossier'; "
                  "runpy.run_module('chinadossier', run_name='__main__')",
                  "--data-dir", str(folder), "import", str(data), quiet=True, source=source)


def _fill(case_file: Path, data: bytes) -> None:
    """Import persons into the case file before the timing (not timed)."""
    from chinadossier.domain.actor import Actor
    from chinadossier.domain.clock import SystemClock
    from chinadossier.services import importing
    from chinadossier.services.dossier import Dossier

    with Dossier.open(case_file, clock=SystemClock(), actor=Actor.current()) as dossier:
        plan = importing.plan_import(dossier, importing.read_table(data, file_name="al.csv"))
        importing.commit_import(dossier, plan, accept_partial=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--profile", default="")
    parser.add_argument("--organisations", action="store_true",
                        help="a list of organisations (one record per row) instead of persons")
    parser.add_argument("--similar-names", action="store_true",
                        help="persons with near-identical Chinese names (duplicate detection)")
    parser.add_argument("--existing", type=int, default=0,
                        help="with --similar-names: first import this many such persons")
    parser.add_argument("--preview-only", action="store_true",
                        help="time reading + preview, without the commit")
    parser.add_argument("--cli", action="store_true",
                        help="also time the whole `chinadossier import` command (with its "
                             "backup first) on another copy of the empty case file")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="also time the package in this folder (e.g. main's desktop/)")
    args = parser.parse_args()
    import chinadossier

    for package in (Path(chinadossier.__file__).parent,
                    *([args.baseline / "chinadossier"] if args.baseline is not None else [])):
        compileall.compile_dir(package, quiet=1)
    work = args.work or Path(tempfile.mkdtemp(prefix="cd-import-"))
    work.mkdir(parents=True, exist_ok=True)
    data = work / "personen.csv"
    if args.similar_names:
        data.write_bytes(make_similar_csv(args.rows))
    else:
        data.write_bytes(make_organisations_csv(args.rows) if args.organisations
                         else make_csv(args.rows))

    from chinadossier.domain.actor import Actor
    from chinadossier.domain.clock import SystemClock
    from chinadossier.services.setup import new_case_file

    case_file = work / "case" / "chinadossier.sqlite3"
    case_file.parent.mkdir(exist_ok=True)
    if case_file.exists():
        case_file.unlink()
    new_case_file(case_file, authority_code="GM0599", clock=SystemClock(), actor=Actor.current())
    if args.similar_names and args.existing:
        _fill(case_file, make_similar_csv(args.existing, seed=7))

    csv_s, csv_cpu, _ = _timed(_CSV_ANCHOR, str(data),
                               "utf-8" if args.similar_names else "cp1252")
    raw_db = work / "raw.sqlite3"
    raw_db.unlink(missing_ok=True)
    raw_s = raw_cpu = 0.0
    if not args.similar_names:  # rows that are mostly probable duplicates write little
        raw_s, raw_cpu, _ = _timed(_RAW_ORG_ANCHOR if args.organisations else _RAW_ANCHOR,
                                   str(data), str(raw_db))
    empty = case_file.read_bytes()
    mode = ("preview",) if args.preview_only else ()
    ours_s, ours_cpu, ours_mb = _timed(_OURS, str(case_file), str(data), args.profile, *mode)
    baseline = None
    if args.baseline is not None:
        case_file.write_bytes(empty)
        for suffix in ("-wal", "-shm"):
            Path(f"{case_file}{suffix}").unlink(missing_ok=True)
        baseline = _timed(_OURS, str(case_file), str(data), "", *mode, source=args.baseline)

    cli = cli_baseline = None
    if args.cli:
        cli = _time_cli(work / "cli", empty, data)
        if args.baseline is not None:
            cli_baseline = _time_cli(work / "cli", empty, data, source=args.baseline)

    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.processor() or platform.machine()}; {args.rows} rows of "
          f"{'organisations' if args.organisations else 'persons'}"
          f"{' with near-identical names' if args.similar_names else ''}"
          f"{f' against {args.existing} such persons' if args.existing else ''}"
          f"{' (preview only)' if args.preview_only else ''}; "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| scenario | wall s | CPU s | ours / anchor (wall) |")
    print("|---|---:|---:|---:|")
    what = "read + preview" + ("" if args.preview_only else " + commit")
    print(f"| ours: {what} (peak RSS {ours_mb:.0f} MB) | {ours_s:.2f} | "
          f"{ours_cpu:.2f} | |")
    if baseline is not None:
        print(f"| baseline {args.baseline} (peak RSS {baseline[2]:.0f} MB) | {baseline[0]:.2f} | "
              f"{baseline[1]:.2f} | |")
    if cli is not None:
        print(f"| `chinadossier import` command, backup first (peak RSS {cli[2]:.0f} MB) | "
              f"{cli[0]:.2f} | {cli[1]:.2f} | |")
    if cli_baseline is not None:
        print(f"| the same command, baseline {args.baseline} | {cli_baseline[0]:.2f} | "
              f"{cli_baseline[1]:.2f} | |")
    print(f"| anchor: csv module parse only | {csv_s:.2f} | {csv_cpu:.2f} | "
          f"{ours_s / csv_s:.0f}× |")
    if raw_s:
        print(f"| anchor: raw sqlite3 executemany of the same records | {raw_s:.2f} | "
              f"{raw_cpu:.2f} | {ours_s / raw_s:.1f}× |")


if __name__ == "__main__":
    main()
