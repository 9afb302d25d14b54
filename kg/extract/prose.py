"""Facts stated in a biography's sentences.

"I am a second-year Ph.D. student at UNC-Chapel Hill advised by Prof. X",
"I received my M.Eng. degree from the School of … at Beihang University in June
2024", "Currently, I am a research intern at Baidu NLP", "He currently works at
Xiaomi MiMo", "我是山东大学软件学院的博士研究生", "我在阿里巴巴达摩院担任研究型实习生".
Each hit becomes an Experience that the caller merges with the section entries.
"""

from __future__ import annotations

import re

from kg.extract.advisors import AdvisorHit, find_advisors, names_after
from kg.extract.affiliation import clean_org, is_acronym
from kg.extract.bio_patterns import ADVISED, DEG, DEGREE, EARN, ORG_TAIL, STOP, STUDY, YEAR_DATE, YEAR_OF_STUDY
from kg.extract.chinese_prose import chinese_bio_facts
from kg.extract.dates import PRESENT, DateRange, find_dates, paren_range
from kg.extract.degree_sentences import degree_clauses
from kg.extract.experience import Experience
from kg.extract.lexicon import HAN, INTERN_WORDS, ORG_WORDS, SENTENCE_END, TITLE_WORDS, ZH_UNIT_END, degree_level, is_named_org, role_kind
from kg.extract.lines import Line, join_wrapped

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
_INTERNSHIPS = re.compile(
    r"\b(?:had|did|completed|done)\s+(?:an?\s+|several\s+|two\s+)?internships?\s+(?:in|at|with)\s+(?P<orgs>[A-Z][^.;]*?)"
    r"\s+as\s+(?:an?\s+)?(?P<title>[A-Z][\w &-]*?)(?=\s+(?:during|in|at|from)\b|[.,;]|$)"
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
# "I completed a 6 month internship with Microsoft Research in Cambridge, UK"
_INTERNSHIP_AT = re.compile(
    r"\b(?:completed|did|had|done|spent|finished)\s+(?:an?\s+|my\s+|the\s+)?(?:\d+[- ]months?\s+|summer\s+|research\s+)*internship\s+(?:at|with|in)\s+"
    + ORG_TAIL + STOP
)
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
# Dates leading the sentence of a job: "From 2015 to 2017 she was …", "Since 2019, he has been …".
_LEAD_DATES = re.compile(r"(?:^|[.;]\s+|,\s*)(?P<word>From|Between|During|In|Since)\s+(?P<dates>(?:[^,;.]|\.(?=\s*\d)){4,50}?),?\s*$", re.I)
_JOB_TAIL = (
    r"(?:currently\s+|now\s+)?(?:working\s+as\s+)?(?:an?\s+)?(?P<title>[\w&/ \-]{2,40}?)\s*(?:\((?P<paren>[^)]*)\)\s*)?\s+(?:at|in|with|of|for)\s+" + ORG_TAIL + STOP
)
_JOB = re.compile(
    r"\b(?:I am|I'm|I’m|I was|he is|she is|he was|she was|I have been|he has been|she has been|I work(?:ed)? as|used to work as|worked as|"
    r"working as|joined\s+[^,.]{2,60}?\s+as|(?:^|(?<=[.;]\s))(?-i:As)(?=\s+an?\s))\s+" + _JOB_TAIL,
    re.I,
)
# "Rachel N. Oduya is an Associate Professor of … at …": a job stated of someone named,
# kept when the name is the owner's.
_IS = r"(?:is|was|has been|serves as|served as)"
_NAMED_JOB = re.compile(
    r"(?P<subj>(?<![\w.])(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3})\s+" + _IS + r"\s+" + _JOB_TAIL
)
_HOST_THEN_ORG = re.compile(r"(?:Dr|Prof|Professor)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+at\s+" + ORG_TAIL + STOP)
_NAMED_VERB = re.compile(r"\s" + _IS + r"\s")
# "She joined Rochester in 2017 as an Assistant Professor", "and joined the faculty of X in 2010".
_JOINED = re.compile(
    r"(?P<subj>\b(?:I|[Hh]e|[Ss]he|[Tt]hey|and|then)\b|(?<![\w.])(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s+(?:then\s+|later\s+|subsequently\s+|also\s+)?joined\s+(?:the\s+(?:faculty|department|school)\s+(?:of|at)\s+)?(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|de|the|at|[A-Z][\w&'’.-]*))*?)"
    r"(?:\s+in\s+(?P<d1>" + YEAR_DATE + r"))?(?:\s+as\s+(?:an?\s+|the\s+|its\s+)?(?P<title>[A-Za-z][\w&/ -]{2,40}?))?"
    r"(?:\s+in\s+(?P<d2>" + YEAR_DATE + r"))?(?=\s*[,.;]|\s+and\s+(?![A-Z]|the\s)|\s+where\b|$)"
)
# "was promoted to Associate Professor in 2023": a new title at the organisation just named.
_PROMOTED = re.compile(
    r"\bpromoted(?:\s+to\s+(?:the\s+rank\s+of\s+)?(?:an?\s+)?(?P<title>[A-Z][\w&/ -]{2,40}?))?(?:\s+in\s+(?P<d>" + YEAR_DATE + r"))?(?=\s*[,.;]|\s+and\b|$)"
)
# "… a postdoc at X, working with Prof. Y" / ", where I worked with Y": the host of that job
_HOST = re.compile(r"\s*,?\s*(?:where\s+(?:I|he|she|they)\s+)?(?:work(?:ed|ing)?|collaborat(?:ed|ing))\s+(?:closely\s+)?with\s+")
# "Before joining X in 2022, I was …": when the job of the sentence ended
_BEFORE_JOINING = re.compile(r"\b(?:Before|Prior to)\s+(?:joining|coming to|moving to)\s+[^,;.]{2,60}?\s+in\s+(?P<date>" + YEAR_DATE + r")\s*,\s*$")
_WORKS_AT = re.compile(r"\b(?:currently\s+)?works?\s+(?:at|for)\s+" + ORG_TAIL + STOP, re.I)
_ZH_STUDENT = re.compile(
    r"我(?:目前|现在)?(?:是|为)(?P<org>[\u3400-\u9fff（）()A-Za-z]{2,30}?)(?:的)(?:在读|一名|一位)?(?P<deg>博士研究生|博士生|硕士研究生|硕士生|本科生|博士后|研究生)"
)
# "我是中国科学技术大学（USTC）计算机技术硕士研究生": no 的 between the university and the degree
_ZH_STUDENT_OF = re.compile(
    r"我(?:目前|现在)?(?:是|为)(?P<org>[\u3400-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|科学院))(?:[（(][A-Za-z]{2,10}[）)])?"
    r"(?P<field>(?:(?!的|在读)[\u3400-\u9fff]){2,12}?)(?P<deg>博士研究生|博士生|硕士研究生|硕士生|本科生)"
)
_ZH_JOB = re.compile(r"我(?:目前|现在|曾)?在(?P<org>[\u3400-\u9fffA-Za-z]{2,30}?)(?:[（(][^）)]{1,10}[）)])?(?:担任|任|做|作为)(?P<title>[\u3400-\u9fff]{2,12})")


def facts_from_prose(lines: list[Line], owner_names: tuple[str, ...] = ()) -> tuple[list[Experience], list[AdvisorHit]]:
    """Education and positions stated in sentences, and every advisor statement.

    ``owner_names``: the owner's names; a sentence about someone named ("Rachel Oduya
    is …", "Dr. Oduya joined …") counts when that someone is the owner.

    >>> from kg.extract.lines import build_lines
    >>> from kg.read import read_text
    >>> bio = ("She received the B.S. degree from the University of Nairobi in 2008, and the M.S. and Ph.D. degrees "
    ...        "from Georgia Institute of Technology in 2011 and 2015, respectively. From 2015 to 2017 she was a "
    ...        "postdoctoral researcher at the University of Michigan.")
    >>> facts, _ = facts_from_prose(build_lines(read_text(bio, path="bio.txt")))
    >>> [(f.degree or f.title, f.organization, f.start, f.end) for f in facts]  # doctest: +NORMALIZE_WHITESPACE
    [('B.S.', 'University of Nairobi', None, '2008'), ('M.S.', 'Georgia Institute of Technology', None, '2011'),
     ('Ph.D.', 'Georgia Institute of Technology', None, '2015'), ('postdoctoral researcher', 'University of Michigan', '2015', '2017')]
    """
    owner_tokens = {t for n in owner_names for t in _name_tokens(n)}
    found: list[Experience] = []
    advisors: list[AdvisorHit] = []
    for ln in join_wrapped(lines):
        text = ln.text
        hits = [AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), h.academic) for h in find_advisors(text)]
        advisors.extend(hits)
        local: list[tuple[int, Experience]] = []
        taken: list[tuple[int, int]] = []
        for pos, ex, span in degree_clauses(text):
            taken.append(span)
            local.append((pos, _at(ex, ln, span)))
        for rx in (_STUDENT, _RECEIVED, _RECEIVED_PASSIVE, _PURSUING, _STUDENT_NOUN):
            for m in rx.finditer(text):
                if any(a <= m.start("deg") < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                org, unit = clean_org(m.group("org"))
                org, when = _dated_org(org)  # "at USTC (2024.09 - 2027.06)"
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
                    _future_start(ex, text, m.start(), m.end())
                    if ex.end == PRESENT:  # "During Oct. 2022 ~ Oct. 2023, I am a visiting Ph.D. student at X"
                        _lead_dates(ex, text[max(0, m.start() - 60) : m.start()])
                        ex.end = ex.end or PRESENT
                else:
                    date = m.groupdict().get("date")
                    if date:
                        d = find_dates(date)
                        ex.end = d[0].start if d else None
                local.append((m.start(), _at(ex, ln, m.span(), m.span("org"))))
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
            local.append((m.start(), _at(ex, ln, m.span(), m.span("org"))))
        for m in (*_ZH_STUDENT.finditer(text), *_ZH_STUDENT_OF.finditer(text)):
            org = m.group("org")
            ex = Experience(organization=org, degree=m.group("deg"), degree_level=degree_level(m.group("deg")), is_education=True, end=PRESENT)
            ex.field = m.groupdict().get("field") or None
            if ex.field and ZH_UNIT_END.search(ex.field):
                ex.unit, ex.field = ex.field, None  # "我是南湖大学信息学院博士研究生": a school, no subject
            when = paren_range(text, m.end())  # "硕士研究生（2024.09 - 2027.06）"
            if when:
                ex.start, ex.end = when.start, when.end
            local.append((m.start(), _at(ex, ln, m.span(), m.span("org"))))
        named = bool(owner_tokens) and _NAMED_VERB.search(text) is not None
        jobs = [*_JOB.finditer(text), *(_NAMED_JOB.finditer(text) if named else ())]
        for m in jobs:
            if "subj" in m.re.groupindex and not _is_owner(m.group("subj"), owner_tokens):
                continue
            title = m.group("title").strip()
            if not TITLE_WORDS.search(title) or STUDY.search(title) and not INTERN_WORDS.search(title):
                continue
            org, unit = clean_org(m.group("org"))
            host_first = _HOST_THEN_ORG.match(text, m.start("org")) if re.search(r"\swith\s+$", text[: m.start("org")]) else None
            if host_first:  # "a research assistant with Dr. X at the Institute of Y": X hosts, Y employs
                org, unit = clean_org(host_first.group("org"))
            if re.search(r"\sfor\s+$", m.group(0)[: m.start("org") - m.start()]) and not is_named_org(org):
                continue  # "… Coordinator for Spring 2019/2020": "for" names an employer only when it is one
            dated = re.fullmatch(r"(?P<org>.+?)\s*\((?P<paren>[^()]*)\)", org)  # "Bell Labs (2016)"
            if dated and find_dates(dated.group("paren")):
                org = dated.group("org")
            if not org or len(org) > 100 or not (org[0].isupper() or HAN.match(org)):
                continue  # "… researcher with a strong interest in …": no organisation (the pattern ignores case)
            ex = Experience(organization=org, unit=unit, title=title)
            if host_first:
                hosts = names_after(text, host_first.start(), academic=False)
                ex.advisors += [AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), False) for h in hosts[:1]]
            ex.kind = role_kind(title)
            paren = m.group("paren") or (dated.group("paren") if dated else "")
            d = find_dates(paren)
            if d:
                ex.start = d[0].start
            if re.search(r"\b(?:am|is|currently|now)\b", m.group(0), re.I) or (
                    m.group(0).startswith("As ") and _NOW_AFTER.match(text, m.end())):
                ex.end = PRESENT  # "As a postdoc at CMU, I have been focused on …"
            if re.search(r"\bmember\b", title, re.I):
                continue  # membership in a group is not a position
            after = find_dates(text[m.end() : m.end() + 40]) if re.match(r"\s+(?:from|since|in|during)\s", text[m.end() :]) else []
            if after and not ex.start:
                ex.start, ex.end = after[0].start, after[0].end
            if not ex.start:
                _lead_dates(ex, text[max(0, m.start() - 60) : m.start()])
            left = _BEFORE_JOINING.search(text, max(0, m.start() - 100), m.start())
            if left and not ex.end:
                ex.end = find_dates(left.group("date"))[0].start
            host = _HOST.match(text, m.end())
            if host:
                hosts = names_after(text, host.end(), academic=False)
                ex.advisors += [AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), False) for h in hosts]
                # "… at X working with Prof. Y from 2021 to 2023": the dates follow the host
                tail = text[hosts[-1].span[1] :] if hosts else ""
                after = find_dates(tail[:40]) if re.match(r"\s+(?:from|since|in|during)\s", tail) else []
                if after and not ex.start:
                    ex.start, ex.end = after[0].start, after[0].end
            local.append((m.start(), _at(ex, ln, m.span(), m.span("org"))))
            # "... and had internships in A and B as Mechanical Engineer"
        for m in _INTERNSHIPS.finditer(text):
            for org in re.split(r"\s*(?:,|\band\b)\s*", m.group("orgs")):
                if org and ORG_WORDS.search(org) or re.match(r"[A-Z]", org or ""):
                    ex = Experience(organization=org.strip(), title=m.group("title").strip(), kind="internship")
                    local.append((m.start(), _at(ex, ln, m.span())))
        for m in _INTERNSHIP_AT.finditer(text) if "internship" in text else ():
            org, unit = clean_org(m.group("org"))
            if org and len(org) <= 80 and (ORG_WORDS.search(org) or re.match(r"[A-Z]", org)):
                local.append((m.start(), _at(Experience(organization=org, unit=unit, kind="internship"), ln, m.span(), m.span("org"))))
        for m in _WORKS_AT.finditer(text):
            org, unit = clean_org(m.group("org"))
            if org and len(org) <= 80:
                ex = Experience(organization=org, unit=unit, end=PRESENT if "currently" in m.group(0).lower() or "works" in m.group(0).lower() else None)
                local.append((m.start(), _at(ex, ln, m.span(), m.span("org"))))
        if "joined" in text:
            for m in _JOINED.finditer(text):
                ex = _joined(m, owner_tokens)
                if ex is not None:
                    local.append((m.start(), _at(ex, ln, m.span(), m.span("org"))))
        for pos, ex, span in chinese_bio_facts(text) if HAN.search(text) else ():
            local.append((pos, _at(ex, ln, span)))
        for m in _ZH_JOB.finditer(text):
            ex = Experience(organization=m.group("org"), title=m.group("title"))
            ex.kind = role_kind(m.group("title"))
            ex.end = PRESENT if re.search(r"目前|现在", m.group(0)) else None
            local.append((m.start(), _at(ex, ln, m.span(), m.span("org"))))
        local.sort(key=lambda t: t[0])
        for _pos, ex in local:
            # "I received my Ph.D. from Purdue University, where I worked with Professors A and B"
            w = _WHERE_WORKED.match(text, ex.span[1] - ln.start) if ex.is_education and ex.degree else None
            if w:
                ex.advisors += [AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), True) for h in names_after(text, w.end(), academic=True)]
        if "promoted" in text:
            _promotions(text, ln, local, found)
        # An advisor statement belongs to the nearest fact stated before it in the same line.
        # A host or mentor ("hosted by", "mentored by") belongs to the nearest job before it.
        for h in hits:
            rel = h.span[0] - ln.start
            if not h.academic:
                jobs_before = [ex for pos, ex in local if pos <= rel and not ex.is_education]
                if jobs_before and all(x.name != h.name for x in jobs_before[-1].advisors):
                    jobs_before[-1].advisors.append(h)
                continue
            before = [ex for pos, ex in local if pos <= rel]
            target = before[-1] if before else None
            if target is not None:
                target.advisors.append(h)
        found.extend(ex for _, ex in local)
    for ex in found:
        if ex.field:  # "Master of Health Administration cum laude": how it was passed, not its subject
            ex.field = _HONOURS_TAIL.sub("", ex.field).strip() or None
    return _complete_orgs(found), advisors


def _at(ex: Experience, ln: Line, span: tuple[int, int], org_span: tuple[int, int] | None = None) -> Experience:
    """Give a fact its evidence: offsets in the line made offsets in the text."""
    ex.span = (ln.start + span[0], ln.start + span[1])
    if org_span is not None:
        ex.org_span = (ln.start + org_span[0], ln.start + org_span[1])
    return ex


_NOW_AFTER = re.compile(r",?\s*I\s+(?:am|have been|work|lead|focus|currently)\b")
_FUTURE = re.compile(r"\b(?:will|going to|incoming|starting|to start|to begin)\b", re.I)
_STARTING = re.compile(r"\s*,?\s*(?:starting|beginning)\s+(?:from|in|on)?\s*(?P<when>[^,.;]{0,25}?(?:19|20)\d{2})", re.I)


def _future_start(ex: Experience, text: str, at: int, end: int) -> None:
    """"Starting from September 2025, I will be pursuing a Ph.D. at X", "I will be a Ph.D.
    student at X starting from 2025": a study not yet begun is not going on, and starts at
    the date the sentence gives."""
    after = _STARTING.match(text, end)
    if after and (d := find_dates(after.group("when"))) and d[0].start:
        ex.start, ex.end = d[0].start, None
        return
    ends = [e.end() for e in SENTENCE_END.finditer(text, 0, at)]
    before = text[ends[-1] if ends else 0 : at]
    if not _FUTURE.search(before):
        return
    ex.end = None
    d = find_dates(before)
    if d and d[0].start:
        ex.start = d[0].start


def _lead_dates(ex: Experience, before: str) -> None:
    """Dates that open the sentence of a job: "From 2015 to 2017 she was …"."""
    m = _LEAD_DATES.search(before)
    if not m:
        return
    d = find_dates(m.group("dates"))
    if not d:
        return
    if len(d) == 2 and m.group("word").lower() == "between":
        ex.start, ex.end = d[0].start, d[1].start
    else:
        ex.start, ex.end = d[0].start, d[0].end if not d[0].single else None
    if m.group("word").lower() == "since":
        ex.end = PRESENT


def _joined(m: re.Match[str], owner_tokens: set[str]) -> Experience | None:
    """A position from "… joined X in 2017 as Y", with its start."""
    subj = m.group("subj")
    if subj[0].isupper() and subj not in ("I", "He", "She", "They", "Then") and not _is_owner(subj, owner_tokens):
        return None
    title = (m.group("title") or "").strip() or None
    if title and not TITLE_WORDS.search(title):
        return None
    date = m.group("d1") or m.group("d2")
    d = find_dates(date) if date else []
    org, unit = clean_org(m.group("org"))
    if not org or len(org) > 100:
        return None
    if not d and not (unit and title is None):
        return None
    # (undated, "I joined the X Lab at Y, advised by Prof. Z" is kept: the advisor statement that
    # follows is about it, not about the job before; it names no job of its own)
    ex = Experience(organization=org, unit=unit, title=title, start=d[0].start if d else None)
    ex.kind = role_kind(title) if title else "employment"
    return ex


def _promotions(text: str, ln: Line, local: list[tuple[int, Experience]], found: list[Experience]) -> None:
    """"was promoted to Associate Professor in 2023": that title at the organisation of the
    position stated last, from that date; the position before it ends then."""
    for m in _PROMOTED.finditer(text):
        title = m.group("title")
        if title and not TITLE_WORDS.search(title) or not (title or m.group("d")):
            continue
        earlier = [ex for pos, ex in local if pos < m.start() and not ex.is_education and ex.organization]
        earlier = earlier or [ex for ex in found if not ex.is_education and ex.organization]
        if not earlier:
            continue
        last = earlier[-1]
        d = find_dates(m.group("d") or "")
        start = d[0].start if d else None
        if start and not last.end and last.start and last.start < start:
            last.end = start
        if title:
            ex = Experience(organization=last.organization, unit=last.unit, title=title.strip(), start=start)
            ex.kind = role_kind(ex.title)
            local.append((m.start(), _at(ex, ln, m.span())))
        elif start:
            # "was promoted in 2023": the current title at that organisation is held since then
            for ex in [e for _p, e in local] + found:
                if ex is not last and not ex.is_education and ex.end == PRESENT and not ex.start and _same_name(ex.organization, last.organization):
                    ex.start = start
    local.sort(key=lambda t: t[0])


def _same_name(a: str | None, b: str | None) -> bool:
    """One organisation, one name written in full and the other short ("Rochester")."""
    if not a or not b:
        return False
    short, full = sorted((a, b), key=len)
    return short == full or re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", full) is not None


def _complete_orgs(found: list[Experience]) -> list[Experience]:
    """Positions stated twice become one, and an organisation named short ("joined
    Rochester") takes the full name used elsewhere in the biography ("University of
    Rochester")."""
    names = {ex.organization for ex in found if ex.organization}
    for ex in found:
        org = ex.organization
        if org and not ORG_WORDS.search(org):
            longer = sorted(n for n in names if len(n) > len(org) and _same_name(org, n))
            if len(longer) == 1:
                ex.organization = longer[0]
    out: list[Experience] = []
    for ex in found:
        same = next(
            (o for o in out if not ex.is_education and not o.is_education and o.organization == ex.organization
             and (o.title or "").lower() == (ex.title or "").lower() and ex.title),
            None,
        )
        if same is None:
            out.append(ex)
            continue
        same.start = same.start or ex.start
        same.end = same.end or ex.end
        same.unit = same.unit or ex.unit
        same.advisors.extend(h for h in ex.advisors if h not in same.advisors)
    return out


def _name_tokens(name: str) -> set[str]:
    """The words of a name (two letters or more), lower case."""
    return {t for t in re.findall(r"[^\W\d_]{2,}", name.lower()) if t not in ("dr", "prof", "professor")}


def _is_owner(subject: str, owner_tokens: set[str]) -> bool:
    """A sentence's subject names the owner ("Dr. Oduya", "Rachel N. Oduya")."""
    words = _name_tokens(subject)
    return bool(words) and words <= owner_tokens | {"dr", "prof"} and bool(words & owner_tokens)


def _dated_org(org: str) -> tuple[str, DateRange | None]:
    """An organisation written with its dates in parentheses ("USTC (2024.09 - 2027.06)"):
    the name, and the range."""
    m = re.search(r"\s*[（(][^（）()]{4,30}[）)]$", org)
    r = paren_range(org, m.start()) if m else None
    return (org[: m.start()], r) if r else (org, None)
