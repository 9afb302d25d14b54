"""One dated entry (a degree or a job) to its fields.

The entry's head lines (not its description bullets) are cut into segments at
``|``, commas, tabs and spaced dashes; each segment is then recognised as dates,
place, degree, field, organisation, unit or job title by its words and position.
Advisors and supervisors come from the entry's own statements ("Supervisor: X").
"""

from __future__ import annotations

import re
import dataclasses
from dataclasses import dataclass

from kg.extract.advisors import AdvisorHit, find_advisors, names_after
from kg.extract.bilingual import bilingual_halves
from kg.extract.awards import AWARD_NAME
from kg.extract.dates import PRESENT, DateRange, find_dates, without_dates
from kg.extract.degree_text import abbreviates, chinese_degree_statement, read_degree
from kg.extract.entries import Entry, is_attribute, is_date_only, other_script
from kg.extract.entry_orgs import INSTITUTION, STRONG_ORG, is_project_title, join_names, split_organization
from kg.extract.guarded import Guarded
from kg.extract.lexicon import (
    COLUMN_LABEL,
    COLUMN_NAMES,
    AWARD_WORDS,
    COMPANY_NAME,
    COMPANY_WORDS,
    DEGREE_RE,
    INTERN_WORDS,
    ORG_WORDS,
    OTHER_ROLE_WORDS,
    STUDENT_WORDS,
    TITLE_WORDS,
    UNIT_WORDS,
    VISIT_WORDS,
    degree_level,
    is_named_org,
)
from kg.extract.lines import Line
from kg.extract.places import is_place, is_town, town_in_place
from kg.extract.segments import segments

_ADVISOR_CLAUSE = re.compile(
    r"[,.;]?\s*(?:(?:co-?|jointly )?(?:advised|supervised|co-?supervised|mentored|guided|hosted|managed)\s+by|under the (?:joint )?(?:supervision|guidance|direction) of|"
    r"(?:advisors?|supervisors?|mentors?)\s*[:：]|[(（]?\s*(?:导师|指导(?:老师|教师)|主管|mentor)\s*[:：]|(?:导师|指导(?:老师|教师))\s+(?=[\u3400-\u9fff]))",
    re.I,
)
_CLOSE = re.compile(r"[)）]")
_HONOURS = re.compile(r"\b(?:Honou?rs|Distinction|[Cc]um [Ll]aude|First[- ]Class)\b")
_GENERIC = re.compile(r"^(?:research|lab|laboratory|group|team|center|centre|department|school|company|institute|university)$", re.I)
_GPA = Guarded(re.compile(r"\b(?:GPA|CGPA|Cumulative GPA)\s*[:：]?\s*(?P<gpa>\d{1,3}(?:\.\d+)?\s*/\s*\d{1,3}(?:\.\d+)?|\d\.\d+)", re.I), ("gpa",))
_RANK = Guarded(
    re.compile(r"(?:\bRank(?:ing)?\s*[:：]?\s*(?P<r1>\d+\s*/\s*\d+|top\s*\d+%?)|(?:专业|年级|排名)[^，,。;]{0,6}?(?P<r2>前\s*\d+%|\d+\s*/\s*\d+))", re.I),
    ("rank", "专业", "年级", "排名"),
)
_EXPECTED_GRAD = re.compile(r"(?:预计|expected|anticipated)[^,，。;；)）]{0,12}?(?P<date>(?:19|20)\d{2}[^,，。;；)）]{0,8}?)(?:毕业|graduat)", re.I)
_FIELD_INTRO = re.compile(r"^(?:(?:double |dual |second )?major(?:ing)? in|majored in|major\s*[:：]|专业\s*[:：]?(?!\s*(?:排名|成绩|第|前))|主修)\s*", re.I)
_NOT_FIELD = re.compile(r"排名|成绩|绩点|预计|毕业|\bGPA\b|\brank|\bgraduat", re.I)  # "专业排名第3", "预计2020年6月毕业": not the major
# "Applied Scientist Intern at Amazon SFAI": a title, then where (the title need not start with a title word)
_TITLE_AT = re.compile(
    rf"(?P<title>[^,;|@]{{0,40}}?(?:{TITLE_WORDS.pattern}|\bexchange\s+(?:year|semester|term|student|program(?:me)?)))(?:\s*\([^()]{{1,20}}\))?(?:\s+at\s+|\s*@\s*)", re.I
)
_WORKING_WITH = re.compile(r"[,;]?\s*\b(?:working|worked)\s+(?:closely\s+)?with\s+", re.I)
_IN_SPLIT = re.compile(r"\s+(?:in|at|@|of)\s+|\s*@\s*|(?<=[a-z.])\s+(?=\()", re.I)
_DESCRIPTION_START = re.compile(
    r"^(?:Design|Develop|Contribut|Implement|Worked|Working on|Researched|Researching|Build|Lead |Led |Participat|Optimi|Propos|Responsible|Reproduc|"
    r"Core |Duties|Focus|Main|Assist|负责|参与|设计|开发|完成|主要|研究|获|实现|提出|构建)",
    re.I,
)


@dataclass
class Experience:
    """The fields of one dated entry, before it becomes an Education or a Position."""

    organization: str | None = None
    unit: str | None = None
    title: str | None = None
    degree: str | None = None
    degree_level: str | None = None
    field: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    expected: bool = False
    expected_end: str | None = None
    single_date: bool = False
    more_degrees: list[tuple[str, str | None]] = dataclasses.field(default_factory=list)  # (degree, field) also earned
    gpa: str | None = None
    rank: str | None = None
    advisors: list[AdvisorHit] = dataclasses.field(default_factory=list)
    is_education: bool = False
    kind: str = "employment"
    span: tuple[int, int] = (0, 0)  # the evidence: the head and labelled lines
    extent: tuple[int, int] | None = None  # the whole entry, description included (None: the span)
    org_span: tuple[int, int] | None = None
    from_front_matter: bool = False  # spans are then offsets of the original, not of the visible text


_JOINT_TRAINING = re.compile(r"联合培养|联培|\bjoint(?:ly)?[- ](?:training|supervised|PhD program)", re.I)
_NOT_DEGREE_BULLET = re.compile(r"thesis|dissertation|project|course|[:：]", re.I)
_BARE_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,3}")


def _employer_under_title(entry: Entry, k: int) -> bool:
    """"Summer 2019: Data Scientist Intern" then the bullet "Shopee": the first bullet under a
    job title that names no organisation is a bare name, the employer's."""
    head, ln = entry.lines[0].text, entry.lines[k].text.strip(" *-•◦")
    return k == 1 and bool(_BARE_NAME.fullmatch(ln)) and bool(TITLE_WORDS.search(head)) and not ORG_WORDS.search(TITLE_WORDS.sub(" ", head))


def head_lines(entry: Entry) -> list[Line]:
    """The lines that name the entry: not its attributes, bullets or sentences."""
    heads: list[Line] = []
    first_depth = entry.lines[0].item
    for k, ln in enumerate(entry.lines):
        if k and is_attribute(ln):
            continue
        # "2019.09 – 2023.06" on its own line, then "- B.E., Computer Science, …, X University":
        # the first bullet under a bare date names the entry, however long
        names_dates = k and all(is_date_only(h.text) for h in heads) and not _DESCRIPTION_START.match(ln.text.lstrip("◇•-* "))
        if k and ln.item > max(first_depth, -1) and ln.item >= 0 and not find_dates(ln.text) and not names_dates:
            n = len(re.findall(r"\w+", ln.text))
            # "Korea Institute for Advanced Study (KIAS), Seoul, Republic of Korea": a long name, and its place
            short = (n <= 8 or n <= 14 and ORG_WORDS.search(ln.text) and not re.search(r"[.;:]\s", ln.text)) and not _DESCRIPTION_START.match(ln.text.lstrip("◇•-* "))
            degree = DEGREE_RE.match(ln.text.lstrip("◇•-* ")) and not _NOT_DEGREE_BULLET.search(ln.text)  # "* Master Degree"
            if not (short and (ORG_WORDS.search(ln.text) or degree or (ln.bold and ln.bold[0][0] == 0))) and not _employer_under_title(entry, k):
                continue
        words = len(ln.text.split()) + len(re.findall(r"[\u3400-\u9fff]", ln.text)) // 2
        named = bool(ORG_WORDS.search(ln.text) or DEGREE_RE.search(ln.text)) and not ln.text.rstrip().endswith("。")
        if k and words > (20 if named else 10) and not find_dates(ln.text):
            continue
        if k and re.search(r"[。；]|[，].*[，].*[，]", ln.text) and not find_dates(ln.text):
            continue
        if k and _DESCRIPTION_START.match(ln.text.lstrip("◇•-* ")) and not find_dates(ln.text):
            continue
        if k and ln.text.lstrip("◇•·-* ").startswith("["):
            continue
        if k and ln.item > max(first_depth, -1) and AWARD_WORDS.search(ln.text) and not (ORG_WORDS.search(ln.text) and TITLE_WORDS.search(ln.text)):
            continue  # "  * Third Class Scholarship of School of X, 2021": an honour won, not a name of the entry
        heads.append(ln)
        if len(heads) >= 4:
            break
    return heads


def parse_experience(entry: Entry, *, section: str, section_title: str = "") -> Experience:
    """Read one entry of an education or experience section."""
    heads = head_lines(entry)
    # The evidence is the entry's head and its labelled lines, not its description.
    named = [ln for k, ln in enumerate(entry.lines) if ln in heads or is_attribute(ln) or find_advisors(ln.text)]
    ex = Experience(span=(entry.start, max(ln.end for ln in named) if named else entry.end), extent=(entry.start, entry.end))
    # Dates: the first range in the head lines, else anywhere in the entry.
    ranges: list[tuple[Line, DateRange]] = []
    for ln in heads:
        ranges.extend((ln, r) for r in find_dates(ln.text))
    if not ranges:
        for ln in entry.lines:
            if not is_attribute(ln):
                ranges.extend((ln, r) for r in find_dates(ln.text))
    if len(ranges) >= 2 and ranges[0][1].single and ranges[1][0] is ranges[0][0] and not ranges[1][1].single:
        ranges.insert(0, ranges.pop(1))  # "Google Summer of Code 2020 | 2020年5月 – 至今": the year is the name's
    if ranges:
        _, r = ranges[0]
        ex.start, ex.end, ex.expected, ex.single_date = r.start, r.end, r.expected, r.single
    text = entry.text
    m = _EXPECTED_GRAD.search(text)
    if m:
        found = find_dates(m.group("date"))
        if found:
            ex.expected_end = found[0].start
    segs: list[tuple[str, int, int, bool, Line]] = []
    mentors: list[AdvisorHit] = []
    primary = ranges[0][1] if ranges else None
    topic = _topic_head(heads)
    for ln in heads:
        if ln is topic:
            continue  # "Mar 2025 - May 2025: **Geo-Image-Textualization**" over "Research Assistant, …, UIUC": a project's name
        if is_date_only(ln.text):
            # Europass "01/09/2021 – CURRENT Trondheim, Norway": the rest of the line is the place.
            rest = without_dates(ln.text).strip(" ,.;()（）-–—|")
            if not (len(heads) == 1 and rest and not is_place(rest)):
                if rest and not ex.location:
                    ex.location = rest
                continue
            # "*2022.02 - 2022.04*, [Iflytek](…), China." alone: the name is the entry's, not a town
        # Blank out the entry's dates (not a year inside a name such as "2012 Laboratory")
        # and any advisor statement, which is read separately.
        remove = [r.span for l2, r in ranges if l2 is ln and (r is primary or not r.single or r.span[0] <= 3 or r.span[1] >= len(ln.text) - 2)]
        halves = bilingual_halves(ln.text)
        if halves:
            # "阿里巴巴 Qwen 算法实习生 / Algorithm Intern at Alibaba Qwen": one half is read, the
            # English one when it names a title at an organisation
            english = next(h for h in halves if not _HAN.search(ln.text[h[0] : h[1]]))
            e_text = ln.text[english[0] : english[1]]
            keep = english if TITLE_WORDS.search(e_text) and (re.search(r"\sat\s|@", e_text) or ORG_WORDS.search(e_text)) else halves[0]
            remove.append((halves[0][1], len(ln.text)) if keep is halves[0] else (0, halves[1][0]))  # the other half and the slash
        adv = _ADVISOR_CLAUSE.search(ln.text)
        if adv:
            close = _CLOSE.search(ln.text, adv.end()) if adv.group().lstrip(",.; ")[:1] in ("(", "（") else None
            end = close.end() if close else len(ln.text)  # "硕士（导师：李四） 软件工程": to the parenthesis
            if not close and adv.group().rstrip().endswith("by"):
                # "Graduate Student, Mentored by A and B, Department of X, Harvard (2013 – )": to the last name
                last = max((h.span[1] for h in find_advisors(ln.text) if h.span[0] >= adv.end()), default=end)
                if re.match(r"\s*[,;]", ln.text[last:]):
                    end = last  # (not "Hosted by Dr. X on the Compiler team.": no name follows)
            remove.append((adv.start(), end))
        elif section != "education" and (ww := _WORKING_WITH.search(ln.text)):
            # "AI Research Intern, working with Dr. A, B, and C": a job's mentors
            hits = names_after(ln.text, ww.end(), academic=False)
            if hits:
                last = hits[-1].span[1]
                remove.append((ww.start(), last if re.match(r"\s*[,;]", ln.text[last:]) else len(ln.text)))
                mentors.extend(AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), False) for h in hits)
        for s in segments(ln, remove):
            segs.append((*s, ln))
    _classify(ex, [part for seg in segs for part in _unit_then_title(seg)], section)
    for ln in entry.lines:
        g = _GPA.search(ln.text)
        if g and not ex.gpa:
            ex.gpa = re.sub(r"\s+", "", g.group("gpa"))
        r2 = _RANK.search(ln.text)
        if r2 and not ex.rank:
            ex.rank = re.sub(r"\s+", "", r2.group("r1") or r2.group("r2"))
        for hit in find_advisors(ln.text):
            if not any(h.name == hit.name for h in ex.advisors):
                ex.advisors.append(AdvisorHit(hit.name, (ln.start + hit.span[0], ln.start + hit.span[1]), hit.academic))
        if not ex.field and section == "education" and ln not in heads:  # "- 专业：信息与通信工程", "- Major: Physics"
            body = ln.text.lstrip("-*•·◇▪ \t")
            fm = _FIELD_INTRO.match(body)
            value = body[fm.end() :].strip(" .;；。") if fm else ""
            if value and len(value) <= 60 and not _NOT_FIELD.search(value):
                ex.field = value
    ex.advisors.extend(h for h in mentors if not any(a.name == h.name for a in ex.advisors))
    _decide_kind(ex, text, section, section_title)
    return ex


_UNIT_HEAD = re.compile(r"(?:Department|Dept\.?|School|Faculty|College|Division|Institute) (?:of|for) ")


def _topic_head(heads: list[Line]) -> Line | None:
    """The first head line when it is its dates and a bold name only, and the next head line
    gives a title and an organisation: the bold name is the project's, not an employer."""
    if len(heads) < 2 or not heads[0].bold:
        return None
    first, second = heads[0], heads[1]
    dates = find_dates(first.text)
    if not dates:
        return None
    rest = without_dates(first.text, "pad", dates)
    s, e = first.bold[-1]
    if rest[:s].strip(" :：-–—|,*") or rest[e:].strip(" :：-–—|,.*"):
        return None
    if ORG_WORDS.search(first.text[s:e]) or is_named_org(first.text[s:e]):
        return None  # "**Lenovo Ltd.** | 2025.06 - 2025.08" over "*Platform team, intern*": the employer
    if not (TITLE_WORDS.search(second.text) and (ORG_WORDS.search(second.text) or COMPANY_NAME.search(second.text) or re.search(r"\b[A-Z]{3,6}\b", second.text))):
        return None
    return first


def _labelled_column(ex: Experience, units: list[str], s: str, a: int, b: int, ln: Line) -> bool:
    """Read a segment that names its column ("学校：四川大学", "Company: Acme"; ``lexicon.COLUMN_NAMES``);
    False when it names none."""
    m = COLUMN_LABEL.match(s)
    if not m:
        return False
    value = s[m.end() :].strip()
    kind = COLUMN_NAMES[m.group("label").lower()]
    if not value or kind == "time":
        return True  # "时间：" (the dates were read already)
    if kind == "org" and not ex.organization:
        ex.organization, ex.org_span = value, (ln.start + a + m.end(), ln.start + b)
    elif kind in ("org", "unit"):
        units.append(value)
    elif kind == "field":
        ex.field = ex.field or value
    elif kind == "degree" and not ex.degree:
        ex.degree, ex.degree_level = value, degree_level(value) or "other"
    elif kind == "title":
        ex.title = ex.title or value
    elif kind == "location":
        ex.location = ex.location or value
    return True


# "大模型平台团队算法实习生", "上海某某有限公司-数据分析实习生": an organisation or unit, then a title
_ZH_UNIT_TITLE = re.compile(
    r"(?P<a>[\u3400-\u9fffA-Za-z0-9（）()]{2,40}(?:公司|集团|研究院|研究所|实验室|团队|小组|部门|事业部|中心|平台|组))\s*[-—–·]?\s*"
    r"(?P<t>[\u3400-\u9fffA-Za-z]{0,8}?(?:实习生|工程师|研究员|科学家|经理|专家|负责人|助理))"
)


def _unit_then_title(seg: tuple) -> list[tuple]:
    """One segment, or two when it is a Chinese organisation or unit followed by a title."""
    s, a, b, bold, ln = seg
    m = _ZH_UNIT_TITLE.fullmatch(s)
    if not m:
        return [seg]
    return [(m.group("a"), a, a + m.end("a"), bold, ln), (m.group("t"), a + m.start("t"), b, bold, ln)]


def _classify(ex: Experience, segs: list, section: str) -> None:
    units: list[str] = []
    bold_only: list[str] = []  # units read as such only because they are bold
    subject = False  # the organisation so far is a bold name right after the degree
    leftovers: list[tuple[str, int, int, bool, Line]] = []
    last: str | None = None  # what the previous segment was read as
    project = False  # the entry's head names a project, not an organisation
    for seg in segs:
        s, a, b, bold, ln = seg
        prev, last = last, None
        if _labelled_column(ex, units, s, a, b, ln):
            continue
        if prev == "degree" and abbreviates(s, ex.degree):
            continue  # "Master of Science - MS": the degree again, short
        if is_place(s) or town_in_place(s):
            ex.location = ex.location or s
            continue
        if _GPA.search(s) or _RANK.search(s) or (_HONOURS.search(s) and not ORG_WORDS.search(s) and not DEGREE_RE.search(s)):
            continue  # "(First Class with Honours)", "summa cum laude": how the degree was passed
        fm = _FIELD_INTRO.match(s)
        if fm and prev == "degree2":
            ex.more_degrees[-1] = (ex.more_degrees[-1][0], s[fm.end() :].strip())
            continue
        if fm:
            ex.field = ex.field or s[fm.end() :].strip()
            continue
        dm = DEGREE_RE.search(s)
        job = TITLE_WORDS.search(s, dm.end()) if dm and section != "education" else None
        if job and not re.match(r"(?i)student|scholar|trainee|researcher", job.group()):
            dm = None  # "PhD Software Development Intern": a job's title (a "PhD Student" studies)
        elif dm and section == "positions" and degree_level(dm.group()) == "other" and s[dm.end() :].strip():
            dm = None  # "Private tuition | Highschool math and physics": whom it taught, not a school attended
        if dm and (dm.start() == 0 or not ORG_WORDS.search(s[: dm.start()])) and not ex.degree:
            _take_degree(ex, s, dm, leftovers, seg)
            last = "degree"
            continue
        if dm and dm.start() == 0 and ex.degree and len(s.split()) <= 2 and ex.degree_level == degree_level(s):
            if other_script(s, ex.degree):
                continue  # "B.S. in …" then "工学学士，…": one degree written in both languages
            ex.more_degrees.append((s, None))  # "BS, …; BEc, double major in Economics"
            last = "degree2"
            continue

        if _JOINT_TRAINING.search(s) and ex.organization:
            continue  # "（香港城市大学计算机科学联合培养）": a stay elsewhere during the degree, not a unit of it
        zh = chinese_degree_statement(s) if not ex.degree and not ex.organization else None
        if zh:  # "获西北工业大学软件工程学士学位"
            ex.organization, unit, field, ex.degree = zh
            ex.degree_level, ex.org_span = degree_level(ex.degree), (ln.start + a, ln.start + b)
            ex.field = ex.field or field
            units.extend([unit] if unit else [])
            last = "degree"
            continue
        if _GENERIC.match(s):
            continue
        if not ex.organization and is_project_title(s):
            # "**基于动态位置编码的全景分割模型** | 2020" then "实习 | 腾讯-优图实验室": the head names the
            # project; the organisation is the one named after it
            project = True
            continue
        org_text = re.sub(r"\bResearch(?=\s+(?:[A-Z][a-z]+\s+)?(?:Intern|Assistant|Associate|Scientist|Engineer|Fellow|Student|Staff|Visitor|Collaborator))", "", s)
        # An acronym after a unit names its institution: "WANDS group, NTU", "… Center, CAS".
        named_org = is_named_org(org_text)
        acronym_city = re.fullmatch(r"([A-Z]{2,5})\s+(\S.*)", s)  # "TU Berlin", "KU Leuven": one name (not "IL USA")
        acronym_city = acronym_city and is_place(acronym_city.group(2)) and not is_place(acronym_city.group(1))
        is_org = named_org or bold or bool(re.fullmatch(r"[A-Z]{2,6}", s)) or bool(acronym_city)
        is_unit = bool(UNIT_WORDS.search(s))
        is_title = bool(TITLE_WORDS.search(s)) and not is_unit
        # bold marks the organisation or the title, whichever it is: "**Software Engineer**, Meta"
        ta = _TITLE_AT.match(s) if not ex.title else None
        if ta and re.match(r"[A-Z\u3400-\u9fff]", s[ta.end() :]):
            ex.title = ta.group("title").strip()
            leftovers.append((s[ta.end() :].strip(), a + ta.end(), b, bold, ln))
            continue
        if is_title and not (named_org and not TITLE_WORDS.match(s)):
            parts = _IN_SPLIT.split(s, maxsplit=1)
            if len(parts) == 2 and (ORG_WORDS.search(parts[1]) or re.match(r"[A-Z\u3400-\u9fff]", parts[1])) and TITLE_WORDS.search(parts[0]):
                ex.title = ex.title or parts[0].strip()
                leftovers.append((parts[1].strip(), a, b, bold, ln))
                continue
            if not ex.title:
                ex.title = s
                continue
        if prev == "degree" and is_org and not (is_unit or bold or ex.field or INSTITUTION.search(s) or named_org and not ORG_WORDS.search(s)) and _more_org_later(segs, seg):
            ex.field = s  # "Master, Computer Technology, University of …": the subject, though "Technology" names firms too
            continue
        if is_org or is_unit:
            after = s[len(ex.organization) :] if ex.organization and s.startswith(ex.organization) else ""
            if _HAN.match(after) and not (ORG_WORDS.search(after) or UNIT_WORDS.search(after)):
                continue  # "湖南大学" then "湖南大学优秀毕业论文": an honour from the institution, not a unit of it
            if is_unit and (ex.organization or _more_org_later(segs, seg)):
                units.append(s)
                last = "unit"
                continue
            if not ex.organization:
                ex.organization = s
                ex.org_span = (ln.start + a, ln.start + b)
                last = "org"
                subject = bold and prev == "degree" and not is_unit and not named_org  # "**Ph.D., Computer Science**"
                continue
            units.append(s)
            if not (named_org or is_unit or re.fullmatch(r"[A-Z]{2,6}", s)):
                bold_only.append(s)
            last = "unit"
            continue
        leftovers.append(seg)
    if ex.degree and not ex.field and bold_only and ex.organization:
        # "**南京大学**, **软件工程**, *硕士*": after the institution, a bold name that is no unit is the field.
        ex.field = bold_only[0]
        units.remove(bold_only[0])
    if not ex.organization and units:
        # Only units were named ("Advanced Computer Research Center, CAS"): the first stands for the organisation.
        ex.organization = units.pop(0)
    before = {(y[4].start, y[1]): x[0] for x, y in zip(segs, segs[1:]) if x[4] is y[4]}  # a segment -> the one before it on its line
    for s, a, b, bold, ln in leftovers:
        if ex.organization and re.fullmatch(r"[A-Z]{2,6}", s) and ex.org_span and ln.start + a - ex.org_span[1] <= 3:
            ex.organization = f"{ex.organization}, {s}"  # "Advanced Computer Research Center, CAS"
            continue
        if not ex.organization and (bold or re.match(r"[A-Z\u3400-\u9fff]", s)) and not DEGREE_RE.match(s):
            if STUDENT_WORDS.search(s) and ex.degree:
                ex.field = ex.field or s
                continue
            if ex.degree and not ex.field and not ORG_WORDS.search(s) and ex.degree_level:
                # "M.Eng., Computer Science, Beihang University": the field comes right after the degree.
                ex.field = s
                continue
            ex.organization = s
            ex.org_span = (ln.start + a, ln.start + b)
        elif is_town(s) and not ex.location and before.get((ln.start, a)) == ex.organization and _UNIT_HEAD.match(ex.organization) \
                and not is_place(s):
            units.insert(0, ex.organization)  # "Department of Computer Science, Rutgers": a unit, then its institution
            ex.organization, ex.org_span = s, (ln.start + a, ln.start + b)
        elif is_town(s) and not ex.location and before.get((ln.start, a)) == ex.organization:
            ex.location = s  # "Indian Institute of Technology, Madras": the town after the institution
        elif ex.degree and not ex.field and not ORG_WORDS.search(s) and not AWARD_NAME.search(s) and not _NOT_FIELD.search(s):
            ex.field = s
        elif not ex.title and TITLE_WORDS.search(s):
            ex.title = s
    # "Systems Research, Google": a research division, then the company it belongs to.
    if ex.organization and _DIVISION.fullmatch(ex.organization) and units and COMPANY_NAME.fullmatch(units[0]) \
            and not COMPANY_WORDS.search(ex.organization):
        ex.organization, units[0] = units[0], ex.organization
    # "**TRAIS**, University of Illinois": the named institution is the organisation.
    if ex.organization and not INSTITUTION.search(ex.organization) and not ORG_WORDS.search(ex.organization):
        strong = [u for u in units if STRONG_ORG.search(u) and re.search(r"University|大学|Academy|Institute|College", u)]
        if strong:
            units.remove(strong[0])
            if subject and ex.degree and not ex.field:
                ex.field = ex.organization  # the subject of the degree, not a unit
            else:
                units.insert(0, ex.organization)
            ex.organization = strong[0]
    if project and ex.organization and not (ORG_WORDS.search(ex.organization) or is_named_org(ex.organization)):
        ex.organization = None  # a project's entry names no organisation: it is no job
    if units:
        ex.unit = ", ".join(dict.fromkeys([ex.unit, *units] if ex.unit else units))
    if ex.organization:
        org, unit = split_organization(ex.organization)  # "UCInspire Program (University of …)", "腾讯-优图实验室"
        if unit is not None:
            ex.organization, ex.unit = org, join_names(unit, ex.unit)
    # "Institute of X, Chinese Academy of Sciences" is one institution.
    if ex.organization and ex.unit and re.search(r"Academy of Sciences|科学院", ex.organization) and re.match(r"Institute\b", ex.unit):
        ex.organization = f"{ex.unit}, {ex.organization}"
        ex.unit = None


def _more_org_later(segs: list, seg: tuple) -> bool:
    """A later segment names the institution this unit belongs to."""
    i = segs.index(seg)
    for s in segs[i + 1 :]:
        t = s[0]
        if is_place(t) or (TITLE_WORDS.search(t) and not STRONG_ORG.search(t)):
            continue
        if COMPANY_WORDS.search(t) or re.search(r"University|Universit[éäa]|Academy|College|Polytechnic|大学|科学院", t):
            return True
        if re.fullmatch(r"[A-Z]{2,6}", t):
            return True
        if (ORG_WORDS.search(t) or s[3]) and not UNIT_WORDS.search(t):
            return True
    return False


_DIVISION = re.compile(r"(?:[A-Z][\w&/-]*\s+){1,3}(?:Research|Science|Engineering|AI)")


def _take_degree(ex: Experience, s: str, dm: re.Match[str], leftovers: list, seg: tuple) -> None:
    """Set the degree the segment ``s`` names (``kg.extract.degree_text``); an organisation
    written in it before or after the degree is left over for the organisation's turn."""
    _, a, b, bold, ln = seg
    d = read_degree(s, dm)
    if d.unit is not None:
        ex.unit = d.unit
    if d.field is not None:
        ex.field = d.field
    if d.org_after is not None:
        leftovers.append((d.org_after, a + dm.end(), b, bold, ln))  # "BACHELOR Peking University (PKU)"
    if d.org_before is not None:
        leftovers.append((d.org_before, a, a + dm.start(), bold, ln))
    ex.degree, ex.degree_level = d.degree, d.level


_HAN = re.compile(r"[\u3400-\u9fff]")


# a section of internships and other things ("Work Experience and Internships", "科研与实习经历")
_MIXED_SECTION = re.compile(r"\b(?:work|employment|professional|research|academic|teaching|industry|positions?|appointments?|jobs?)\b|工作|科研|研究|任职", re.I)


def _decide_kind(ex: Experience, text: str, section: str, section_title: str = "") -> None:
    head = " ".join(x for x in (ex.title, ex.degree, ex.organization, ex.unit) if x)
    visiting = bool(VISIT_WORDS.search(head))
    if ex.degree and not visiting and not INTERN_WORDS.search(ex.title or ""):
        ex.is_education = True
    elif section == "education" and not visiting and not ex.title:
        ex.is_education = True
    elif section == "education" and not visiting and re.search(r"\bstudent$", ex.title or "", re.I) and not INTERN_WORDS.search(ex.title or ""):
        ex.is_education = True  # "Research Student" in an education section: a course of study, not a job
        ex.degree, ex.title = ex.title, None
    else:
        ex.is_education = False
    if ex.is_education:
        return
    title = ex.title or ""
    if visiting:
        ex.kind = "visiting"
    elif INTERN_WORDS.search(title) or (section == "positions" and INTERN_WORDS.search(head)):
        ex.kind = "internship"
    elif not title and INTERN_WORDS.search(section_title) and not re.search(r"\bwork\b|工作", section_title, re.I):
        ex.kind = "internship"
    elif OTHER_ROLE_WORDS.search(title) or re.search(r"\bpart[- ]time\b", text, re.I):
        ex.kind = "other"
    elif INTERN_WORDS.search(section_title) and not _MIXED_SECTION.search(section_title):
        ex.kind = "internship"  # under "Internships" a job title is one ("AI Software Engineer"); an assistantship stays "other"
    elif not title and INTERN_WORDS.search(text[:200]):
        ex.kind = "internship"
    else:
        ex.kind = "employment"


__all__ = ["Experience", "parse_experience", "head_lines", "PRESENT"]
