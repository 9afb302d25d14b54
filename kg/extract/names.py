"""Person names: honorifics, footnote marks, author lists, and whether a string is a name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.lexicon import HAN, HONORIFIC_PREFIX, HONORIFIC_SUFFIX, HONORIFIC_SUFFIX_LAST
from kg.extract.pinyin import COMPOUND_SURNAMES

# Footnote and contribution marks that follow (or precede) an author's name.
MARK_CHARS = "*†‡#✉§¶✝⁎∗+^&"
# ("Wen Li+": a plus right after a name is a mark too, "+ denotes co-first authors")
_MARKS_RE = re.compile(r"[*†‡#✉§¶✝⁎∗^]+|(?<=[^\W\d_])\+(?![\w+])|\(\s*[*†‡#✉]+\s*\)|\\")
_SUPER_DIGITS = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d]")
# A character any of the three patterns above needs (a cheap test before them).
_ANY_MARK = re.compile(r"[*†‡#✉§¶✝⁎∗^+\\\u00b9\u00b2\u00b3\u2070-\u2079\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d]")
_AUTHOR_MARK = re.compile(r"[*†‡#✉§¶✝⁎∗]|(?<=[^\W\d_])\+(?![\w+])")

_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "bin", "al", "el", "ibn", "st.", "y"}
_NOT_NAME_WORDS = {
    "the", "of", "and", "for", "in", "on", "at", "to", "with", "by", "from", "where", "who", "which", "team", "group", "lab", "laboratory",
    "university", "institute", "college", "school", "department", "center", "centre", "inc", "ltd", "corp",
    "research", "ai", "conference", "journal", "proceedings", "transactions", "arxiv", "preprint", "workshop",
    "paper", "code", "pdf", "project", "slides", "video", "talk", "link", "website", "homepage", "github", "email",
    "page", "demo", "poster", "award", "prize", "scholarship", "prof", "professor", "dr", "student", "intern",
    "engineer", "phd", "ph.d.", "ph.d", "master", "bachelor", "submitted", "under", "review", "accepted", "in",
    "is", "are", "was", "we", "i", "my", "our", "this", "that", "a", "an", "et", "al", "al.", "contributor",
    "contributors", "others", "equal", "contribution", "corresponding", "author", "authors", "first", "co-first",
    "system", "systems", "model", "models", "learning", "network", "networks", "data", "via", "towards", "toward",
    "using", "based", "large", "language", "efficient", "scalable", "cloud", "china", "usa", "beijing", "ieee",
    "acm", "usenix", "springer", "elsevier", "technical", "report", "cvpr", "iccv", "eccv", "neurips", "icml",
    "iclr", "aaai", "ijcai", "acl", "emnlp", "naacl", "osdi", "sosp", "nsdi", "atc", "sigmod", "vldb", "kdd",
    "www", "sigir", "icde", "oral", "spotlight", "highlight", "main", "findings", "track", "new", "best",
    "present", "now", "current", "today", "news", "blog", "resume", "cv", "google", "scholar", "twitter",
    "linkedin", "orcid", "dblp", "about", "me", "hi", "hello", "thanks", "welcome", "feel", "free", "contact",
    # words of section headings ("Short Bio", "Selected Publications")
    "bio", "biography", "short", "overview", "introduction", "summary", "profile", "publications", "education",
    "experience", "interests", "honors", "honours", "awards", "selected", "recent", "updates",
    # words of organisation names ("School of Engineering and Applied Sciences")
    "science", "sciences", "applied", "engineering", "technology", "mathematics", "physics", "chemistry", "medicine",
    "informatics", "academy", "foundation", "program", "programme", "fellowship", "hospital", "faculty", "division",
}
_CJK_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")
_CJK_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏"
    "韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申"
    "欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑"
    "迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索"
    "宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但"
    "尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)


_ROLE_PAREN = re.compile(r"\((?:contributor|contributors|intern|student|equal contribution|corresponding author)\)", re.I)
_LEADING_AND = re.compile(r"^(?:and|&)\s+")


def strip_marks(s: str) -> str:
    """Remove footnote/contribution marks, emoji and superscript digits.

    >>> strip_marks("Biao Sun*†"), strip_marks("\\\\*Huaxiu Yao"), strip_marks("Zheng Liu✉")
    ('Biao Sun', 'Huaxiu Yao', 'Zheng Liu')
    """
    if _ANY_MARK.search(s):
        s = _EMOJI.sub("", s)
        s = _SUPER_DIGITS.sub("", s)
        s = _MARKS_RE.sub("", s)
    return " ".join(s.split()).strip(" ,;:.")


def strip_honorifics(s: str) -> str:
    """Remove titles before and after a name.

    >>> strip_honorifics("Prof. Hailong Yang"), strip_honorifics("王威教授"), strip_honorifics("Jinli Zhang, Ph.D.")
    ('Hailong Yang', '王威', 'Jinli Zhang')
    >>> strip_honorifics("PI.Zheng Liu"), strip_honorifics("Professor Liu Han")
    ('Zheng Liu', 'Liu Han')
    >>> strip_honorifics("Sirui Wang"), strip_honorifics("Pingchao Zheng"), strip_honorifics("Drew Houston"), strip_honorifics("Dr Drew Houston")
    ('Sirui Wang', 'Pingchao Zheng', 'Drew Houston', 'Drew Houston')
    """
    s = s.strip()
    prev = None
    while prev != s:
        prev = s
        m = HONORIFIC_PREFIX.match(s)
        if m:
            s = s[m.end() :].strip()
        if s and s[-1] in HONORIFIC_SUFFIX_LAST:
            s = HONORIFIC_SUFFIX.sub("", s).strip()
    return s


@lru_cache(maxsize=16384)
def clean_name(s: str) -> str:
    """A name as written, minus marks, honorifics and surrounding punctuation."""
    s = _ROLE_PAREN.sub("", s)
    s = strip_honorifics(strip_marks(s))
    s = _LEADING_AND.sub("", s)
    return s.strip(" ,;:.\"'“”‘’()（）[]|｜")  # "Fuchun Sun | [code]": a column after the list


_NICKNAME = re.compile(r"\([A-Z][a-z]+\)")
_INITIALS = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)*")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*\.?")
_CAPS_SURNAME = re.compile(r"[A-Z][A-Z'’\-]{1,}")
_HYPHENED = re.compile(r"[A-Z][a-z]*-[a-z]+")
_NOT_IN_NAME = re.compile(r"[\d@/:|]")


def _latin_token_ok(tok: str) -> bool:
    t = tok.strip(",")
    if not t:
        return False
    if t in _PARTICLES:
        return True
    if _NICKNAME.fullmatch(t):  # nickname: Yi R. (May) Fung
        return True
    if _INITIALS.fullmatch(t):  # initials
        return True
    if _CAPITALISED.fullmatch(t):  # Capitalised, possibly hyphenated / CamelCase
        return True
    if _CAPS_SURNAME.fullmatch(t):  # SURNAME in capitals
        return True
    if _HYPHENED.fullmatch(t):  # Sung-ju
        return True
    return unicodedata.category(t[0]) == "Lu" and all(c.isalpha() or c in "'’-." for c in t)


@lru_cache(maxsize=16384)
def is_person_name(s: str) -> bool:
    """Whether ``s`` (already cleaned) looks like one person's name.

    >>> [is_person_name(x) for x in ["Biao Sun", "Yi R. (May) Fung", "KaShun SHUM", "王威", "Qwen Team", "Code", "the Chinese University"]]
    [True, True, True, True, False, False, False]
    >>> [is_person_name(x) for x in ["A. Krause", "I. Halvorsen", "A Survey", "I Am"]]
    [True, True, False, False]
    >>> [is_person_name(x) for x in ["Biometric Authentication", "Clement Dupont", "Yuqing Liu", "Felicity Moreau"]]
    [False, True, True, True]
    """
    s = s.strip()
    if not s or len(s) > 60:
        return False
    if _CJK_NAME.match(s):
        return s[0] in _CJK_SURNAMES or s[:2] in COMPOUND_SURNAMES
    if HAN.search(s):
        return False
    if _NOT_IN_NAME.search(s):
        return False
    toks = s.split()
    if not 2 <= len(toks) <= 5:
        return False
    # "A. Krause", "I. Halvorsen": an initial is not the word "a" or "I"
    # a particle inside the name may be capitalised: "Raed Al Kontar", "Ana De Souza" (not "et al")
    inner = {i for i, t in enumerate(toks) if 0 < i < len(toks) - 1 and t.lower() in _PARTICLES}
    if any(t.lower().strip(".,") in _NOT_NAME_WORDS for i, t in enumerate(toks) if t not in _PARTICLES and i not in inner
           and not _INITIALS.fullmatch(t.strip(","))):
        return False
    if toks[0] in _PARTICLES:
        return False
    if any(_NOUN_ENDING.search(t) for t in toks):
        return False  # "Biometric Authentication", "Trustworthy Computation": words, not names
    return all(_latin_token_ok(t) for t in toks)


# the endings of long abstract nouns, which no name has ("Authentication", "Robustness", "Robotics");
# not "-ity": Felicity, Charity and Verity are names
_NOUN_ENDING = re.compile(r"^[A-Z][a-z]{3,}(?:tion|sion|ment|ness|ism|ics|ology)s?$")


@dataclass(frozen=True)
class Author:
    """One name in an author list: as written (marks removed), its marks, its span."""

    name: str
    marks: str
    span: tuple[int, int]


_ROLE_BRACKET = re.compile(r"\s*[\[(（]\s*\*?\s*(?:the\s+)?(?:co-?)?corresponding(?:\s+authors?)?\s*\*?\s*[\])）]", re.I)
_LEGEND_PAREN = re.compile(r"[(（]\s*[*†‡#✉]*\s*(?:co-?first|equal|corresponding|joint first|alphabetical)[^)）]*[)）]", re.I)
# A remark in parentheses (lower-case words).  Blanked out, so white space before it need
# not be part of the match; starting at the parenthesis lets the engine skip to it.
_REMARK_PAREN = re.compile(r"[(（](?=[^)）]*\b[a-z]+\s+[a-z]+)[^)）]*[)）]?")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|，|、|;|；|\band\b|&(?!\w)|\s与\s)\s*")


def split_authors(text: str) -> list[Author]:
    """Split an author list; keep each author's footnote marks.

    >>> [(a.name, a.marks) for a in split_authors("Biao Sun*, Ziming Huang*, and Wei Lin†")]
    [('Biao Sun', '*'), ('Ziming Huang', '*'), ('Wei Lin', '†')]
    """
    return list(_split_authors(text))


@lru_cache(maxsize=8192)
def _split_authors(text: str) -> tuple[Author, ...]:
    """Cached worker of split_authors."""
    out: list[Author] = []
    pos = 0
    # "(*co-first authors)", "(† equal contribution)": a legend, not an author
    if "orresponding" in text:  # "Jie Zhang [*the corresponding author*]": the mark ✉, the words blanked
        text = _ROLE_BRACKET.sub(lambda m: "✉" + " " * (len(m.group()) - 1), text)
    if "(" in text or "（" in text:
        text = _LEGEND_PAREN.sub(lambda m: " " * len(m.group()), text)
        text = _REMARK_PAREN.sub(lambda m: " " * len(m.group()), text)
    for m in list(_AUTHOR_SPLIT.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        piece = text[pos:end]
        if piece.strip():
            marks = "".join(_AUTHOR_MARK.findall(piece))
            name = clean_name(" ".join(piece.split()))
            lead = len(piece) - len(piece.lstrip())
            if name:
                out.append(Author(name, marks, (pos + lead, pos + len(piece.rstrip()))))
        pos = m.end() if m else len(text)
    return tuple(out)


# APA and Harvard styles: "Whitaker, D. J., Osei, K., & Ferreira, P." (surname, then initials)
_APA_AUTHOR = re.compile(
    r"(?P<name>(?:(?:van|von|de|da|del|der|di|du|le|la|dos|das)\s+)*[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*,\s+"
    r"[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.)*)(?P<marks>[*†‡#✉]*)"
)
_APA_SEPARATOR = re.compile(r"\s*(?:,\s*(?:&|and)?|&|\band\b|,?\s*\.\.\.)\s*")


def split_apa_authors(text: str) -> list[Author] | None:
    """An author list written surname first with initials, as APA and Harvard style
    write it, or None when ``text`` is not one.

    >>> [(a.name, a.marks) for a in split_apa_authors("Whitaker, D. J.*, Osei, K., & van Dijk, P.")]
    [('Whitaker, D. J.', '*'), ('Osei, K.', ''), ('van Dijk, P.', '')]
    >>> split_apa_authors("Lorem ipsum, dolor sit amet") is None
    True
    """
    out: list[Author] = []
    pos = 0
    text = text.rstrip(" ,")
    while pos < len(text):
        m = _APA_AUTHOR.match(text, pos)
        if not m:
            return None
        out.append(Author(m.group("name"), m.group("marks"), m.span("name")))
        pos = m.end()
        if pos < len(text):
            sep = _APA_SEPARATOR.match(text, pos)
            if not sep:
                return None
            pos = sep.end()
    return out or None


_KEY_TOKEN = re.compile(r"[a-z\u3400-\u9fff]+")


def first_initial_key(name: str) -> str | None:
    """The key of a name written with several initials, keeping the first only:
    "Whitaker, D. J." is "D. Whitaker", the way "Dana Whitaker" is shortened.

    >>> first_initial_key("Whitaker, D. J.") == name_key("D. Whitaker"), first_initial_key("Dana Whitaker")
    (True, None)
    """
    words = [t for t in name_key(name).split() if len(t) > 1]
    initials = re.findall(r"(?<![^\W\d_])([^\W\d_])\.", name)
    if len(words) != 1 or len(initials) < 2:
        return None
    return " ".join(sorted([_fold(initials[0]), words[0]]))


@lru_cache(maxsize=16384)
def name_key(s: str) -> str:
    """A comparison key: case, accents, punctuation and word order ignored.

    >>> name_key("Yang Lingyun") == name_key("Lingyun YANG") == name_key("lingyun-yang")
    True
    """
    s = _fold(s)
    if _CJK_NAME.match(s.replace(" ", "")):
        return s.replace(" ", "")
    return " ".join(sorted(_KEY_TOKEN.findall(s)))


def _fold(s: str) -> str:
    """Lower case, accents and honorifics removed."""
    if s.isascii():
        s = s.lower()
    else:
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return strip_honorifics(s)


def abbreviated_keys(name: str) -> set[str]:
    """The keys (as ``name_key``) of the ways a name is shortened to initials in author
    lists: "Maria Gonzalez" is "M. Gonzalez" or "Gonzalez, M."; "Jia-Wei Li" "J.-W. Li".

    >>> name_key("M. Gonzalez") in abbreviated_keys("Maria Gonzalez")
    True
    >>> name_key("J.-W. Li") in abbreviated_keys("Jia-Wei Li"), name_key("J. Li") in abbreviated_keys("Jia-Wei Li")
    (True, True)
    >>> name_key("J. Müller") in abbreviated_keys("Jürgen Müller"), name_key("I. Solberg-Haugen") in abbreviated_keys("Ingrid Solberg-Haugen")
    (True, True)
    >>> abbreviated_keys("王威")
    set()
    """
    tokens = _KEY_TOKEN.findall(_fold(name))
    if len(tokens) < 2 or any(len(t) < 2 for t in tokens):
        return set()
    out = set()
    for given, family in ((tokens[:-1], tokens[-1]), (tokens[1:], tokens[0])):
        out.add(" ".join(sorted([*(t[0] for t in given), family])))
        out.add(" ".join(sorted([given[0][0], family])))
    words = _fold(name).split()
    family_parts = _KEY_TOKEN.findall(words[-1]) if len(words) >= 2 else []
    if len(family_parts) > 1:  # a double surname: "Ingrid Solberg-Haugen" is "I. Solberg-Haugen"
        given = [t for w in words[:-1] for t in _KEY_TOKEN.findall(w)]
        out.add(" ".join(sorted([*(t[0] for t in given), *family_parts])))
        out.add(" ".join(sorted([given[0][0], *family_parts])))
    return out


def is_abbreviated(name: str) -> bool:
    """Whether a name is written with initials ("M. Gonzalez", "Gonzalez M", "J.-W. Li")."""
    return any(len(t) == 1 for t in _KEY_TOKEN.findall(_fold(name)))


@lru_cache(maxsize=8192)
def looks_like_author_list(text: str) -> float:
    """Share of comma-separated pieces that are person names (0 when fewer than two)."""
    authors = split_authors(text)
    if not authors:
        return 0.0
    good = sum(1 for a in authors if is_person_name(a.name))
    if len(authors) == 1:
        return 0.5 if good else 0.0
    return good / len(authors)
