"""Search answers the same question the same way in every script and finds what users type."""

from __future__ import annotations

import uuid

import pytest
from helpers import org_draft, person_draft, risk_draft, source_draft, tie_draft

from chinadossier.domain.codes import TieStatus, TieType
from chinadossier.domain.drafts import OrganisationDraft, PositionDraft
from chinadossier.domain.partial_date import PartialDate
from chinadossier.services.dossier import Dossier


@pytest.fixture
def world(dossier: Dossier) -> dict[str, uuid.UUID]:
    eindhoven = dossier.authorities.by_code("GM0772").meta.id
    rotterdam = dossier.authorities.by_code("GM0599").meta.id
    nanjing = dossier.organisations.create(org_draft("Nanjing (stad)", hanzi="南京市")).record
    shanghai = dossier.organisations.create(org_draft("Shanghai (stad)", hanzi="上海市")).record
    tie = dossier.ties.create(tie_draft(
        eindhoven, nanjing.meta.id, title="Eindhoven – Nanjing", status=TieStatus.ENDED,
        ends=PartialDate.month(2022, 11),
    )).record
    sister = dossier.ties.create(tie_draft(
        rotterdam, shanghai.meta.id, title="Rotterdam – Shanghai", tie_type=TieType.SISTER_CITY,
        status=TieStatus.UNKNOWN,
    )).record
    source = dossier.sources.create(source_draft("Over de band met Nanjing")).record
    official = dossier.persons.create(person_draft(
        "Jansen", given_name="Piet",
        positions=(PositionDraft("wethouder", authority_id=rotterdam),),
    )).record
    risk = dossier.risk_notes.create(risk_draft(tie.meta.id, "R-POL")).record
    other = dossier.risk_notes.create(risk_draft(tie.meta.id, "R-KV")).record
    return {"tie": tie.meta.id, "sister": sister.meta.id, "source": source.meta.id,
            "official": official.meta.id, "risk": risk.meta.id, "other_risk": other.meta.id,
            "rotterdam": rotterdam, "nanjing": nanjing.meta.id}


def _ids(dossier: Dossier, query: str) -> list[uuid.UUID]:
    return [hit.ref.id for hit in dossier.overview.search(query)]


def test_a_tie_is_found_by_its_partner_in_every_script(
    dossier: Dossier, world: dict[str, uuid.UUID]
) -> None:
    answers = {q: set(_ids(dossier, q)) for q in ("南京", "nanjing", "Nánjīng", "nan2jing1")}
    assert world["tie"] in answers["南京"]
    # the source mentions Nanjing only in Latin letters: found in every script all the same
    assert world["source"] in answers["南京"]
    assert all(found == answers["南京"] for found in answers.values()), answers


def test_labels_titles_and_authorities_are_found(
    dossier: Dossier, world: dict[str, uuid.UUID]
) -> None:
    assert world["sister"] in _ids(dossier, "zusterstad")
    assert world["tie"] in _ids(dossier, "beëindigd")
    assert world["official"] in _ids(dossier, "wethouder")
    assert _ids(dossier, "gemeente Rotterdam")[0] == world["rotterdam"]
    assert dossier.authorities.by_code("PV26").meta.id in _ids(dossier, "provincie Utrecht")


def test_a_display_number_or_code_is_exact(dossier: Dossier, world: dict[str, uuid.UUID]) -> None:
    number = dossier.ties.get(world["tie"]).meta.display_no
    assert _ids(dossier, number) == [world["tie"]]
    assert _ids(dossier, number.lower()) == [world["tie"]]
    found = _ids(dossier, "R-POL")
    assert world["risk"] in found and world["other_risk"] not in found
    assert dossier.overview.search_total("R-POL") == len(found)


def test_renaming_a_partner_refreshes_its_ties(
    dossier: Dossier, world: dict[str, uuid.UUID]
) -> None:
    org = dossier.organisations.get(world["nanjing"])
    dossier.organisations.edit(org.meta.id, OrganisationDraft(
        name_nl="Nanking (gemeente)", org_kind=org.org_kind, hanzi=org.hanzi,
    ), expected_version=org.meta.version)
    assert world["tie"] in _ids(dossier, "nanking")


def test_a_near_miss_is_suggested(dossier: Dossier, world: dict[str, uuid.UUID]) -> None:
    assert _ids(dossier, "Shanhai") == []
    assert dossier.overview.suggest("Shanhai") == "Shanghai"
    assert dossier.overview.suggest("Shanghai") is None
