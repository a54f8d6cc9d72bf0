"""Every generated sentence is true for the reader of the memo's classification.

Counts, "geen …", "alle …" and the advice are computed from what the memo shows and say so
when records were left out; an advice that withheld records could reverse is not given;
generated texts are marked as a draft; identical data gives identical counts; versions number
the series of memos on one scope. Assertions read the text of the rendered PDF and DOCX.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace
from typing import Any

import docx
from pypdf import PdfReader

from chinadossier.domain.briefing import WITHIN, BriefingOptions, MemoFormat
from chinadossier.domain.codes import (
    ActionStatus,
    DecisionBody,
    DecisionKind,
    DecisionOutcome,
    Direction,
    MeetingKind,
)
from chinadossier.domain.drafts import (
    ActionDraft,
    AssessmentDraft,
    Common,
    DecisionDraft,
    MeetingDraft,
    RiskNoteDraft,
)
from chinadossier.memo import render
from chinadossier.memo.content import Option, blocks
from chinadossier.services.briefing import BriefingService
from chinadossier.services.briefing_text import with_suggestions

from .memo_data import CONF, INT, PUB, TODAY

DRAFT = "Concepttekst, door Chinadossier voorgesteld — door de steller te controleren."


def pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pages))


def docx_text(data: bytes) -> str:
    doc = docx.Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return re.sub(r"\s+", " ", " ".join(parts))


def memo(d: Any, cls: Any, scope: Any = None, *, save: bool = False, **kw: Any) -> Any:
    """A memo as the command line makes it (suggested texts filled in); its PDF text."""
    svc = BriefingService(d.ctx)
    kw.setdefault("period_from", dt.date(2026, 1, 1))
    snap = with_suggestions(svc.snapshot(BriefingOptions(cls, **kw), scope))
    data = render(snap, MemoFormat.PDF)
    if save:
        svc.save(snap, MemoFormat.PDF, data, "notitie.pdf", scope)
    return snap, pdf_text(data)


def test_an_internal_memo_never_says_all_meetings_when_some_were_left_out(
        memo_dossier: Any) -> None:
    snap, text = memo(memo_dossier, INT)
    # Two meetings in the period are public or internal; the confidential one is left out.
    assert len(snap.meetings) == 2 and snap.left_out > 0
    assert "Alle 2 contactmomenten" not in text
    assert "Binnen de classificatie van deze notitie zijn in de periode 2 contactmomenten" in text
    assert "2 contactmomenten van 1 januari 2026" in text and "Hoogste netto risico:" in text
    # Nothing left out (a confidential memo): the count is complete and may say "alle".
    secret, text = memo(memo_dossier, CONF)
    assert secret.left_out == 0
    assert "Alle 3 contactmomenten in de periode zijn geregistreerd" in text
    assert WITHIN not in secret.options.talking_points_text


def test_the_key_points_say_once_that_they_cover_only_the_memos_classification(
        memo_dossier: Any) -> None:
    # An internal memo leaves records out: the bullets' counts, "hoogste" and "laatste" are
    # qualified by one line above them, not each by the same words again.
    snap, text = memo(memo_dossier, INT)
    assert snap.left_out > 0 and len(snap.key_points) >= 3
    assert not any(WITHIN in k.text for k in snap.key_points)
    capital = WITHIN[:1].upper() + WITHIN[1:]
    for body in (text, docx_text(render(snap, MemoFormat.DOCX))):
        points = body[body.index("1 Kernpunten"):body.index("2 Aanleiding")]
        assert points.count(WITHIN.split()[-1]) == 1  # "notitie": once in the section
        assert f"{capital}: " in points
        assert points.index(capital) < points.index(snap.key_points[0].text[:20])
    # Nothing left out (a confidential memo): no such line.
    secret, text = memo(memo_dossier, CONF)
    assert secret.left_out == 0 and secret.key_points
    assert capital not in text


def test_an_empty_section_of_a_public_memo_says_it_covers_only_its_classification(
        memo_dossier: Any) -> None:
    # April to June holds an internal and a confidential meeting, no public one.
    snap, text = memo(memo_dossier, PUB, period_from=dt.date(2026, 4, 1),
                      period_to=dt.date(2026, 6, 30))
    assert snap.meetings == () and snap.left_out > 0
    assert f"Geen contactmomenten in deze periode {WITHIN}." in text
    assert "Geen contactmomenten in deze periode." not in text


def test_an_advice_that_withheld_risks_could_reverse_is_not_given(memo_dossier: Any,
                                                                  memo_file: Any) -> None:
    d, facts = memo_dossier, memo_file[1]
    # The public risk drops to laag; an internal one is zeer hoog.
    risk = d.risk_notes.get(facts.risk_id)
    d.risk_notes.reassess(facts.risk_id, AssessmentDraft(4, 5, 1, 2),
                          expected_version=risk.meta.version)
    d.risk_notes.create(RiskNoteDraft(
        facts.tie_id, "R-KV", "Intern risico Hongshan", AssessmentDraft(5, 5, 5, 5),
        common=Common(classification=INT)))
    public, text = memo(d, PUB)
    options = [b for b in blocks(public.options.advice_text) if isinstance(b, Option)]
    assert options and not any(o.advised for o in options)
    assert "ADVIES" not in text
    assert "Geen hoge netto risico’s open." not in text
    assert f"Geen hoge netto risico’s open {WITHIN}." in text
    assert "Geen advies in deze notitie:" in text
    # Nothing of the withheld risk leaks: not its title, not its level.
    assert "Hongshan" not in text and "zeer hoog" not in public.options.advice_text
    # The internal memo sees the risk and advises conditions.
    internal, text = memo(d, INT)
    advised = [b for b in blocks(internal.options.advice_text)
               if isinstance(b, Option) and b.advised]
    # One of the two ties is slapend: only the active ones can be continued.
    assert [o.title for o in advised] == ["Actieve banden voortzetten met voorwaarden"]
    # A confidential source is still left out: the advice says it is incomplete.
    assert "Dit advies is onvolledig voor deze classificatie" in text


def test_generated_texts_are_marked_as_a_draft_until_the_official_edits_them(
        internal_snapshot: Any, internal_pdf: bytes, internal_docx: bytes) -> None:
    for text in (pdf_text(internal_pdf), docx_text(internal_docx)):
        assert text.count(DRAFT) == 3  # Aanleiding, Handelingsopties, Spreekpunten
        assert "Ambtelijke tekst" not in text
    edited = replace(internal_snapshot, options=replace(
        internal_snapshot.options,
        advice_text=internal_snapshot.options.advice_text.replace("extra", "veel extra")))
    text = pdf_text(render(edited, MemoFormat.PDF))
    assert text.count(DRAFT) == 2
    assert "Ambtelijke tekst, opgesteld door Anneloes van den Berg." in text


def test_we_carry_out_only_a_decision_that_was_adopted(memo_dossier: Any,
                                                       memo_file: Any) -> None:
    d, facts = memo_dossier, memo_file[1]
    d.decisions.create(DecisionDraft(
        d.settings().own_authority.id, DecisionBody.COUNCIL, DecisionKind.MOTION,
        dt.date(2026, 9, 1), "Motie stop stedenband (fictief)",
        outcome=DecisionOutcome.REJECTED, link_ids=(facts.tie_id,),
        common=Common(classification=PUB)))
    snap, _text = memo(d, PUB)
    assert "Motie stop stedenband (fictief)" in {x.title for x in snap.decisions}
    talking = snap.options.talking_points_text
    assert "Motie stop stedenband" not in talking
    assert "Wij voeren het besluit 'Motie evaluatie stedenband (fictief)' uit." in talking


def test_identical_data_gives_identical_counts_and_versions_number_the_series(
        memo_dossier: Any) -> None:
    d = memo_dossier
    # A confidential action completed in the period: it appears in no memo section before a
    # previous memo exists, so it must not be counted as left out only in the first memo.
    d.actions.create(ActionDraft(
        "Vertrouwelijk gesprek voorbereiden", due_on=dt.date(2026, 5, 1),
        status=ActionStatus.DONE, done_on=dt.date(2026, 5, 2),
        common=Common(classification=CONF)))
    first, first_text = memo(d, INT, save=True)
    second, second_text = memo(d, INT, save=True)
    assert first.left_out == second.left_out
    count = f"{first.left_out} records met een hogere classificatie dan Intern zijn weggelaten."
    assert count in first_text and count in second_text
    assert first.previous is None and "Versie 1 " in first_text
    assert f"Versie 2 (vorige: {first.kenmerk})" in second_text
    assert f"{second.kenmerk} versie 2" in second_text  # the footer agrees
    # The official's own version wins.
    own, own_text = memo(d, INT, versie="3b")
    assert f"Versie 3b (vorige: {second.kenmerk})" in own_text


def test_a_public_memo_neither_compares_with_nor_names_an_internal_one(
        memo_dossier: Any) -> None:
    internal, _text = memo(memo_dossier, INT, save=True)
    public, text = memo(memo_dossier, PUB)
    assert public.previous is None and public.changes == ()
    assert internal.kenmerk not in text and "Versie 1 " in text
    assert ("Er is geen eerdere notitie over" in text
            and "met deze classificatie om mee te vergelijken." in text)
    memo(memo_dossier, PUB, save=True)
    # Nor does an internal memo build on a public one (what that left out is not new).
    again, text = memo(memo_dossier, INT)
    assert again.previous is not None and again.previous.kenmerk == internal.kenmerk
    assert f"Versie 2 (vorige: {internal.kenmerk})" in text
    assert not [c for c in again.changes if c.tag.value == "new"]


def test_dutch_wording_and_the_applications_direction_labels(memo_dossier: Any,
                                                             memo_file: Any) -> None:
    d, facts = memo_dossier, memo_file[1]
    d.meetings.create(MeetingDraft(dt.date(2026, 7, 1), MeetingKind.VIDEO_CALL,
                                   "Afstemming over de evaluatie", direction=Direction.NEUTRAL,
                                   tie_ids=(facts.tie_id,)))
    snap, text = memo(d, INT)
    docx = docx_text(render(snap, MemoFormat.DOCX))
    for body in (text, docx):
        assert "deadline" not in body.lower()
        assert "wederzijds" not in body
        assert "neutraal" in body and "inkomend" in body
        assert "Uiterste datum" in body and "termijn verstreken" in body
    assert "uiterste datum verstreken" in text  # the overdue action in the key points


def test_pdf_creation_date_is_the_memos_own_time(internal_snapshot: Any,
                                                 internal_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(internal_pdf)).metadata
    assert meta is not None
    assert meta.creation_date == internal_snapshot.generated_at
    assert meta.creation_date.year == TODAY.year


def test_left_out_changes_say_what_was_counted_and_past_meetings_read_in_the_past(
        internal_snapshot: Any) -> None:
    from chinadossier.memo.content import changes_left_out_text
    from chinadossier.services.briefing_text import suggestions

    # Only contact moments, decisions and completed actions can be counted as left-out changes.
    text = changes_left_out_text(replace(internal_snapshot, changes_left_out=2))
    assert text == ("2 contactmomenten, besluiten of afgeronde acties sinds de vorige notitie "
                    "zijn weggelaten omdat ze hoger geclassificeerd zijn dan deze notitie.")
    past = replace(internal_snapshot, options=replace(
        internal_snapshot.options, meeting_on=dt.date(2026, 10, 1)))
    assert suggestions(past)[0].startswith("Op 1 oktober 2026 besprak Raad onder agendapunt 7")
    assert suggestions(internal_snapshot)[0].startswith("Op 15 december 2026 bespreekt Raad")
