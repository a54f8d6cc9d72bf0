"""check: a fresh case file passes, nothing is written, and direct edits of the file show up."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chinadossier.db.check import CHECK_NAMES, CheckItem, run_checks
from chinadossier.db.migrate import head_ordinal
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import AssessmentDraft, OrganisationDraft, RiskNoteDraft
from chinadossier.services.dossier import Dossier
from chinadossier.services.setup import new_case_file

ACTOR = Actor("tester", None, "host")


def _clock() -> FixedClock:
    return FixedClock.on(dt.date(2026, 11, 29))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One fresh case file, copied per test (creating one takes about a second)."""
    path = tmp_path_factory.mktemp("template") / "dossier.sqlite3"
    return new_case_file(path, authority_code="GM0599", clock=_clock(), actor=ACTOR)


@pytest.fixture
def case_file(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "dossier.sqlite3"
    target.write_bytes(template.read_bytes())
    return target


@pytest.fixture
def with_org(case_file: Path) -> tuple[Path, uuid.UUID, str]:
    """A case file with one organisation created through the services."""
    with Dossier.open(case_file, clock=_clock(), actor=ACTOR) as dossier:
        result = dossier.organisations.create(OrganisationDraft(
            name_nl="Volksregering van Nanjing", org_kind=OrganisationKind.GOVERNMENT,
            hanzi="南京市人民政府", notes="Zusterstad sinds 1985."))
    record = result.record
    return case_file, record.meta.id, record.meta.display_no


@pytest.fixture
def raw() -> Iterator[list[sqlite3.Connection]]:
    opened: list[sqlite3.Connection] = []
    yield opened
    for conn in opened:
        conn.close()


def _edit(path: Path, *statements: str, foreign_keys: bool = True) -> None:
    """Change the file behind the program's back, as someone with an SQLite tool would."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _by_name(items: list[CheckItem]) -> dict[str, CheckItem]:
    return {item.name: item for item in items}


def _failing(items: list[CheckItem]) -> set[str]:
    return {item.name for item in items if not item.ok}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _files(path: Path) -> tuple[str, str]:
    """Hashes of the main file and of its WAL (empty when there is none or it is empty)."""
    wal = path.with_name(path.name + "-wal")
    return _digest(path), _digest(wal) if wal.exists() and wal.stat().st_size else ""


# --- a sound file ----------------------------------------------------------------------------


def test_fresh_case_file_passes_every_check(case_file: Path) -> None:
    items = run_checks(case_file, full=False)
    assert [i.name for i in items] == [n for n in CHECK_NAMES if n != "attachments"]
    assert all(i.ok for i in items), [i for i in items if not i.ok]
    counts = _by_name(items)
    assert counts["schema"].count == head_ordinal()
    assert counts["audit_chain"].count and counts["audit_chain"].count > 300
    assert counts["record_states"].count == counts["search_index"].count


def test_full_check_passes_on_a_fresh_file_with_records(with_org: tuple[Path, uuid.UUID, str]
                                                        ) -> None:
    path, _, _ = with_org
    items = run_checks(path, full=True)
    assert [i.name for i in items] == list(CHECK_NAMES)
    assert all(i.ok for i in items), [i for i in items if not i.ok]


@pytest.mark.parametrize("full", [False, True])
def test_check_changes_no_byte(with_org: tuple[Path, uuid.UUID, str], full: bool) -> None:
    path, _, _ = with_org
    before = _files(path)
    run_checks(path, full=full)
    assert _files(path) == before


def test_check_changes_no_byte_while_the_wal_holds_changes(case_file: Path) -> None:
    """An open Dossier keeps its connection: the change sits in the WAL, not yet in the file."""
    with Dossier.open(case_file, clock=_clock(), actor=ACTOR) as dossier:
        dossier.organisations.create(OrganisationDraft("Shanghai FAO",
                                                       OrganisationKind.FOREIGN_AFFAIRS_OFFICE))
        before = _files(case_file)
        assert before[1], "the test needs a non-empty WAL"
        items = run_checks(case_file, full=True)
        assert _files(case_file) == before
    assert all(i.ok for i in items), [i for i in items if not i.ok]


def test_trashed_record_passes(with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, org_id, _ = with_org
    with Dossier.open(path, clock=_clock(), actor=ACTOR) as dossier:
        dossier.organisations.delete(org_id, expected_version=1)
    items = run_checks(path, full=True)
    assert all(i.ok for i in items), [i for i in items if not i.ok]


def test_risk_note_passes_and_score_edit_is_found(case_file: Path) -> None:
    with Dossier.open(case_file, clock=_clock(), actor=ACTOR) as dossier:
        org = dossier.organisations.create(
            OrganisationDraft("CPAFFC", OrganisationKind.GOVERNMENT)).record
        note = dossier.risk_notes.create(RiskNoteDraft(
            subject_id=org.meta.id, category_code="R-POL", title="Betaalde reis",
            assessment=AssessmentDraft(4, 4, 2, 3))).record
    assert all(i.ok for i in run_checks(case_file, full=True))
    _edit(case_file, "UPDATE risk_note SET residual_score = 25")
    items = _by_name(run_checks(case_file, full=False))
    assert not items["invariants"].ok
    assert note.meta.display_no in items["invariants"].message
    assert "laatste beoordeling" in items["invariants"].message
    assert not items["record_states"].ok


# --- direct edits ----------------------------------------------------------------------------


def test_direct_edit_of_a_record_names_its_display_number(
        with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, _, display_no = with_org
    _edit(path, "UPDATE organisation SET name_nl = 'X'")
    items = _by_name(run_checks(path, full=False))
    assert _failing(list(items.values())) == {"record_states"}
    message = items["record_states"].message
    assert f"{display_no} komt niet overeen met de laatste auditregel" in message
    assert "direct in het bestand gewijzigd" in message
    assert items["record_states"].count == 1


def test_full_check_also_finds_the_outdated_search_text(
        with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, _, display_no = with_org
    _edit(path, "UPDATE organisation SET name_nl = 'Iets heel anders'")
    items = _by_name(run_checks(path, full=True))
    assert _failing(list(items.values())) == {"record_states", "search_index"}
    assert display_no in items["search_index"].message
    assert "verouderde tekst" in items["search_index"].message


def test_record_inserted_without_audit_is_found(with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, org_id, _ = with_org
    new = uuid.uuid4().hex
    _edit(
        path,
        "INSERT INTO record SELECT '" + new + "', kind, 'ORG-0999', classification, "
        "retention_category, retention_on, created_at, created_by, updated_at, updated_by, "
        f"version, deleted_at, deleted_by, merged_into FROM record WHERE id = '{org_id.hex}'",
        "INSERT INTO organisation (id, name_nl, name_en, hanzi, pinyin, pinyin_auto, org_kind, "
        "place_adcode, place_text, parent_id, website, aliases, notes, sort_key) "
        "SELECT '" + new + "', name_nl, name_en, hanzi, pinyin, "
        "pinyin_auto, org_kind, place_adcode, place_text, parent_id, website, aliases, notes, "
        f"sort_key FROM organisation WHERE id = '{org_id.hex}'",
    )
    items = _by_name(run_checks(path, full=False))
    assert "ORG-0999 heeft geen auditregel" in items["record_states"].message
    assert "ORG-0999 ontbreekt in de zoekindex" in items["search_index"].message
    # (ORG-0999 also lies beyond the organisation counter, which the invariants report)
    assert _failing(list(items.values())) == {"record_states", "search_index", "invariants"}


def test_many_edits_name_at_most_ten_numbers(case_file: Path) -> None:
    _edit(case_file, "UPDATE authority SET name = name || '!'")
    message = _by_name(run_checks(case_file, full=False))["record_states"].message
    assert message.count("GM") + message.count("PV") == 10
    assert "andere komen niet overeen" in message


# --- the audit trail -------------------------------------------------------------------------


def test_altered_audit_entry_breaks_the_chain(with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, org_id, _ = with_org
    _edit(path, f"UPDATE audit_entry SET fields = '[\"name_nl\"]' WHERE record_id = '{org_id.hex}'")
    items = _by_name(run_checks(path, full=False))
    assert not items["audit_chain"].ok
    assert "de inhoud van de regel is gewijzigd" in items["audit_chain"].message


def test_altered_payload_breaks_the_chain(with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, _, _ = with_org
    _edit(path, "UPDATE audit_payload SET payload = replace(payload, 'Nanjing', 'Peking') "
                "WHERE entry_seq = (SELECT max(entry_seq) FROM audit_payload)")
    items = _by_name(run_checks(path, full=False))
    assert _failing(list(items.values())) == {"audit_chain"}
    assert "de oude/nieuwe waarden zijn gewijzigd" in items["audit_chain"].message


def test_erased_payload_keeps_the_chain_but_needs_an_erasure_entry(
        with_org: tuple[Path, uuid.UUID, str]) -> None:
    """The chain hashes the payload's hash, so an erased payload keeps it whole; an erasure
    made outside the program (no erasure entry names the payload) is found (issue 10.6)."""
    path, _, _ = with_org
    _edit(path, "UPDATE audit_payload SET payload = NULL, erased_at = '2026-12-01 10:00:00.000000' "
                "WHERE entry_seq = (SELECT max(entry_seq) FROM audit_payload)")
    items = _by_name(run_checks(path, full=True))
    assert _failing(list(items.values())) == {"audit_chain"}
    assert "zonder wisregel" in items["audit_chain"].message
    assert "keten is onderbroken" not in items["audit_chain"].message


def test_blanked_payload_without_erasure_date_is_found(
        with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, _, _ = with_org
    _edit(path, "UPDATE audit_payload SET payload = NULL "
                "WHERE entry_seq = (SELECT max(entry_seq) FROM audit_payload)")
    item = _by_name(run_checks(path, full=False))["audit_chain"]
    assert not item.ok
    assert "zonder wisdatum" in item.message


def test_removed_audit_entry_is_found(with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, _, _ = with_org
    _edit(path, "DELETE FROM audit_payload WHERE entry_seq = 5",
          "DELETE FROM audit_entry WHERE seq = 5")
    item = _by_name(run_checks(path, full=False))["audit_chain"]
    assert not item.ok
    assert "volgnummer 5 ontbreekt" in item.message


# --- the search index ------------------------------------------------------------------------


def test_missing_search_row_is_found(with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, org_id, display_no = with_org
    _edit(path, f"DELETE FROM search_fts WHERE record_id = '{org_id.hex}'")
    items = _by_name(run_checks(path, full=False))
    assert _failing(list(items.values())) == {"search_index"}
    assert f"{display_no} ontbreekt in de zoekindex" in items["search_index"].message


def test_search_row_of_a_trashed_record_is_found(with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, org_id, display_no = with_org
    with Dossier.open(path, clock=_clock(), actor=ACTOR) as dossier:
        dossier.organisations.delete(org_id, expected_version=1)
    _edit(path, "INSERT INTO search_fts(record_id, kind, title, body) "
                f"VALUES ('{org_id.hex}', 'organisation', 'x', '')")
    item = _by_name(run_checks(path, full=False))["search_index"]
    assert not item.ok
    assert f"{display_no} staat in de prullenbak" in item.message


def test_a_search_key_pointing_at_another_row_is_found(
    with_org: tuple[Path, uuid.UUID, str]
) -> None:
    path, org_id, _ = with_org
    _edit(path, f"UPDATE search_key SET fts_rowid = fts_rowid + 100000 "
                f"WHERE record_id = '{org_id.hex}'")
    item = _by_name(run_checks(path, full=False))["search_index"]
    assert not item.ok
    assert "2 verwijzingen tussen records en zoekregels kloppen niet" in item.message


def test_a_record_indexed_twice_is_found(with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, org_id, display_no = with_org
    _edit(path, "INSERT INTO search_fts(record_id, kind, title, body) "
                f"VALUES ('{org_id.hex}', 'organisation', 'x', '')")
    item = _by_name(run_checks(path, full=False))["search_index"]
    assert not item.ok
    assert f"{display_no} staat meer dan eens in de zoekindex" in item.message
    assert "1 verwijzing tussen records en zoekregels klopt niet" in item.message  # no key


def test_the_index_content_table_holds_what_the_search_table_shows(
    with_org: tuple[Path, uuid.UUID, str]
) -> None:
    # The check reads record ids and rowids from FTS5's content table (search_fts_content):
    # for this schema its c0 and id are the search table's record_id and rowid
    path, _, _ = with_org
    conn = sqlite3.connect(path)
    try:
        shown = conn.execute("SELECT rowid, record_id FROM search_fts ORDER BY rowid").fetchall()
        stored = conn.execute("SELECT id, c0 FROM search_fts_content ORDER BY id").fetchall()
    finally:
        conn.close()
    assert len(shown) > 300 and shown == stored


# --- pages, links, attachments, invariants ---------------------------------------------------


def test_broken_link_is_found(with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, org_id, _ = with_org
    _edit(path, f"UPDATE organisation SET parent_id = '{uuid.uuid4().hex}' "
                f"WHERE id = '{org_id.hex}'", foreign_keys=False)
    items = _by_name(run_checks(path, full=False))
    assert not items["foreign_keys"].ok
    assert items["foreign_keys"].message == ("1 verbroken verwijzing: "
                                             "organisation → organisation (1).")
    assert items["quick_check"].ok


def test_damaged_blob_is_found_by_the_full_check(case_file: Path) -> None:
    data = b"inhoud"
    good = hashlib.sha256(data).hexdigest()
    _edit(case_file,
          "INSERT INTO blob(sha256, size, data, created_at) VALUES "
          f"('{good}', 6, x'{data.hex()}', '2026-11-29 09:00:00.000000')",
          "INSERT INTO blob(sha256, size, data, created_at) VALUES "
          f"('{'0' * 64}', 6, x'{data.hex()}', '2026-11-29 09:00:00.000000')")
    assert "attachments" not in {i.name for i in run_checks(case_file, full=False)}
    item = _by_name(run_checks(case_file, full=True))["attachments"]
    assert not item.ok
    assert item.count == 1
    assert "bestand 000000000000" in item.message


def test_trashed_own_authority_breaks_an_invariant(case_file: Path) -> None:
    _edit(case_file, "UPDATE record SET deleted_at = '2026-11-29 09:00:00.000000' "
                     "WHERE id = (SELECT own_authority_id FROM case_file)")
    items = _by_name(run_checks(case_file, full=False))
    assert not items["invariants"].ok
    assert "GM0599" in items["invariants"].message
    assert "prullenbak" in items["invariants"].message


# --- files that are not (current) case files -------------------------------------------------


def test_foreign_sqlite_file_gives_only_the_header_item(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _digest(path)
    items = run_checks(path, full=True)
    assert [(i.name, i.ok) for i in items] == [("header", False)]
    assert "ander programma" in items[0].message
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ander.sqlite3"]


@pytest.mark.parametrize("content", [b"", b"geen database" * 20])
def test_non_database_file_gives_only_the_header_item(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "tekst.sqlite3"
    path.write_bytes(content)
    items = run_checks(path, full=False)
    assert [(i.name, i.ok) for i in items] == [("header", False)]
    assert path.read_bytes() == content


def test_missing_file_gives_only_the_header_item(tmp_path: Path) -> None:
    items = run_checks(tmp_path / "weg.sqlite3", full=False)
    assert [(i.name, i.ok) for i in items] == [("header", False)]
    assert not (tmp_path / "weg.sqlite3").exists()


def test_older_user_version_fails_the_schema_item(case_file: Path) -> None:
    _edit(case_file, "PRAGMA user_version = 0")
    before = _files(case_file)
    items = run_checks(case_file, full=False)
    assert [i.name for i in items] == ["header", "schema", "quick_check", "foreign_keys"]
    schema = items[1]
    assert not schema.ok
    assert schema.count == 0
    assert "chinadossier upgrade" in schema.message
    assert "komen niet overeen" in schema.message
    assert items[2].ok and items[3].ok
    assert _files(case_file) == before


def test_missing_migration_stamp_fails_the_schema_item(case_file: Path) -> None:
    _edit(case_file, "DELETE FROM alembic_version")
    schema = _by_name(run_checks(case_file, full=False))["schema"]
    assert not schema.ok
    assert "alembic_version" in schema.message


def test_newer_schema_is_refused_after_the_schema_item(case_file: Path) -> None:
    _edit(case_file, f"PRAGMA user_version = {head_ordinal() + 1}")
    before = _files(case_file)
    items = run_checks(case_file, full=True)
    assert [(i.name, i.ok) for i in items] == [("header", True), ("schema", False)]
    assert "nieuwere versie" in items[1].message
    assert _files(case_file) == before


def test_unknown_revision_is_treated_as_newer(case_file: Path) -> None:
    _edit(case_file, "UPDATE alembic_version SET version_num = 'f00dcafe'")
    items = run_checks(case_file, full=False)
    assert [(i.name, i.ok) for i in items] == [("header", True), ("schema", False)]
    assert "f00dcafe" in items[1].message


# --- the fast pass agrees with the reference -------------------------------------------------


def _rich_case_file(path: Path) -> None:
    """Every kind of record with child rows, links, tags, sources, times and JSON."""
    from chinadossier.domain.codes import (
        DecisionBody,
        DecisionKind,
        MeetingKind,
        ParticipantSide,
        PoliticalFactKind,
        TieStatus,
        TieType,
    )
    from chinadossier.domain.drafts import (
        ActionDraft,
        Common,
        DecisionDraft,
        MeetingDraft,
        ParticipantDraft,
        PersonDraft,
        PoliticalFactDraft,
        PositionDraft,
        SourceDraft,
        SourceLink,
        TieDraft,
    )
    from chinadossier.domain.partial_date import PartialDate

    with Dossier.open(path, clock=_clock(), actor=ACTOR) as d:
        own = d.authorities.by_code("GM0599").meta.id
        source = d.sources.create(SourceDraft(
            "Raadsinformatiebrief", publisher="Gemeente", published=PartialDate.month(2024, 5),
            accessed_on=dt.date(2026, 1, 2))).record.meta.id
        common = Common(tags=("zusterstad", "Économie"), sources=(SourceLink(source, "p. 4"),))
        org = d.organisations.create(OrganisationDraft(
            "Volksregering van Nanjing", OrganisationKind.GOVERNMENT, hanzi="南京市人民政府",
            notes="regel 1\nregel 2 \u2028 \"quote\" \\ tab\t", common=common)).record.meta.id
        person = d.persons.create(PersonDraft(
            "Wang", "Wei", hanzi="王伟",
            positions=(PositionDraft("Burgemeester", organisation_id=org,
                                     starts=PartialDate.year(2019, circa=True)),
                       PositionDraft("Gast", authority_id=own)),
            political_facts=(PoliticalFactDraft(PoliticalFactKind.PARTY_MEMBERSHIP, "CPC",
                                                source, dt.date(2025, 3, 1)),),
            common=common)).record.meta.id
        tie = d.ties.create(TieDraft(own, org, TieType.SISTER_CITY, TieStatus.ACTIVE,
                                     signed=PartialDate.day(dt.date(1985, 6, 1)),
                                     common=common)).record.meta.id
        meeting = d.meetings.create(MeetingDraft(
            dt.date(2026, 4, 1), MeetingKind.DELEGATION, "Bezoek", start_time=dt.time(14, 30),
            gift_value_cents=12_50,
            participants=(ParticipantDraft(ParticipantSide.THEIRS, person_id=person),
                          ParticipantDraft(ParticipantSide.OURS, authority_id=own)),
            tie_ids=(tie,), common=common)).record.meta.id
        decision = d.decisions.create(DecisionDraft(
            own, DecisionBody.COUNCIL, DecisionKind.COUNCIL_DECISION, dt.date(2026, 5, 1),
            "Motie", link_ids=(tie, org), votes_for=20, common=common)).record.meta.id
        d.actions.create(ActionDraft("Brief sturen", meeting_id=meeting, decision_id=decision,
                                     due_on=dt.date(2026, 6, 1)))
        d.risk_notes.create(RiskNoteDraft(org, "R-POL", "Reis", AssessmentDraft(3, 4, 2, 2),
                                          common=common))
    memo = uuid.uuid4().hex
    _edit(path,
          "INSERT INTO record VALUES ('" + memo + "', 'memo', 'NOT-2026-0001', 'internal', "
          "'undecided', NULL, '2026-11-29 09:00:00.123456', 'x', '2026-11-29 09:00:00', 'x', "
          "1, NULL, NULL, NULL)",
          "INSERT INTO memo VALUES ('" + memo + "', 'Notitie', '2026-11-29 09:00:00', "
          "'{\"b\": [1, 2.5, \"é\"], \"a\": {\"z\": null, \"y\": true}}', '{}', 1, '[]', NULL, "
          "NULL)")


def test_fast_pass_gives_the_reference_hashes(case_file: Path) -> None:
    from chinadossier.db import check
    from chinadossier.db.engine import open_database
    from chinadossier.db.record_state import state_hashes
    from chinadossier.domain.codes import RecordKind

    _rich_case_file(case_file)
    database = open_database(case_file, read_only=True)
    try:
        with database.read_session() as session, session.begin():
            kind_of = {raw: str(kind) for raw, kind, _, _ in check._record_rows(session)}
            fast, doubtful = check._fast_state_hashes(session, kind_of)
            reference = {
                record_id.hex: digest
                for kind in RecordKind
                for record_id, digest in state_hashes(session, kind).items()
            }
    finally:
        database.close()
    assert not doubtful
    assert len(reference) == len(kind_of) > 370
    assert fast == reference
    # Only the raw memo lacks an audit entry; everything written by the services passes.
    items = _by_name(run_checks(case_file, full=True))
    assert "NOT-2026-0001 heeft geen auditregel" in items["record_states"].message
    assert items["audit_chain"].ok and items["invariants"].ok and items["foreign_keys"].ok


def test_altered_attachment_bytes_are_found_by_the_full_check(
        with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, org_id, display_no = with_org
    with Dossier.open(path, clock=_clock(), actor=ACTOR) as dossier:
        dossier.attachments.attach(org_id, file_name="mou.pdf", data=b"%PDF-1.7 origineel")
    assert all(i.ok for i in run_checks(path, full=True))
    _edit(path, "UPDATE blob SET data = x'2550444620766572616e64657264'")
    assert all(i.ok for i in run_checks(path, full=False))  # bytes are only read by --full
    item = _by_name(run_checks(path, full=True))["attachments"]
    assert not item.ok
    assert f"1 bestand is beschadigd of gewijzigd (inhoud past niet bij de vingerafdruk): " \
           f"{display_no} (mou.pdf)" in item.message


def test_attachments_without_their_bytes_or_with_another_size_are_counted_in_dutch(
        with_org: tuple[Path, uuid.UUID, str]) -> None:
    path, org_id, display_no = with_org
    with Dossier.open(path, clock=_clock(), actor=ACTOR) as dossier:
        dossier.attachments.attach(org_id, file_name="a.pdf", data=b"%PDF-1.7 a")
        dossier.attachments.attach(org_id, file_name="b.pdf", data=b"%PDF-1.7 bb")
        dossier.attachments.attach(org_id, file_name="c.pdf", data=b"%PDF-1.7 ccc")
    _edit(path, "UPDATE attachment SET size = size + 1 WHERE file_name = 'a.pdf'",
          "UPDATE attachment SET blob_sha256 = 'ab' || substr(blob_sha256, 3) "
          "WHERE file_name != 'a.pdf'", foreign_keys=False)
    message = _by_name(run_checks(path, full=True))["attachments"].message
    assert f"2 bijlagen missen hun inhoud: {display_no} (b.pdf), {display_no} (c.pdf)" in message
    assert f"1 bijlage heeft een afwijkende grootte: {display_no} (a.pdf)" in message
    _edit(path, "UPDATE attachment SET blob_sha256 = 'cd' || substr(blob_sha256, 3) "
                "WHERE file_name = 'a.pdf'", foreign_keys=False)
    message = _by_name(run_checks(path, full=True))["attachments"].message
    assert "3 bijlagen missen hun inhoud" in message and "grootte" not in message


def test_search_rows_of_records_that_do_not_exist_are_counted_in_dutch(case_file: Path) -> None:
    _edit(case_file, "INSERT INTO search_fts(record_id, kind, title, body) "
                     f"VALUES ('{uuid.uuid4().hex}', 'organisation', 'x', '')")
    item = _by_name(run_checks(case_file, full=False))["search_index"]
    assert "1 zoekregel verwijst naar records die niet bestaan" in item.message


def test_damaged_file_is_reported_not_raised_and_left_as_it_is(case_file: Path) -> None:
    conn = sqlite3.connect(case_file)
    page_size, root = conn.execute(
        "SELECT (SELECT page_size FROM pragma_page_size), rootpage FROM sqlite_master "
        "WHERE name = 'record'").fetchone()
    conn.close()
    with case_file.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)
    before = _files(case_file)
    for full in (False, True):
        items = _by_name(run_checks(case_file, full=full))
        assert items["header"].ok and items["schema"].ok
        assert not items["quick_check"].ok
        assert "beschadigd" in items["quick_check"].message
    assert _files(case_file) == before


# --- large files: structure and audit chain in a second process -------------------------------


def test_the_second_process_reports_the_same_findings(
    with_org: tuple[Path, uuid.UUID, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a file whose audit chain and links were tampered with
    path, org_id, _ = with_org
    _edit(path, f"UPDATE audit_entry SET fields = '[\"name_nl\"]' WHERE record_id = '{org_id.hex}'")
    sequential = run_checks(path, full=True)
    # When the check treats the file as large (pages, links and chain in a worker process)
    import chinadossier.db.check.runner as runner

    monkeypatch.setattr(runner, "PARALLEL_FROM_BYTES", 0)
    started: list[object] = []
    start = runner._start_audit_worker

    def spy(*args: Any, **kwargs: Any) -> Any:
        started.append(worker := start(*args, **kwargs))
        return worker

    monkeypatch.setattr(runner, "_start_audit_worker", spy)
    parallel = run_checks(path, full=True)
    assert started and started[0] is not None  # the worker process really ran
    # Then it finds exactly what the single-process check finds, in the same order
    assert parallel == sequential
    assert _failing(parallel) == {"audit_chain"}
    # And no process of it is left (multiprocessing left its resource tracker running)
    import multiprocessing
    import os

    assert multiprocessing.active_children() == []
    if Path("/proc").is_dir():
        children = [p for p in Path("/proc").iterdir() if p.name.isdigit()
                    and _parent_of(p) == os.getpid()]
        assert children == []


def test_a_large_files_check_reports_the_schema_shape_as_a_small_ones(
    with_org: tuple[Path, uuid.UUID, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a file with a trigger added behind the program's back
    path, _, _ = with_org
    _edit(path, "CREATE TRIGGER t_spy AFTER UPDATE ON record BEGIN SELECT 1; END")
    sequential = run_checks(path, full=False)
    assert _failing(sequential) == {"schema"}
    assert "wijkt af" in _by_name(sequential)["schema"].message
    # When the check treats the file as large (a second process checks pages, links, chain,
    # index and invariants), the shape is still compared here, against the stored shape
    import chinadossier.db.check.runner as runner
    from chinadossier.db import schema_shape

    monkeypatch.setattr(runner, "PARALLEL_FROM_BYTES", 0)
    compared: list[object] = []
    compare = schema_shape.compare
    monkeypatch.setattr(schema_shape, "compare", lambda *a: compared.append(a) or compare(*a))
    parallel = run_checks(path, full=False)
    # Then the report is the same, in the same order
    assert len(compared) == 1
    assert parallel == sequential
    # And without the trigger both pass the schema item
    _edit(path, "DROP TRIGGER t_spy")
    assert _by_name(run_checks(path, full=False))["schema"].ok


def _parent_of(proc: Path) -> int | None:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def test_a_number_counter_set_back_is_found(with_org: tuple[Path, uuid.UUID, str]) -> None:
    # Given someone set the organisation counter back in the file
    path, _, _ = with_org
    _edit(path, "UPDATE display_counter SET last_value = 0 WHERE prefix = 'ORG'")
    # Then the invariants name the counter (the next organisation would reuse a number)
    items = _by_name(run_checks(path, full=False))
    assert not items["invariants"].ok and "teller org" in items["invariants"].message.lower()
