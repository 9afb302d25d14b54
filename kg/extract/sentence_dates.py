"""Dates in a biography's sentences: those that open the sentence of a job ("From 2015 to
2017 she was …"), a study not yet begun ("I will be a Ph.D. student at X starting from
2025"), an organisation written with its dates ("USTC (2024.09 - 2027.06)").
"""

from __future__ import annotations

import re

from kg.extract.dates import PRESENT, DateRange, find_dates, paren_range
from kg.extract.experience import Experience
from kg.extract.lexicon import SENTENCE_END

# Dates leading the sentence of a job: "From 2015 to 2017 she was …", "Since 2019, he has been …".
_LEAD_DATES = re.compile(r"(?:^|[.;]\s+|,\s*)(?P<word>From|Between|During|In|Since)\s+(?P<dates>(?:[^,;.]|\.(?=\s*\d)){4,50}?),?\s*$", re.I)
_FUTURE = re.compile(r"\b(?:will|going to|incoming|starting|to start|to begin)\b", re.I)
_STARTING = re.compile(r"\s*,?\s*(?:starting|beginning)\s+(?:from|in|on)?\s*(?P<when>[^,.;]{0,25}?(?:19|20)\d{2})", re.I)


def future_start(ex: Experience, text: str, at: int, end: int) -> None:
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


def lead_dates(ex: Experience, before: str) -> None:
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


def dated_org(org: str) -> tuple[str, DateRange | None]:
    """An organisation written with its dates in parentheses ("USTC (2024.09 - 2027.06)"):
    the name, and the range."""
    m = re.search(r"\s*[（(][^（）()]{4,30}[）)]$", org)
    r = paren_range(org, m.start()) if m else None
    return (org[: m.start()], r) if r else (org, None)
