"""The history in the detail pane names every field in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.drafts import AssessmentDraft

from .test_list_flows import idle, open_page, ops  # noqa: F401


def test_reassessment_and_tags_read_as_dutch_field_names(qtbot, ops, filled):  # noqa: F811
    page = open_page(qtbot, ops, RecordKind.RISK_NOTE)
    note = page.detail.record
    ops.write(lambda d: d.risk_notes.reassess(note.meta.id, AssessmentDraft(3, 3, 2, 2),
                                              expected_version=note.meta.version))
    idle(qtbot, ops)
    ops.write(lambda d: d.tags.add([(note.meta.id, note.meta.version + 1)], "haven"))
    qtbot.waitUntil(lambda: page.detail.text().count("gewijzigd") >= 2 and not ops.is_busy())
    text = page.detail.text()
    assert "beoordeling" in text and "risicoscores" in text
    assert "tags" in text
    for raw in ("assessment", "scores:", "trefwoorden", "residual_", "inherent_"):
        assert raw not in text.replace("risicoscores", ""), raw

    app = QCoreApplication.instance()
    app.setProperty("language", "en")
    try:
        page.detail.clear()
        page.detail.show_record(RecordKind.RISK_NOTE, note.meta.id)
        qtbot.waitUntil(lambda: page.detail.record is not None and not ops.is_busy())
        qtbot.waitUntil(lambda: "risk scores" in page.detail.text())
        assert "assessment" in page.detail.text()
    finally:
        app.setProperty("language", None)


def test_history_lines_show_lists_readably_and_tag_changes_with_values(qapp):
    import datetime as dt

    from chinadossier.domain.codes import AuditAction
    from chinadossier.domain.history import FieldChange, HistoryEntry
    from chinadossier.ui.detail.detail_html import history_lines

    at = dt.datetime(2026, 3, 14, 9, 0, tzinfo=dt.UTC)
    entries = [
        HistoryEntry(3, at, "t", AuditAction.UPDATE, ("tags",),
                     (FieldChange("tags", ["haven"], []),), False),
        HistoryEntry(2, at, "t", AuditAction.UPDATE, ("tags",),
                     (FieldChange("tags", [], ["haven"]),), False),
        HistoryEntry(1, at, "t", AuditAction.UPDATE, ("emails",),
                     (FieldChange("emails", None, '["a@x.nl", "b@y.nl"]'),), False),
    ]
    removed, added, emails = history_lines(entries)
    assert "tags: verwijderd: haven" in removed
    assert "tags: toegevoegd: haven" in added
    assert "— → a@x.nl, b@y.nl" in emails
    assert "[" not in emails and "&quot;" not in emails


def test_a_risk_level_reads_alike_in_the_subtitle_and_the_fields(qapp, dossier):
    from chinadossier.domain.codes import OrganisationKind
    from chinadossier.domain.drafts import AssessmentDraft, OrganisationDraft, RiskNoteDraft
    from chinadossier.ui.detail.detail_html import _risk, meta_line

    org = dossier.organisations.create(OrganisationDraft(
        name_nl="Gemeente Xinghe", org_kind=OrganisationKind.GOVERNMENT)).record
    note = dossier.risk_notes.create(RiskNoteDraft(
        subject_id=org.meta.id, category_code="R-POL", title="Reis",
        assessment=AssessmentDraft(4, 4, 1, 1))).record
    assert "Netto 1 (laag)" in meta_line(note)
    assert "1 (laag)" in _risk(note)
    assert "(Laag)" not in _risk(note)


def test_a_change_deep_in_a_long_text_is_shown_where_it_is(qapp):
    import datetime as dt

    from chinadossier.domain.codes import AuditAction
    from chinadossier.domain.history import FieldChange, HistoryEntry
    from chinadossier.ui.detail.detail_html import history_lines

    at = dt.datetime(2026, 3, 14, 9, 0, tzinfo=dt.UTC)
    old = "Samenwerking op het gebied van havenlogistiek en duurzame energie. " * 3
    new = old + "Test."
    short_old, short_new = "Kort", "Kort."
    (line,) = history_lines([HistoryEntry(
        2, at, "t", AuditAction.UPDATE, ("description", "title"),
        (FieldChange("description", old, new), FieldChange("title", short_old, short_new)),
        False)])
    description, title = line.split("<br>&nbsp;&nbsp;")[1:]
    before, after = description.split(" → ")
    assert "Test." in after and "Test." not in before  # the change itself is visible
    assert before != after
    assert before.startswith("omschrijving: ‘…") and len(before) < 120
    assert title == "titel: ‘Kort’ → ‘Kort.’"


def test_a_contact_moments_title_is_its_onderwerp_in_the_history(qapp):
    import datetime as dt

    from chinadossier.domain.codes import AuditAction, RecordKind
    from chinadossier.domain.history import FieldChange, HistoryEntry
    from chinadossier.ui.detail.detail_html import history_lines

    entry = HistoryEntry(2, dt.datetime(2026, 3, 14, 9, 0, tzinfo=dt.UTC), "t",
                         AuditAction.UPDATE, ("title",),
                         (FieldChange("title", "Oud", "Nieuw"),), False)
    (meeting,) = history_lines([entry], RecordKind.MEETING)
    (decision,) = history_lines([entry], RecordKind.DECISION)
    (tie,) = history_lines([entry], RecordKind.TIE)
    # as the contact-moment and decision forms name the field; a tie's title stays "titel"
    assert "onderwerp: ‘Oud’ → ‘Nieuw’" in meeting
    assert "onderwerp: ‘Oud’ → ‘Nieuw’" in decision
    assert "titel: ‘Oud’ → ‘Nieuw’" in tie


def test_codes_times_and_dates_read_as_labels_in_the_history(qapp, dossier):
    """A changed direction, classification, time and date show as the form shows them
    ("inkomend", "14:30", "07-12-2026"), not as stored codes ("'incoming'", "'14:30:00'")."""
    import dataclasses
    import datetime as dt

    from chinadossier.domain.codes import Classification, Direction, MeetingKind
    from chinadossier.domain.drafts import Common, MeetingDraft
    from chinadossier.ui.detail.detail_html import history_lines

    draft = MeetingDraft(dt.date(2026, 12, 6), MeetingKind.VIDEO_CALL, "Overleg haven",
                         direction=Direction.INCOMING,
                         common=Common(classification=Classification.INTERNAL))
    made = dossier.meetings.create(draft).record
    dossier.meetings.edit(made.meta.id, dataclasses.replace(
        draft, held_on=dt.date(2026, 12, 7), direction=Direction.OUTGOING,
        start_time=dt.time(14, 30),
        common=Common(classification=Classification.CONFIDENTIAL)),
        expected_version=made.meta.version)
    latest = dossier.history.of_record(made.meta.id)[0]
    (line,) = history_lines([latest], RecordKind.MEETING)
    assert "richting: inkomend → uitgaand" in line
    assert "classificatie: Intern → Vertrouwelijk" in line
    assert "— → 14:30" in line and "14:30:00" not in line
    assert "06-12-2026 → 07-12-2026" in line
    for raw in ("incoming", "outgoing", "internal", "confidential", "2026-12"):
        assert raw not in line, raw

    app = QCoreApplication.instance()
    app.setProperty("language", "en")
    try:
        (english,) = history_lines([latest], RecordKind.MEETING)
    finally:
        app.setProperty("language", None)
    assert "incoming → outgoing" in english and "Internal → Confidential" in english
