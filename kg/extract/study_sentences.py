"""Courses of study stated in a biography's sentences: "I am a second-year Ph.D. student at
UNC-Chapel Hill advised by Prof. X", "I received my M.Eng. degree from the School of … at
Beihang University in June 2024", "graduated from X with a B.S. in Biology",
"我是山东大学软件学院的博士研究生".  (Degree clauses listing several degrees:
``degree_sentences``; Chinese biographies' other sentences: ``chinese_prose``.)
"""

from __future__ import annotations

import re

from kg.extract.advisors import AdvisorHit, names_after
from kg.extract.affiliation import clean_org, is_acronym
from kg.extract.bio_patterns import ADVISED, DEG, DEGREE, EARN, ORG_TAIL, STOP, YEAR_DATE, YEAR_OF_STUDY
from kg.extract.dates import PRESENT, find_dates, paren_range
from kg.extract.degree_sentences import degree_clauses
from kg.extract.experience import Experience, placed
from kg.extract.lexicon import ORG_WORDS, ZH_UNIT_END, degree_level, is_named_org
from kg.extract.lines import Line
from kg.extract.sentence_dates import dated_org, future_start, lead_dates

# "a fourth-year computer science PhD student": the subject written before the degree
_SUBJECT = (r"(?:[A-Za-z]+\s+){0,2}(?:[Ss]cience|[Ee]ngineering|[Pp]hysics|[Mm]athematics|[Ss]tatistics|[Bb]iology|[Cc]hemistry|"
            r"[Ee]conomics|[Ll]inguistics|[Ii]nformatics|[Rr]obotics|[Nn]euroscience)")
_STUDENT = re.compile(
    r"\b(?:I am|I'm|I’m|he is|she is|[A-Z][a-z]+ [A-Z][a-z]+ is)\s+(?:currently\s+|now\s+)?(?:an?\s+)?"
    r"(?:" + YEAR_OF_STUDY + r"\s+|current\s+)?"
    r"(?:(?:CS|EE|ECE|CSE)\s+|(?P<pre>" + _SUBJECT + r")\s+)?(?P<deg>" + DEG + r")(?:\s+(?:student|candidate|researcher))?" + ADVISED +
    r"(?:\s+(?:in|of)\s+(?!the\s)(?P<field>[A-Z][\w &,-]*?))?"
    r"(?:\s+in\s+(?P<cls>[A-Z][\w ]*?(?:Class|Program|Programme)))?"
    r"\s+(?:at|in|of|from|@)\s+" + ORG_TAIL + STOP,
    re.I,
)
_STUDENT_NOUN = re.compile(
    r"\b(?:an?)\s+(?:" + YEAR_OF_STUDY + r"\s+)?"
    r"(?:(?:CS|EE|ECE|CSE)\s+)?(?P<deg>" + DEG + r")(?:\s+(?:student|candidate))?"
    r"(?:\s+(?:in|of)\s+(?P<field>[A-Z][\w &-]*?))?"
    r"\s+(?:at|in|of|from|@)\s+" + ORG_TAIL + STOP,
)
# "I am currently pursuing my Ph.D. in Physics at MIT", "am currently during my Ph.D. … from X"
_PURSUING = re.compile(
    r"\b(?:pursuing|doing|during|completing|studying\s+for|working\s+(?:on|towards?))\s+(?:my|his|her|their|a|an|the)\s+"
    r"(?P<deg>" + DEG + r")(?:\s+(?:degree|studies))?" + ADVISED + r"(?:\s+(?:in|of)\s+(?P<field>(?:(?!\.\s+[A-Z])[^,;])+?))?\s+(?:degree\s+)?(?:at|from|with)\s+"
    + ORG_TAIL + STOP,
    re.I,
)
# "I graduated in Medicine from X", "graduated from X with a B.S. in Biology (in 2010)"
_GRADUATED = re.compile(
    r"\bgraduated\s+(?:in\s+(?P<field>[A-Z][\w &-]*?)\s+)?from\s+" + ORG_TAIL
    + r"(?:\s+with\s+(?:an?\s+|the\s+|my\s+)?(?P<deg>" + DEGREE + r")(?:\s+degree)?(?:\s+(?:in|of)\s+(?P<field2>[A-Z][\w &-]*?))?)?"
    + r"(?:,?\s+in\s+(?P<date>" + YEAR_DATE + r"))?" + STOP
)
_WHERE_WORKED = re.compile(r"\s*,?\s*where\s+(?:I|he|she|they)\s+(?:worked|studied|did\s+(?:my|his|her|their)\s+research)\s+(?:closely\s+)?(?:with|under)\s+")
_HONOURS_TAIL = re.compile(r",?\s+(?:(?:summa|magna)\s+)?cum\s+laude$|,?\s+with\s+(?:first[- ]class\s+|high(?:est)?\s+)?(?:honou?rs|distinction)$", re.I)
_RECEIVED = re.compile(
    r"\b(?:" + EARN + r"|did|pursued)\s+(?:(?:my|his|her|a|the|an)\s+|(?=(?:under)?graduate\s+studies))"  # "I did my undergrad at IIT Bombay"
    r"(?P<deg>(?:under)?graduate\s+studies|" + DEG + r"|engineering\s+degree)(?:\s+(?:degree|studies))?" + ADVISED + r"(?:\s+(?:in|of)\s+(?P<field>(?:(?!\.\s+[A-Z])[^,])+?))?\s+(?:degree\s+)?(?:from|at)\s+"
    + ORG_TAIL + ADVISED + r"(?:,?\s+in\s+(?P<date>(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}))?" + STOP,
    re.I,
)
# "My bachelor's degree is obtained from X in 2017", "her Ph.D. in Physics was awarded by X"
_RECEIVED_PASSIVE = re.compile(
    r"\b(?:my|his|her|their)\s+(?P<deg>" + DEG + r")(?:\s+degree)?(?:\s+(?:in|of)\s+(?P<field>[^,]+?))?\s+(?:is|was|has\s+been)\s+"
    r"(?:obtained|received|earned|completed|awarded|conferred)\s+(?:from|at|by)\s+"
    + ORG_TAIL + ADVISED + r"(?:,?\s+in\s+(?P<date>(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}))?" + STOP,
    re.I,
)
_DEPARTMENT = re.compile(r"(?:the\s+)?(?P<unit>[A-Z][\w &,-]*?\s(?:Department|School|Institute|Laboratory|College|Faculty))", re.I)
# ", majoring in Software Engineering" after the place of study
_MAJORING = re.compile(r"\s*,?\s*(?:and\s+)?majoring\s+(?:in\s+)?(?P<field>[A-Z][\w&-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w&-]*)*)")
_AFFILIATED = re.compile(r"\s*,?\s*affiliated\s+with\s+(?:the\s+)?(?P<unit>[A-Z][\w&' -]*?(?:Lab|Laboratory|Group|Center|Centre|Institute))\b")
_UNIT_OF = re.compile(r"(?:the\s+)?(?P<unit>(?:Department|School|Faculty|College|Institute|Division|Laboratory|Lab)\s+(?:of|for)\s+[A-Za-z][\w &,-]*)")
_ZH_STUDENT = re.compile(
    r"我(?:目前|现在)?(?:是|为)(?P<org>[\u3400-\u9fff（）()A-Za-z]{2,30}?)(?:的)(?:在读|一名|一位)?(?P<deg>博士研究生|博士生|硕士研究生|硕士生|本科生|博士后|研究生)"
)
# "我是中国科学技术大学（USTC）计算机技术硕士研究生": no 的 between the university and the degree
_ZH_STUDENT_OF = re.compile(
    r"我(?:目前|现在)?(?:是|为)(?P<org>[\u3400-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|科学院))(?:[（(][A-Za-z]{2,10}[）)])?"
    r"(?P<field>(?:(?!的|在读)[\u3400-\u9fff]){2,12}?)(?P<deg>博士研究生|博士生|硕士研究生|硕士生|本科生)"
)


def study_facts(text: str, ln: Line) -> list[tuple[int, Experience]]:
    """The courses of study one line's sentences state, each with its position in the line
    ("I am a second-year Ph.D. student at X advised by Y", "I received my M.Eng. degree from
    X in 2024", "graduated from X with a B.S.", "我是X的博士研究生")."""
    local: list[tuple[int, Experience]] = []
    taken: list[tuple[int, int]] = []
    for pos, ex, span in degree_clauses(text):
        taken.append(span)
        local.append((pos, placed(ex, ln, span)))
    for rx in (_STUDENT, _RECEIVED, _RECEIVED_PASSIVE, _PURSUING, _STUDENT_NOUN):
        for m in rx.finditer(text):
            if any(a <= m.start("deg") < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            org, unit = clean_org(m.group("org"))
            org, when = dated_org(org)  # "at USTC (2024.09 - 2027.06)"
            if not org or not (ORG_WORDS.search(org) or re.match(r"[A-Z]", org)) or len(org) > 100:
                continue
            if re.search(r"\bin\s+$", text[: m.start("org")]) and not unit and not is_named_org(org) and not is_acronym(org):
                continue  # "a Ph.D. student in Physics", "I hold a B.S. in Biology": a subject, not a place
            deg = m.group("deg")
            lvl = degree_level(deg) or degree_level(text[m.start("deg") : m.end("deg") + 8]) or ("bachelor" if re.match(r"junior|senior|sophomore|freshman|undergrad", deg, re.I) else None)
            lvl = lvl or ("phd" if re.match(r"doctor", deg, re.I) else None)  # "a second-year doctoral student"
            ex = Experience(organization=org, unit=unit, degree=deg, degree_level=lvl, is_education=True)
            ex.field = (m.group("field") or m.groupdict().get("pre") or "").strip() or None
            dept = _DEPARTMENT.fullmatch(ex.field or "") or _UNIT_OF.fullmatch(ex.field or "")
            if dept and not ex.unit:  # "a PhD student in the Machine Learning Department at CMU"
                ex.unit, ex.field = dept.group("unit"), None
            if ex.field and re.search(r"\b(?:Class|Program|Programme|Team|Group|Lab)\b", ex.field):
                ex.field = None
            aff = _AFFILIATED.match(text, m.end())
            if aff and not ex.unit:  # "…at UNIST, affiliated with the Software Analysis Lab"
                ex.unit = aff.group("unit")
            major = _MAJORING.match(text, m.end())
            if major and not ex.field:
                ex.field = major.group("field")
            if when is not None:
                ex.start, ex.end = when.start, when.end
            elif rx is _STUDENT or rx is _STUDENT_NOUN or rx is _PURSUING:
                ex.end = PRESENT if not re.search(r"incoming|will|rising|former|previous", m.group(0), re.I) else None
                future_start(ex, text, m.start(), m.end())
                if ex.end == PRESENT:  # "During Oct. 2022 ~ Oct. 2023, I am a visiting Ph.D. student at X"
                    lead_dates(ex, text[max(0, m.start() - 60) : m.start()])
                    ex.end = ex.end or PRESENT
            else:
                date = m.groupdict().get("date")
                if date:
                    d = find_dates(date)
                    ex.end = d[0].start if d else None
            local.append((m.start(), placed(ex, ln, m.span(), m.span("org"))))
    for m in _GRADUATED.finditer(text) if "graduated" in text else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        org, unit = clean_org(m.group("org"))
        if not org or len(org) > 100:
            continue
        deg = m.group("deg")
        ex = Experience(organization=org, unit=unit, degree=deg, degree_level=degree_level(deg) if deg else None, is_education=True)
        ex.field = m.group("field2") or m.group("field")
        d = find_dates(m.group("date") or "")
        ex.end = d[0].start if d else None
        local.append((m.start(), placed(ex, ln, m.span(), m.span("org"))))
    for m in (*_ZH_STUDENT.finditer(text), *_ZH_STUDENT_OF.finditer(text)):
        org = m.group("org")
        ex = Experience(organization=org, degree=m.group("deg"), degree_level=degree_level(m.group("deg")), is_education=True, end=PRESENT)
        ex.field = m.groupdict().get("field") or None
        if ex.field and ZH_UNIT_END.search(ex.field):
            ex.unit, ex.field = ex.field, None  # "我是南湖大学信息学院博士研究生": a school, no subject
        when = paren_range(text, m.end())  # "硕士研究生（2024.09 - 2027.06）"
        if when:
            ex.start, ex.end = when.start, when.end
        local.append((m.start(), placed(ex, ln, m.span(), m.span("org"))))
    return local


def where_worked(text: str, ln: Line, local: list[tuple[int, Experience]]) -> None:
    """"I received my Ph.D. from Purdue University, where I worked with Professors A and B":
    the advisors of the degree stated just before."""
    for _pos, ex in local:
        w = _WHERE_WORKED.match(text, ex.span[1] - ln.start) if ex.is_education and ex.degree else None
        if w:
            ex.advisors += [AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), True) for h in names_after(text, w.end(), academic=True)]


def without_honours(field: str) -> str | None:
    """A field of study without how the degree was passed ("Health Administration cum laude")."""
    return _HONOURS_TAIL.sub("", field).strip() or None
