"""Tests for chinadossier.domain.pinyin: names in tone-marked and toneless pinyin."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chinadossier.domain.pinyin import (
    COMPOUND_SURNAMES,
    SURNAME_READINGS,
    is_hanzi,
    person_pinyin,
    split_person_name,
    to_pinyin,
    toneless,
)
from chinadossier.domain.search_text import index_text

# --- person names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("王伟", "Wáng Wěi"),
        ("王小明", "Wáng Xiǎomíng"),
        ("单雄", "Shàn Xióng"),
        ("曾国藩", "Zēng Guófān"),
        ("解放", "Xiè Fàng"),
        ("欧阳修", "Ōuyáng Xiū"),
        ("司马光", "Sīmǎ Guāng"),
        ("诸葛亮", "Zhūgě Liàng"),
        ("单于明", "Chányú Míng"),
        ("任正非", "Rén Zhèngfēi"),
        ("仇英", "Qiú Yīng"),
        ("查良镛", "Zhā Liángyōng"),
        ("乐嘉", "Yuè Jiā"),
        ("華國鋒", "Huà Guófēng"),
        ("王西安", "Wáng Xī'ān"),
        (" 王伟 ", "Wáng Wěi"),
    ],
)
def test_person_pinyin(name: str, expected: str) -> None:
    assert person_pinyin(name) == expected


@pytest.mark.parametrize(
    ("surname", "reading"),
    [
        ("单", "Shàn"),
        ("曾", "Zēng"),
        ("解", "Xiè"),
        ("仇", "Qiú"),
        ("区", "Ōu"),
        ("查", "Zhā"),
        ("朴", "Piáo"),
        ("乐", "Yuè"),
        ("盖", "Gě"),
        ("覃", "Qín"),
        ("缪", "Miào"),
        ("翟", "Zhái"),
        ("召", "Shào"),
        ("秘", "Bì"),
        ("华", "Huà"),
        ("员", "Yùn"),
        ("柏", "Bǎi"),
        ("能", "Nài"),
        ("宁", "Nìng"),
        ("重", "Chóng"),
        ("种", "Chóng"),
        ("朝", "Cháo"),
        ("隗", "Wěi"),
        ("黑", "Hè"),
        ("长孙", "Zhǎngsūn"),
        ("尉迟", "Yùchí"),
        ("万俟", "Mòqí"),
        ("单于", "Chányú"),
        ("澹台", "Tántái"),
        ("令狐", "Línghú"),
        ("皇甫", "Huángfǔ"),
        ("欧阳", "Ōuyáng"),
        ("司马", "Sīmǎ"),
        ("诸葛", "Zhūgě"),
        ("上官", "Shàngguān"),
        ("东方", "Dōngfāng"),
        ("夏侯", "Xiàhóu"),
        ("公孙", "Gōngsūn"),
        ("慕容", "Mùróng"),
        ("司徒", "Sītú"),
        ("轩辕", "Xuānyuán"),
    ],
)
def test_surname_readings(surname: str, reading: str) -> None:
    name = surname + "明"
    assert person_pinyin(name) == f"{reading} Míng"
    assert split_person_name(name) == (surname, "明")


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("王伟", ("王", "伟")),
        ("王小明", ("王", "小明")),
        ("欧阳修", ("欧阳", "修")),
        ("长孙无忌", ("长孙", "无忌")),
        ("单雄", ("单", "雄")),
        ("欧阳", ("欧阳", "")),
        ("王", ("王", "")),
        ("", ("", "")),
        ("  ", ("", "")),
        ("Wang Wei", ("", "Wang Wei")),
    ],
)
def test_split_person_name(name: str, parts: tuple[str, str]) -> None:
    assert split_person_name(name) == parts


def test_compound_surname_recognised_before_single() -> None:
    # 单 alone is Shàn, but 单于 is a compound surname read Chányú.
    assert split_person_name("单于明")[0] == "单于"
    assert person_pinyin("长孙无忌").startswith("Zhǎngsūn ")


def test_family_name_only() -> None:
    assert person_pinyin("曾") == "Zēng"
    assert person_pinyin("欧阳") == "Ōuyáng"


def test_person_name_with_middle_dot_is_written_part_by_part() -> None:
    assert person_pinyin("买买提·艾力") == "Mǎimǎití·Àilì"


def test_non_hanzi_person_name_is_kept() -> None:
    assert person_pinyin("Wang Wei") == "Wang Wei"


def test_every_table_reading_is_tone_marked_lowercase_pinyin() -> None:
    for table in (SURNAME_READINGS, COMPOUND_SURNAMES):
        for surname, reading in table.items():
            assert all(is_hanzi(char) for char in surname)
            assert reading == reading.lower()
            assert toneless(reading).isascii() and toneless(reading).isalpha()


# --- general names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("南京市人民政府", "Nánjīng Shì Rénmín Zhèngfǔ"),
        ("中国人民对外友好协会", "Zhōngguó Rénmín Duìwài Yǒuhǎo Xiéhuì"),
        ("广东省人民政府外事办公室", "Guǎngdōng Shěng Rénmín Zhèngfǔ Wàishì Bàngōngshì"),
        ("北京市朝阳区", "Běijīng Shì Cháoyáng Qū"),
        ("上海市", "Shànghǎi Shì"),
        ("泰兴市", "Tàixīng Shì"),
        ("中国共产党南京市委员会", "Zhōngguó Gòngchǎndǎng Nánjīng Shì Wěiyuánhuì"),
        ("南京市委", "Nánjīng Shìwěi"),
        ("新疆维吾尔自治区", "Xīnjiāng Wéiwú'ěr Zìzhìqū"),
        ("中国国际贸易促进委员会", "Zhōngguó Guójì Màoyì Cùjìn Wěiyuánhuì"),
        ("清华大学", "Qīnghuá Dàxué"),
        ("西安", "Xī'ān"),
        ("城市", "Chéngshì"),
        ("市", "Shì"),
    ],
)
def test_to_pinyin(name: str, expected: str) -> None:
    assert to_pinyin(name) == expected


def test_to_pinyin_keeps_other_characters() -> None:
    assert to_pinyin("南京（中国）") == "Nánjīng（Zhōngguó）"
    assert to_pinyin("ABC南京3D") == "ABC Nánjīng 3D"
    assert to_pinyin("Gemeente Eindhoven") == "Gemeente Eindhoven"
    assert to_pinyin("") == ""


def test_to_pinyin_keeps_hanzi_without_reading() -> None:
    # U+30000 (extension G) has no reading in pypinyin; it is kept as it is.
    assert to_pinyin("南\U00030000") == "Nán\U00030000"


# --- toneless -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marked", "bare"),
    [
        ("Nánjīng Shì", "Nanjing Shi"),
        ("Xī'ān", "Xi'an"),
        ("Lǚ", "Lu"),
        ("nǚ lüè", "nu lue"),
        ("Ōuyáng Xiū", "Ouyang Xiu"),
        ("Wang Wei", "Wang Wei"),
    ],
)
def test_toneless(marked: str, bare: str) -> None:
    assert toneless(marked) == bare


def test_toneless_agrees_with_search_index() -> None:
    for hanzi in ("南京市", "吕", "西安", "女"):
        spelled = toneless(to_pinyin(hanzi)).replace(" ", "").replace("'", "").lower()
        assert spelled in index_text(hanzi).split()


# --- is_hanzi -----------------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["南", "〇", "㐀", "豈", "𠀀", "\U0002f800"])
def test_is_hanzi_true(char: str) -> None:
    assert is_hanzi(char)


@pytest.mark.parametrize("char", ["a", "。", "（", "あ", "한", "\u9fff" * 2, "", "\U0002a6e0"])
def test_is_hanzi_false(char: str) -> None:
    assert not is_hanzi(char)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_pinyin_functions_never_raise(text: str) -> None:
    assert isinstance(to_pinyin(text), str)
    assert isinstance(person_pinyin(text), str)
    family, given_name = split_person_name(text)
    assert family + given_name == text.strip()
