"""The segments of an entry's head to its fields: degree, subject, organisation, unit,
job title and place, each recognised by its words and its position among the others
(``kg.extract.segments`` cuts the head into segments; ``kg.extract.experience`` reads the
rest of the entry)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.awards import AWARD_NAME
from kg.extract.degree_text import abbreviates, chinese_degree_statement, read_degree
from kg.extract.entries import other_script
from kg.extract.entry_orgs import INSTITUTION, STRONG_ORG, is_project_title, join_names, split_organization
from kg.extract.guarded import Guarded
from kg.extract.lexicon import (
    HAN,
    COLUMN_LABEL,
    COLUMN_NAMES,
    COMPANY_NAME,
    COMPANY_WORDS,
    DEGREE_RE,
    ORG_WORDS,
    STUDENT_WORDS,
    TITLE_WORDS,
    UNIT_WORDS,
    degree_level,
    is_named_org,
)
from kg.extract.lines import Line
from kg.extract.places import is_place, is_town, town_in_place

if TYPE_CHECKING:
    from kg.extract.experience import Experience

# how a degree was passed: a segment of its own, not a name
_GPA = Guarded(re.compile(r"\b(?:GPA|CGPA|Cumulative GPA)\s*[:：]?\s*(?P<gpa>\d{1,3}(?:\.\d+)?\s*/\s*\d{1,3}(?:\.\d+)?|\d\.\d+)", re.I), ("gpa",))
_RANK = Guarded(
    re.compile(r"(?:\bRank(?:ing)?\s*[:：]?\s*(?P<r1>\d+\s*/\s*\d+|top\s*\d+%?)|(?:专业|年级|排名)[^，,。;]{0,6}?(?P<r2>前\s*\d+%|\d+\s*/\s*\d+))", re.I),
    ("rank", "专业", "年级", "排名"),
)
_HONOURS = re.compile(r"\b(?:Honou?rs|Distinction|[Cc]um [Ll]aude|First[- ]Class)\b")
_GENERIC = re.compile(r"^(?:research|lab|laboratory|group|team|center|centre|department|school|company|institute|university"
                      r"|时间|起止时间|在读时间|就读时间|日期|dates?|period|duration|time)$", re.I)  # "时间：2024.09 – 至今": the dates' label
# a stay at another school listed among the degrees
_STAY = re.compile(r"(?:Research|Study|Exchange|Visiting)\s+(?:Stay|Visit|Semester|Year|Student|Program(?:me)?)(?:\s+Abroad)?|Study Abroad|Exchange", re.I)
FIELD_INTRO = re.compile(r"^(?:(?:double |dual |second )?major(?:ing)? in|majored in|major\s*[:：]|专业\s*[:：]?(?!\s*(?:排名|成绩|第|前))|主修)\s*", re.I)
NOT_FIELD = re.compile(r"排名|成绩|绩点|预计|毕业|\bGPA\b|\brank|\bgraduat", re.I)  # "专业排名第3", "预计2020年6月毕业": not the major
# "Applied Scientist Intern at Amazon SFAI": a title, then where (the title need not start with a title word)
_TITLE_AT = re.compile(
    rf"(?P<title>[^,;|@]{{0,40}}?(?:{TITLE_WORDS.pattern}|\bexchange\s+(?:year|semester|term|student|program(?:me)?)))(?:\s*\([^()]{{1,20}}\))?(?:\s+at\s+|\s*@\s*)", re.I
)
# "Machine Learning & Experimental Design @ Varo Bank": whatever is written before "@" is the role
_ROLE_AT = re.compile(r"(?P<title>[A-Z][^,;|@]{2,60}?)\s*@\s*(?=[A-Z\u3400-\u9fff])")
_IN_SPLIT = re.compile(r"\s+(?:in|at|@|of)\s+|\s*@\s*|(?<=[a-z.])\s+(?=\()", re.I)
_JOINT_TRAINING = re.compile(r"联合培养|联培|\bjoint(?:ly)?[- ](?:training|supervised|PhD program)", re.I)
_UNIT_HEAD = re.compile(r"(?:Department|Dept\.?|School|Faculty|College|Division|Institute) (?:of|for) ")
_SUBJECT = re.compile(r"[A-Z][a-z]+(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][a-z]+){0,4}")
_DIVISION = re.compile(r"(?:[A-Z][\w&/-]*\s+){1,3}(?:Research|Science|Engineering|AI)")


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


def unit_then_title(seg: tuple) -> list[tuple]:
    """One segment, or two when it is a Chinese organisation or unit followed by a title."""
    s, a, b, bold, ln = seg
    m = _ZH_UNIT_TITLE.fullmatch(s)
    if not m:
        return [seg]
    return [(m.group("a"), a, a + m.end("a"), bold, ln), (m.group("t"), a + m.start("t"), b, bold, ln)]


def classify(ex: Experience, segs: list, section: str) -> None:
    """Set ``ex``'s degree, field, organisation, units, title and place from the head's
    segments ``(text, start, end, bold, line)``, in order: a segment is read by its words
    and by what the segments before it were read as."""
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
        fm = FIELD_INTRO.match(s)
        if fm and prev == "degree2":
            ex.more_degrees[-1] = (ex.more_degrees[-1][0], s[fm.end() :].strip())
            continue
        if fm:
            ex.field = ex.field or s[fm.end() :].strip()
            continue
        if section == "education" and not ex.degree and _STAY.fullmatch(s):
            ex.degree, ex.degree_level = s, "other"  # "Research Stay" then "University of Zurich": a stay, not a school
            last = "degree"
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
        # (after a unit, any town: "Institute for Solid State Physics, IFW Dresden")
        acronym_city = acronym_city and (is_place(acronym_city.group(2)) or units and is_town(acronym_city.group(2))) and not is_place(acronym_city.group(1))
        is_org = named_org or bold or bool(re.fullmatch(r"[A-Z]{2,6}", s)) or bool(acronym_city)
        is_unit = bool(UNIT_WORDS.search(s))
        is_title = bool(TITLE_WORDS.search(s)) and not is_unit
        # bold marks the organisation or the title, whichever it is: "**Software Engineer**, Meta"
        ta = (_TITLE_AT.match(s) or (_ROLE_AT.match(s) if section != "education" else None)) if not ex.title else None
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
            if HAN.match(after) and not (ORG_WORDS.search(after) or UNIT_WORDS.search(after)):
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
            ex.location = s  # "Cochin University of Science and Technology, Kochi": the town after the institution
        elif ex.degree and not ex.field and not ORG_WORDS.search(s) and not AWARD_NAME.search(s) and not NOT_FIELD.search(s):
            ex.field = s
        elif section == "education" and not ex.degree and not ex.field and ex.organization and units and _SUBJECT.fullmatch(s) \
                and not (AWARD_NAME.search(s) or NOT_FIELD.search(s) or TITLE_WORDS.search(s) or is_place(s) or town_in_place(s)):
            ex.field = s  # "Business School, Business Administration, Sichuan University": the school, its subject, the university
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
    # "Tong class, Yuanpei College" over "Peking University, Beijing": a college of the university named after it
    uni = next((u for u in units if _UNIVERSITY.search(u)), None) if ex.organization and _COLLEGE.fullmatch(ex.organization) else None
    if uni:
        units.remove(uni)
        units.insert(0, ex.organization)
        ex.organization = uni
        ex.org_span = next(((ln.start + a, ln.start + b) for t, a, b, _bold, ln in segs if t == uni), ex.org_span)
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


# A college named by itself ("Yuanpei College", "King's College", "元培学院"), and a university
_COLLEGE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}College|[\u3400-\u9fff]{2,6}(?:书院|学院)")
_UNIVERSITY = re.compile(r"\bUniversit(?:y|é|ät|at|à)\b|大学$")


def _more_org_later(segs: list, seg: tuple) -> bool:
    """A later segment names the institution this unit belongs to."""
    i = segs.index(seg)
    for s in segs[i + 1 :]:
        t = s[0]
        if is_place(t) or (TITLE_WORDS.search(t) and not STRONG_ORG.search(t)):
            continue
        # (a name before "Institute of" is an institution's: "Weizmann Institute of Science")
        if COMPANY_WORDS.search(t) or re.search(r"University|Universit[éäa]|Academy|College|Polytechnic|Institute of Technology|\b[A-Z][\w'’-]+\s+Institute\s+(?:of|for)\b|大学|科学院", t):
            return True
        if re.fullmatch(r"[A-Z]{2,6}", t) or ((ac := re.fullmatch(r"[A-Z]{2,6}\s+(\S.*)", t)) and (is_place(ac.group(1)) or is_town(ac.group(1)))):
            return True  # "…, CAS", "…, IFW Dresden"
        if (ORG_WORDS.search(t) or s[3]) and not UNIT_WORDS.search(t):
            return True
    return False


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


__all__ = ["classify", "unit_then_title", "FIELD_INTRO", "NOT_FIELD"]
