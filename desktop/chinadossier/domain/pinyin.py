"""How Hanzi are spelled in pinyin: word grouping, surname readings and the toneless form."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

# Code point blocks of CJK ideographs: 〇 (U+3007), extension A, the unified block, the
# compatibility ideographs, and the supplementary planes (extensions B to H and the compatibility
# supplement). Unassigned code points inside these ranges are not counted (see is_hanzi).
HAN_RANGES = (
    (0x3007, 0x3007),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x323AF),
)

# Compound (two-character) surnames with their reading. Checked before single surnames.
# fmt: off
COMPOUND_SURNAMES: dict[str, str] = {
    "长孙": "zhǎngsūn", "長孫": "zhǎngsūn",
    "尉迟": "yùchí", "尉遲": "yùchí",
    "万俟": "mòqí", "萬俟": "mòqí",
    "单于": "chányú", "單于": "chányú",
    "澹台": "tántái", "澹臺": "tántái",
    "令狐": "línghú",
    "皇甫": "huángfǔ",
    "欧阳": "ōuyáng", "歐陽": "ōuyáng",
    "司马": "sīmǎ", "司馬": "sīmǎ",
    "诸葛": "zhūgě", "諸葛": "zhūgě",
    "上官": "shàngguān",
    "东方": "dōngfāng", "東方": "dōngfāng",
    "夏侯": "xiàhóu",
    "公孙": "gōngsūn", "公孫": "gōngsūn",
    "慕容": "mùróng",
    "司徒": "sītú",
    "司空": "sīkōng",
    "轩辕": "xuānyuán", "軒轅": "xuānyuán",
    "端木": "duānmù",
    "呼延": "hūyán",
    "闻人": "wénrén", "聞人": "wénrén",
    "赫连": "hèlián", "赫連": "hèlián",
    "宇文": "yǔwén",
    "钟离": "zhōnglí", "鍾離": "zhōnglí",
    "南宫": "nángōng", "南宮": "nángōng",
    "西门": "xīmén", "西門": "xīmén",
    "淳于": "chúnyú",
    "濮阳": "púyáng", "濮陽": "púyáng",
    "申屠": "shēntú",
    "拓跋": "tuòbá",
    "独孤": "dúgū", "獨孤": "dúgū",
}

# Single-character surnames whose surname reading differs from pypinyin's default reading of the
# character (pypinyin 0.55 has no surname mode). Traditional forms are listed where they differ.
SURNAME_READINGS: dict[str, str] = {
    "单": "shàn", "單": "shàn",
    "曾": "zēng",
    "解": "xiè",
    "仇": "qiú",
    "区": "ōu", "區": "ōu",
    "查": "zhā",
    "朴": "piáo",
    "乐": "yuè", "樂": "yuè",
    "盖": "gě", "蓋": "gě",
    "覃": "qín",
    "缪": "miào", "繆": "miào",
    "翟": "zhái",
    "召": "shào",
    "秘": "bì",
    "华": "huà", "華": "huà",
    "员": "yùn", "員": "yùn", "贠": "yùn",
    "柏": "bǎi",
    "能": "nài",
    "宁": "nìng", "寧": "nìng",
    "重": "chóng",
    "种": "chóng", "種": "chóng",
    "朝": "cháo",
    "隗": "wěi",
    "黑": "hè",
    "任": "rén",
    "肖": "xiāo",
    "卜": "bǔ",
    "过": "guō", "過": "guō",
    "纪": "jǐ", "紀": "jǐ",
    "燕": "yān",
    "繁": "pó",
    "折": "shé",
    "那": "nā",
    "佴": "nài",
    "粘": "niàn",
    "藏": "zàng",
    "都": "dū",
    "六": "lù",
    "薄": "bó",
    "阚": "kàn", "闞": "kàn",
    "句": "gōu",
    "相": "xiàng",
    "长": "cháng", "長": "cháng",
    "么": "yāo", "幺": "yāo",
}

# Words that to_pinyin writes as one word, in addition to pypinyin's phrase list: names of
# provinces and cities in this domain, and the words Chinese organisation names are built from.
# They take precedence over pypinyin's phrases (which would read 中国人民 as 中国人 + 民).
_LEXICON = frozenset(
    (
        # provinces, regions, cities
        "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 "
        "河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 "
        "宁夏 新疆 香港 澳门 武汉 扬州 南京 常州 余杭 杭州 泰州 成都 深圳 广州 苏州 无锡 "
        "宁波 青岛 大连 厦门 西安 长沙 郑州 济南 沈阳 哈尔滨 长春 石家庄 太原 合肥 福州 "
        "南昌 昆明 贵阳 兰州 西宁 银川 乌鲁木齐 拉萨 南宁 海口 呼和浩特 温州 义乌 东莞 "
        "佛山 珠海 烟台 徐州 南通 "
        # administrative units written as one word
        "自治区 自治州 自治县 特别行政区 开发区 新区 维吾尔 壮族 回族 "
        # government, party, united front
        "中国 中华 人民 代表 代表团 共和国 政府 人大 代表大会 常务 委员会 委员 政协 政治 "
        "协商 会议 中共 共产党 中央 省委 市委 区委 县委 书记 省长 市长 区长 县长 外事 "
        "办公室 外办 对外 友好 协会 友协 国际 城市 联合会 联络部 中联部 统一战线 统战部 "
        "工作部 侨务 华侨 侨联 商务 商务厅 商务局 贸易 促进 贸促会 发展 改革 外交部 "
        "国务院 "
        # knowledge, business
        "大学 学院 研究院 研究所 科学院 孔子学院 科技 技术 科学 有限 公司 股份 集团 控股 "
        "港口 港务 物流 能源 投资 银行 电力 交通 运输 航空 海关 教育 文化 旅游 卫生 健康 "
        "工业 经济 高新 农业 信息 网络 电子 通信 理工 工程 师范 财经 医科 医学 医院 职业 "
        "芯片 中心 电网 师范大学 工商 海洋 航天 机械 材料 化工 制造 软件 数据 智能 "
        "生物 医药 环境 环保 水务 建设 规划 实验室 学校 中学 小学 基金会 商会 联合 "
        "研究 管理 服务 国有 资产 监督 "
    ).split()
)
# fmt: on
_LEXICON_MAX = max(len(word) for word in _LEXICON)
_PHRASE_MAX = 3
_COST_KNOWN, _COST_LEXICON, _COST_PHRASE, _COST_CHAR = 9, 10, 11, 12

#: Every syllable of Mandarin pinyin without tones, ü written u (lü → lu), as pypinyin 0.55 reads
#: its characters (423, including the interjections m, n, ng, hm, hng). A word is read as pinyin
#: with tone numbers ("wang2", "xiao3ming2") only when each of its syllables is one of these.
# fmt: off
SYLLABLES = frozenset(
    (
        "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong "
        "bu ca cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong "
        "chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai "
        "dan dang dao de dei den deng di dia dian diao die din ding diu dong dou du duan dui dun "
        "duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei "
        "gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng "
        "hm hng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing "
        "jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan "
        "kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin "
        "ling liu lo long lou lu luan lue lun luo m ma mai man mang mao me mei men meng mi mian "
        "miao mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nia nian "
        "niang niao nie nin ning niu nong nou nu nuan nue nun nuo o ou pa pai pan pang pao pei "
        "pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong "
        "qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai "
        "san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua "
        "shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te "
        "tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng "
        "wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao "
        "ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai "
        "zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun "
        "zhuo zi zong zou zu zuan zui zun zuo "
    ).split()
)
# fmt: on

#: Places outside the reference divisions whose reading pypinyin gets wrong (单 as a place is
#: Shàn). Reference divisions themselves come in through ``known`` (see to_pinyin).
_PLACE_READINGS: Mapping[str, str] = {"单县": "Shàn Xiàn"}

# Administrative units that to_pinyin writes as a word of their own after a place name.
_ADMIN_SUFFIXES = frozenset("省市区县")
_NAME_SEPARATORS = frozenset("·・•‧")


def is_hanzi(char: str) -> bool:
    """Whether one character is a CJK ideograph (Han script, including extensions).

    Args:
        char: A single character.

    Returns:
        True for assigned ideographs (Unicode category Lo, or Nl for 〇).
    """
    if len(char) != 1:
        return False
    code = ord(char)
    if code < 0x3007:  # Latin, Cyrillic, punctuation …: most characters asked about
        return False
    for low, high in HAN_RANGES:
        if low <= code <= high:
            return unicodedata.category(char) in ("Lo", "Nl")
    return False


def has_hanzi(text: str | None) -> bool:
    """Whether a text holds at least one Hanzi (pinyin is derived only from such text)."""
    if not text or text.isascii() or max(text) < _FIRST_HAN:
        return False  # (most names: asked in C, without a Python call per character)
    return any(is_hanzi(char) for char in text if char >= _FIRST_HAN)


_FIRST_HAN = "\u3007"
"""Below this character nothing is a Hanzi (see is_hanzi)."""


def toneless(pinyin: str) -> str:
    """Remove tone marks from pinyin; ü becomes u (the same choice as the search index).

    Case and apostrophes are kept: "Xī'ān" becomes "Xi'an", "Lǚ" becomes "Lu".

    Args:
        pinyin: Pinyin with or without tone marks.

    Returns:
        The pinyin without any combining marks.
    """
    decomposed = unicodedata.normalize("NFD", pinyin)
    bare = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return unicodedata.normalize("NFC", bare)


def to_pinyin(hanzi: str, known: Mapping[str, str] | None = None) -> str:
    """Tone-marked pinyin for an organisation, place or other general name.

    Rule: the Hanzi are grouped into words, each written as one capitalised word; words are
    separated by a space. Grouping uses a built-in list of place names and organisation words and
    pypinyin's phrase list: built-in words win over pypinyin's phrases, fewer pieces win over
    more, and characters that are in no known word are joined into one word, taken to be a
    proper name (清华 "Qīnghuá"); see _segment. This suits names, not running sentences.
    An administrative unit 省, 市, 区 or 县 after a place name is a word of
    its own (GB/T 16159: "Nánjīng Shì"), also when pypinyin knows the place and unit as one phrase.
    Inside a word, a syllable starting with a, o or e gets an apostrophe ("Xī'ān"). Characters
    that are not Hanzi are kept as they are, with a space between a pinyin word and an adjacent
    letter or digit. Readings come from pypinyin, which chooses among readings by context.

    ``known`` maps Hanzi to hand-corrected pinyin (the reference divisions: 盐城市 →
    "Yánchéng Shì", 盐城 → "Yánchéng"); a known name inside the Hanzi is taken over as it is,
    with its word boundaries, and wins over every other split ("Yánchéng Shì Rénmín Zhèngfǔ",
    not "Yán Chéngshì …").

    Args:
        hanzi: The name in Chinese characters (simplified or traditional).
        known: Hanzi → pinyin that wins for any substring (None: only the built-in places).

    Returns:
        For example "Nánjīng Shì Rénmín Zhèngfǔ" for 南京市人民政府.
    """
    pieces: list[str] = []
    for is_han, run in _runs(hanzi):
        if not is_han:
            if pieces and pieces[-1][-1:].isalnum() and run[:1].isalnum():
                pieces.append(" ")
            pieces.append(run)
            continue
        table = _known_table(known)
        readings = _readings(run)
        words = [
            table[run[start:end]]
            if run[start:end] in table
            else _word(readings[start:end], run[start:end])
            for start, end in _segment(run, table)
        ]
        if pieces and pieces[-1][-1:].isalnum():
            pieces.append(" ")
        pieces.append(" ".join(words))
    return "".join(pieces)


def split_person_name(hanzi: str) -> tuple[str, str]:
    """Split a Chinese person's name, family name first, into family name and given name.

    A compound surname (欧阳, 司马, ...) is recognised before a single one; a name that is only a
    compound surname (欧阳) is taken as a family name without a given name. A name that does not
    start with a Hanzi cannot be split and comes back as
    ("", name).

    Args:
        hanzi: The full name, e.g. 王小明.

    Returns:
        (family name, given name), e.g. ("王", "小明"); the given name may be empty.
    """
    name = hanzi.strip()
    if not name or not is_hanzi(name[0]):
        return "", name
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[0], name[1:]


def person_pinyin(hanzi: str) -> str:
    """Tone-marked pinyin for a Chinese person's name: family name, space, given name.

    The family name is read as a surname (单 is Shàn, 曾 Zēng, 解 Xiè, 欧阳 Ōuyáng); the given
    name's syllables are joined into one capitalised word: 王小明 becomes "Wáng Xiǎomíng". A name
    with a middle dot (names transcribed from other languages) is written part by part, each part
    one capitalised word, without surname rules. Other characters are kept as they are.

    Args:
        hanzi: The full name in Chinese characters, family name first.

    Returns:
        For example "Wáng Wěi" for 王伟.
    """
    name = hanzi.strip()
    if any(char in _NAME_SEPARATORS for char in name):
        parts: list[str] = []
        for is_han, run in _runs(name):
            parts.append(_word(_readings(run), run) if is_han else run)
        return "".join(parts)
    family, given = split_person_name(name)
    if not family:
        return to_pinyin(name)
    if family in COMPOUND_SURNAMES:
        family_pinyin = _capitalise(COMPOUND_SURNAMES[family])
    elif family in SURNAME_READINGS:
        family_pinyin = _capitalise(SURNAME_READINGS[family])
    else:
        family_pinyin = _word(_readings(family), family)
    if not given:
        return family_pinyin
    if all(is_hanzi(char) for char in given):
        return f"{family_pinyin} {_word(_readings(given), given)}"
    return f"{family_pinyin} {to_pinyin(given)}"


def _runs(text: str) -> Iterator[tuple[bool, str]]:
    """Maximal runs of Hanzi and of other characters, in order, flagged ``True`` for Hanzi."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or is_hanzi(text[index]) != is_hanzi(text[start]):
            yield is_hanzi(text[start]), text[start:index]
            start = index


def _readings(run: str) -> list[str]:
    """Tone-marked reading of each character of a Hanzi run; an unknown character stays itself."""
    from pypinyin import Style, pinyin

    result = pinyin(run, style=Style.TONE, errors=_each_character)
    readings = [item[0] for item in result]
    if len(readings) != len(run):  # defensive: pypinyin grouped something unexpectedly
        readings = [pinyin(char, style=Style.TONE, errors="default")[0][0] for char in run]
    return readings


def _each_character(chars: str) -> Any:
    """pypinyin ``errors`` handler: keep characters without a reading, one item per character."""
    return list(chars)


@cache
def _phrases() -> frozenset[str]:
    """pypinyin's phrase list, loaded once when first needed."""
    from pypinyin.constants import PHRASES_DICT

    return frozenset(word for word in PHRASES_DICT if 2 <= len(word) <= _PHRASE_MAX)


def _known_table(known: Mapping[str, str] | None) -> Mapping[str, str]:
    """The built-in place readings with the caller's known names over them."""
    if not known:
        return _PLACE_READINGS
    return {**_PLACE_READINGS, **known}


def _segment(run: str, known: Mapping[str, str] | None = None) -> list[tuple[int, int]]:
    """Word boundaries (start, end) in a Hanzi run; see to_pinyin for the rule.

    The cheapest split wins: a known name (reference division) costs 9, a word from the built-in
    list 10, a pypinyin phrase 11 and a lone character 12, so fewer pieces are better and,
    between equally many, known names and built-in words win.
    Neighbouring characters that end up alone are then joined into one word.
    Only pypinyin phrases of two or three characters are used: its longer entries are mostly
    idioms and fixed compounds (中国共产党, 中共中央) that pinyin orthography writes as several
    words.
    """
    phrases = _phrases()
    known = known or {}
    longest = max((len(word) for word in known), default=0)
    size = len(run)
    best: list[tuple[int, int, bool]] = [(0, 0, False)] * (size + 1)  # (cost, start, lexicon)
    for end in range(1, size + 1):
        options = [(best[end - 1][0] + _COST_CHAR, end - 1, False)]
        if run[end - 1] in known:
            options.append((best[end - 1][0] + _COST_KNOWN, end - 1, True))
        for length in range(2, min(end, max(_LEXICON_MAX, _PHRASE_MAX, longest)) + 1):
            word = run[end - length : end]
            if word in known:
                options.append((best[end - length][0] + _COST_KNOWN, end - length, True))
            elif word in _LEXICON:
                options.append((best[end - length][0] + _COST_LEXICON, end - length, True))
            elif word in phrases:
                options.append((best[end - length][0] + _COST_PHRASE, end - length, False))
        best[end] = min(options, key=lambda option: option[0])
    spans: list[tuple[int, int]] = []
    end = size
    while end > 0:
        _cost, start, from_lexicon = best[end]
        if not from_lexicon and end - start >= 3 and run[end - 1] in _ADMIN_SUFFIXES:
            spans.append((end - 1, end))
            spans.append((start, end - 1))
        else:
            spans.append((start, end))
        end = start
    spans.reverse()
    return _join_lone_characters(run, spans)


def _join_lone_characters(run: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join neighbouring characters that are in no known word (a proper name such as 清华, 华为).

    An administrative unit (省, 市, 区, 县) stays a word of its own: 泰兴市 is "Tàixīng Shì".
    """
    joined: list[tuple[int, int, bool]] = []
    for start, end in spans:
        lone = end - start == 1 and run[start] not in _ADMIN_SUFFIXES
        if lone and joined and joined[-1][2]:
            joined[-1] = (joined[-1][0], end, True)
        else:
            joined.append((start, end, lone))
    return [(start, end) for start, end, _lone in joined]


def _word(readings: list[str], chars: str) -> str:
    """One capitalised pinyin word from syllables; apostrophe before a, o, e inside the word."""
    parts: list[str] = []
    for reading, char in zip(readings, chars, strict=True):
        known = reading != char
        if parts and known and toneless(reading)[:1].lower() in ("a", "o", "e"):
            parts.append("'")
        parts.append(reading)
    return _capitalise("".join(parts))


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def place_words(divisions: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Known names for to_pinyin from reference divisions: each name, and its stem alone.

    "盐城市" / "Yánchéng Shì" gives 盐城市 → "Yánchéng Shì" and 盐城 → "Yánchéng"; the stem is
    the name without the characters of its last pinyin word (市, 地区, 自治州 …), found by
    matching that word against the characters' readings. A stem of one character is left out
    (it would take over that character everywhere).

    Args:
        divisions: (Hanzi, pinyin) pairs as the reference data gives them.

    Returns:
        Hanzi → pinyin.
    """
    words: dict[str, str] = {}
    for hanzi, pinyin in divisions:
        if not hanzi or not pinyin:
            continue
        words[hanzi] = pinyin
        parts = pinyin.split()
        if len(parts) < 2:
            continue
        last = toneless(parts[-1]).lower().replace("'", "")
        readings = [toneless(r).lower() for r in _readings(hanzi)]
        for count in range(1, min(4, len(hanzi) - 1) + 1):
            if "".join(readings[-count:]) == last:
                stem = hanzi[:-count]
                if len(stem) >= 2:
                    words.setdefault(stem, " ".join(parts[:-1]))
                break
    return words
