"""A memo states a tie's start, end and status each from its own field (review of the demo).

The key point once gave the start as the date of the end ("is beëindigd sinds ca. 1997"), of a
suspension ("opgeschort sinds augustus 2023") or of an unknown status ("is onbekend sinds 1979");
a span of years lost its second year in the table and after a JSON round trip; an ended tie was
advised "voortzetten zoals nu"; a risk title was lowercased into a broken question; and the
"Soort band" column split "kennissamenwerking" mid-word.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from chinadossier.domain.briefing import BriefingOptions, MemoFormat, from_json, to_json
from chinadossier.domain.codes import OrganisationKind, TieStatus, TieType
from chinadossier.domain.drafts import OrganisationDraft, TieDraft
from chinadossier.domain.labels import label
from chinadossier.domain.partial_date import PartialDate
from chinadossier.memo import fonts, render
from chinadossier.memo.content import TIE_WIDTHS, Option, blocks, rough
from chinadossier.memo.pdf import WIDTH
from chinadossier.services.briefing import BriefingService
from chinadossier.services.briefing_text import with_suggestions

from .memo_data import CONF, PUB, c
from .test_truthful import docx_text, pdf_text

TILBURG_END = PartialDate.years(2022, 2023, uncertain=True)


def tie_memo(d: Any, status: TieStatus, *, starts: PartialDate | None = None,
             signed: PartialDate | None = None, ends: PartialDate | None = None,
             tie_type: TieType = TieType.UNKNOWN) -> tuple[Any, str, str]:
    """A public memo about a new tie: its snapshot and the text of its PDF and DOCX."""
    own = d.settings().own_authority.id
    org = d.organisations.create(OrganisationDraft(
        "Stadsbestuur Changzhou (fictief)", OrganisationKind.GOVERNMENT, hanzi="常州市",
        common=c(PUB))).record
    tie = d.ties.create(TieDraft(own, org.meta.id, tie_type, status, title="Tilburg – Changzhou",
                                 starts=starts, signed=signed, ends=ends,
                                 common=c(PUB))).record
    svc = BriefingService(d.ctx)
    snap = with_suggestions(svc.snapshot(BriefingOptions(PUB), tie.meta.id))
    return (snap, pdf_text(render(snap, MemoFormat.PDF)),
            docx_text(render(snap, MemoFormat.DOCX)))


def test_an_ended_tie_reads_by_its_start_and_its_end_with_the_span_kept(
        memo_dossier: Any) -> None:
    snap, text, docx = tie_memo(memo_dossier, TieStatus.ENDED,
                                starts=PartialDate.year(1997, circa=True), ends=TILBURG_END)
    point = snap.key_points[0].text
    assert point == ("De band Tilburg – Changzhou (soort band onbekend) begon in ca. 1997 "
                     "(datum onzeker) en is beëindigd in 2022/23 (datum onzeker).")
    assert "sinds" not in point
    for out in (text, docx):
        assert "beëindigd sinds" not in out
        assert "beëindigd 2022/23 (datum onzeker)" in out  # the table keeps the "/23"
        assert "2022 (datum onzeker)" not in out


def test_an_ended_tie_with_an_exact_end_says_on_which_day(memo_dossier: Any) -> None:
    snap, text, _docx = tie_memo(memo_dossier, TieStatus.ENDED, starts=PartialDate.year(1995),
                                 ends=PartialDate.day(dt.date(2022, 11, 16)))
    assert snap.key_points[0].text == ("De band Tilburg – Changzhou (soort band onbekend) "
                                       "begon in 1995 en is beëindigd op 16 november 2022.")
    assert "beëindigd sinds 1995" not in text


def test_a_suspended_tie_gives_its_start_as_the_start_not_as_the_suspension(
        memo_dossier: Any) -> None:
    snap, text, _docx = tie_memo(memo_dossier, TieStatus.SUSPENDED,
                                 starts=PartialDate.month(2023, 8), tie_type=TieType.KNOWLEDGE)
    assert snap.key_points[0].text == ("De band Tilburg – Changzhou (kennissamenwerking) begon "
                                       "in augustus 2023 en is opgeschort.")
    assert "opgeschort sinds" not in text


def test_an_unknown_status_is_said_to_be_unknown(memo_dossier: Any) -> None:
    snap, text, _docx = tie_memo(memo_dossier, TieStatus.UNKNOWN, starts=PartialDate.year(1979),
                                 tie_type=TieType.SISTER_CITY)
    assert snap.key_points[0].text == ("De band Tilburg – Changzhou (zusterstad) begon in 1979; "
                                       "de huidige status is onbekend.")
    assert "is onbekend sinds" not in text
    # Only a signed agreement known: it is named as such, not as the start.
    snap, text, _docx = tie_memo(memo_dossier, TieStatus.UNKNOWN, signed=PartialDate.year(1994))
    assert snap.key_points[0].text == ("De band Tilburg – Changzhou (soort band onbekend): "
                                       "de overeenkomst is getekend in 1994; de huidige "
                                       "status is onbekend.")
    assert "1994 overeenkomst" in text


def test_an_ended_tie_is_not_advised_to_be_continued(memo_dossier: Any) -> None:
    snap, text, _docx = tie_memo(memo_dossier, TieStatus.ENDED, ends=TILBURG_END)
    options = [b for b in blocks(snap.options.advice_text) if isinstance(b, Option)]
    assert options and not any(o.advised for o in options)
    assert not any("voortzetten" in o.title for o in options)
    assert "ADVIES" not in text
    assert ("Geen advies in deze notitie: de band is beëindigd in 2022/23 (datum onzeker); "
            "voortzetten zoals nu kan niet.") in text


def test_no_tie_that_is_not_active_is_advised_to_be_continued(memo_dossier: Any) -> None:
    for status in (TieStatus.SUSPENDED, TieStatus.DORMANT, TieStatus.PREPARATION,
                   TieStatus.UNKNOWN):
        snap, text, _docx = tie_memo(memo_dossier, status, starts=PartialDate.year(2020))
        options = [b for b in blocks(snap.options.advice_text) if isinstance(b, Option)]
        assert options and not any(o.advised for o in options), status
        assert "voortzetten zoals nu" not in snap.options.advice_text, status
        assert "Geen advies in deze notitie: de " in text, status
    # An active tie keeps the documented advice.
    snap, _text, _docx = tie_memo(memo_dossier, TieStatus.ACTIVE, starts=PartialDate.year(2020))
    advised = [b.title for b in blocks(snap.options.advice_text)
               if isinstance(b, Option) and b.advised]
    assert advised == ["Band voortzetten zoals nu"]


def test_rough_dates_read_as_the_reference_memo(memo_dossier: Any) -> None:
    assert rough(PartialDate.year(1985, circa=True)) == "ca. 1985 (datum onzeker)"
    assert rough(TILBURG_END) == "2022/23 (datum onzeker)"
    assert rough(PartialDate.years(2022, 2023)) == "2022/23"
    assert rough(PartialDate.month(2024, 3)) == "03-2024"
    _snap, text, docx = tie_memo(memo_dossier, TieStatus.UNKNOWN,
                                 starts=PartialDate.year(1985, circa=True))
    for out in (text, docx):  # "ca. 1985" with "datum onzeker" under it, as "ca. 1987" in the
        assert "ca. 1985 datum onzeker" in out  # reference


def test_a_span_of_years_survives_the_snapshots_json(memo_dossier: Any) -> None:
    snap, _text, _docx = tie_memo(memo_dossier, TieStatus.ENDED, ends=TILBURG_END)
    again = from_json(to_json(snap))
    assert again.ties[0].ends == TILBURG_END
    assert again == snap


def test_the_top_risk_question_is_grammatical_and_keeps_the_title(memo_dossier: Any) -> None:
    snap = with_suggestions(BriefingService(memo_dossier.ctx).snapshot(BriefingOptions(CONF)))
    top = snap.risks[0]
    question = f"V: Waarom staat het risico ‘{top.title}’ bovenaan?"
    assert question in snap.options.talking_points_text
    assert f"staat {top.title.lower()} bovenaan" not in snap.options.talking_points_text


def test_every_tie_type_fits_its_column_without_breaking_a_word() -> None:
    column = TIE_WIDTHS[1] * WIDTH - 6  # cell padding 3 pt each side
    for tie_type in TieType:
        for word in label(tie_type).split():
            assert stringWidth(word, fonts.LATIN, 8.2) <= column, word
