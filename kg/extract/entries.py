"""Entries: the items of a section (one degree, one job, one award).

Profiles separate entries with list bullets, bold titles, blank lines, empty
bullets, sub-headings, or simply by starting each entry with its dates.  In dated
sections the dates anchor entries: a dated line starts an entry unless the entry
so far is only its title (dates written after the title) or only its dates
(Europass writes dates first); lines without dates attach to the current entry
unless they look like the head of a new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.bio_patterns import FIRST_PERSON
from kg.extract.dates import DateRange, find_dates, without_dates
from kg.extract.lexicon import AWARD_WORDS, COLUMN_NAME, DEGREE_RE, HAN, ORG_WORDS, TIME_LABEL, TITLE_WORDS, is_named_org
from kg.extract.lines import Line
from kg.extract.venues import find_series

_EMPTY_BULLET = re.compile(r"^[-•*◇◆▪●○■□·]$")
_LABEL = re.compile(r"^(?:[A-Za-z][A-Za-z .'’/&()-]{0,30}|[\u3400-\u9fff]{1,10})\s*[:：]")
_KNOWN_LABEL = re.compile(
    r"^(?:(?:ph\.?d\.?|thesis|research|academic|co-?)?\s*(?:supervisors?|advisors?|advisers?|mentors?|managers?|hosts?)|"
    r"(?:cumulative )?c?gpa|rank(?:ing)?|thesis|dissertation|committee|(?:core )?courses?|coursework|major|minor|"
    r"research interests?|interests?|duties(?: included?)?|responsibilities|focus|topics?|links?|website|address|e-?mail|"
    r"phone|tel|mobile|skills?|tools?|technologies|keywords?|notes?|honou?rs?|awards?|grades?|scores?|location|role|"
    r"description|summary|achievements?|work|project link|"
    r"导师|博士生导师|硕士生导师|主管|研究方向|主修课程|主修科目|专业|成绩|排名|荣誉|获奖|课程|职责|工作内容|技术栈|项目描述|负责|方向|掌握框架|审稿经历|研究内容)\s*[:：]",
    re.I,
)
# the labels of an organisation's field ("University: …"), not an organisation's name
_ORG_LABEL = re.compile(
    r"(?:(?:host|home|current)\s+)?(?:university|institute|institution|school|college|company|employer|organi[sz]ation|lab|laboratory|"
    r"group|team|department|dept\.?|faculty|affiliation|center|centre|research group)s?",
    re.I,
)
_EUROPASS_LABEL = re.compile(r"^(?:Link|Website|Address|Email|E-mail|Tel|Phone|Mobile|Homepage)\b(?!\s*[A-Z][a-z]+\s+[A-Z])", re.I)
_LOCATION_ONLY = re.compile(r"^[\s,，.()（）|\-–—:]*(?:[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*|[\u3400-\u9fff]{2,6})?(?:\s*[,，]\s*(?:[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*|[\u3400-\u9fff]{2,6}))*[\s,.)）]*$")


@dataclass
class Entry:
    """Consecutive lines that describe one item."""

    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


# "Research topic: …", "Research interests: …": a label, though "Research" may start an organisation's name
_TOPIC_LABEL = re.compile(r"\b(?:topics?|areas?|interests?|focus|directions?|duties|responsibilities|projects?|tasks?)$", re.I)


def is_attribute(line: Line) -> bool:
    """``Supervisor: X``, ``GPA: 3.8``, ``导师: X``, Europass ``Link <url>`` and the like."""
    return _is_attribute(line.text)


@lru_cache(maxsize=8192)
def _is_attribute(text: str) -> bool:
    t = text.lstrip("◇•·-*▪ \t")
    if _EUROPASS_LABEL.match(t):
        return True
    if _KNOWN_LABEL.match(t):
        return True
    m = _LABEL.match(t)
    if m and len(m.group()) <= 32 and len(m.group().split()) <= 3:
        label = m.group().rstrip(":： ").strip("*")
        if is_named_org(label) and not _ORG_LABEL.fullmatch(label) and not _TOPIC_LABEL.search(label):
            return False  # "ByteDance: worked on …", "Peking University: pursuing a master's degree": an entry's head
        return not find_dates(t)
    return False


def _date_span_share(text: str, ranges: list[DateRange]) -> float:
    covered = sum(r.span[1] - r.span[0] for r in ranges)
    core = len(re.sub(r"[\s()（）,，.|\-–—]", "", text)) or 1
    return covered / max(core, 1)


@lru_cache(maxsize=8192)
def is_date_only(text: str) -> bool:
    """The text holds nothing but dates and perhaps a place."""
    ranges = find_dates(text)
    if not ranges:
        return False
    rest = without_dates(text, " ", ranges).strip()
    if not rest:
        return True
    return bool(_LOCATION_ONLY.match(rest)) and not ORG_WORDS.search(rest) and not DEGREE_RE.search(rest) and not TITLE_WORDS.search(rest)


def _names_beside_dates(text: str) -> bool:
    """The line holds more than its dates ("2022.02 - 2022.04, Iflytek, China")."""
    return bool(re.search(r"[^\W\d_]{2}", without_dates(text)))


def _looks_like_head(line: Line, top_depth: int | None, top_indent: int, dated: bool = True) -> bool:
    if line.heading:
        return True
    if is_attribute(line):
        return False
    if line.item >= 0:
        return top_depth is not None and line.item == top_depth and len(line.text) > 1
    if line.bold and line.bold[0][0] == 0:
        return True
    if line.blank_before and line.indent <= top_indent:
        # A sentence ("My supervisor is …") continues the entry; a name or title starts one.
        if not dated:
            return True
        return not re.match(r"^(?:My|I|We|He|She|Our|His|Her|This|The project|In|As)\b", line.text) and _entry_like(line.text) and not _SENTENCES.search(line.text)
    return False


# Two sentences or more ("Department of Computer Science. Host: Prof. A. Krause."): the
# description of the entry above, not the head of one
_SENTENCES = re.compile(r"(?:[a-z]{2}|[A-Z]{2})\.\s+[A-Z].*[.!?]$")


_TRAILING_NAME = re.compile(r"([A-Z][\w/&-]*(?:\s+[A-Z][\w/&-]*){0,2})\s*$")


def _venue_year(text: str, r: DateRange) -> bool:
    """The date is a year after a known venue's name: "ACM MM 2020 Oral接收" (a paper's, not the entry's).

    >>> _venue_year("研究 | CVPR 2020 Oral", find_dates("研究 | CVPR 2020 Oral")[0]), _venue_year("NVIDIA 2021", find_dates("NVIDIA 2021")[0])
    (True, False)
    """
    if r.start != r.end:
        return False
    m = _TRAILING_NAME.search(text, 0, r.span[0])
    return m is not None and find_series(m.group(1)) is not None


@lru_cache(maxsize=8192)
def anchor_date(text: str) -> bool:
    """A date that anchors an entry: at the start or end of its line, or on a short line."""
    found = find_dates(text)
    if not found:
        return False
    if len(text) <= 30 and not re.search(r"[。；]", text) and not all(_venue_year(text, r) for r in found):
        return True
    for r in found:
        before, after = text[: r.span[0]], text[r.span[1] :]
        lead = before.strip(" *[(（-•◇")
        if not lead or TIME_LABEL.fullmatch(lead):
            return True  # also "时间：2017.09-2021.06  学校：…"
        if re.match(r"[)）\]*]*[.;]\s+\S", after):
            return True  # the date closes the entry's first sentence: "…, 2017 – 2022. Advisor: …"
        rest = after.strip(" ,.;:)）]*|\t，；：、")  # "…，2020-2023，主持": a role after the dates
        if not rest or re.fullmatch(r"[A-Z]{2,8}|(?:[A-Z][a-z]+,?\s*){1,3}|[\u3400-\u9fff]{2,4}", rest):
            return True
    return False


def _same_dates(entry: Entry, line: Line) -> bool:
    mine = {(r.start, r.end) for r in find_dates(line.text)}
    return any((r.start, r.end) in mine for ln in entry.lines for r in find_dates(ln.text))



@lru_cache(maxsize=4096)
def is_column_header(text: str) -> bool:
    """The header row of a table: two or more cells, each a column name ("Period |
    Institution | Degree", "时间 | 学校 | 专业 | 学历"); it names columns, it is not an entry.

    >>> is_column_header("时间 | 学校 | 专业 | 学历"), is_column_header("Period | Institution | Degree")
    (True, True)
    >>> is_column_header("2019 – 2023 | Peking University | B.S."), is_column_header("学校 | 学院 | 专业 | 时间 | 研究内容")
    (False, True)
    """
    cells = [c.strip(" *:：\t") for c in text.split("|")]
    cells = [c for c in cells if c]
    # one more column the lexicon does not name ("研究内容", "Notes") does not make the row an entry
    other = [c for c in cells if not COLUMN_NAME.fullmatch(c.lower())]
    known = len(cells) - len(other)
    return known >= 2 and (not other or len(other) == 1 and len(cells) >= 3 and len(other[0]) <= 12 and not re.search(r"\d", other[0]))


def other_script(a: str, b: str) -> bool:
    """One text has Chinese characters and the other none: the same thing written again
    in the other language ("B.S. …" and "工学学士 …")."""
    return (HAN.search(a) is None) != (HAN.search(b) is None)


def _other_script(entry: Entry, line: Line) -> bool:
    return other_script(line.text, entry.lines[0].text)


@lru_cache(maxsize=8192)
def _entry_like(text: str) -> bool:
    return bool(ORG_WORDS.search(text) or DEGREE_RE.search(text) or TITLE_WORDS.search(text) or find_dates(text))


def _name_like(text: str) -> bool:
    """A short line that names something ("France | EURECOM"), not a sentence or a label.

    >>> _name_like("France | EURECOM"), _name_like("Thesis Title:"), _name_like("Worked on search.")
    (True, False, False)
    """
    t = text.rstrip()
    return 0 < len(t) <= 80 and not t.endswith((".", ":", "：", ";", ",", "，", "。")) and not FIRST_PERSON.match(t)


def _degree_line(entry: Entry, line: Line) -> bool:
    """``line`` names the degree of the school that ``entry`` is so far, with only an
    expected end for dates: "Stanford University | 2019 – present" then "Ph.D. in
    Physics, expected 2025"; "浙江大学，杭州 | 2018 – 至今" then "在读硕士研究生 计算机 预计 2021 年 3 月毕业"."""
    if len(entry.lines) != 1 or line.item >= 0:
        return False
    head = entry.lines[0].text
    if not ORG_WORDS.search(head) or DEGREE_RE.search(head) or ORG_WORDS.search(line.text) or not DEGREE_RE.search(line.text):
        return False
    dates = find_dates(line.text)
    return len(dates) == 1 and dates[0].expected


def _title_then_employer(prev: Line, line: Line) -> bool:
    """``prev`` is dates and a job title only, ``line`` an organisation's name only."""
    title = without_dates(prev.text).strip(" :：,;|-–—*")
    if not TITLE_WORDS.search(title) or ORG_WORDS.search(title) or re.search(r"[,，@|]|\sat\s", title):
        return False
    named = ORG_WORDS.search(line.text) or is_named_org(line.text) or _CAPITALISED_NAME.fullmatch(line.text.strip())  # "Marlow Freight"
    return bool(named) and not TITLE_WORDS.search(line.text) and not find_dates(line.text) and len(line.text.split()) <= 10


_CAPITALISED_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:of|and|the|for|&|[A-Z][\w&.'’-]*)){0,5}")


def _whole_records(prev: Line, line: Line) -> bool:
    """Sibling items that each name a degree and a school ("* M.S. in OR, Georgia Tech" then
    "* B.Tech. in ME, IIT Madras, 2016"): the undated one is an entry of its own, not the
    title of the dated one."""
    return (line.item >= 0 and prev.item == line.item
            and all(DEGREE_RE.search(x.text) and ORG_WORDS.search(x.text) for x in (prev, line)))


def _dates_and_degree(text: str) -> bool:
    """A line of dates and a degree, nothing else ("2023.09 - Present, Ph.D. Candidate.")."""
    rest = without_dates(text).strip(" ,.;:|*")
    return bool(DEGREE_RE.search(rest)) and len(rest.split()) <= 3 and not ORG_WORDS.search(rest)


_ROW = ("tr", "td")  # a table row's line, and a line a <br> in one of its cells continues it


def split_entries(lines: list[Line], *, dated: bool = True) -> list[Entry]:
    """Group a section's lines into entries."""
    if dated and not any(find_dates(ln.text) for ln in lines):
        dated = False
    items = [ln.item for ln in lines if ln.item >= 0]
    top_depth = min(items) if items else None
    separators = any(_EMPTY_BULLET.match(ln.text) for ln in lines)
    if separators or not lines or lines[0].item < 0:
        top_depth = None  # bullets here are details of an entry, not entries
    first_dated = next((ln for ln in lines if dated and find_dates(ln.text)), None)
    date_first = first_dated is not None and first_dated is lines[0] and is_date_only(first_dated.text)
    top_indent = min((ln.indent for ln in lines if ln.item == top_depth), default=0) if items else 0
    dates_at = [bool(dated and anchor_date(ln.text) and not is_attribute(ln)) for ln in lines]
    anchored = any(dates_at)
    # "Universidad de Chile, Santiago" then "B.S. in …, 2015 – 2019": each entry's name is
    # written on the line above its dates, so such a line starts the next entry.
    head_above = len(lines) >= 2 and not dates_at[0] and dates_at[1] and not is_attribute(lines[0]) and lines[1].item < 0
    # "2023.09 - Present, Ph.D. Candidate." over "School of …" and "University of …": each entry opens
    # with its dates and degree, and the lines naming the school follow
    degree_first = bool(lines) and dates_at[0] and _dates_and_degree(lines[0].text) and not (len(lines) > 1 and lines[1].item >= 0)
    entries: list[Entry] = []
    cur: Entry | None = None
    cur_dated = False
    cur_date_only = False
    boundary = True
    for i, ln in enumerate(lines):
        if _EMPTY_BULLET.match(ln.text) or (ln.block == "tr" and is_column_header(ln.text)):
            boundary = True
            continue
        if i and lines[i - 1].block in _ROW and ln.block not in _ROW:
            boundary = True  # a table's rows are whole entries: what follows is not part of the last
        has_date = dates_at[i]
        head = _looks_like_head(ln, top_depth, top_indent, dated)
        new = False
        if ln.heading and dated and cur is not None and not _entry_like(ln.text) and cur.lines[0].heading != ln.heading:
            new = False  # a sub-heading inside an entry's description
        elif cur is None or boundary or ln.heading:
            new = True
        elif ln.block == "td" and cur.lines[-1].block in _ROW:
            new = False  # the rest of a table row's cell, after a <br>
        elif ln.block == "tr" and cur.lines[-1].block in _ROW and find_dates(ln.text) and any(find_dates(x.text) for x in cur.lines):
            new = True  # rows of a table, each dated: one entry each, wherever in the row the dates are
        elif not dated or not anchored:
            new = head  # no line starts or ends with its dates ("项目：题目，2020-2023，主持"): items are the entries
        elif has_date and cur_dated and ln.item < 0 and _same_dates(cur, ln) and _other_script(cur, ln):
            new = False  # the same entry written again in another language
        elif has_date and cur_dated and AWARD_WORDS.search(ln.text) and (
                top_depth is not None and ln.item > top_depth or cur.lines[0].heading and ln.item >= 0):
            new = False  # "* B.S. …, 2024" then "  * Third Class Scholarship …, 2021": an honour of that degree
        elif has_date and cur_dated and _degree_line(cur, ln):
            new = False  # "北京大学 | 2022 – 至今" then "本科生 计算机, 预计 2026 年 6 月毕业"
        elif has_date:
            if cur_date_only:
                # a date over the line that names its entry; but sibling items of the same
                # shape ("- *2022.02 - 2022.04*, Iflytek, China.") are entries of their own
                new = top_depth is not None and ln.item == top_depth == cur.lines[-1].item and _names_beside_dates(cur.lines[-1].text)
            elif date_first:
                new = True
            elif not cur_dated and len(cur.lines) <= 2 and not any(is_attribute(x) for x in cur.lines) and not _whole_records(cur.lines[-1], ln):
                new = False  # the title came first, its dates follow
            elif not cur_dated and cur.lines[0].heading:
                new = False  # "### 西文大学（硕士）", its labelled lines, then "时间：2024.09 – 至今": one entry under its heading
            else:
                new = True
        elif head and cur_dated and len(cur.lines) == 1 and ln.item >= 0 and ln.item == cur.lines[0].item and _title_then_employer(cur.lines[0], ln):
            new = False  # "* Winter 2020: PhD researcher" then "* Delft University of Technology": one record in sibling items
        elif head and cur_dated and not cur_date_only and not degree_first:
            # "### Imperial College, 2017-2018" over undated items (degree, department): the
            # heading names the entry and the items are its details
            new = not (cur.lines[0].heading and not any(find_dates(x.text) for x in cur.lines[1:]) and ln.item >= 0)
        elif head_above and cur_dated and i + 1 < len(lines) and dates_at[i + 1] and lines[i + 1].item < 0 and (
                _entry_like(ln.text) or (ln.indent <= lines[i + 1].indent and _name_like(ln.text))):
            new = True
        if new:
            cur = Entry([ln])
            entries.append(cur)
            cur_dated = has_date
            cur_date_only = has_date and is_date_only(ln.text)
        else:
            assert cur is not None
            cur.lines.append(ln)
            if has_date and not cur_dated:
                cur_dated = True
            elif cur_date_only and not has_date:
                cur_date_only = False
        boundary = False
    return entries
