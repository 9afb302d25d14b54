"""Degrees listed after "received" / "obtained" in a biography: "She received the B.S.
degree from X in 2008, and the M.S. and Ph.D. degrees in EE from Y in 2011 and 2015,
respectively" — each clause names degrees, the institution and their years in the same
order.
"""

from __future__ import annotations

import re

from kg.extract.affiliation import clean_org
from kg.extract.bio_patterns import ADVISED, AND, DEGREE, EARN, ORG_TAIL, STOP, YEAR_DATE
from kg.extract.dates import find_dates
from kg.extract.experience import Experience
from kg.extract.lexicon import ORG_WORDS, SENTENCE_END, degree_level

# A second degree named in the field of the first: "in Bioinformatics and a double B.Eng. in Computer Science".
_MORE_DEGREE = re.compile(
    r"\s*,?\s+and\s+(?:(?:a|an|the|my|his|her)\s+)?(?:(?:double|dual|second|joint)\s+)?(?P<deg>" + DEGREE + r")(?:\s+degree)?"
    r"\s+(?:in|of)\s+(?P<field>[^,;()]+)$"
)


# "received the B.S. degree from X in 2008, and the M.S. and Ph.D. degrees in EE from Y
# in 2011 and 2015, respectively": after such a verb, each clause names degrees, the
# institution and their years in the same order.
_EARNED = re.compile(r"\b" + EARN + r"\b", re.I)
_DEGREE_CLAUSE = re.compile(
    r"(?:(?:the|his|her|their|my|a|an|both)\s+)?(?P<degs>" + DEGREE + r"(?:" + AND + DEGREE + r")*)"
    r"(?:\s+degrees?)?(?:\s+(?:in|of)\s+(?P<field>[^,;()]+?))?\s+(?:degrees?\s+)?(?:from|at)\s+" + ORG_TAIL + ADVISED
    + r"(?:,?\s+in\s+(?P<dates>" + YEAR_DATE + r"(?:" + AND + YEAR_DATE + r")*)(?:,?\s+respectively)?|" + STOP + ")",
)


def degree_clauses(text: str) -> list[tuple[int, Experience, tuple[int, int]]]:
    """Degrees named after "received" / "obtained" …, each clause with its institution and
    years: (offset of the degree, the degree, the clause's span)."""
    out: list[tuple[int, Experience, tuple[int, int]]] = []
    for cue in _EARNED.finditer(text):
        if out and cue.start() < out[-1][2][1]:
            continue
        end_m = SENTENCE_END.search(text, cue.end())
        end = end_m.start() + 1 if end_m else len(text)
        first = True
        for m in _DEGREE_CLAUSE.finditer(text, cue.end(), end):
            span = (cue.start() if first else m.start(), m.end())  # the evidence of the first clause has the verb
            first = False
            org, unit = clean_org(m.group("org"))
            if not org or not (ORG_WORDS.search(org) or re.match(r"[A-Z]", org)) or len(org) > 100:
                continue
            degs = [(d.start() + m.start("degs"), d.group()) for d in re.finditer(DEGREE, m.group("degs"))]
            dates = [d.start for d in find_dates(m.group("dates") or "")]
            if len(dates) == 1:
                dates = dates * len(degs)
            field = (m.group("field") or "").strip() or None
            fields = [field] * len(degs)
            more = _MORE_DEGREE.search(field or "")
            if more and len(degs) == 1:  # "B.S. in Bioinformatics and a double B.Eng. in Computer Science"
                degs.append((m.start("field") + more.start("deg"), more.group("deg")))
                fields = [field[: more.start()].strip() or None, more.group("field")]
            for i, (pos, deg) in enumerate(degs):
                ex = Experience(organization=org, unit=unit, degree=deg, degree_level=degree_level(deg), field=fields[i], is_education=True)
                ex.end = dates[i] if len(dates) == len(degs) else None
                ex.org_span = m.span("org")
                out.append((pos, ex, span))
    return out
