"""An affiliation written in a sentence, split into organisation and unit: "the School of
X at Beihang University", "Department of A, University B", "Computer Science at NYU
Shanghai"; a trailing place ("…, Harbin, China") is dropped.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import ORG_WORDS, institution_names
from kg.extract.places import is_place


_IN_UNIT = re.compile(r"^(?P<org>.+?),\s+in\s+(?:the\s+)?(?P<unit>(?:Center|Centre|Department|School|Lab|Laboratory|Group|Faculty|Division)\b.*)$")


def is_acronym(s: str) -> bool:
    """"MIT", "SCUT", "UiT": an organisation's short name."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,6}", s)) and sum(c.isupper() for c in s) >= 2


def clean_org(org: str) -> tuple[str, str | None]:
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
    # "Computer Science at NYU Shanghai": what comes before "at" names no organisation, so it is the
    # unit (not "University of Texas at Austin", one name)
    if m and (ORG_WORDS.search(m.group("org")) or (" at " in m.group() and (not ORG_WORDS.search(m.group("unit")) or is_acronym(m.group("org"))))):
        unit, org = m.group("unit"), m.group("org")
    else:
        parts = [p.strip() for p in org.split(",")]
        while len(parts) >= 2 and is_place(parts[-1]):  # "…, Harbin, China"
            parts = parts[:-1]
        if len(parts) >= 2 and ORG_WORDS.search(parts[-1]) and re.search(r"School|Department|Lab|Institute|Faculty|College|Group|Center|Class", parts[0]):
            unit, org = ", ".join(parts[:-1]), parts[-1]
        else:
            org = ", ".join(parts)
    org = org.strip(" ,")
    inside = _IN_UNIT.match(org) if unit is None else None
    if inside:  # "Johns Hopkins University, in the Center for Language and Speech Processing (CLSP)"
        org, unit = inside.group("org"), inside.group("unit")
    where = re.search(r"\s+in\s+([A-Z][\w .'-]*(?:,\s*[A-Z][\w .'-]*)*)$", org)
    if where and is_place(where.group(1)) and (ORG_WORDS.search(org[: where.start()]) or is_acronym(org[: where.start()])) and org.lower() not in institution_names():
        org = org[: where.start()]  # "Aristotle University in Greece": where it is, not its name
    return org, unit
