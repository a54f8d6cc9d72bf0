"""Fresh-eyes review of the import (7 December 2026): Hanzi in a name cell, partly lost Hanzi,
"Laatste contact" with the own staff."""

from __future__ import annotations

from chinadossier.domain.codes import NameOrder
from chinadossier.services import importing


def _plan(dossier, data: bytes, name: str = "p.csv", kind=None):
    return importing.plan_import(dossier, importing.read_table(data, file_name=name), kind=kind)


def _found(dossier, text: str) -> list[str]:
    return [hit.ref.display_no for hit in dossier.overview.search(text)]


def test_hanzi_and_pinyin_in_one_name_cell_fill_the_hanzi_and_the_chinese_name(dossier):
    data = ("Naam;Organisatie;Functie\r\n"
            "王伟 Wáng Wěi;上海市外事办公室;处长\r\n"
            "李娜;Haven- en Logistiekgroep Jinhai;Directeur\r\n"
            "Jan de Vries;;\r\n").encode()
    plan = _plan(dossier, data)
    assert [row.outcome for row in plan.rows] == ["new", "new", "new"]
    assert [row.label for row in plan.rows] == ["王伟 Wáng Wěi", "李娜 Lǐ Nà", "Jan de Vries"]
    importing.commit_import(dossier, plan)
    by_hanzi = {p.hanzi: p for p in dossier.persons.list_all()}
    wang, li = by_hanzi["王伟"], by_hanzi["李娜"]
    assert (wang.family_name, wang.given_name, wang.pinyin, wang.name_order) == (
        "Wáng", "Wěi", "Wáng Wěi", NameOrder.FAMILY_FIRST)
    assert (li.family_name, li.given_name, li.pinyin) == ("Lǐ", "Nà", "Lǐ Nà")
    jan = by_hanzi[None]
    assert (jan.given_name, jan.tussenvoegsel, jan.family_name) == ("Jan", "de", "Vries")
    # The organisation named in Hanzi alone has them as its Chinese name.
    (office,) = [o for o in dossier.organisations.list_all() if o.hanzi == "上海市外事办公室"]
    assert office.pinyin == "Shànghǎi Shì Wàishì Bàngōngshì"
    assert office.name_nl == "Shànghǎi Shì Wàishì Bàngōngshì"
    # Search finds them by their pinyin, without tones.
    assert li.meta.display_no in _found(dossier, "li na")
    assert office.meta.display_no in _found(dossier, "waishi bangongshi")
    # Importing the same file twice changes nothing.
    assert [row.outcome for row in _plan(dossier, data).rows] == ["exists"] * 3


def test_an_organisation_named_in_hanzi_alone_gets_them_as_its_chinese_name(dossier):
    data = "Naam;Soort\r\n上海市外事办公室;overheid\r\n".encode()
    plan = _plan(dossier, data, "o.csv", kind=importing.ImportKind.ORGANISATIONS)
    importing.commit_import(dossier, plan)
    (office,) = dossier.organisations.list_all()
    assert (office.hanzi, office.pinyin) == ("上海市外事办公室", "Shànghǎi Shì Wàishì Bàngōngshì")
    assert office.meta.display_no in _found(dossier, "waishi bangongshi")
    again = _plan(dossier, data, "o.csv", kind=importing.ImportKind.ORGANISATIONS)
    assert [row.outcome for row in again.rows] == ["exists"]


def test_a_name_that_lost_part_of_its_characters_is_refused_free_text_may_ask(dossier):
    # Excel "CSV (puntkomma)" (Windows-1252) writes "?" for 王伟 and for ě: "?? Wáng W?i".
    data = ("Naam;Organisatie;Functie;Opmerkingen\r\n"
            "?? Wáng W?i;Fudan Universiteit;Hoogleraar;\r\n"
            "Zh? Li;Fudan Universiteit;Docent;\r\n"
            "Chen Jing;Fudan Universiteit;Hoogleraar ??;\r\n"
            "Piet Jansen;Fudan Universiteit;Vraagteken?;Komt hij nog?\r\n").encode("cp1252")
    plan = _plan(dossier, data)
    assert plan.encoding == "cp1252"
    assert [row.outcome for row in plan.rows] == ["rejected", "rejected", "rejected", "new"]
    first, second, third = (row.errors for row in plan.rows[:3])
    assert [e.column for e in (*first, *second, *third)] == ["Naam", "Naam", "Functie"]
    message = first[0].message
    assert message.startswith("'?? Wáng W?i': ")
    assert "waarschijnlijk verloren gegaan door de tekenset" in message
    assert "'CSV UTF-8'" in message and "--encoding" in message
    importing.commit_import(dossier, plan, accept_partial=True)
    (person,) = dossier.persons.list_all()
    assert person.notes == "Komt hij nog?"


def test_laatste_contact_of_dutch_officials_is_no_contact_moment(dossier):
    data = (b"Naam;Organisatie;Functie;Laatste contact\r\n"
            b"Anouk Peters;Gemeente Rotterdam;Beleidsadviseur;05-06-2025\r\n"
            b"Mark Smit;Provincie Zuid-Holland;Adviseur;06-06-2025\r\n"
            b"Fenna Dijkstra;Rotterdam;Adviseur;07-06-2025\r\n"
            b"Zhang Min;Shanghai International Port Group;Manager Europa;08-06-2025\r\n")
    plan = _plan(dossier, data)
    assert [row.outcome for row in plan.rows] == ["new"] * 4
    assert [row.own_side_contact for row in plan.rows] == [
        "Gemeente Rotterdam", "Provincie Zuid-Holland", "Gemeente Rotterdam", None]
    assert [row.number for row in plan.own_side_contacts] == [2, 3, 4]
    assert importing.OWN_SIDE_REASON.format(plan.rows[0].own_side_contact) == (
        "Laatste contact niet als contactmoment vastgelegd: medewerker van een Nederlandse "
        "overheid (Gemeente Rotterdam)")
    assert plan.new_contacts == 1
    result = importing.commit_import(dossier, plan)
    assert result.created_by_kind["contacts"] == 1
    # The only contact moment is the one with the Chinese party.
    (meeting,) = dossier.meetings.list_all()
    assert meeting.title == "Laatste contact met Zhang Min"
    # Named again with a later date: still no contact moment with the own staff.
    later = data.replace(b"05-06-2025", b"01-09-2025")
    again = _plan(dossier, later)
    assert [row.outcome for row in again.rows] == ["exists"] * 4
    assert again.rows[0].own_side_contact == "Gemeente Rotterdam"
    importing.commit_import(dossier, again)
    assert len(dossier.meetings.list_all()) == 1


def test_a_new_partner_of_a_tie_keeps_its_hanzi(dossier):
    data = ("Gemeente;Partner;Chinese naam;Soort\r\n"
            "Rotterdam;上海市外事办公室;;MoU\r\n"
            "Rotterdam;Xinghe Havengroep (fictief);星河港务集团;MoU\r\n").encode()
    plan = _plan(dossier, data, "b.csv", kind=importing.ImportKind.TIES)
    assert [row.outcome for row in plan.rows] == ["new", "new"]
    importing.commit_import(dossier, plan)
    names = {o.hanzi: o.name_nl for o in dossier.organisations.list_all()}
    assert names == {"上海市外事办公室": "Shànghǎi Shì Wàishì Bàngōngshì",
                     "星河港务集团": "Xinghe Havengroep (fictief)"}
    again = _plan(dossier, data, "b.csv", kind=importing.ImportKind.TIES)
    assert [row.outcome for row in again.rows] == ["exists", "exists"]
