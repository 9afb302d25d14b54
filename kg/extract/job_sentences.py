"""Jobs stated in a biography's sentences: "Currently, I am a research intern at Baidu NLP",
"From 2015 to 2017 she was a postdoctoral researcher at X", "He currently works at Xiaomi
MiMo", "She joined Rochester in 2017 as an Assistant Professor", "was promoted to Associate
Professor in 2023", "我在阿里巴巴达摩院担任研究型实习生".  Positions stated twice are one.
"""

from __future__ import annotations

import re

from kg.extract.advisors import AdvisorHit, names_after
from kg.extract.affiliation import clean_org
from kg.extract.bio_patterns import ORG_TAIL, STOP, STUDY, YEAR_DATE
from kg.extract.dates import PRESENT, find_dates
from kg.extract.experience import Experience, placed
from kg.extract.lexicon import HAN, INTERN_WORDS, ORG_WORDS, TITLE_WORDS, is_named_org, role_kind
from kg.extract.lines import Line
from kg.extract.sentence_dates import lead_dates

_INTERNSHIPS = re.compile(
    r"\b(?:had|did|completed|done)\s+(?:an?\s+|several\s+|two\s+)?internships?\s+(?:in|at|with)\s+(?P<orgs>[A-Z][^.;]*?)"
    r"\s+as\s+(?:an?\s+)?(?P<title>[A-Z][\w &-]*?)(?=\s+(?:during|in|at|from)\b|[.,;]|$)"
)
# "I completed a 6 month internship with Microsoft Research in Cambridge, UK"
_INTERNSHIP_AT = re.compile(
    r"\b(?:completed|did|had|done|spent|finished)\s+(?:an?\s+|my\s+|the\s+)?(?:\d+[- ]months?\s+|summer\s+|research\s+)*internship\s+(?:at|with|in)\s+"
    + ORG_TAIL + STOP
)
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
_ZH_JOB = re.compile(r"我(?:目前|现在|曾)?在(?P<org>[\u3400-\u9fffA-Za-z]{2,30}?)(?:[（(][^）)]{1,10}[）)])?(?:担任|任|做|作为)(?P<title>[\u3400-\u9fff]{2,12})")
_NOW_AFTER = re.compile(r",?\s*I\s+(?:am|have been|work|lead|focus|currently)\b")


def job_facts(text: str, ln: Line, owner_tokens: set[str]) -> list[tuple[int, Experience]]:
    """The jobs one line's sentences state, each with its position in the line ("Currently, I
    am a research intern at Baidu NLP", "Rachel Oduya is an Associate Professor at X" when
    she is the owner, "He currently works at Xiaomi", "joined X in 2017 as Y")."""
    local: list[tuple[int, Experience]] = []
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
            lead_dates(ex, text[max(0, m.start() - 60) : m.start()])
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
        local.append((m.start(), placed(ex, ln, m.span(), m.span("org"))))
    # "... and had internships in A and B as Mechanical Engineer"
    for m in _INTERNSHIPS.finditer(text):
        for org in re.split(r"\s*(?:,|\band\b)\s*", m.group("orgs")):
            if org and ORG_WORDS.search(org) or re.match(r"[A-Z]", org or ""):
                ex = Experience(organization=org.strip(), title=m.group("title").strip(), kind="internship")
                local.append((m.start(), placed(ex, ln, m.span())))
    for m in _INTERNSHIP_AT.finditer(text) if "internship" in text else ():
        org, unit = clean_org(m.group("org"))
        if org and len(org) <= 80 and (ORG_WORDS.search(org) or re.match(r"[A-Z]", org)):
            local.append((m.start(), placed(Experience(organization=org, unit=unit, kind="internship"), ln, m.span(), m.span("org"))))
    for m in _WORKS_AT.finditer(text):
        org, unit = clean_org(m.group("org"))
        if org and len(org) <= 80:
            ex = Experience(organization=org, unit=unit, end=PRESENT if "currently" in m.group(0).lower() or "works" in m.group(0).lower() else None)
            local.append((m.start(), placed(ex, ln, m.span(), m.span("org"))))
    if "joined" in text:
        for m in _JOINED.finditer(text):
            ex = _joined(m, owner_tokens)
            if ex is not None:
                local.append((m.start(), placed(ex, ln, m.span(), m.span("org"))))
    return local


def chinese_job_facts(text: str, ln: Line) -> list[tuple[int, Experience]]:
    """"我在阿里巴巴达摩院担任研究型实习生": a job stated in Chinese, in the first person."""
    local: list[tuple[int, Experience]] = []
    for m in _ZH_JOB.finditer(text):
        ex = Experience(organization=m.group("org"), title=m.group("title"))
        ex.kind = role_kind(m.group("title"))
        ex.end = PRESENT if re.search(r"目前|现在", m.group(0)) else None
        local.append((m.start(), placed(ex, ln, m.span(), m.span("org"))))
    return local


def owner_tokens(names: tuple[str, ...]) -> set[str]:
    """The words of the owner's names, to know a sentence about them ("Dr. Oduya joined …")."""
    return {t for n in names for t in _name_tokens(n)}


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


def promotions(text: str, ln: Line, local: list[tuple[int, Experience]], found: list[Experience]) -> None:
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
            local.append((m.start(), placed(ex, ln, m.span())))
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


def complete_orgs(found: list[Experience]) -> list[Experience]:
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
