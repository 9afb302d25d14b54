"""Venue normalisation: "ATC '23" -> "USENIX ATC 2023", "OSDI’24" -> "OSDI 2024".

The venue table (``data/venues.tsv``) is the project's own: short name, full name,
aliases and type of common computer-science venues.  Venues not in the table keep
their written acronym.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kg.resources import data_path


@dataclass(frozen=True)
class Venue:
    """A venue series: short name, full name, aliases, type (conference/journal/preprint),
    CCF rank (A/B/C, or empty) and DBLP key prefix (``/conf/osdi``, or empty)."""

    short: str
    full: str
    aliases: tuple[str, ...]
    type: str
    rank: str = ""
    dblp: str = ""


@lru_cache(maxsize=1)
def venue_table() -> tuple[Venue, ...]:
    rows = []
    for line in data_path("venues.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, full, aliases, kind, rank, dblp = (line.split("\t") + [""] * 6)[:6]
        rows.append(Venue(short, full, tuple(a for a in aliases.split("|") if a), kind.strip(), rank.strip(), dblp.strip()))
    return tuple(rows)


@lru_cache(maxsize=1)
def _alias_re() -> tuple[re.Pattern[str], dict[str, Venue]]:
    index: dict[str, Venue] = {}
    for v in venue_table():
        for a in (v.short, v.full, *v.aliases):
            index.setdefault(a.lower(), v)
    alts = sorted(index, key=len, reverse=True)
    # Matched in lower-cased text, without IGNORECASE and without a look-behind in front:
    # then the engine can skip to the aliases' first letters (4x faster on a CV's lines).
    # find_series checks the letter before a match itself.
    pat = r"(" + "|".join(re.escape(a) for a in alts) + r")(?![a-z])"
    return re.compile(pat), index


def _alias_matches(text: str) -> Iterator[tuple[int, str]]:
    """(start, alias as written) of every known venue name in ``text`` that does not sit
    inside a word, left to right."""
    rx, _index = _alias_re()
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer ("İ"): kept as written, so offsets hold
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    pos = 0
    while (m := rx.search(low, pos)) is not None:
        p = m.start()
        if p and "a" <= low[p - 1] <= "z":
            pos = p + 1  # inside a word here; a name may still start further on
            continue
        yield p, text[p : m.end()]
        pos = m.end()


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SHORT_YEAR = re.compile(r"[’'‘`]\s?(\d{2})(?!\d)")
_ACRONYM = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})(?:\s?[’'‘`]\s?\d{2}|\s+(?:19|20)\d{2})")
# "Proceedings of CIDR, 2020": a name in capitals, a comma, the year
_ACRONYM_COMMA = re.compile(r"(?<![A-Za-z])([A-Z]{3,})(?![A-Za-z]),\s*(?:19|20)\d{2}(?!\d)")
# "International Symposium on … Techniques (PACT)", "Proc. Int. Symp. Antennas & Propag. (ISAP), Osaka":
# a venue's name written out, then its acronym in parentheses
_NAMED_THEN_ACRONYM = re.compile(
    r"(?:\b(?:Conference|Symposium|Workshop|Proceedings|Journal|Transactions|Congress|Meeting)\b|\b(?:Conf|Symp|Proc|Trans)\.)[^()]*"
    r"\((?P<acr>[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})\)"
)
# "Machine Intelligence Research (MIR), 2025", "Database Systems for Advanced Applications (DASFAA, Oral), 2025":
# a name, its acronym in parentheses (with a note), the year, and nothing else
_NAME_ACRONYM_YEAR = re.compile(
    r"(?P<name>[A-Z][^()]{3,120}?)\s\(\s*(?P<acr>[A-Z][a-z]*[A-Z][A-Za-z-]*)(?:\s*,[^()]{1,30})?\),?\s*(?:19|20)\d{2}\.?\s*$"
)
_NOT_VENUE = {"CCF", "IEEE", "ACM", "USENIX", "SIAM", "AAAI", "PDF", "CODE", "DOI", "URL", "HTML", "ORAL", "PAPER", "USA", "PRC"}


def acronym_of_named_venue(text: str) -> str | None:
    """The acronym of a line that is a venue's name, its acronym and the year, when the
    acronym's capitals are mostly the initials of the name's words.

    >>> acronym_of_named_venue("Machine Intelligence Research (MIR), 2025"), acronym_of_named_venue("Database Systems for Advanced Applications (DASFAA, Oral), 2025")
    ('MIR', 'DASFAA')
    >>> acronym_of_named_venue("Learning Deep Features for Scene Recognition (ZQX), 2020") is None
    True
    """
    m = _NAME_ACRONYM_YEAR.match(text)
    if m is None or m.group("acr").upper() in _NOT_VENUE:
        return None
    initials = {w[0].lower() for w in re.findall(r"[A-Za-z]+", m.group("name"))}
    caps = [c.lower() for c in m.group("acr") if c.isupper()]
    if caps[0] in initials and 2 * sum(c in initials for c in caps) >= len(caps):
        return m.group("acr")
    return None


def venue_year(text: str) -> int | None:
    """The year a venue string names ("OSDI’24" -> 2024, "SoCC '21" -> 2021).

    >>> venue_year("ATC '23"), venue_year("CVPR 2025 (Oral)"), venue_year("NeurIPS")
    (2023, 2025, None)
    """
    m = _YEAR.search(text)
    if m:
        return int(m.group(1))
    m = _SHORT_YEAR.search(text)
    if m:
        return 2000 + int(m.group(1))
    return None


_NAME_GOES_ON = re.compile(r"\s*(?:[-–:]|and|&)?\s*[A-Z][a-z]")
_NAME_BEFORE = re.compile(r"\b(?!(?:In|At|On|By|The|To|For)\s)[A-Z][a-z]+\s+$")  # "Automation Science": a longer name


@lru_cache(maxsize=8192)
def find_series(text: str) -> Venue | None:
    """The known venue a string names, preferring one given in parentheses."""
    _rx, index = _alias_re()
    hits = []
    for start, alias in _alias_matches(text):
        v = index.get(alias.lower())
        if v is None:
            continue
        # Short all-caps aliases must match case ("MM", "SC", "TC"); long names need not.
        if len(alias) <= 5 and alias not in (v.short, *v.aliases):
            continue
        if " " not in alias and not alias.isupper() and (_NAME_GOES_ON.match(text, start + len(alias)) or _NAME_BEFORE.search(text, 0, start)):
            continue  # "Nature" in "Nature Communications", "Science" in "Science China-Information Sciences" or "Automation Science and Engineering"
        in_parens = text[:start].count("(") > text[:start].count(")")
        hits.append((v.type == "preprint", 0 if in_parens else 1, -len(alias), start, v))
    if not hits:
        return None
    hits.sort(key=lambda h: h[:4])
    return hits[0][4]


@lru_cache(maxsize=8192)
def normalize_venue(text: str | None) -> str | None:
    """Series and year of a venue as written.

    >>> normalize_venue("Proceedings of USENIX Annual Technical Conference (ATC '23)")
    'USENIX ATC 2023'
    >>> normalize_venue("OSDI'24"), normalize_venue("18th USENIX Symposium on Operating Systems Design and Implementation (OSDI’24)")
    ('OSDI 2024', 'OSDI 2024')
    >>> normalize_venue("CCF Transactions on High Performance Computing 2023 (THPC’23)"), normalize_venue("TCSVT 2026")
    ('THPC 2023', 'TCSVT 2026')
    >>> normalize_venue("Proceedings of CIDR, 2020"), normalize_venue("Seattle, WA, USA, 2020")
    ('CIDR 2020', None)
    >>> normalize_venue("Proc. Int. Symp. Antennas & Propag. (ISAP), Osaka, Japan, Jan. 2021")
    'ISAP 2021'
    """
    if not text:
        return None
    year = venue_year(text)
    series = find_series(text)
    name: str | None = series.short if series else None
    if name is None:
        m = _ACRONYM.search(text) or _ACRONYM_COMMA.search(text)
        if m and m.group(1).upper() not in _NOT_VENUE:
            name = m.group(1)
        elif (named := _NAMED_THEN_ACRONYM.search(text)) and named.group("acr").upper() not in _NOT_VENUE:
            name = named.group("acr")
        else:
            name = acronym_of_named_venue(text)
    if name is None:
        return None
    return f"{name} {year}" if year else name


def venue_type(text: str | None) -> str | None:
    """conference, journal or preprint when the venue is known."""
    if not text:
        return None
    v = find_series(text)
    return v.type if v else None


def series_info(short: str) -> Venue | None:
    """The table's entry for a series by its short name (``OSDI``), or None.

    >>> series_info("OSDI").rank, series_info("OSDI").dblp, series_info("Nowhere")
    ('A', '/conf/osdi', None)
    """
    return next((v for v in venue_table() if v.short == short), None)
