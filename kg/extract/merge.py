"""One fact stated twice: a degree or job told in the biography (or the header) and the
section entry that states it too.  ``merge_facts`` adds what only the biography says and
enriches the entry with what it adds; organisations are compared by their words, their
acronyms ("UIUC") or, for one degree written in both languages, by level and dates."""

from __future__ import annotations

import re

from kg.extract.dates import PRESENT
from kg.extract.entries import other_script
from kg.extract.experience import Experience

__all__ = ["compact", "fold_degree_jobs", "merge_facts", "is_ongoing", "split_joint"]


def _org_key(s: str | None) -> str:
    s = (s or "").lower()
    s = re.sub(r"\(([^)]*)\)", r" \1 ", s)
    return re.sub(r"[^a-z0-9\u3400-\u9fff]+", " ", s).strip()


def _same_org(a: str | None, b: str | None) -> bool:
    ka, kb = _org_key(a), _org_key(b)
    if not ka or not kb:
        return False
    if ka == kb or ka in kb or kb in ka:
        return True
    if _acronym_of(a, b) or _acronym_of(b, a):
        return True
    wa, wb = set(ka.split()), set(kb.split())
    # "University of Michigan" and "University of Rochester" share only words every such name has
    return len(wa & wb) >= max(2, min(len(wa), len(wb)) - 1) and len(wa & wb) >= 2 and bool(_proper_words_shared(a, b))


_ACRONYM = re.compile(r"(?:the\s+)?([A-Z]{2,8})(?:-[A-Z]{1,4})?")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’]*")
_SMALL_WORDS = frozenset("the of and for at in on de du la".split())


def _acronym_of(short: str | None, long: str | None) -> bool:
    """``short`` is the acronym of ``long`` ("UIUC": "University of Illinois Urbana-Champaign";
    "HKUST-GZ": "The Hong Kong University of Science and Technology, Guangzhou campus").

    >>> _acronym_of("UIUC", "University of Illinois at Urbana-Champaign"), _acronym_of("NTU", "Peking University")
    (True, False)
    """
    m = _ACRONYM.fullmatch((short or "").strip())
    if not m or not long:
        return False
    head = re.split(r"\s*[,(（]", long, maxsplit=1)[0]
    letters = "".join(w[0] for w in _NAME_WORD.findall(head) if w.lower() not in _SMALL_WORDS)
    return letters == m.group(1)


def _proper_words_shared(a: str | None, b: str | None) -> set[str]:
    """The words two organisation names share, but for those many names have ("University", "of")."""
    return (set(_org_key(a).split()) & set(_org_key(b).split())) - _GENERIC_ORG_WORDS


_GENERIC_ORG_WORDS = frozenset(
    "university of the and at in for de du la institute college school department dept faculty academy "
    "national state technology science sciences research center centre laboratory lab".split()
)


def merge_facts(entries: list[Experience], prose: list[Experience]) -> list[Experience]:
    """Add biography facts; where an entry already states them, only enrich it."""
    out = list(entries)
    added: list[Experience] = []
    for p in prose:
        candidates = [
            e
            for e in out
            if e.is_education == p.is_education
            and (_same_org(e.organization, p.organization) or _same_org(e.unit, p.organization) or _same_org(e.organization, p.unit)
                 or _same_job_named_alike(e, p) or _same_degree_in_other_script(e, p))
            and not (e.is_education and p.degree_level and e.degree_level and e.degree_level != p.degree_level)
            and not (_other_start(e, p) or _other_end(e, p) or _other_title(e, p) and any(e is a for a in added) or _other_degree(e, p))
        ]
        # "I am currently …": the entry still going on, if there is one
        match = next((e for e in candidates if p.end == PRESENT and is_ongoing(e)), candidates[0] if candidates else None)
        if match is None:
            if p.is_education or p.title or p.end or p.start or p.kind == "internship":
                out.append(p)
                added.append(p)
            continue
        for h in p.advisors:
            if not any(h2.name == h.name for h2 in match.advisors):
                match.advisors.append(h)
        if not match.unit and p.unit and not (match.organization and p.unit in match.organization):
            match.unit = p.unit  # (not "Institute of X" again when the entry's name is "Institute of X, University of Y")
        if not match.field and p.field:
            match.field = p.field
        if not match.start and p.start and not match.from_front_matter:
            match.start = p.start
        # "I am a Ph.D. student at X" names the degree of the entry at X that is still going on
        if match.is_education and not match.degree and p.degree and (is_ongoing(match) or p.end != PRESENT):
            match.degree, match.degree_level = p.degree, p.degree_level
    return out


def fold_degree_jobs(parsed: list[tuple[str, Experience]]) -> set[int]:
    """A degree told again as a job, mostly a doctorate ("* Winter 2020: PhD researcher" under
    "Work experience", beside "* Ph.D. in X, Delft University of Technology, 2026 (expected)"
    under "Education"): the education entry of the same level at the same institution takes
    the job's date as its start (when it has none and the date is not after its end) and the
    job's advisors.  ``parsed`` is (section kind,
    entry) in document order; returns the ids of the job entries folded in."""
    folded: set[int] = set()
    schooling = [ex for kind, ex in parsed if kind == "education" and ex.is_education]
    for kind, job in parsed:
        if kind == "education" or not job.is_education or not job.degree_level or job.from_front_matter:
            continue
        match = next((e for e in schooling if e.degree_level == job.degree_level and _same_org(e.organization, job.organization)), None)
        if match is None:
            continue
        first = job.start or job.end
        begun = None if match.single_date else match.start  # ("2026 (expected)": its end only)
        if (begun and first and first != begun) or (first and match.end and match.end != PRESENT and first > match.end):  # (ISO strings compare as dates)
            continue
        if first and not begun:
            match.start, match.single_date = first, False
        match.advisors.extend(h for h in job.advisors if not any(h.name == h2.name for h2 in match.advisors))
        folded.add(id(job))
    return folded


def _same_degree_in_other_script(a: Experience, b: Experience) -> bool:
    """One degree written in Chinese and in English: the same level, start and end
    ("本科毕业于华北电力大学（2020.09 - 2024.06）" and "2020.09 - 2024.06, Bachelor, … North China
    Electric Power University")."""
    return bool(a.is_education and a.degree_level and a.start and a.end and a.organization and b.organization
                and (a.degree_level, a.start, a.end) == (b.degree_level, b.start, b.end) and other_script(a.organization, b.organization))


def _other_degree(a: Experience, b: Experience) -> bool:
    """Two degrees of one level in two fields: a double degree ("B.S. in Bioinformatics and a
    double B.Eng. in Computer Science")."""
    if not (a.is_education and a.degree and b.degree and a.field and b.field):
        return False
    return compact(a.degree) != compact(b.degree) and compact(a.field) != compact(b.field) and not other_script(a.field, b.field)


def _other_title(a: Experience, b: Experience) -> bool:
    """Two positions with different titles: at one organisation, two jobs one after the other
    ("Assistant Professor", then "Associate Professor")."""
    return bool(not a.is_education and a.title and b.title and a.title.lower() != b.title.lower())


def _same_job_named_alike(a: Experience, b: Experience) -> bool:
    """One title at organisations that share a proper name: "Professor of AI" at "Stanford
    University" and at "the Stanford AI Lab"."""
    if a.is_education or not a.title or not b.title or a.title.lower() != b.title.lower():
        return False
    return bool(_proper_words_shared(a.organization, b.organization))


def _other_start(a: Experience, b: Experience) -> bool:
    """Two positions that start at different times ("2014" and "2019"; not "2021" and "2021-06")."""
    if a.is_education or not a.start or not b.start:
        return False
    return not (a.start.startswith(b.start) or b.start.startswith(a.start))


def _other_end(a: Experience, b: Experience) -> bool:
    """A position still held and one that ended."""
    return not a.is_education and bool(a.end and b.end) and (a.end == PRESENT) != (b.end == PRESENT)


def is_ongoing(ex) -> bool:
    """Still going on: ends "present" or is expected to end."""
    return ex.end == PRESENT or ex.expected


def split_joint(experiences: list[Experience]) -> list[Experience]:
    """"山东大学 & 北京中关村学院": a joint programme is a degree at each institution;
    "BS …; BEc …": two degrees of one programme."""
    from copy import copy

    out: list[Experience] = []
    for ex in experiences:
        parts = re.split(r"\s*[&、]\s*|\s*和\s*", ex.organization or "") if ex.is_education else []
        if len(parts) == 2 and all(re.search(r"University|Institute|College|Academy|大学|学院|研究院|科学院", p) for p in parts):
            first, second = copy(ex), copy(ex)
            first.organization, second.organization = parts
            second.advisors = []
            out += [first, second]
        else:
            out.append(ex)
        for degree, field in ex.more_degrees:
            extra = copy(ex)
            extra.degree, extra.field, extra.advisors, extra.more_degrees = degree, field, [], []
            out.append(extra)
    return out


def compact(text: str) -> str:
    """Lower case without blanks or punctuation: an award's or a degree's comparison key."""
    return re.sub(r"\W+", "", text.lower())
