"""Degrees and jobs stated in a Chinese biography's sentences.

"2007年本科毕业于武汉大学计算机学院", "2012年于清华大学获工学博士学位",
"2012年至2014年在新加坡国立大学从事博士后研究", "2014年加入南京理工大学，2019年晋升为教授",
"现任南京理工大学计算机科学与技术学院教授".  Each hit is an Experience, given with the
offset it starts at (advisor statements attach to the fact before them) and its span.
"""

from __future__ import annotations

import re

from kg.extract.dates import PRESENT, find_dates, paren_range
from kg.extract.experience import Experience
from kg.extract.lexicon import ZH_DEGREE_NAME, ZH_UNIT_END, degree_level, role_kind
from kg.extract.places import is_place

_Y = r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月份?)?"
_ORG = r"[\u3400-\u9fffA-Za-z·&（）()]{2,40}?"
_DEGREE = rf"(?P<deg>{ZH_DEGREE_NAME})学位"
# An academic or research title.
TITLES = (
    r"(?:(?:特聘|长聘|预聘|准聘|终身|兼职|客座|讲席)?(?:副|助理)?(?:教授|研究员)|讲师|博士后(?:研究员)?|"
    r"(?:高级|资深|首席)?(?:工程师|科学家)|访问学者)"
)
_TITLE = rf"(?P<title>{TITLES})"
_CLAUSE_END = r"(?=[，,。；;（(、]|$)"

_GRADUATED = re.compile(
    rf"(?P<d>{_Y})?\s*(?:于|在)?\s*(?P<lvl>本科|学士|硕士研究生|硕士|博士研究生|博士|研究生)?(?:毕业|结业)于(?P<org>{_ORG})"
    rf"(?:(?:(?<=大学)|(?<=学院)|(?<=研究所)|(?<=研究院)|(?<=科学院)|(?<=系))(?P<field>[\u3400-\u9fff]{{2,16}}?)专业)?(?=[，,。；;（(]|$|获|并)"
)
_DEGREE_AFTER = re.compile(rf"[，,]?\s*(?:并|同年)?\s*(?:获|取得)得?了?(?P<field>[\u3400-\u9fff]{{0,12}}?){_DEGREE}")
_DEGREE_AT = re.compile(rf"(?P<d>{_Y})?\s*(?:于|在)(?P<org>{_ORG})(?:获|取得)得?了?(?P<field>[\u3400-\u9fff]{{0,12}}?){_DEGREE}")
_DEGREE_OF = re.compile(
    rf"(?P<d>{_Y})?\s*获得?了?(?P<org>{_ORG}(?:大学|学院|研究院|研究所|科学院))(?P<field>[\u3400-\u9fff]{{0,12}}?){_DEGREE}"
)
_STUDIED = re.compile(
    rf"(?P<d>{_Y})\s*(?:(?:至|到|[-–—~～])\s*(?:{_Y}|今|至今|现在))?\s*[，,]?\s*(?:起)?(?:在|于|进入)(?P<org>{_ORG})(?:攻读|就读)"
    rf"(?P<field>[\u3400-\u9fff]{{0,12}}?)(?P<deg>学士|硕士|博士|本科)(?:学位|研究生)?"
)
# "目前正在河海大学信息学部计算机与信息学院攻读硕士学位": a degree under way
_STUDYING = re.compile(
    rf"(?:(?:目前|现在|现)\s*正?|正)在(?P<org>{_ORG})(?:攻读|就读)(?P<field>[\u3400-\u9fff]{{0,12}}?)(?P<deg>学士|硕士|博士|本科)(?:学位|研究生)?"
)
_WORKED = re.compile(
    rf"(?P<d>{_Y})\s*(?:至|到|[-–—~～])\s*(?:{_Y}|今|至今|现在)\s*[，,]?\s*(?:在|于|任职于|就职于)(?P<org>{_ORG})"
    rf"(?:从事|任|担任|做|作为|工作|任职)(?:{_TITLE})?"
)
_JOINED = re.compile(
    rf"(?P<d>{_Y})\s*(?:起)?\s*[，,]?\s*(?:回国)?(?:加入|进入|入职|任职于|就职于|受聘于|工作于|调入|加盟)(?P<org>{_ORG})"
    rf"(?=[，,。；;（(]|$|任|担任|工作|从事)(?:[，,]?\s*(?:任|担任|先后任|历任|从事){_TITLE})?"
)
_PROMOTED = re.compile(rf"(?P<d>{_Y})\s*[，,]?\s*(?:被)?(?:破格)?(?:晋升|聘|提升|评)为{_TITLE}")
_NOW = re.compile(rf"现(?:任|为|就职于|任职于)(?P<org>{_ORG}){_TITLE}{_CLAUSE_END}")
_UNIT = re.compile(r"^(?P<org>.+?(?:大学|科学院|研究院|工程院))(?P<unit>.+?(?:系|学院|研究所|实验室|研究中心|中心|研究院|书院|学部))$")
# Every statement above has one of these.
_CUE = re.compile(r"毕业于|学位|攻读|就读|加入|进入|入职|任职|就职|受聘|工作|调入|加盟|晋升|聘为|提升为|评为|现任|现为|从事")

Fact = tuple[int, Experience, tuple[int, int]]


def org_and_unit(name: str) -> tuple[str, str | None]:
    """"中国科学技术大学计算机科学与技术系" is a department of a university.

    >>> org_and_unit("中国科学技术大学计算机科学与技术系"), org_and_unit("中国科学院计算技术研究所")
    (('中国科学技术大学', '计算机科学与技术系'), ('中国科学院', '计算技术研究所'))
    >>> org_and_unit("微软亚洲研究院"), org_and_unit("中国科学院大学")
    (('微软亚洲研究院', None), ('中国科学院大学', None))
    >>> org_and_unit("中国南京河海大学信息学部计算机与信息学院"), org_and_unit("中国人民大学")
    (('河海大学', '信息学部, 计算机与信息学院'), ('中国人民大学', None))
    """
    town = _TOWN_FIRST.match(name)
    if town and is_place(town.group("town")):
        name = name[town.end("town") :]  # "在中国南京河海大学取得…": where it is, then its name
    m = _UNIT.match(name)
    if not m:
        return name, None
    unit = m.group("unit")
    two = _TWO_UNITS.match(unit)  # "信息学部计算机与信息学院": a faculty, then its school
    return m.group("org"), f"{two.group(1)}, {two.group(2)}" if two else unit


_TOWN_FIRST = re.compile(r"^中国(?P<town>[\u3400-\u9fff]{2,3}?)(?=[\u3400-\u9fff]{2,}(?:大学|学院)$|[\u3400-\u9fff]{2,}(?:大学|学院)[\u3400-\u9fff])")
_TWO_UNITS = re.compile(r"^(.{2,12}?(?:学部|书院|学院))(.{2,16}?(?:系|学院|研究所|实验室|研究中心))$")


def chinese_bio_facts(text: str) -> list[Fact]:
    """The degrees and jobs a Chinese biography line states, in the order written.

    >>> facts = chinese_bio_facts("2007年本科毕业于武汉大学，2012年博士毕业于中国科学技术大学计算机科学与技术系。"
    ...                           "2012年至2014年在新加坡国立大学从事博士后研究。2014年加入南京理工大学，2019年晋升为教授。")
    >>> [(ex.degree or ex.title, ex.organization, ex.unit, ex.start, ex.end) for _pos, ex, _span in facts]  # doctest: +NORMALIZE_WHITESPACE
    [('本科', '武汉大学', None, None, '2007'), ('博士', '中国科学技术大学', '计算机科学与技术系', None, '2012'),
     ('博士后', '新加坡国立大学', None, '2012', '2014'), (None, '南京理工大学', None, '2014', '2019'),
     ('教授', '南京理工大学', None, '2019', None)]
    >>> [(ex.organization, ex.unit, ex.field, ex.end) for _p, ex, _s in chinese_bio_facts("我于 2025 年 12 月获武汉大学电子信息学院博士学位")]
    [('武汉大学', '电子信息学院', None, '2025-12')]
    """
    if not _CUE.search(text):
        return []
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], ex: Experience, end: int | None = None) -> None:
        span = (m.start(), end if end is not None else m.end())
        if any(a < span[1] and span[0] < b for a, b in taken):
            return
        taken.append(span)
        out.append((m.start(), ex, span))

    for m in _GRADUATED.finditer(text):
        after = _DEGREE_AFTER.match(text, m.end())
        deg = after.group("deg") if after else m.group("lvl")
        field = m.group("field") or (after.group("field") if after else None) or None
        ex = _education(m.group("org"), deg, field, end=_first(m.group("d")))
        when = paren_range(text, m.end()) if not after else None  # "本科毕业于华北电力大学（2020.09 - 2024.06）"
        if when is not None and not ex.end:
            ex.start, ex.end = when.start, when.end
        add(m, ex, after.end() if after else None)
    for rx in (_DEGREE_AT, _DEGREE_OF):
        for m in rx.finditer(text):
            org, field = m.group("org"), m.group("field") or None
            if field and ZH_UNIT_END.search(field):
                org, field = org + field, None  # "获武汉大学电子信息学院博士学位": a school of the university, no subject
            add(m, _education(org, m.group("deg"), field, end=_first(m.group("d"))))
    for m in _STUDIED.finditer(text):
        d = find_dates(text[m.start("d") : m.start("org")])
        ex = _education(m.group("org"), m.group("deg"), m.group("field") or None, start=d[0].start if d else None)
        ex.end = d[0].end if d and not d[0].single else None
        add(m, ex)
    for m in _STUDYING.finditer(text):
        ex = _education(m.group("org"), m.group("deg"), m.group("field") or None)
        ex.end = PRESENT
        add(m, ex)
    for m in _WORKED.finditer(text):
        d = find_dates(text[m.start("d") : m.start("org")])
        add(m, position_at(m.group("org"), m.group("title"), d[0].start if d else None, d[0].end if d else None))
    for m in _JOINED.finditer(text):
        add(m, position_at(m.group("org"), m.group("title"), _first(m.group("d")), None))
    for m in _NOW.finditer(text):
        add(m, position_at(m.group("org"), m.group("title"), None, PRESENT))
    out.sort(key=lambda f: f[0])
    for m in _PROMOTED.finditer(text):
        earlier = [ex for pos, ex, _s in out if pos < m.start() and not ex.is_education and ex.organization]
        if not earlier:
            continue
        last, start = earlier[-1], _first(m.group("d"))
        if start and last.start and not last.end and last.start < start:
            last.end = start
        add(m, position_at(last.organization, m.group("title"), start, None, unit=last.unit))
    out.sort(key=lambda f: f[0])
    return out


def _first(date: str | None) -> str | None:
    d = find_dates(date) if date else []
    return d[0].start if d else None


def _education(org: str, degree: str | None, field: str | None, *, start: str | None = None, end: str | None = None) -> Experience:
    org, unit = org_and_unit(org)
    return Experience(organization=org, unit=unit, degree=degree, degree_level=degree_level(degree or ""), field=field,
                      start=start, end=end, is_education=True)


def position_at(org: str, title: str | None, start: str | None, end: str | None, unit: str | None = None) -> Experience:
    """A job at an organisation written the Chinese way (its department in the same name)."""
    org, own_unit = org_and_unit(org)
    ex = Experience(organization=org, unit=unit or own_unit, title=title, start=start, end=end)
    ex.kind = role_kind(title) if title else "employment"
    return ex
