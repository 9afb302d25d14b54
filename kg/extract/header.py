"""The title and affiliation written under the owner's name at the top of a page or CV:
"Associate Professor, Department of ECE, University of Rochester", "Assistant Professor
of Computer Science at Cornell University", "PhD Student @ Stanford University",
"南京理工大学计算机科学与技术学院 教授", or a line of titles ("教授，博士生导师") over a line
naming the institution ("计算机科学与技术学院 · 南京理工大学").  Each is the owner's
current position (or current degree); the caller merges it with the section entries.
"""

from __future__ import annotations

import re

from kg.extract.affiliation import clean_org
from kg.extract.bio_patterns import FIRST_PERSON, STUDY, YEAR_OF_STUDY
from kg.extract.chinese_prose import TITLES, org_and_unit, position_at
from kg.extract.dates import PRESENT, find_dates
from kg.extract.experience import Experience
from kg.extract.lexicon import HAN, ORG_WORDS, TITLE_WORDS, degree_level, is_named_org, role_kind
from kg.extract.lines import Line

# How many lines under the name are read.
HEADER_LINES = 6

_EN = re.compile(r"^(?:an?\s+)?(?P<title>[^,|·•@:：]{2,60}?)\s*(?:,|\||·|•|@|\s+at\s+|\s+of\s+)\s*(?P<org>[^:：]{3,120})$")
_UNIT_LINE = re.compile(r"^(?:(?:the\s+)?(?:Department|Dept\.?|School|Faculty|College|Division|Laboratory|Lab|Center|Centre|Institute)\s+(?:of|for)\s|[A-Z][\w&' -]{2,60}\s+(?:Lab|Laboratory|Group|Department)$)")
# "职称：副教授" over "所在单位：武汉大学 计算机学院"; "Title: Professor" / "Affiliation: …"
_TITLE_LABEL = re.compile(r"^(?:职称|职务|Title|Position|Rank)\s*[:：]\s*(?:[|｜]\s*)?(?P<v>.+)$", re.I)
_ORG_LABEL = re.compile(r"^(?:所在单位|工作单位|单位|所在院系|院系|Affiliation|Institution|Organi[sz]ation)\s*[:：]\s*(?:[|｜]\s*)?(?P<v>.+)$", re.I)
# a job seeker's summary ("C++ 开发工程师 · 5 年经验 · X大学 · 深圳", "8+ years of experience") names no employer
_NOT_A_JOB = re.compile(r"\b(?:applied|applying|seeking|objective|candidate for)\b|求职|应聘|意向|\d\+?\s*年(?:工作|开发|研发)?经验|\byears? of experience\b", re.I)
_HONOUR = re.compile(r"(?:senior |life |distinguished )?(?:member|fellow)", re.I)  # "Fellow, Royal Statistical Society"
_ZH_ONE = re.compile(rf"^(?P<org>[\u3400-\u9fff·（）()]{{4,40}}?)\s*[·，,]?\s*(?P<title>{TITLES})(?:[，、,\s]+(?:博士生导师|硕士生导师))*$")
_ZH_TITLES = re.compile(rf"^(?P<title>{TITLES})(?:[，、,\s]+(?:{TITLES}|博士生导师|硕士生导师))*$")
_ZH_ORG_LINE = re.compile(r"^[\u3400-\u9fff（）()]{2,40}(?:\s*[·•|，,]\s*[\u3400-\u9fff（）()]{2,40}){0,3}$")
_YEAR_OF_STUDY = re.compile(r"^" + YEAR_OF_STUDY + r"\s+", re.I)
_ZH_INSTITUTION = re.compile(r"大学|科学院|研究院|公司|集团|医院")


def header_lines(sections, owner_name: str | None) -> list[Line]:
    """The lines under the owner's name: the start of the text before any heading, or of
    the section whose heading is the name."""
    named = [s for s in sections[:2] if owner_name and s.title.strip() == owner_name]  # a menu may come first
    first = named[0] if named else sections[0] if sections else None
    if first is None or first.kind != "preamble" and not named:
        return []
    lines = first.lines[: HEADER_LINES + 1]
    return [ln for ln in lines if not (owner_name and ln.text.strip(" #*") == owner_name)][:HEADER_LINES]


def facts_from_header(lines: list[Line]) -> list[Experience]:
    """The current positions (or degree) named by header lines.

    >>> from kg.extract.lines import build_lines
    >>> from kg.read import read_text
    >>> text = "Assistant Professor of Computer Science at Cornell University\\nEmail: a@b.edu\\n"
    >>> [(f.title, f.unit, f.organization, f.end) for f in facts_from_header(build_lines(read_text(text, path="a.txt")))]
    [('Assistant Professor', 'Computer Science', 'Cornell University', 'present')]
    """
    out: list[Experience] = []
    labelled = _labelled(lines)
    if labelled is not None:
        return [labelled]
    for i, ln in enumerate(lines):
        text = ln.text.strip(" *_")
        if len(text) > 140 or find_dates(text) or re.search(r"\S@\S+\.\w|https?://|(?<!\b[A-Za-z])\.\s|。|\.$|\b(?:is|am|are|was|were|has|have)\b", text) or FIRST_PERSON.match(text) or _NOT_A_JOB.search(text):
            continue
        below = [x.text.strip(" *_") for x in lines[i + 1 : i + 3]]
        ex, used = _english(text), 0
        if ex is None:
            ex, used = _english_lines(text, below)
        ex = ex or _chinese(text, below[0] if below else "")
        if ex is not None:
            ex.span = (ln.start, lines[i + used].end)
            out.append(ex)
    return out


def _labelled(lines: list[Line]) -> Experience | None:
    """The position given by a title field and an affiliation field."""
    title = org = None
    for ln in lines:
        m = _TITLE_LABEL.match(ln.text)
        if m and title is None:
            title = (m.group("v").strip(), ln)
        m = _ORG_LABEL.match(ln.text)
        if m and org is None:
            org = (m.group("v").strip(), ln)
    if title is None or org is None:
        return None
    span = (min(title[1].start, org[1].start), max(title[1].end, org[1].end))
    zh = re.search(TITLES, title[0]) if HAN.search(title[0]) else None
    ex = _zh_position(zh.group(), org[0]) if zh else _english(f"{title[0]}, {org[0]}")
    if ex is not None:
        ex.span = span
    return ex


def _english(text: str) -> Experience | None:
    m = _EN.match(text)
    if not m:
        return None
    title = m.group("title").strip()
    if not (TITLE_WORDS.search(title) or STUDY.search(title)) or len(title.split()) > 6 or re.search(r"\d", title) or _HONOUR.fullmatch(title):
        return None
    org, unit = clean_org(m.group("org"))
    if not org or not (ORG_WORDS.search(org) or is_named_org(org)) or len(org.split()) > 12:
        return None
    if STUDY.search(title):
        title = _YEAR_OF_STUDY.sub("", title)  # "Second-year Ph.D. student": the degree, not the year of it
        return Experience(organization=org, unit=unit, degree=title, degree_level=degree_level(title), is_education=True, end=PRESENT)
    return Experience(organization=org, unit=unit, title=title, kind=role_kind(title), end=PRESENT)


def _english_lines(text: str, below: list[str]) -> tuple[Experience | None, int]:
    """A line that is only a title, over the institution's line (and a unit's line between):
    "Assistant Professor" / "Department of Computer Science" / "University of Wisconsin–Madison".
    Also how many lines below it were read."""
    if not below or len(text.split()) > 6 or re.search(r"[\d,|@:：\u3400-\u9fff]", text) or _HONOUR.fullmatch(text):
        return None, 0
    if not (TITLE_WORDS.search(text) or STUDY.search(text)) or ORG_WORDS.search(text):
        return None, 0
    unit = None
    if _UNIT_LINE.match(below[0]) and len(below) > 1 and not ORG_WORDS.search(below[0].split(" of ", 1)[-1]):
        unit = below[0]
    org = below[1] if unit else below[0]
    if len(org) > 100 or re.search(r"[:：@]|\d", org) or not (ORG_WORDS.search(org) or is_named_org(org)) or _UNIT_LINE.match(org):
        return None, 0
    return _english(f"{text}, {unit + ', ' if unit else ''}{org}"), 2 if unit else 1


def _chinese(text: str, below: str) -> Experience | None:
    m = _ZH_ONE.match(text)
    if m and _ZH_INSTITUTION.search(m.group("org")):
        return position_at(m.group("org"), m.group("title"), None, PRESENT)
    m = _ZH_TITLES.match(text)
    if m and _ZH_ORG_LINE.match(below):
        return _zh_position(m.group("title"), below)
    return None


def _zh_position(title: str, org_line: str) -> Experience | None:
    """A title at the institution of a line of organisation parts ("计算机学院 · 南京理工大学",
    "武汉大学 计算机学院"): the last institution named, the other parts its units."""
    parts = [p for p in re.split(r"[\s·•|，,]+", org_line) if p]
    orgs = [p for p in parts if _ZH_INSTITUTION.search(p)]
    if not orgs:
        return None
    own_unit = org_and_unit(orgs[-1])[1]
    rest = [p for p in parts if p is not orgs[-1]]
    unit = "，".join([*([own_unit] if own_unit else []), *rest]) or None
    return position_at(orgs[-1], title, None, PRESENT, unit=unit)
