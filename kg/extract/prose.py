"""Facts stated in a biography's sentences.

"I am a second-year Ph.D. student at UNC-Chapel Hill advised by Prof. X",
"I received my M.Eng. degree from the School of … at Beihang University in June
2024", "Currently, I am a research intern at Baidu NLP", "He currently works at
Xiaomi MiMo", "我是山东大学软件学院的博士研究生", "我在阿里巴巴达摩院担任研究型实习生".
Each hit becomes an Experience that the caller merges with the section entries.
"""

from __future__ import annotations

import re

from kg.extract.advisors import AdvisorHit, find_advisors
from kg.extract.dates import PRESENT, find_dates
from kg.extract.experience import Experience
from kg.extract.lexicon import INTERN_WORDS, ORG_WORDS, TITLE_WORDS, degree_level, role_kind
from kg.extract.lines import Line
from kg.extract.places import is_place

_DEG = (
    r"(?:\bPh\.?\s?D\.?|\bPhD|\bDoctoral|M\.?\s?Phil\.?|MPhil|Master(?:'s|’s|s)?|M\.?\s?S\.?|M\.?\s?Sc\.?|M\.?\s?Eng\.?|MEng|"
    r"M\.?\s?Tech\.?|B\.?\s?Tech\.?|B\.?\s?E\.(?=\s)|"
    r"B\.?\s?Sc\.?|B\.?\s?S\.?|B\.?\s?Eng\.?|BEng|B\.?\s?A\.?|Bachelor(?:'s|’s|s)?|undergraduate|graduate|junior|senior|"
    r"sophomore|freshman)"
)
_ORG_TAIL = r"(?P<org>(?:the\s+)?[A-Z\u3400-\u9fff](?:[^.;:!?()]|(?<=\b[A-Z])\.)*?(?:\([^)]{1,40}\)(?:[^.;:!?()]|(?<=\b[A-Z])\.)*?)?)"
_STOP = r"(?=\s*(?:,\s*(?:advised|supervised|co-?supervised|where|under|and|with|working|specializing|focusing|in\s+(?:19|20))|\s+(?:advised|supervised|co-?supervised|under|where|since|from\s+(?:19|20)|in\s+(?:19|20)|during|as\s+a|and\s+(?:an?|the)\s)|(?<!\b[A-Z])[.;:!?]\s|[.;!?]?$))"
_STUDENT = re.compile(
    r"\b(?:I am|I'm|I’m|he is|she is|[A-Z][a-z]+ [A-Z][a-z]+ is)\s+(?:currently\s+|now\s+)?(?:an?\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|sixth|final|last|\d(?:st|nd|rd|th))[- ]year\s+|incoming\s+|rising\s+|current\s+)?"
    r"(?:(?:CS|EE|ECE|CSE)\s+)?(?P<deg>" + _DEG + r")(?:\s+(?:student|candidate|researcher))?"
    r"(?:\s+(?:in|of)\s+(?P<field>[A-Z][\w &,-]*?))?"
    r"(?:\s+in\s+(?P<cls>[A-Z][\w ]*?(?:Class|Program|Programme)))?"
    r"\s+(?:at|in|of|from|@)\s+" + _ORG_TAIL + _STOP,
    re.I,
)
_STUDENT_NOUN = re.compile(
    r"\b(?:an?)\s+(?:(?:first|second|third|fourth|fifth|sixth|final|last|\d(?:st|nd|rd|th))[- ]year\s+|incoming\s+|rising\s+)?"
    r"(?:(?:CS|EE|ECE|CSE)\s+)?(?P<deg>" + _DEG + r")(?:\s+(?:student|candidate))?"
    r"(?:\s+(?:in|of)\s+(?P<field>[A-Z][\w &-]*?))?"
    r"\s+(?:at|in|of|from|@)\s+" + _ORG_TAIL + _STOP,
)
_INTERNSHIPS = re.compile(
    r"\b(?:had|did|completed|done)\s+(?:an?\s+|several\s+|two\s+)?internships?\s+(?:in|at|with)\s+(?P<orgs>[A-Z][^.;]*?)"
    r"\s+as\s+(?:an?\s+)?(?P<title>[A-Z][\w &-]*?)(?=\s+(?:during|in|at|from)\b|[.,;]|$)"
)
_RECEIVED = re.compile(
    r"\b(?:received|got|obtained|earned|completed|finished|hold|holds)\s+(?:my|his|her|a|the|an)\s+"
    r"(?P<deg>" + _DEG + r")(?:\s+degree)?(?:\s+(?:in|of)\s+(?P<field>[^,]+?))?\s+(?:degree\s+)?(?:from|at)\s+"
    + _ORG_TAIL + r"(?:\s+in\s+(?P<date>(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}))?" + _STOP,
    re.I,
)
_JOB = re.compile(
    r"\b(?:I am|I'm|I’m|I was|he is|she is|he was|she was|I have been|I work(?:ed)? as|used to work as|worked as|working as|joined\s+[^,.]{2,60}?\s+as)\s+"
    r"(?:currently\s+|now\s+)?(?:an?\s+)?(?P<title>[\w&/ \-]{2,40}?)\s*(?:\((?P<paren>[^)]*)\)\s*)?\s+(?:at|in|with|of)\s+" + _ORG_TAIL + _STOP,
    re.I,
)
_WORKS_AT = re.compile(r"\b(?:currently\s+)?works?\s+(?:at|for)\s+" + _ORG_TAIL + _STOP, re.I)
_ZH_STUDENT = re.compile(
    r"我(?:目前|现在)?(?:是|为)(?P<org>[\u3400-\u9fff（）()A-Za-z]{2,30}?)(?:的)(?:在读|一名|一位)?(?P<deg>博士研究生|博士生|硕士研究生|硕士生|本科生|博士后|研究生)"
)
_ZH_JOB = re.compile(r"我(?:目前|现在|曾)?在(?P<org>[\u3400-\u9fffA-Za-z]{2,30}?)(?:[（(][^）)]{1,10}[）)])?(?:担任|任|做|作为)(?P<title>[\u3400-\u9fff]{2,12})")


def _clean_org(org: str) -> tuple[str, str | None]:
    """Split "the School of X at Beihang University" into organisation and unit."""
    org = re.sub(r"^the\s+", "", org.strip(), flags=re.I).strip(" ,")
    unit = None
    m = re.match(r"^(?P<unit>.+?)\s+(?:at|@|from)\s+(?:the\s+)?(?P<org>[A-Z].+)$", org) or re.match(
        r"^(?P<unit>.+?)\s+of\s+(?P<org>[Tt]he\s+.*(?:University|Institute|College|Academy).*)$", org
    )
    if not m:
        m = re.match(r"^(?P<unit>.+?(?:School|Department|Dept\.?|Lab|Laboratory|Faculty|College|Thrust|Hub|Class|Group|Center|Centre)\b[^,]*?)\s*(?:,|\s+of)\s+(?:the\s+)?(?P<org>[A-Z].*(?:University|Institute|College|Academy).*)$", org)
        if m and not re.search(r"\b(?:of|for)\b", m.group("unit")) and re.fullmatch(r"(?:School|Department|Faculty|College)", m.group("unit").strip()):
            m = None
    if m and ORG_WORDS.search(m.group("org")):
        unit, org = m.group("unit"), m.group("org")
    else:
        parts = [p.strip() for p in org.split(",")]
        if len(parts) >= 2 and is_place(parts[-1]):
            parts = parts[:-1]
        if len(parts) >= 2 and ORG_WORDS.search(parts[-1]) and re.search(r"School|Department|Lab|Institute|Faculty|College|Group|Center|Class", parts[0]):
            unit, org = ", ".join(parts[:-1]), parts[-1]
        else:
            org = ", ".join(parts)
    return org.strip(" ,"), unit


def facts_from_prose(lines: list[Line]) -> tuple[list[Experience], list[AdvisorHit]]:
    """Education and positions stated in sentences, and every advisor statement."""
    found: list[Experience] = []
    advisors: list[AdvisorHit] = []
    for ln in lines:
        text = ln.text
        hits = [AdvisorHit(h.name, (ln.start + h.span[0], ln.start + h.span[1]), h.academic) for h in find_advisors(text)]
        advisors.extend(hits)
        local: list[tuple[int, Experience]] = []
        taken: list[tuple[int, int]] = []
        for rx in (_STUDENT, _RECEIVED, _STUDENT_NOUN):
            for m in rx.finditer(text):
                if any(a <= m.start("deg") < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                org, unit = _clean_org(m.group("org"))
                if not org or not (ORG_WORDS.search(org) or re.match(r"[A-Z]", org)) or len(org) > 100:
                    continue
                deg = m.group("deg")
                lvl = degree_level(deg) or ("bachelor" if re.match(r"junior|senior|sophomore|freshman|undergraduate", deg, re.I) else None)
                ex = Experience(organization=org, unit=unit, degree=deg, degree_level=lvl, is_education=True)
                ex.field = (m.group("field") or "").strip() or None
                if ex.field and re.search(r"\b(?:Class|Program|Programme|Team|Group|Lab)\b", ex.field):
                    ex.field = None
                if rx is not _RECEIVED:
                    ex.end = PRESENT if not re.search(r"incoming|will|rising|former|previous", m.group(0), re.I) else None
                else:
                    date = m.groupdict().get("date")
                    if date:
                        d = find_dates(date)
                        ex.end = d[0].start if d else None
                ex.span = (ln.start + m.start(), ln.start + m.end())
                ex.org_span = (ln.start + m.start("org"), ln.start + m.end("org"))
                local.append((m.start(), ex))
        for m in _ZH_STUDENT.finditer(text):
            org = m.group("org")
            ex = Experience(organization=org, degree=m.group("deg"), degree_level=degree_level(m.group("deg")), is_education=True, end=PRESENT)
            ex.span = (ln.start + m.start(), ln.start + m.end())
            ex.org_span = (ln.start + m.start("org"), ln.start + m.end("org"))
            local.append((m.start(), ex))
        for m in _JOB.finditer(text):
            title = m.group("title").strip()
            if not TITLE_WORDS.search(title) or re.search(_DEG, title, re.I) and not INTERN_WORDS.search(title):
                continue
            org, unit = _clean_org(m.group("org"))
            if not org or len(org) > 100:
                continue
            ex = Experience(organization=org, unit=unit, title=title)
            ex.kind = role_kind(title)
            paren = m.group("paren") or ""
            d = find_dates(paren)
            if d:
                ex.start = d[0].start
            if re.search(r"\b(?:am|is|currently|now)\b", m.group(0), re.I):
                ex.end = PRESENT
            if re.search(r"\bmember\b", title, re.I):
                continue  # membership in a group is not a position
            after = find_dates(text[m.end() : m.end() + 40]) if re.match(r"\s+(?:from|since|in|during)\s", text[m.end() :]) else []
            if after and not ex.start:
                ex.start, ex.end = after[0].start, after[0].end
            ex.span = (ln.start + m.start(), ln.start + m.end())
            ex.org_span = (ln.start + m.start("org"), ln.start + m.end("org"))
            local.append((m.start(), ex))
            # "... and had internships in A and B as Mechanical Engineer"
        for m in _INTERNSHIPS.finditer(text):
            for org in re.split(r"\s*(?:,|\band\b)\s*", m.group("orgs")):
                if org and ORG_WORDS.search(org) or re.match(r"[A-Z]", org or ""):
                    ex = Experience(organization=org.strip(), title=m.group("title").strip(), kind="internship")
                    ex.span = (ln.start + m.start(), ln.start + m.end())
                    local.append((m.start(), ex))
        for m in _WORKS_AT.finditer(text):
            org, unit = _clean_org(m.group("org"))
            if org and len(org) <= 80:
                ex = Experience(organization=org, unit=unit, end=PRESENT if "currently" in m.group(0).lower() or "works" in m.group(0).lower() else None)
                ex.span = (ln.start + m.start(), ln.start + m.end())
                ex.org_span = (ln.start + m.start("org"), ln.start + m.end("org"))
                local.append((m.start(), ex))
        for m in _ZH_JOB.finditer(text):
            ex = Experience(organization=m.group("org"), title=m.group("title"))
            ex.kind = role_kind(m.group("title"))
            ex.end = PRESENT if re.search(r"目前|现在", m.group(0)) else None
            ex.span = (ln.start + m.start(), ln.start + m.end())
            ex.org_span = (ln.start + m.start("org"), ln.start + m.end("org"))
            local.append((m.start(), ex))
        local.sort(key=lambda t: t[0])
        # An advisor statement belongs to the nearest fact stated before it in the same line.
        for h in hits:
            if not h.academic:
                continue
            rel = h.span[0] - ln.start
            before = [ex for pos, ex in local if pos <= rel]
            target = before[-1] if before else None
            if target is not None:
                target.advisors.append(h)
        found.extend(ex for _, ex in local)
    return found, advisors


