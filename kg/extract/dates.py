"""Dates and date ranges as profiles write them, in English and Chinese, to ISO 8601.

Handles ``09/2021``, ``2021.09``, ``2021-09-01``, ``June 2024``, ``Sept. 2025``,
Europass ``01/09/2021`` (day/month/year), ``2021年9月``, ``Fall 2025``, ranges with
any dash, ``to`` or ``至``, open ends (``Now``, ``Present``, ``至今``, a trailing dash)
and expected ends (``（预计）``, ``(expected)``, ``Expected 8/2025``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.lexicon import MONTHS, SEASONS

PRESENT = "present"

_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_Y = r"(?:19[5-9]\d|20\d{2})"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
DATE_PAT = (
    r"(?:"
    rf"{_Y}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?"  # 2021年9月(1日)
    rf"|{_Y}[./\-]\d{{1,2}}[./\-]\d{{1,2}}(?![\d.])"  # 2021-09-01
    rf"|{_Y}[./\-]\d{{1,2}}(?![\d])"  # 2021.09, 2021-09, 2021/12
    rf"|{_Y}\.0\d{{2}}(?![\d])"  # a typo such as 2025.087: the year is still right
    rf"|\d{{1,2}}/\d{{1,2}}/{_Y}"  # 01/09/2021
    rf"|\d{{1,2}}[./]{_Y}"  # 09/2021, 03.2024
    rf"|(?<![a-z]){_MON}(?:,\s)?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?{_Y}"  # June 2024, Jan 5, 2024, "Nov., 2013"
    rf"|{_SEASON}\s*(?:of\s+)?{_Y}"  # Fall 2025
    rf"|{_Y}\s*(?:{_SEASON}|年?\s*[春夏秋冬]季?)"  # 2024 Fall, 2025 年秋季
    rf"|{_Y}(?:\s*年)?"  # 2021, 2021年
    r")"
)
_PRESENT_PAT = (
    r"(?:now|present|current(?:ly)?|today|ongoing|till now|till date|till today|to date|up to now|至今|现在|目前|今)"
)
_SEP = r"(?:\s*(?:-{1,2}|–|—|―|~|～|−|‑|‐|to|until|till|至|到)\s*)"
_EXPECTED_AFTER = re.compile(
    r"\s*[（(\[]?\s*(?:预计|预期|expected(?: graduation)?|est(?:imated)?\.?|anticipated|exp\.)[^)）\]\n]{0,20}[)）\]]?",
    re.I,
)
_EXPECTED_BEFORE = re.compile(r"(?:expected|estimated|预计|预期)\s*(?:graduation)?\s*[:：]?\s*(?:in\s+)?$", re.I)

RANGE_RE = re.compile(
    rf"(?<![\d.])(?P<a>{DATE_PAT})"
    rf"(?:(?P<sep>{_SEP})(?P<exp>(?:expected|exp\.|est\.|anticipated)\s*)?(?:(?P<b>{DATE_PAT})|(?P<now>{_PRESENT_PAT}|[(（]\s*{_PRESENT_PAT}\s*[)）]))?|(?P<now2>\s*至今))?(?![\d])",
    re.I,
)
_HAS_DIGIT = re.compile(r"(?:19|20)\d\d")
# "2023-24": the second year written with two digits (only when it cannot be a month)
_ACADEMIC_YEAR = re.compile(r"((?:19|20)\d\d)[-/](\d\d)")
_MONTH_BEFORE = re.compile(rf"(?<![a-z])(?P<m>{_MON}){_SEP}$", re.I)
_ZH_MONTH_END = re.compile(r"\s*[-–—―~～至到]\s*(\d{1,2})\s*月")
_ZH_MONTHS = re.compile(r"(?:年)?\s*(\d{1,2})\s*(?:月\s*)?[-–—―~～至到]\s*(\d{1,2})\s*月")
_OPEN_END = re.compile(r"\s*(?:[,;)）|\]]|$)")


@dataclass(frozen=True)
class DateRange:
    """A date or a date range found in a text.

    start, end: ISO dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``); end may be
    ``present``; a single date has ``start == end`` and ``single`` set.
    expected: the end is an expected one (graduation not yet happened).
    span: (start, end) offsets in the text searched.
    """

    start: str | None
    end: str | None
    expected: bool
    span: tuple[int, int]
    single: bool = False


# The date forms parse_date reads, in the order it tries them.
_ZH_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})[./\-](\d{1,2})(?:[./\-](\d{1,2}))?")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./]((?:19|20)\d{2})")
_NAMED_MONTH = re.compile(r"([a-z]+)\.?(?:,\s)?\s*(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})")
_SEASON_OF_YEAR = re.compile(r"([a-z]+)\s*of\s+((?:19|20)\d{2})")
_YEAR_SEASON = re.compile(r"((?:19|20)\d{2})\s*(?:年\s*)?([a-z]+|[春夏秋冬]季?)")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_YEAR_ODD_MONTH = re.compile(r"((?:19|20)\d{2})\.0\d{2}")


@lru_cache(maxsize=8192)
def parse_date(s: str) -> str | None:
    """One date expression to ISO, or None.

    >>> [parse_date(x) for x in ["09/2021", "2021.9", "June 2024", "01/09/2021", "2024年9月", "Sept. 2025", "2020"]]
    ['2021-09', '2021-09', '2024-06', '2021-09-01', '2024-09', '2025-09', '2020']
    >>> parse_date("Fall 2025"), parse_date("2022-09-01"), parse_date("13/2021")
    ('2025-09', '2022-09-01', None)
    """
    s = s.strip().rstrip(".").strip()
    low = s.lower()
    m = _ZH_YEAR_MONTH.fullmatch(s)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    m = _YEAR_MONTH.fullmatch(s)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    m = _DAY_MONTH_YEAR.fullmatch(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = (a, b) if b <= 12 else (b, a)  # day/month unless that can't be
        return _iso(y, month, day)
    m = _MONTH_YEAR.fullmatch(s)
    if m:
        return _iso(int(m.group(2)), int(m.group(1)), None)
    m = _NAMED_MONTH.fullmatch(low)
    if m and m.group(1) in MONTHS:
        return _iso(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)) if m.group(2) else None)
    if m and m.group(1) in SEASONS and not m.group(2):
        return _iso(int(m.group(3)), SEASONS[m.group(1)], None)
    m = _SEASON_OF_YEAR.fullmatch(low)
    if m and m.group(1) in SEASONS:
        return _iso(int(m.group(2)), SEASONS[m.group(1)], None)
    m = _YEAR_SEASON.fullmatch(low)
    if m:
        key = m.group(2) if m.group(2) in SEASONS else (m.group(2)[0] + "季")
        if key in SEASONS:
            return _iso(int(m.group(1)), SEASONS[key], None)
    m = _YEAR.fullmatch(s)
    if m:
        return m.group(1)
    m = _YEAR_ODD_MONTH.fullmatch(s)
    if m:
        return m.group(1)
    return None


def _iso(y: int, m: int | None, d: int | None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


_SINCE = re.compile(r"\b(?:[Ss]ince|[Ss]tarting(?:\s+(?:from|in))?)\s+$")


def find_dates(text: str) -> list[DateRange]:
    """Every date or date range in ``text``, left to right.

    >>> r = find_dates("Beihang University, Beijing. (09/2021 - 06/2024)")[0]
    >>> r.start, r.end, r.span
    ('2021-09', '2024-06', (30, 47))
    >>> [(r.start, r.end, r.expected) for r in find_dates("学术型硕士研究生 2024.09—2027.06（预计）")]
    [('2024-09', '2027-06', True)]
    >>> [(r.start, r.end) for r in find_dates("2020 – 至今, HKUST")]
    [('2020', 'present')]
    >>> [(r.start, r.end) for r in find_dates("Pine AI, Research Intern, Sept. 2025 - ")]
    [('2025-09', 'present')]
    >>> [(r.start, r.end, r.span) for r in find_dates("Google, May – Aug 2020")], [(r.start, r.end) for r in find_dates("Jun-Sep 2022")]
    ([('2020-05', '2020-08', (8, 22))], [('2022-06', '2022-09')])
    >>> [(r.start, r.end, r.span) for r in find_dates("master's degree starting from 2023")]
    [('2023', 'present', (16, 34))]
    """
    return list(_find_dates(text))


@lru_cache(maxsize=8192)
def _find_dates(text: str) -> tuple[DateRange, ...]:
    """Cached worker of find_dates."""
    if not _HAS_DIGIT.search(text):
        return _short_ranges(text) if "/" in text else ()
    out: list[DateRange] = []
    for m in RANGE_RE.finditer(text):
        a = parse_date(m.group("a"))
        if a is None:
            ay = _ACADEMIC_YEAR.fullmatch(m.group("a"))
            gap = (int(ay.group(2)) - int(ay.group(1))) % 100 if ay else 0
            if ay and 1 <= gap <= 9 and not m.group("sep"):  # "2023-24", "2022/23": an academic year; "2019-23": four years
                out.append(DateRange(ay.group(1), str(int(ay.group(1)) + gap), False, m.span("a")))
            continue
        s, e = m.start(), m.end()
        expected = bool(m.group("exp")) and bool(m.group("b"))  # "09/2025 - expected 09/2029"
        if m.group("exp") and not m.group("b"):
            e = m.end("sep")
        if m.group("b"):
            b = parse_date(m.group("b"))
            if b is None:
                e = m.end("a")
                end: str | None = a
                single = True
            else:
                end, single = b, False
        elif m.group("now") or m.group("now2"):
            end, single = PRESENT, False
        elif m.group("sep") and _OPEN_END.match(text, m.end("sep")) and re.search(r"[-–—]", m.group("sep")):
            end, single = PRESENT, False
            e = m.end("sep")
        else:
            e = m.end("a")
            end, single = a, True
            months = _ZH_MONTHS.match(text, e) if len(a) == 4 and (m.group("a").endswith("年") or text.startswith("年", e)) else None
            month_end = _ZH_MONTH_END.match(text, e) if len(a) == 7 and m.group("a").endswith("月") else None
            if months and 1 <= int(months.group(1)) <= int(months.group(2)) <= 12:
                # "2025 年 7—10 月": two months of one year
                a, end, single, e = f"{a}-{int(months.group(1)):02d}", f"{a}-{int(months.group(2)):02d}", False, months.end()
            elif month_end and int(a[5:]) <= int(month_end.group(1)) <= 12:
                end, single, e = f"{a[:4]}-{int(month_end.group(1)):02d}", False, month_end.end()  # "2025 年 3 月—6 月"
            first = _MONTH_BEFORE.search(text[max(0, s - 16) : s]) if len(a) == 7 and single else None
            since = _SINCE.search(text[max(0, s - 20) : s])
            if since:  # "since 2021", "starting from 2023": going on
                end, single = PRESENT, False
                s = max(0, s - 20) + since.start()
            elif first:  # "May – Aug 2020": the first month takes the year of the second
                start = parse_date(f"{first.group('m')} {a[:4]}")
                if start and start <= a:
                    a, single = start, False
                    s = max(0, s - 16) + first.start()
        after = _EXPECTED_AFTER.match(text, e)
        if after and end != PRESENT:
            expected = True
            e = after.end()
        before = _EXPECTED_BEFORE.search(text[max(0, s - 30) : s])
        if before:
            expected = True
            s = max(0, s - 30) + before.start()
        out.append(DateRange(a, end, expected, (s, e), single))
    return tuple(out)


# "10/15-08/18": months and two-digit years, read only as a range of two (a lone "10/15" may be a day)
_SHORT_RANGE = re.compile(r"(?<![\d/.])(0[1-9]|1[0-2])/(\d\d)\s*(?:[-–—]|to)\s*(?:(0[1-9]|1[0-2])/(\d\d)|(?P<now>present|now|today))(?![\d/])", re.I)


def _short_ranges(text: str) -> tuple[DateRange, ...]:
    """Ranges written with two-digit years ("10/15-08/18", "11/20 – present"); a year
    below 50 is in this century.

    >>> [(r.start, r.end) for r in _short_ranges("10/15-08/18 | Bachelor in Physics")]
    [('2015-10', '2018-08')]
    """
    def iso(month: str, yy: str) -> str:
        return f"{2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)}-{month}"

    out = []
    for m in _SHORT_RANGE.finditer(text):
        a = iso(m.group(1), m.group(2))
        b = PRESENT if m.group("now") else iso(m.group(3), m.group(4))
        if b == PRESENT or b >= a:
            out.append(DateRange(a, b, False, m.span()))
    return tuple(out)


def without_dates(text: str, fill: str = "", ranges: list[DateRange] | None = None) -> str:
    """``text`` with its dates cut out (``fill="pad"``: each replaced by as many blanks, so
    offsets stay; any other ``fill`` stands for each date).

    >>> without_dates("2022.02 - 2022.04, Iflytek, China"), without_dates("2020 – 2024: X", "pad")
    (', Iflytek, China', '           : X')
    """
    out = text
    for r in sorted(find_dates(text) if ranges is None else ranges, key=lambda r: -r.span[0]):
        gap = " " * (r.span[1] - r.span[0]) if fill == "pad" else fill
        out = out[: r.span[0]] + gap + out[r.span[1] :]
    return out


def year_of(iso: str | None) -> int | None:
    """The year of an ISO date, or None (also for ``present``)."""
    if iso and iso[:4].isdigit():
        return int(iso[:4])
    return None


_PAREN = re.compile(r"\s*[（(](?P<d>[^（）()]{4,30})[）)]")


def paren_range(text: str, pos: int) -> DateRange | None:
    """The date range written in parentheses at ``pos``, or None.

    >>> r = paren_range("华北电力大学（2020.09 - 2024.06）", 6)
    >>> r.start, r.end, paren_range("USTC (2021)", 4)
    ('2020-09', '2024-06', None)
    """
    m = _PAREN.match(text, pos)
    found = find_dates(m.group("d")) if m else []
    return found[0] if len(found) == 1 and not found[0].single else None
