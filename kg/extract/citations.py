"""One line holding a whole citation, cut into its parts: numbered and ACM/IEEE styles
("A, B. Title. In Venue 2023."), quoted titles ('A, B, "Title," Venue'), a linked title
among authors, APA/Harvard ("Whitaker, D., & Osei, K. (2023). Title. Journal, 39(2)"),
and Chinese reference styles (``chinese_citations``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.chinese_citations import chinese_citation
from kg.extract.citation_text import CITATION_NUMBER, LINK_LABEL, PART_END, QUOTED, VENUE_CUE, citation_parts, clean_title, clean_venue, italic_title, strip_links
from kg.extract.lines import Line
from kg.extract.names import Author, is_abbreviated, is_person_name, looks_like_author_list, split_apa_authors, split_authors
from kg.extract.venues import normalize_venue


@dataclass
class Citation:
    """What one citation line says: title and its span (of the document), authors as
    written, venue, and a badge written before a linked title ("<span class=badge>ICML</span>")."""

    title: str | None = None
    title_span: tuple[int, int] | None = None
    authors: list[Author] = field(default_factory=list)
    venue: str | None = None
    badge: str | None = None


def _sole_author(parts: list[str]) -> bool:
    """"M. Okafor. Careless storage. In FAST 2020.": one name with initials, then a title and
    a venue (no title reads "M. Okafor")."""
    return (
        len(parts) >= 3
        and is_abbreviated(parts[0])
        and is_person_name(parts[0].strip())
        and any(VENUE_CUE.search(p) or normalize_venue(p) for p in parts[2:])
    )


_COMMA = re.compile(r"\s*[,，]\s*")


def comma_citation(text: str) -> tuple[str, str, str] | None:
    """Authors, title and venue separated by commas alone, the authors abbreviated:
    (authors, title, venue), or None.

    >>> comma_citation("J. Liu, Y. Zhai, G. Zhao, InArt: In-Network Aggregation for Training, WWW, 2024")
    ('J. Liu, Y. Zhai, G. Zhao', 'InArt: In-Network Aggregation for Training', 'WWW, 2024')
    >>> comma_citation("Beijing, China, Tsinghua University, Department of Physics") is None
    True
    """
    if PART_END.search(text):
        return None  # full stops part it: "A, and B. Title. In Venue, 2022" is read as such
    parts = _COMMA.split(text.strip(" ."))
    k = 0
    while k < len(parts) and is_abbreviated(re.sub(r"^and\s+", "", parts[k])) and is_person_name(re.sub(r"^and\s+", "", parts[k])):
        k += 1
    if k < 2 or k + 1 >= len(parts) or len(parts[k].split()) < 4:
        return None
    return ", ".join(parts[:k]), parts[k], ", ".join(parts[k + 1 :])


# Vancouver (medicine, many Chinese CVs): "Lin D, Wang Q, Zhang XY. Title. Journal. 2026;12(3):45-67."
# Each author a surname and up to three capital initials, no dots; a single initial in lower
# case is taken as the same (a typing slip, "Lin d").
_VAN_AUTHOR = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:[A-Z]{1,3}|[a-z](?=,))"
_VANCOUVER = re.compile(
    rf"^(?P<authors>{_VAN_AUTHOR}(?:,\s*(?:and\s+)?{_VAN_AUTHOR})*(?:,?\s*et al)?)\.\s+"
    r"(?P<title>[^.?!]{8,300}[?!]?)\.?\s+(?P<venue>[A-Z\u3400-\u9fff].*)$"
)


def vancouver_citation(text: str) -> tuple[str, str, str] | None:
    """A citation in Vancouver style: (authors, title, venue), or None.

    >>> vancouver_citation("Okoro A, Berg KL, Tanaka H. Sparse sensing of tidal flows. Ocean Eng. 2021;12(3):45-67.")
    ('Okoro A, Berg KL, Tanaka H', 'Sparse sensing of tidal flows', 'Ocean Eng. 2021;12(3):45-67.')
    >>> vancouver_citation("Deep learning for tides. Ocean Engineering, 2021.") is None
    True
    """
    m = _VANCOUVER.match(text.strip())
    if not m or len(m.group("title").split()) < 3:
        return None
    return m.group("authors"), m.group("title").strip(), m.group("venue").strip()


def read_citation(ln: Line) -> Citation:
    """The parts of one line holding authors, title and venue."""
    cur = Citation()
    text = ln.text
    clean = strip_links(ln).strip()
    number = CITATION_NUMBER.match(clean)  # "[1] T. Ferreira, M. Okonkwo. Title. In ACL 2023."
    lead = number.end() if number else 0
    clean = clean[lead:]  # the citation without its number
    zh = chinese_citation(clean)
    if zh:
        authors, title, venue = zh
        at = text.find(title)
        cur.authors = split_authors(", ".join(authors))
        cur.title = title
        cur.title_span = (ln.start + at, ln.start + at + len(title)) if at >= 0 else (ln.start, ln.end)
        cur.venue = venue
        return cur
    apa = _apa_citation(ln, clean)
    if apa is not None:
        return apa
    van = vancouver_citation(clean)
    if van is not None:  # "Lin D, Wang Q. Title. Journal, 2026."
        authors, title, venue = van
        at = lead + clean.find(title)
        cur.authors, cur.title, cur.venue = split_authors(authors), clean_title(title), clean_venue(venue) or None
        cur.title_span = (ln.start + at, ln.start + at + len(title))
        return cur
    m = QUOTED.search(text)
    if m:
        cur.title = clean_title(m.group(1))
        cur.title_span = (ln.start + m.start(1), ln.start + m.end(1))
        before = re.sub(r"^\s*(?:\[[A-Za-z]?\d+\]\s*)?[◇•·]?\s*", "", text[: m.start()])
        cur.authors = split_authors(before.strip(" ,"))
        cur.venue = clean_venue(text[m.end() :].split("(CCF")[0].split("(acceptance")[0])
        return cur
    it = italic_title(ln)
    if it:  # "A. Author, B. Author, *Title*, Venue, 2024"
        s, e = it
        cur.title = clean_title(text[s:e])
        cur.title_span = (ln.start + s, ln.start + e)
        cur.authors = split_authors(CITATION_NUMBER.sub("", text[:s]).strip(" ,，."))
        cur.venue = clean_venue(text[e:].strip(" ,，.")) or None
        return cur
    commas = comma_citation(clean)
    if commas:  # "J. Liu, Y. Zhai, G. Zhao, InArt: In-Network Aggregation …, WWW, 2024"
        authors, title, venue = commas
        at = lead + clean.find(title)
        cur.authors, cur.title, cur.venue = split_authors(authors), clean_title(title), clean_venue(venue) or None
        cur.title_span = (ln.start + at, ln.start + at + len(title))
        return cur
    # Badge, linked title, then authors: "<badge> [Title](url), **Me**, Other"
    links = [(s, e) for s, e, h in ln.links if len(text[s:e].split()) >= 2 and not LINK_LABEL.match(text[s:e].strip())]
    if links:
        s, e = links[0]
        cur.title = clean_title(text[s:e])
        cur.title_span = (ln.start + s, ln.start + e)
        before = text[:s].strip(" ,.")
        after = text[e:]
        for s2, e2, _h in sorted(ln.links, reverse=True):
            if s2 >= e and LINK_LABEL.match(text[s2:e2].strip()):
                after = after[: s2 - e] + after[e2 - e :]
        after = after.strip(" ,.")
        parts = re.split(r"(?<!\b[A-Z])\.\s+(?=[A-Z]|\d{1,3}(?:st|nd|rd|th)\s)", after, maxsplit=1)  # "… Xiu Li. 3rd Workshop on …"
        cur.authors = split_authors(parts[0]) if looks_like_author_list(parts[0]) >= 0.5 else []
        if cur.authors:
            if len(parts) > 1:
                cur.venue = clean_venue(parts[1])
        elif before and looks_like_author_list(before) >= 0.5:
            # "Me, Other. <a>Title</a>. VLDB 2024. Best Paper Award": the authors come first
            cur.authors = split_authors(before)
            before = ""
            if parts[0] and (VENUE_CUE.search(parts[0]) or normalize_venue(parts[0])):
                cur.venue = clean_venue(parts[0])
        elif after and (VENUE_CUE.search(after) or normalize_venue(after)):
            cur.venue = clean_venue(after)
        badge = [ln.text[s2:e2] for s2, e2, cls in ln.spans if s2 < s and re.search(r"tag|badge|venue", cls) and not re.search(r"highlight", cls)]
        if badge:
            cur.badge = badge[0]
        elif before and not cur.venue:
            cur.badge = before
        return cur
    # "Title. Authors. Venue 2025 (arXiv:…). [PDF]"
    parts = citation_parts(clean)
    # "Authors. Title. In Venue 2024." (ACM style, many CVs); a short title may look like one
    # name ("Faster Graphs"), but a title is not a list of several names
    if len(parts) >= 2 and (looks_like_author_list(parts[0]) >= 0.6 or _sole_author(parts)) and (
        looks_like_author_list(parts[1]) < 0.5 or (len(split_authors(parts[0])) >= 2 and len(split_authors(parts[1])) == 1)
    ):
        cur.authors = split_authors(parts[0])
        at = lead + clean.find(parts[1])
        cur.title = clean_title(parts[1])
        cur.title_span = (ln.start + at, ln.start + at + len(parts[1]))
        for p in parts[2:]:
            if not cur.venue and (VENUE_CUE.search(p) or normalize_venue(p) or re.match(r"In\s+[A-Z]", p)):
                cur.venue = clean_venue(re.sub(r"^In\s+", "", p))
        return cur
    if len(parts) >= 2:
        cur.title = clean_title(parts[0])
        cur.title_span = (ln.start + lead, ln.start + lead + len(parts[0]))
        after_authors = None
        for i, p in enumerate(parts[1:], 1):
            if not cur.authors and (looks_like_author_list(p) >= 0.5 or re.search(r"\bTeam\b", p)):
                cur.authors = split_authors(p)
                after_authors = parts[i + 1] if i + 1 < len(parts) else None
            elif not cur.venue and (VENUE_CUE.search(p) or normalize_venue(p)):
                cur.venue = clean_venue(p)
        if not cur.venue and after_authors and len(after_authors.split()) <= 8 and re.match(r"[A-Z\u3400-\u9fff]", after_authors):
            cur.venue = clean_venue(after_authors) or None  # "Title. Authors. AI Open (IF=14.8)": what follows the authors is where
        return cur
    cur.title = clean_title(text)
    cur.title_span = (ln.start, ln.end)
    return cur


# APA / Harvard: "Whitaker, D., & Osei, K. (2023). Title. Venue, 12(3), 45–67. https://doi.org/…"
_APA = re.compile(
    r"^(?P<authors>[^()]+?)\s*\((?:(?P<preprint>arXiv|bioRxiv|medRxiv|preprint),?\s+)?(?P<year>(?:19|20)\d{2})[a-z]?(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:[-–]\d{1,2})?)?)?\)\.?\s+(?P<rest>\S.*)$"
)
_APA_TITLE = re.compile(r"(?P<title>.+?(?:[?!]|(?<![A-Z])(?=\.)))\.?\s+(?P<venue>(?:[A-Z*(\[]|arXiv|bioRxiv|medRxiv|[Ii]n\s|https?://).*)$")
# "(arXiv 2026) Title arXiv:2602.03169.": a preprint's title, then its identifier with no full stop between
_APA_ARXIV = re.compile(r"(?P<title>.+?)\.?\s+(?P<venue>arXiv:\s*\d{4}\.\d{4,5}\S*?)\.?$")
# volume, issue, pages, article numbers and links after a journal's name
# ("; 39(1): btac739", "; 33: 1377–1398" and a link or DOI to the end, as homepages write them)
_VOLUME_TAIL = re.compile(
    r"(?:,\s*\d+\s*(?:\(\s*[\w–-]+\s*\))?|,\s*(?:pp?\.\s*)?[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?"
    r"|;\s*\d+\s*(?:\(\s*[\w–-]+\s*\))?(?:\s*:\s*[\w.–-]+)?|\.?\s*(?:https?://|doi\s*:\s*)\S.*|\s*\((?:CCF|CAS|JCR|SCI|IF)\b[^()]*\)|,\s*(?:CCF|CAS|JCR)\b[^,;()]*)+\.?\s*$", re.I)


def apa_parts(clean: str) -> tuple[re.Match[str], list[Author], re.Match[str]] | None:
    """The author list and title-and-venue of an APA-style citation ("Authors (2023). Title.
    Venue."), or None; the authors may be written surname first or, as on many homepages,
    first name first ("Wen Li+, Jane Roe*. (2026) Title. Venue.")."""
    m = _APA.match(clean)
    if not m:
        return None
    authors = split_apa_authors(m.group("authors").strip())
    if authors is None and looks_like_author_list(m.group("authors").strip(" .")) >= 0.5:
        authors = split_authors(m.group("authors").strip(" ."))
    t = _APA_TITLE.match(m.group("rest")) or _APA_ARXIV.match(m.group("rest"))
    return (m, authors, t) if authors and t else None


def _apa_citation(ln: Line, clean: str) -> Citation | None:
    """Read an APA or Harvard citation (surname-first authors, the year in parentheses,
    the title, then the venue with volume and pages), if the line is one (``clean``: its
    text without links and citation number)."""
    parts = apa_parts(clean)
    if parts is None:
        return None
    m, authors, t = parts
    off = ln.text.find(m.group("authors").strip()) if ln.text == strip_links(ln) else -1
    title = t.group("title")
    at = ln.text.find(title)
    venue = re.sub(r"(?:\s*\(|\.\s+)(?:accepted|in press|to appear)\)?\s*\.?\s*$", "", t.group("venue"), flags=re.I)  # "(In press)", "TMLR. Accepted."
    venue = re.sub(r"^\(([^()]*(?:\([^()]*\)[^()]*)*)\)\.?$", r"\1", venue.strip())  # "(International Conference … (ICLR) 2026, CCF-A)."
    return Citation(
        title=clean_title(title),
        title_span=(ln.start + at, ln.start + at + len(title)) if at >= 0 else (ln.start, ln.end),
        authors=[Author(a.name, a.marks, (a.span[0] + off, a.span[1] + off)) for a in authors] if off >= 0 else authors,
        venue=clean_venue(_VOLUME_TAIL.sub("", clean_venue(venue))) or m.group("preprint"),  # "(arXiv 2025) Title. https://arxiv.org/…"
    )
