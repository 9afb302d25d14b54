"""Publication lists to Publication records.

Paper lists come as paper boxes (badge, title, authors, venue, links on separate
lines), one-line citations (authors, “title,” venue), title lines followed by
author and venue lines, or jemdoc/HTML variants.  Each line gets a role (title,
authors, venue, links, description, year heading, legend); lines are grouped into
papers, and a one-line citation is cut into its parts (``citations``).  The legend
("* equal contribution, † corresponding") decides what the marks after names mean;
``owner_position`` finds the owner among the authors; status, year and identifiers
are decided here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.advisors import find_advisors
from kg.extract.chinese_citations import chinese_citation
from kg.extract.citation_text import (
    CITATION_NUMBER,
    LINK_LABEL,
    PART_END,
    QUOTED,
    VENUE_CUE,
    citation_parts,
    clean_title,
    clean_venue,
    is_links_only,
    italic_title,
    leading_title_link,
    strip_links,
    whole_span,
)
from kg.extract.citations import apa_parts, comma_citation, read_citation, vancouver_citation
from kg.extract.dates import find_dates, without_dates
from kg.extract.legend import LEGEND_WORDS, Legend, read_legend
from kg.extract.lines import Line
from kg.extract.names import Author, looks_like_author_list, name_key, split_authors
from kg.extract.owner_position import bold_author, ordinal_owner
from kg.extract.places import is_place, town_in_place
from kg.extract.profile import Publication
from kg.extract.venues import normalize_venue, venue_type, venue_year

_STATUS = (
    ("under_review", re.compile(r"under (?:review|submission|revision)|in submission|\b(?:major|minor) revision|审稿中|在审|大修|小修", re.I)),
    ("submitted", re.compile(r"\bsubmitted\b|在投|投稿中|\bR&R\b|revise[- ]and[- ]resubmit", re.I)),
    ("preprint", re.compile(r"\barxiv\b|\bpreprint\b|\bcorr\b|technical report|tech\.? report", re.I)),
)
_ARXIV = re.compile(r"(?:arxiv(?:\.org/(?:abs|pdf)/|:\s*)|arXiv\s+)(\d{4}\.\d{4,5})(?:v\d+)?", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>\])]+)")
_DESC_START = re.compile(
    r"^(?:We |This |In this |Our |My |I am |I was |I wrote|I implemented|I |As a |Cooperate|Proposed|Propose|Existing |"
    r"Abstract|TL;DR|Highlights?|Keywords?|Note|[-–•]\s)",
    re.I,
)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}$")
# two sentences: prose, not a title
_SENTENCES = re.compile(r"[a-z)]\.\s+[A-Z][a-z]+\s\S+\s\S+")
# a heading of the papers of one year: "In the year of 2026:", "Year 2025"
_YEAR_HEADING = re.compile(r"(?i)(?:in\s+(?:the\s+)?)?(?:year\s+(?:of\s+)?)?(?:19|20)\d{2}\s*:?")
# A heading inside a publications section that groups papers, not one paper's name
_GROUP_HEADING = re.compile(
    r"conference|journal|preprint|paper|publication|article|workshop|book|chapter|thes[ie]s|selected|review|patent|"
    r"talk|poster|demo|survey|other|misc|submitted|accepted|期刊|会议|论文|专利|著作|其他", re.I)
# A Chinese sentence of description ("以掩码扩散模型统一建模多种无监督图像融合任务。"): no paper's title ends so
_ZH_SENTENCE = re.compile(r"[\u3400-\u9fff]{6}.*[\u3400-\u9fff][。！]$")


@dataclass
class _Paper:
    title: str | None = None
    title_span: tuple[int, int] | None = None
    authors: list[Author] = field(default_factory=list)
    author_line: Line | None = None
    venue: str | None = None
    venue_short: str | None = None  # a short form on the next line of the same entry: "NeurIPS 2023, CCF-A"
    badge: str | None = None
    desc: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    year_context: int | None = None

    def has(self, role: str) -> bool:
        return bool(getattr(self, role))


# "…, R. A. Kontar. arXiv preprint arXiv:2505.14756, 2025", "… and M.-C. Chang. Submitted, 2025": a status after the list
_STATUS_AFTER = r"(?:arXiv|Submitted|Under (?:review|revision)|In (?:press|preparation|submission)|Accepted|Preprint|Working paper|Ongoing|Forthcoming)\b"


def _venue_span(line: Line) -> tuple[int, int] | None:
    """The span a page's markup names the venue, when it starts the line (``class="venue"``)."""
    for s, e, cls in line.spans:
        if s <= 1 and re.search(r"\bvenue\b", cls):
            return s, e
    return None


def _role(line: Line, owner_keys: set[str]) -> str:
    text = line.text
    if _YEAR_ONLY.match(text.strip("# ")) or (line.heading and _YEAR_HEADING.fullmatch(text.strip())):
        return "year"
    if is_links_only(line):
        return "links"
    if line.heading and len(text) <= 150 and not _GROUP_HEADING.search(text) and not find_dates(text):
        return "title"  # "### Mask-DiFuser" over its venue: a paper named in a heading of its own
    if _ZH_SENTENCE.search(text) and not re.search(r"(?:19|20)\d{2}|\[[JCMD]\]", text):
        return "desc"
    if re.match(r"^(?:Link|DOI|URL)\b", text):
        return "links"
    if _venue_span(line):
        return "venue"  # '<span class="venue">CoLM 2026 Oral</span> <span class="venue venue-award">…</span>
    if re.match(r"^(?:My|Our)\s", text) or find_advisors(text) or re.match(r"^Website\b", text):
        return "other"
    if LEGEND_WORDS.search(text) and re.search(r"[*†‡#✉∗]", text) and len(text) < 200 and looks_like_author_list(text) < 0.5 \
            and not QUOTED.search(text):  # (a citation that ends "(*corresponding author)" is no legend)
        return "legend"
    if line.item > 0 and _DESC_START.match(text) is None and len(text.split()) > 12 and not QUOTED.search(text):
        return "desc"
    # "<badge> [Title](url), **Me**, Co Author": a citation led by a linked title.
    lead = leading_title_link(line)
    if lead and looks_like_author_list(text[lead[1] :].strip(" ,.")) >= 0.5:
        return "citation"
    if lead:
        return "title"
    body = CITATION_NUMBER.sub("", strip_links(line))  # "[1] M. Gonzalez, A. Park, …": not a name
    if chinese_citation(body) or italic_title(line) or comma_citation(body) or vancouver_citation(body) or apa_parts(body):
        return "citation"
    if CITATION_NUMBER.match(strip_links(line)) and _numbered_title_then_venue(body):
        return "citation"  # "[2] Title of a paper under review. IEEE Transactions on X. (Under Review)": no authors
    if _bold_title_then_authors(line):
        return "citation"  # "**IALR: Legal Rubric Supervision.** Jianbai Zhao, Bibo Cai, **Kai Xiong**. **EMNLP 2026**"
    tail = _AFTER_AUTHORS.search(body)
    if tail and (re.match(r"[(（]", body[tail.end() :]) or (
            re.match(_STATUS_AFTER, body[tail.end() :]) and looks_like_author_list(body[: tail.start()]) == 1)):
        body = body[: tail.start()]  # "A, B, C.  (BMVC 2024) code": the list ends at its full stop
    score = looks_like_author_list(body)
    authors = split_authors(body)
    if authors and (score >= 0.75 and len(authors) >= 2 or (len(authors) == 1 and name_key(authors[0].name) in owner_keys)):
        if score < 1 and _authors_then_sentences(body):
            return "citation"  # "A, B, C. Title. MLSys 2025.": the last "name" ran on into the title
        if not QUOTED.search(text):
            return "authors"
    quoted = QUOTED.search(text)
    if quoted and (score > 0.2 or looks_like_author_list(text[: quoted.start()].strip(" ,.")) >= 0.5):
        return "citation"  # 'A, B, and C. “Title.” In Venue, 2023.'

    if _place_and_date(text):
        return "venue"  # "Lausanne, Switzerland, March 2020." under the venue's name: where and when it met
    whole = whole_span(line.bold, line) or whole_span([(s, e) for s, e, h in line.links if not LINK_LABEL.match(text[s:e].strip())], line)
    plain = strip_links(line).rstrip(" |")  # "**ICML 2024** |" before the line's links: the venue, not a title
    if whole and len(plain.split()) >= 3 and not re.fullmatch(r"[\w\s,]*(?:19|20)\d{2}[\w\s,.-]*", plain):
        return "title"
    if len(text.split()) <= 6 and (normalize_venue(text) or VENUE_CUE.search(text)) and ":" not in text:
        return "venue"
    if re.match(r"In\s+[A-Z]", text) and re.search(r"\b(?:19|20)\d{2}\b", text) and len(text.split()) <= 15:
        return "venue"  # "In Middleware 2023." / "In Proceedings of the … 2024."
    if whole:
        return "title"
    if any(cls for _s, _e, cls in line.spans if re.search(r"title", cls)):
        return "title"
    if _DESC_START.match(text) or len(text.split()) > 40:
        return "desc"
    parts = citation_parts(strip_links(line).strip())
    if len(parts) >= 3 and len(parts[0].split()) >= 2 and any(VENUE_CUE.search(p) or normalize_venue(p) or re.match(r"In\s+[A-Z]", p) for p in parts[1:]):
        return "citation"
    if _title_then_venue(text):
        return "title"  # "OpenOmni: Large Language Models …. **NeurIPS 2025**." over its authors
    if VENUE_CUE.search(text) or (normalize_venue(text) and len(text.split()) <= 8):
        if not (len(text.split()) >= 5 and ":" in text and not re.search(r"\b(?:19|20)\d{2}\b|['’]\d{2}", text)):
            return "venue"
    if re.search(r"\(\s*[A-Za-z][\w\s&/-]*[’']\d{2}\s*\)", text):
        return "venue"
    if len(text.split()) >= 3 or re.search(r"[\u3400-\u9fff]{6,}", text):
        # A line of several authors, then a link to the title, then the venue: one citation.
        link_title = [(s, e) for s, e, h in line.links if len(text[s:e].split()) >= 3 and not LINK_LABEL.match(text[s:e])]
        if link_title and (line.bold or score > 0):
            return "citation"
        return "title"
    return "venue" if normalize_venue(text) else "other"


def _bold_title_then_authors(line: Line) -> bool:
    """A line that opens with a bold title ending its sentence, then an author list."""
    if not line.bold or line.bold[0][0] > 0:
        return False
    end = line.bold[0][1]
    title = line.text[:end].strip()
    if (len(title.split()) < 3 and len(title) < 8) or not (re.search(r"[.?!。]$", title) or re.match(r"\s*[.。]", line.text[end:])):
        return False
    rest = line.text[end:].lstrip(" .。")
    head = PART_END.split(rest, maxsplit=1)[0]
    return looks_like_author_list(title) < 0.5 and looks_like_author_list(head) >= 0.75 and len(split_authors(head)) >= 2


def _numbered_title_then_venue(body: str) -> bool:
    """A numbered reference that is a title, then a venue, and no author list."""
    parts = [p for p in PART_END.split(body.strip()) if p.strip(" .")]
    return (len(parts) >= 2 and len(parts[0].split()) >= 4 and looks_like_author_list(parts[0]) < 0.5
            and bool(VENUE_CUE.search(parts[1]) or normalize_venue(parts[1])))


_SENTENCE_END = re.compile(r"(?<=[\w)])\.\s+(?=\S)")


def _title_then_venue(text: str) -> int | None:
    """Where the venue starts on a line that is a title, then a short venue with its year.

    >>> t = "Bipolar Self-attention for Spiking Transformers. NeurIPS 2025 (spotlight)."
    >>> t[_title_then_venue(t):], _title_then_venue("Learning to Rank. Springer, 2020. Second edition.")
    ('NeurIPS 2025 (spotlight).', None)
    >>> _title_then_venue("Siyuan Li, Jianguo Zhang. QuantX: Low-bit Quantization. ICLR 2023.") is None
    True
    >>> _title_then_venue("A. Lee, M. Kim, and R. Zemel. Fairness under shift. NeurIPS, 2022.") is None
    True
    >>> _title_then_venue("[2] M. Okafor. Careless storage. In FAST 2020.") is None
    True
    """
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return None
    m = ends[-1]
    head, tail = text[: m.start()], text[m.end() :]
    core = re.sub(r"\s*[(（][^()（）]*[)）]", "", tail).strip(" .")
    if len(head.split()) < 3 or not 1 <= len(core.split()) <= 6 or not venue_year(core) or looks_like_author_list(head) >= 0.5:
        return None
    body = CITATION_NUMBER.sub("", text)
    first = PART_END.split(body, maxsplit=1)[0]
    if first != body and looks_like_author_list(first) >= 0.5:
        return None  # "A. Lee, B. Kim. Title. NeurIPS, 2022.": a citation led by its authors
    return m.end() if normalize_venue(core) or VENUE_CUE.search(core) else None


def _place_and_date(text: str) -> bool:
    """A line that is a place (or "Virtual") and a date, nothing else.

    >>> _place_and_date("Lausanne, Switzerland, March 2020."), _place_and_date("Virtual, Sep 2021."), _place_and_date("Learning to Rank, 2020")
    (True, True, False)
    """
    if len(text) > 60 or not find_dates(text):
        return False
    rest = without_dates(text).strip(" ,.;")
    return bool(rest) and (re.fullmatch(r"(?i)virtual|online|virtual event", rest) is not None or is_place(rest) or town_in_place(rest))


def _authors_then_sentences(body: str) -> bool:
    """An author list ended by a full stop, then at least two more sentences (title, venue)."""
    parts = [p for p in PART_END.split(body.strip()) if p.strip(" .")]
    return len(parts) >= 3 and looks_like_author_list(parts[0]) >= 0.75 and looks_like_author_list(parts[1]) < 0.5 and len(parts[1].split()) >= 2


def extract_publications(lines: list[Line], owner_keys: set[str], legend: Legend | None = None) -> list[Publication]:
    """Read the lines of the publication sections."""
    legend = legend or read_legend(lines)
    papers: list[_Paper] = []
    cur = _Paper()
    year_ctx: int | None = None
    pending_badge: str | None = None

    def flush() -> None:
        nonlocal cur
        if cur.title or cur.authors:
            papers.append(cur)
        cur = _Paper(year_context=year_ctx)

    for ln in lines:
        role = _role(ln, owner_keys)
        if role == "title" and cur.title and cur.authors and ln.item < 0 and not ln.blank_before and _SENTENCES.search(ln.text):
            role = "desc"  # sentences under a paper's title and authors, in its entry: what it is about
        if role == "legend" or role == "other":
            continue
        if len(ln.text) < 40 and any(cls == "badge" and e - s >= len(ln.text.strip()) for s, e, cls in ln.spans):
            # a paper box's badge ("NDSS 2025", "Applied Energy 2026") labels the paper that follows it in the box
            if cur.title or cur.authors:
                flush()
            pending_badge = clean_venue(ln.text)
            continue
        if role == "year":
            flush()
            year_ctx = int(re.search(r"(?:19|20)\d{2}", ln.text).group())
            cur.year_context = year_ctx
            continue
        if role == "links":
            cur.lines.append(ln)
            continue
        if role == "desc":
            if cur.title:
                cur.desc.append(ln.text)
                cur.lines.append(ln)
            continue
        if role == "citation":
            flush()
            c = read_citation(ln)
            cur.title, cur.title_span, cur.authors, cur.venue, cur.badge = c.title, c.title_span, c.authors, c.venue, c.badge
            cur.author_line = ln if c.authors else None
            if pending_badge and not cur.venue:
                cur.badge = pending_badge
            pending_badge = None
            cur.lines.append(ln)
            flush()
            continue
        if role == "title":
            # authors then the title on the next line of the same paragraph: one entry
            # ("Authors.\nTitle.\nIn Venue."); otherwise a title starts a new entry
            authors_first = cur.authors and not cur.title and not ln.blank_before and cur.author_line is not None
            if cur.title or (cur.authors and not cur.title and not authors_first):
                flush()
            title, span, rest = _title_of(ln)
            cur.title, cur.title_span = title, span
            cur.year_context = year_ctx
            if pending_badge:
                cur.badge = pending_badge
                pending_badge = None
            cur.lines.append(ln)
            if rest:
                _read_rest(cur, rest, ln, owner_keys)
            continue
        if role == "authors":
            if cur.authors:
                flush()
            names = strip_links(ln)
            tail = _AFTER_AUTHORS.search(names)
            if tail:  # "…, Fakhri Karray.  (BMVC 2024) code(+)data": the venue after the list
                rest, names = names[tail.end() :].strip(), names[: tail.start()]
                paren = re.match(r"[(（]([^()（）]+)[)）]", rest)
                rest = paren.group(1) if paren else rest
                if not cur.venue and (normalize_venue(rest) or re.match(_STATUS_AFTER, rest)):
                    cur.venue = clean_venue(rest)
            cur.authors = split_authors(names)
            cur.author_line = ln
            cur.lines.append(ln)
            continue
        if role == "venue":
            if cur.title and not cur.venue and not (cur.badge and cur.authors and ln.blank_before and len(ln.text) < 25):
                vs = _venue_span(ln)
                cur.venue = clean_venue(ln.text[vs[0] : vs[1]] if vs else ln.text)
                cur.lines.append(ln)
            elif cur.title and cur.venue and not ln.blank_before and not cur.venue_short and venue_year(ln.text) and not venue_year(cur.venue):
                # "Conference on Neural Information Processing Systems." then "NeurIPS 2023, CCF-A."
                cur.venue_short = clean_venue(ln.text)
                cur.lines.append(ln)
            elif cur.title and cur.venue:
                if len(ln.text) < 25:
                    flush()
                    pending_badge = clean_venue(ln.text)
                else:
                    cur.desc.append(ln.text)
            else:
                if cur.title:
                    flush()
                pending_badge = clean_venue(ln.text)
    flush()
    return _finish(papers, legend, owner_keys)


_AFTER_AUTHORS = re.compile(r"(?<=[a-z])\.\s+(?=[(（][A-Za-z]|[A-Z][A-Za-z]+\s*'?\d{2,4}\b|" + _STATUS_AFTER + r")")


def _title_of(ln: Line) -> tuple[str, tuple[int, int], str]:
    """The title of a title line, and what follows it on the line."""
    text = ln.text
    span = whole_span(ln.bold, ln) or whole_span([(s, e) for s, e, h in ln.links if not LINK_LABEL.match(text[s:e].strip())], ln)
    lead = leading_title_link(ln)
    if span is None and lead:
        span = lead
        before = text[: lead[0]].strip(" ,.")
        rest = text[lead[1] :].strip(" ,.")
        return clean_title(text[lead[0] : lead[1]]), (ln.start + lead[0], ln.start + lead[1]), rest or before
    if span is None:
        # A title followed by links or a date: "Title – 2023", "Title. [PDF]"
        cut = len(strip_links(ln).rstrip())
        m = re.search(r"\s[–—-]\s*(?:19|20)\d{2}\s*$", text[:cut])
        if m:
            cut = m.start()
        elif (venue_at := _title_then_venue(text[:cut])) is not None:
            cut = venue_at  # "Title. NeurIPS 2025.": the rest is the venue
        span = (0, cut)
    s, e = span
    rest = text[e:].strip(" .,")
    return clean_title(text[s:e]), (ln.start + s, ln.start + e), rest


_MORE_LINK = re.compile(
    r"^(?:(?:see|view|find|click)\s+(?:here\s+)?(?:for\s+)?(?:the\s+|my\s+|a\s+)?)?(?:full|complete|more|all|other|older)\b.{0,40}"
    r"\b(?:publications?|papers|list|scholar)\b|^(?:my\s+)?google\s+scholar\b|^dblp\b|更多|完整",
    re.I,
)


def _read_rest(cur: _Paper, rest: str, ln: Line, owner_keys: set[str]) -> None:
    """Authors and venue written on the title's line after the title."""
    rest = rest.lstrip(",. ")
    if not rest:
        return
    authors = split_authors(rest)
    if authors and looks_like_author_list(rest) >= 0.6 and len(authors) >= 2:
        cur.authors = authors
        cur.author_line = ln
        return
    if VENUE_CUE.search(rest) or normalize_venue(rest):
        cur.venue = clean_venue(rest)


def _finish(papers: list[_Paper], legend: Legend, owner_keys: set[str]) -> list[Publication]:
    out: list[Publication] = []
    seen: set[str] = set()
    for p in papers:
        if not p.title or len(p.title) < 4:
            continue
        if not p.authors and not p.venue and not p.badge and not any(h for ln in p.lines for _s, _e, h in ln.links):
            continue  # a bare line: a category heading, not a paper
        if not p.authors and not p.venue and _MORE_LINK.match(p.title):
            continue  # "Full list of publications", "See all papers on Google Scholar": a link to more
        key = re.sub(r"\W+", "", p.title.lower())
        if key in seen:
            continue
        seen.add(key)
        authors = [a for a in p.authors if a.name and not re.fullmatch(r"et\.? al\.?|others", a.name, re.I)]
        names = [a.name for a in authors]
        owner_index = None
        if p.author_line is not None:
            bold_idx = bold_author(p.author_line, authors)
            if bold_idx is not None:
                owner_index = bold_idx
        if owner_index is None and owner_keys:
            for i, a in enumerate(authors):
                if name_key(a.name) in owner_keys:
                    owner_index = i
                    break
        if owner_index is None:
            owner_index = ordinal_owner(p.desc)
        equal = tuple(a.name for a in authors if set(a.marks) & legend.equal)
        corr = tuple(a.name for a in authors if set(a.marks) & legend.corresponding)
        venue = p.venue or p.badge
        texts = " ".join([venue or "", *p.desc, " ".join(ln.text for ln in p.lines)])
        status = "published"
        for name, rx in _STATUS:
            if rx.search(venue or "") or (name != "preprint" and any(rx.search(d) for d in p.desc)):
                status = name
                break
        year = venue_year(venue) if venue else None
        if year is None and p.venue_short:
            year = venue_year(p.venue_short)
        if status in ("submitted", "under_review"):
            # The venue names where it was sent, not when it appeared: use the entry's own date.
            year = next((int(r.start[:4]) for ln in p.lines for r in find_dates(strip_links(ln)) if r.single), None)
            if year is None:
                year = p.year_context
        if year is None and p.badge:
            year = venue_year(p.badge)
        if year is None:
            for ln in p.lines:
                for r in find_dates(ln.text):
                    if r.single:
                        year = int(r.start[:4])
                        break
                if year:
                    break
        if year is None:
            year = p.year_context
        normalized = (normalize_venue(venue) if venue else None) or (normalize_venue(p.venue_short) if p.venue_short else None)
        if normalized and not re.search(r"\d{4}$", normalized) and year:
            normalized = f"{normalized} {year}"
        if status == "preprint" and venue_type(venue) not in (None, "preprint"):
            status = "published"  # "PLDI 2025 · arXiv": the paper appeared at PLDI
        if status == "published" and venue_type(venue) == "preprint":
            status = "preprint"
        ids: dict[str, str] = {}
        links: list[str] = []
        for ln in p.lines:
            for _s, _e, href in ln.links:
                if href and not href.startswith("#") and href not in links:
                    links.append(href)
        for blob in [texts, *links]:
            m = _ARXIV.search(blob)
            if m and "arxiv" not in ids:
                ids["arxiv"] = m.group(1)
            d = _DOI.search(blob)
            if d and "doi" not in ids:
                ids["doi"] = d.group(1).rstrip(".,;")
        if year is None and "arxiv" in ids:
            year = 2000 + int(ids["arxiv"][:2])  # nothing else dates it: the arXiv identifier's year (YYMM.NNNNN)
        if status == "published" and not venue and "arxiv" in ids:
            status = "preprint"  # no venue named, only an arXiv record
        start = min(ln.start for ln in p.lines) if p.lines else (p.title_span or (0, 0))[0]
        end = max(ln.end for ln in p.lines) if p.lines else (p.title_span or (0, 0))[1]
        out.append(
            Publication(
                title=p.title,
                authors=tuple(names),
                equal_contribution=equal if len(equal) > 1 or (equal and len(names) > 1) else (),
                corresponding=corr,
                owner_index=owner_index,
                venue=venue,
                venue_normalized=normalized,
                year=year,
                status=status,
                ids=tuple(sorted(ids.items())),
                links=tuple(links),
                evidence=(start, end),
            )
        )
    return out


