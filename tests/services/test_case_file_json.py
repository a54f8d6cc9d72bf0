"""The whole case file to JSON and back: nothing lost, nothing half-made, broken input refused."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chinadossier.db import dump
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import Classification, OrganisationKind
from chinadossier.domain.drafts import Common, OrganisationDraft, SourceDraft
from chinadossier.domain.errors import FileRefused
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.progress import Cancelled, Progress
from chinadossier.services import case_file_json, maintenance
from chinadossier.services.demo.create import create_demo
from chinadossier.services.dossier import Dossier

ACTOR = Actor(account="t.tester", domain="GEMEENTE", host="laptop-griffie-01")
TODAY = dt.date(2026, 11, 29)
CLOCK = FixedClock.on(TODAY)


def _body(path: Path) -> str:
    """The document without its first line (which carries the export time)."""
    return path.read_text(encoding="utf-8").split("\n", 1)[1]


@pytest.fixture(scope="module")
def demo_with_attachment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "chinadossier.sqlite3"
    create_demo(path, today=TODAY, actor=ACTOR)
    with Dossier.open(path, clock=CLOCK, actor=ACTOR) as dossier:
        tie = dossier.ties.list().items[0]
        dossier.attachments.attach(
            tie.meta.id, file_name="raadsbesluit.pdf", data=bytes(range(256))
        )
        org = dossier.organisations.list().items[0]
        dossier.organisations.delete(org.meta.id, expected_version=org.meta.version)
    return path


def test_export_import_export_is_identical_and_the_new_file_passes_check(
    demo_with_attachment: Path, tmp_path: Path
) -> None:
    first = tmp_path / "een.json"
    report = case_file_json.export_json(demo_with_attachment, first, clock=CLOCK, actor=ACTOR)
    assert report.records > 400
    assert oct(first.stat().st_mode & 0o777) == "0o600"

    loaded = tmp_path / "nieuw" / "chinadossier.sqlite3"
    loaded.parent.mkdir()
    made = case_file_json.import_json(first, loaded)
    assert made.rows == report.rows

    second = tmp_path / "twee.json"
    case_file_json.export_json(loaded, second, clock=CLOCK, actor=ACTOR)
    assert _body(first) == _body(second)
    assert maintenance.check(loaded, full=True).ok

    with Dossier.open(loaded, clock=CLOCK, actor=ACTOR) as dossier:
        tie = dossier.ties.list().items[0]
        (attachment,) = dossier.attachments.list_for(tie.meta.id)
        assert dossier.attachments.data(attachment.id) == bytes(range(256))
    # The search index was rebuilt: the demo's first tie is found by its number.
    assert maintenance.check(loaded, full=False).ok


def _export_events(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        sql = "SELECT count(*) FROM audit_entry WHERE action = 'export'"
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_the_export_is_audited_after_it_was_written(demo_with_attachment: Path, tmp_path: Path):
    before = _export_events(demo_with_attachment)
    out = tmp_path / "export.json"
    case_file_json.export_json(demo_with_attachment, out, clock=CLOCK, actor=ACTOR)
    assert _export_events(demo_with_attachment) == before + 1
    document = json.loads(out.read_text(encoding="utf-8"))
    (audit,) = [t for t in document["tables"] if t["name"] == "audit_entry"]
    action = audit["columns"].index("action")
    assert sum(1 for row in audit["rows"] if row[action] == "export") == before


def test_an_existing_file_is_never_overwritten_and_a_failed_export_leaves_nothing(
    demo_with_attachment: Path, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    out.write_text("van de gebruiker")
    with pytest.raises(FileRefused, match="niet overschreven"):
        case_file_json.export_json(demo_with_attachment, out, clock=CLOCK, actor=ACTOR)
    assert out.read_text() == "van de gebruiker"
    case_file_json.export_json(demo_with_attachment, out, clock=CLOCK, actor=ACTOR,
                               overwrite=True)
    assert out.read_text(encoding="utf-8").startswith('{"format":"chinadossier-export"')
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_the_export_reports_its_progress_in_dutch_up_to_done(
    demo_with_attachment: Path, tmp_path: Path
) -> None:
    heard: list[tuple[float, str]] = []
    progress = Progress(lambda fraction, phase: heard.append((fraction, phase)))
    case_file_json.export_json(demo_with_attachment, tmp_path / "export.json", clock=CLOCK,
                               actor=ACTOR, progress=progress)
    fractions = [f for f, _ in heard]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert any(phase.startswith("Exporteren: ") and phase.endswith(" rijen")
               for _, phase in heard)
    assert len({f for f in fractions if 0.0 < f < 0.97}) > 1  # steps between start and end


def _row_reports(path: Path, folder: Path) -> int:
    """How many times an uncancelled export reports rows written."""
    heard: list[str] = []
    progress = Progress(lambda _f, phase: heard.append(phase))
    case_file_json.export_json(path, folder / "count.json", clock=CLOCK, actor=ACTOR,
                               progress=progress)
    return sum(1 for phase in heard if phase.startswith("Exporteren: "))


@pytest.mark.parametrize("when", ["first batch", "last batch"])
def test_a_cancelled_export_leaves_no_file_and_no_audit_entry(
    demo_with_attachment: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
    when: str,
) -> None:
    batches = _row_reports(demo_with_attachment, tmp_path_factory.mktemp("count"))
    assert batches > 1
    # The last batch: every row is in the temporary file, which is still not moved into place.
    stop_after = 1 if when == "first batch" else batches
    before = _export_events(demo_with_attachment)
    out = tmp_path / "export.json"
    progress = Progress()
    reports = 0

    def listener(_fraction: float, phase: str) -> None:
        nonlocal reports
        if phase.startswith("Exporteren: "):
            reports += 1
            if reports == stop_after:
                progress.cancel()  # as the Annuleren button does, mid-way through the rows

    progress._listener = listener  # noqa: SLF001 - the listener needs the object it cancels
    with pytest.raises(Cancelled):
        case_file_json.export_json(demo_with_attachment, out, clock=CLOCK, actor=ACTOR,
                                   progress=progress)
    assert reports == stop_after
    assert list(tmp_path.iterdir()) == []  # neither the file nor its temporary file
    assert _export_events(demo_with_attachment) == before


@pytest.fixture(scope="module")
def export_file(demo_with_attachment: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "export.json"
    case_file_json.export_json(demo_with_attachment, out, clock=CLOCK, actor=ACTOR)
    return out


def _broken(export_file: Path, tmp_path: Path, change) -> Path:
    lines = export_file.read_text(encoding="utf-8").split("\n")
    broken = tmp_path / "broken.json"
    broken.write_text("\n".join(change(lines)), encoding="utf-8")
    return broken


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda lines: lines[: len(lines) // 2], "afgebroken"),
        (lambda lines: [lines[0].replace('"schema_version":', '"schema_version":99,"x":'),
                        *lines[1:]], "nieuwere versie"),
        (lambda lines: ["{}"], "geen export"),
        (lambda lines: ["dit is geen json"], "geen geldig JSON"),
        (lambda lines: [lines[0], lines[1], lines[2], '  ["te", "weinig"]', *lines[3:]],
         "verkeerde aantal cellen"),
        (lambda lines: [line.replace('"record_id":', '"record_id":') for line in lines][:3]
         + ['  ["' + uuid.uuid4().hex + '"' + ",null" * 7 + "]"] + lines[4:],
         "verwijzingen|aantal cellen|samenhangend"),
    ],
)
def test_a_broken_export_is_refused_in_dutch_and_leaves_no_file(
    export_file: Path, tmp_path: Path, change, message
) -> None:
    broken = _broken(export_file, tmp_path, change)
    target = tmp_path / "doel" / "chinadossier.sqlite3"
    target.parent.mkdir()
    with pytest.raises(FileRefused, match=message):
        case_file_json.import_json(broken, target)
    assert os.listdir(target.parent) == []


def test_import_refuses_an_existing_case_file(export_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "chinadossier.sqlite3"
    target.write_bytes(b"bestaand")
    with pytest.raises(FileRefused, match="al een dossier"):
        case_file_json.import_json(export_file, target)
    assert target.read_bytes() == b"bestaand"


def test_a_reformatted_document_still_loads(export_file: Path, tmp_path: Path) -> None:
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(json.loads(export_file.read_text(encoding="utf-8")), indent=2),
                      encoding="utf-8")
    target = tmp_path / "chinadossier.sqlite3"
    report = case_file_json.import_json(pretty, target)
    assert report.records > 400


_names = st.text(
    alphabet=st.characters(categories=["L", "N", "Zs"], include_characters="'-()·中国南京"),
    min_size=1, max_size=30,
).filter(lambda s: s.strip())


@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    organisations=st.lists(
        st.tuples(_names, st.sampled_from(list(Classification)), st.integers(1000, 2200),
                  st.booleans(), st.booleans()),
        min_size=1, max_size=4,
    )
)
def test_round_trip_property(tmp_path_factory, case_file_template, organisations) -> None:
    folder = tmp_path_factory.mktemp("prop")
    path = folder / "chinadossier.sqlite3"
    shutil.copy2(case_file_template, path)
    with Dossier.open(path, clock=CLOCK, actor=ACTOR) as dossier:
        for name, classification, year, circa, uncertain in organisations:
            dossier.organisations.create(OrganisationDraft(
                name_nl=name, org_kind=OrganisationKind.GOVERNMENT, hanzi="南京",
                common=Common(classification=classification, tags=("band",)),
            ))
            dossier.sources.create(SourceDraft(
                title=name, published=PartialDate.year(year, circa=circa, uncertain=uncertain),
                common=Common(classification=classification),
            ))
    first, second = folder / "1.json", folder / "2.json"
    case_file_json.export_json(path, first, clock=CLOCK, actor=ACTOR)
    loaded = folder / "copy" / "chinadossier.sqlite3"
    loaded.parent.mkdir()
    case_file_json.import_json(first, loaded)
    case_file_json.export_json(loaded, second, clock=CLOCK, actor=ACTOR)
    assert _body(first) == _body(second)


def test_every_table_but_the_derived_ones_is_exported(demo_with_attachment: Path) -> None:
    conn = sqlite3.connect(demo_with_attachment)
    try:
        tables = dump.exported_tables(conn)
    finally:
        conn.close()
    assert {"record", "audit_entry", "audit_payload", "blob", "attachment", "case_file"} <= set(
        tables)
    assert not {t for t in tables if t.startswith("search")}
