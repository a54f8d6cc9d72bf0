"""Merging duplicate persons and organisations: every link moves, undo restores every row."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from tests.services.helpers import (
    decision_draft,
    make_org,
    make_source,
    make_tie,
    meeting_draft,
    own_authority_id,
    person_draft,
    risk_draft,
)

from chinadossier.domain.codes import (
    Classification,
    ParticipantSide,
    PoliticalFactKind,
    RecordKind,
)
from chinadossier.domain.drafts import (
    Common,
    ParticipantDraft,
    PoliticalFactDraft,
    PositionDraft,
    SourceLink,
)
from chinadossier.domain.errors import Refused
from chinadossier.services import maintenance

#: Tables that grow with every action (the chain) or hold the undo copy itself.
_LOG_TABLES = {"audit_entry", "audit_payload", "record_merge"}


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every stored table except the log, as SQLite holds it."""
    conn = sqlite3.connect(path)
    try:
        from chinadossier.db.dump import exported_tables

        out = {}
        for table in exported_tables(conn):
            if table in _LOG_TABLES:
                continue
            out[table] = sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
        return out
    finally:
        conn.close()


def _rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _linked_world(dossier: Any) -> dict[str, Any]:
    """Two persons and two organisations, the second of each with every kind of link."""
    d = dossier
    src1 = make_source(d, "Jaarverslag vriendschapsvereniging (fictief)").meta.id
    src2 = make_source(d, "Persbericht werkbezoek (fictief)").meta.id
    org_a = make_org(d, "Xinghe Havengroep (fictief)", hanzi="星河港口集团",
                     common=Common(tags=("haven",))).meta.id
    org_b = make_org(d, "Xinghe Haven Groep (fictief)", website="https://example.cn",
                     common=Common(tags=("haven", "logistiek"),
                                   sources=(SourceLink(src1, "p. 3"),))).meta.id
    child = make_org(d, "Xinghe Haven Shanghai (fictief)", parent_id=org_b).meta.id
    person_a = d.persons.create(person_draft(
        "Wang", given_name="Wei", hanzi="王伟",
        positions=(PositionDraft("directeur", organisation_id=org_a),),
        common=Common(tags=("delegatie",), sources=(SourceLink(src1),)),
    )).record.meta.id
    person_b = d.persons.create(person_draft(
        "Wang", given_name="Wei", notes="Ontmoet in Rotterdam (fictief)",
        emails=("w.wang@example.cn",),
        positions=(PositionDraft("adviseur", organisation_id=org_b),),
        political_facts=(PoliticalFactDraft(PoliticalFactKind.PARTY_MEMBERSHIP, "lid CPC",
                                            src2, dt.date(2024, 1, 1)),),
        common=Common(tags=("delegatie", "haven"),
                      sources=(SourceLink(src1, "p. 9"), SourceLink(src2, "alinea 2")),
                      classification=Classification.CONFIDENTIAL),
    )).record.meta.id
    tie = make_tie(d, organisation_id=org_b).meta.id
    both = d.meetings.create(meeting_draft(title="Bezoek beide", participants=(
        ParticipantDraft(ParticipantSide.THEIRS, person_id=person_a),
        ParticipantDraft(ParticipantSide.THEIRS, person_id=person_b, role="tolk"),
        ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org_a),
        ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org_b),
    ), tie_ids=(tie,))).record.meta.id
    only_b = d.meetings.create(meeting_draft(title="Telefoon B", participants=(
        ParticipantDraft(ParticipantSide.THEIRS, person_id=person_b),
        ParticipantDraft(ParticipantSide.THEIRS, organisation_id=org_b),
    ))).record.meta.id
    authority = own_authority_id(d)
    dec_both = d.decisions.create(decision_draft(
        authority, title="Motie beide", link_ids=(person_a, person_b, org_a, org_b))).record.meta.id
    dec_b = d.decisions.create(decision_draft(
        authority, title="Motie B", link_ids=(person_b, org_b))).record.meta.id
    risk_p = d.risk_notes.create(risk_draft(person_b, title="Risico persoon B")).record.meta.id
    risk_o = d.risk_notes.create(risk_draft(org_b, title="Risico organisatie B")).record.meta.id
    d.attachments.attach(person_b, file_name="visitekaartje.txt", data=b"Wang Wei")
    d.attachments.attach(org_b, file_name="folder.txt", data=b"Xinghe")
    return {"org_a": org_a, "org_b": org_b, "child": child, "person_a": person_a,
            "person_b": person_b, "tie": tie, "both": both, "only_b": only_b,
            "dec_both": dec_both, "dec_b": dec_b, "risk_p": risk_p, "risk_o": risk_o}


def test_person_merge_moves_every_link_and_undo_restores_every_row(
    dossier: Any, case_file: Path
) -> None:
    w = _linked_world(dossier)
    a, b = w["person_a"], w["person_b"]
    before = _dump(case_file)
    preview = dossier.merges.preview(a, b)
    by_name = {f.name: f for f in preview.fields}
    # Only b has notes and an e-mail address: proposed from b; the classification goes up.
    assert by_name["notes"].choice == "b" and by_name["emails"].choice == "b"
    assert by_name["classification"].choice == "b"
    assert dict(preview.links)["functies"] == 1
    assert dict(preview.links)["deelnames aan contactmomenten"] == 2

    result = dossier.merges.merge(a, b, expected=(preview.a.version, preview.b.version))
    done, changes = result.record, result.changes
    assert b in changes.deleted and a in changes.updated
    ha, hb = a.hex, b.hex
    # b is hidden and marked; a carries the chosen values and all of b's links.
    assert _rows(case_file, "SELECT merged_into, deleted_at IS NOT NULL FROM record WHERE id=?",
                 hb) == [(ha, 1)]
    assert _rows(case_file, "SELECT notes, emails FROM person WHERE id=?", ha) == [
        ("Ontmoet in Rotterdam (fictief)", '["w.wang@example.cn"]')]
    for sql in ("SELECT count(*) FROM position WHERE person_id=?",
                "SELECT count(*) FROM political_fact WHERE person_id=?",
                "SELECT count(*) FROM record_tag WHERE record_id=?",
                "SELECT count(*) FROM record_source WHERE record_id=?",
                "SELECT count(*) FROM attachment WHERE record_id=?",
                "SELECT count(*) FROM decision_link WHERE record_id=?",
                "SELECT count(*) FROM risk_note WHERE subject_id=?",
                "SELECT count(*) FROM meeting_participant WHERE person_id=?"):
        assert _rows(case_file, sql, hb) == [(0,)], sql
    assert _rows(case_file, "SELECT count(*) FROM position WHERE person_id=?", ha) == [(2,)]
    assert _rows(case_file, "SELECT count(*) FROM record_tag WHERE record_id=?", ha) == [(2,)]
    assert _rows(case_file, "SELECT count(*) FROM meeting_participant WHERE person_id=?",
                 ha) == [(2,)]  # once in the shared meeting, once in b's
    assert _rows(case_file, "SELECT count(*) FROM decision_link WHERE record_id=?", ha) == [(2,)]
    assert set(done.touched) >= {
        dossier.meetings.get(w["both"]).meta.display_no,
        dossier.decisions.get(w["dec_b"]).meta.display_no,
        dossier.risk_notes.get(w["risk_p"]).meta.display_no,
    }
    # Not in lists or search, not in the trash either.
    assert b not in {p.meta.id for p in dossier.persons.list_all()}
    assert all(h.ref.id != b for h in dossier.overview.search("Wang"))
    assert maintenance.check(case_file).ok

    changes = dossier.merges.unmerge(b).changes
    assert b in changes.restored
    assert _dump(case_file) == before
    assert maintenance.check(case_file).ok
    assert any(h.ref.id == b for h in dossier.overview.search("Rotterdam"))
    actions = [r[0] for r in _rows(case_file, "SELECT action FROM audit_entry WHERE record_id=? "
                                   "ORDER BY seq", hb)]
    assert actions[-2:] == ["merge", "unmerge"]


def test_organisation_merge_and_undo(dossier: Any, case_file: Path) -> None:
    w = _linked_world(dossier)
    a, b = w["org_a"], w["org_b"]
    before = _dump(case_file)
    preview = dossier.merges.preview(a, b)
    assert {f.name: f.choice for f in preview.fields}["website"] == "b"
    done = dossier.merges.merge(a, b, {"name_nl": "a"}).record
    assert isinstance(done.merge_id, uuid.UUID)
    assert dossier.merges.merged_into(b) == done.kept
    ha = a.hex
    assert _rows(case_file, "SELECT organisation_id FROM tie WHERE id=?", w["tie"].hex) == [(ha,)]
    assert _rows(case_file, "SELECT parent_id FROM organisation WHERE id=?",
                 w["child"].hex) == [(ha,)]
    assert _rows(case_file, "SELECT count(*) FROM position WHERE organisation_id=?", ha) == [(2,)]
    assert _rows(case_file, "SELECT name_nl, website FROM organisation WHERE id=?", ha) == [
        ("Xinghe Havengroep (fictief)", "https://example.cn")]
    assert maintenance.check(case_file).ok
    dossier.merges.unmerge(b)
    assert _dump(case_file) == before
    assert maintenance.check(case_file).ok


def test_undo_refused_after_a_later_change_and_merge_refusals(dossier: Any,
                                                               case_file: Path) -> None:
    w = _linked_world(dossier)
    a, b = w["person_a"], w["person_b"]
    with pytest.raises(Refused):
        dossier.merges.merge(a, a)
    with pytest.raises(Refused):
        dossier.merges.merge(a, w["org_a"])
    with pytest.raises(Refused):
        dossier.merges.merge(a, b, {"bestaat_niet": "a"})
    with pytest.raises(Refused):
        dossier.merges.merge(a, b, expected=(1, 1))
    count = _rows(case_file, "SELECT count(*) FROM audit_entry")
    assert _rows(case_file, "SELECT count(*) FROM record_merge") == [(0,)]
    dossier.merges.merge(a, b)
    with pytest.raises(Refused):
        dossier.merges.merge(a, b)  # already merged
    kept = dossier.persons.get(a)
    dossier.persons.edit(a, person_draft("Wang", given_name="Wei", hanzi="王伟", notes="later"),
                         expected_version=kept.meta.version)
    after_edit = _rows(case_file, "SELECT count(*) FROM audit_entry")
    with pytest.raises(Refused, match="na het samenvoegen gewijzigd"):
        dossier.merges.unmerge(b)
    assert _rows(case_file, "SELECT count(*) FROM audit_entry") == after_edit != count


def test_tampered_undo_copy_is_refused(dossier: Any, case_file: Path) -> None:
    w = _linked_world(dossier)
    dossier.merges.merge(w["person_a"], w["person_b"])
    conn = sqlite3.connect(case_file)
    with conn:
        conn.execute("UPDATE record_merge SET rows_before = replace(rows_before, 'Wang', 'Wong')")
    conn.close()
    with pytest.raises(Refused, match="buiten Chinadossier"):
        dossier.merges.unmerge(w["person_b"])


def test_duplicates_across_scripts(dossier: Any) -> None:
    d = dossier
    wang = d.persons.create(person_draft("Wang", given_name="Wei")).record.meta.id
    hanzi = d.persons.create(person_draft("", hanzi="王伟")).record.meta.id
    d.persons.create(person_draft("Wang", given_name="Wen"))
    d.persons.create(person_draft("Jansen", given_name="Pieter"))
    d.persons.create(person_draft("Jansen", given_name="Piet"))
    pairs = d.merges.duplicates(RecordKind.PERSON)
    found = {frozenset((p.a, p.b)): p.score for p in pairs}
    assert found[frozenset((wang, hanzi))] == 100.0
    assert len(pairs) == 2  # Wang Wei = 王伟, Jansen Piet ~ Jansen Pieter; not Wang Wen
    make_org(d, "Bureau 3 (fictief)")
    make_org(d, "Bureau 4 (fictief)")
    assert d.merges.duplicates(RecordKind.ORGANISATION) == []


def test_merged_record_is_not_in_the_trash_and_not_restorable_from_it(dossier: Any) -> None:
    from chinadossier.domain.queries import ListQuery, Trash

    a = dossier.persons.create(person_draft("Li", given_name="Na")).record.meta.id
    b = dossier.persons.create(person_draft("Li", given_name="Na")).record.meta.id
    dossier.merges.merge(a, b)
    assert dossier.persons.list(ListQuery(trash=Trash.ONLY)).items == ()
    with pytest.raises(Refused, match="unmerge"):
        dossier.persons.restore(b, expected_version=dossier.persons.get(b).meta.version)


def test_different_hanzi_are_different_names_however_alike_the_pinyin(dossier: Any) -> None:
    d = dossier
    d.persons.create(person_draft("", hanzi="郑军"))
    d.persons.create(person_draft("", hanzi="曾军"))
    same_a = d.persons.create(person_draft("", hanzi="张勇")).record.meta.id
    same_b = d.persons.create(person_draft("Zhang", given_name="Yong")).record.meta.id
    pairs = d.merges.duplicates(RecordKind.PERSON)
    assert [(p.a, p.b) for p in pairs] == [(same_a, same_b)]


def test_anonymising_a_merged_person_drops_the_undo_copy(dossier: Any, case_file: Path) -> None:
    from chinadossier.services.anonymise import anonymise

    a = dossier.persons.create(person_draft("Zhao", given_name="Lei",
                                            notes="privé adres Nanjing")).record.meta.id
    b = dossier.persons.create(person_draft("Zhao", given_name="Lei")).record.meta.id
    dossier.merges.merge(b, a)  # a (with the notes) is merged into b
    assert "Zhao" in _rows(case_file, "SELECT rows_before FROM record_merge")[0][0]
    anonymise(dossier.ctx, a)
    assert _rows(case_file, "SELECT count(*) FROM record_merge") == [(0,)]
    with pytest.raises(Refused):
        dossier.merges.unmerge(a)
    assert maintenance.check(case_file).ok


def test_an_anonymised_person_cannot_be_merged(dossier: Any) -> None:
    from chinadossier.services.anonymise import anonymise

    gone = dossier.persons.create(person_draft("Zhou", given_name="Pieter")).record.meta.id
    other = dossier.persons.create(person_draft("Zhou", given_name="Pieter")).record.meta.id
    anonymise(dossier.ctx, gone)
    for a, b in ((gone, other), (other, gone)):
        with pytest.raises(Refused, match="geanonimiseerd"):
            dossier.merges.preview(a, b)
        with pytest.raises(Refused, match="geanonimiseerd"):
            dossier.merges.merge(a, b)


def test_notes_of_both_are_kept_unless_one_is_chosen(dossier: Any, case_file: Path) -> None:
    a = dossier.persons.create(person_draft("Qian", given_name="Li",
                                            notes="Ontmoet in 2023")).record.meta.id
    b = dossier.persons.create(person_draft("Qian", given_name="Li",
                                            notes="Spreekt Nederlands")).record.meta.id
    preview = dossier.merges.preview(a, b)
    notes = {f.name: f for f in preview.fields}["notes"]
    b_no = preview.b.display_no
    assert notes.choice == "both"
    assert notes.value("both") == f"Ontmoet in 2023\n\n[uit {b_no}] Spreekt Nederlands"
    dossier.merges.merge(a, b)
    assert _rows(case_file, "SELECT notes FROM person WHERE id=?", a.hex) == [
        (f"Ontmoet in 2023\n\n[uit {b_no}] Spreekt Nederlands",)]
    dossier.merges.unmerge(b)
    assert _rows(case_file, "SELECT notes FROM person WHERE id=?", a.hex) == [
        ("Ontmoet in 2023",)]
    with pytest.raises(Refused, match="kan niet worden samengevoegd"):
        dossier.merges.merge(a, b, {"emails": "both"})
