"""One dated entry (a degree or a job) to its fields.

The entry's head lines (``kg.extract.entry_heads``; not its description bullets) are
cut into segments at ``|``, commas, tabs and spaced dashes (``kg.extract.segments``);
each segment is then recognised as dates, place, degree, field, organisation, unit or
job title by its words and position (``kg.extract.head_fields``).  Here: the dates,
GPA, rank and advisors the whole entry states ("Supervisor: X"), and whether it is a
degree, a job, an internship or a visit.
"""

from __future__ import annotations

import re
import dataclasses
from dataclasses import dataclass

from kg.extract.advisors import AdvisorHit, find_advisors, names_after
from kg.extract.bilingual import bilingual_halves
from kg.extract.dates import PRESENT, DateRange, find_dates, without_dates
from kg.extract.entries import Entry, is_attribute, is_date_only
from kg.extract.entry_heads import head_lines, topic_head
from kg.extract.head_fields import _GPA, _RANK, FIELD_INTRO, NOT_FIELD, classify, unit_then_title  # a grade: a segment or a line of its own
from kg.extract.lexicon import HAN, INTERN_WORDS, ORG_WORDS, OTHER_ROLE_WORDS, TITLE_WORDS, VISIT_WORDS, is_named_org
from kg.extract.lines import Line
from kg.extract.places import is_place
from kg.extract.segments import segments

_ADVISOR_CLAUSE = re.compile(
    r"[,.;]?\s*(?:(?:co-?|jointly )?(?:advised|supervised|co-?supervised|mentored|guided|hosted|managed)\s+by|under the (?:joint )?(?:supervision|guidance|direction) of|"
    r"(?:advisors?|supervisors?|mentors?)\s*[:：]|[(（]?\s*(?:导师|指导(?:老师|教师)|主管|mentor)\s*[:：]|(?:导师|指导(?:老师|教师))\s+(?=[\u3400-\u9fff]))",
    re.I,
)
_CLOSE = re.compile(r"[)）]")
_EXPECTED_NOTE = re.compile(r"[(（]\s*(?:expected|anticipated|预计)\s*[)）]", re.I)
_ONGOING = re.compile(r"[,(（]\s*(?:ongoing|in progress|进行中|在读)\s*[)）]?\s*$", re.I)
_EXPECTED_GRAD = re.compile(r"(?:预计|expected|anticipated)[^,，。;；)）]{0,12}?(?P<date>(?:19|20)\d{2}[^,，。;；)）]{0,8}?)(?:毕业|graduat)", re.I)
_WORKING_WITH = re.compile(r"[,;]?\s*\b(?:working|worked)\s+(?:closely\s+)?with\s+", re.I)
_TITLE_WITH = re.compile(
    r"(?<=[a-z])\s+with\s+(?=(?:Prof(?:essor)?|Dr)\.?\s+[A-Z]|[A-Z][a-z]+(?:\s+(?:De|de|van|von|Van|Von|Le|La))?\s+[A-Z][a-z'’-]+\s*(?:[,;(|]|$))"
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


def _title_with(text: str) -> re.Match[str] | None:
    """"with" right after a job's title, before a person's name ("Postdoctoral Researcher
    with Martin De Kauwe"), not after a topic ("Deep Active Learning with Noise Stability")."""
    m = _TITLE_WITH.search(text)
    if m is None:
        return None
    ends = [t.end() for t in TITLE_WORDS.finditer(text, 0, m.start())]
    return m if ends and ends[-1] == m.start() else None


def placed(ex: Experience, ln: Line, span: tuple[int, int], org_span: tuple[int, int] | None = None) -> Experience:
    """Give a fact its evidence: offsets in the line made offsets in the text."""
    ex.span = (ln.start + span[0], ln.start + span[1])
    if org_span is not None:
        ex.org_span = (ln.start + org_span[0], ln.start + org_span[1])
    return ex


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
    elif any(_ONGOING.search(ln.text) for ln in heads):
        ex.end = PRESENT  # "M.A. in Theology, X Faculty Leuven, ongoing": under way, its start not given
    text = entry.text
    m = _EXPECTED_GRAD.search(text)
    if m:
        found = find_dates(m.group("date"))
        if found:
            ex.expected_end = found[0].start
    segs: list[tuple[str, int, int, bool, Line]] = []
    mentors: list[AdvisorHit] = []
    primary = ranges[0][1] if ranges else None
    topic = topic_head(heads)
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
            english = next(h for h in halves if not HAN.search(ln.text[h[0] : h[1]]))
            e_text = ln.text[english[0] : english[1]]
            keep = english if TITLE_WORDS.search(e_text) and (re.search(r"\sat\s|@", e_text) or ORG_WORDS.search(e_text)) else halves[0]
            remove.append((halves[0][1], len(ln.text)) if keep is halves[0] else (0, halves[1][0]))  # the other half and the slash
        for note in _EXPECTED_NOTE.finditer(ln.text):  # "D.Phil. in Medicine | (expected)": a column of its own
            ex.expected = True
            remove.append(note.span())
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
        elif section != "education" and (ww := _WORKING_WITH.search(ln.text) or _title_with(ln.text)):
            # "AI Research Intern, working with Dr. A, B, and C": a job's mentors; so is the
            # person a title is held with ("Postdoctoral Researcher with Martin De Kauwe, UNSW")
            hits = [h for h in names_after(ln.text, ww.end(), academic=False) if not (ORG_WORDS.search(h.name) or is_named_org(h.name))]
            if hits:
                last = hits[-1].span[1]
                remove.append((ww.start(), last if re.match(r"\s*[,;]", ln.text[last:]) else len(ln.text)))
                mentors.extend(AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), False) for h in hits)
        for s in segments(ln, remove):
            segs.append((*s, ln))
    classify(ex, [part for seg in segs for part in unit_then_title(seg)], section)
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
            fm = FIELD_INTRO.match(body)
            value = body[fm.end() :].strip(" .;；。") if fm else ""
            if value and len(value) <= 60 and not NOT_FIELD.search(value):
                ex.field = value
    ex.advisors.extend(h for h in mentors if not any(a.name == h.name for a in ex.advisors))
    _decide_kind(ex, text, section, section_title)
    return ex


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
