"""Publication lists to Publication records.

Paper lists come as paper boxes (badge, title, authors, venue, links on separate
lines), one-line citations (authors, “title,” venue), title lines followed by
author and venue lines, or jemdoc/HTML variants.  Each line gets a role (title,
authors, venue, links, description, year heading, legend); lines are grouped into
papers, and a one-line citation is cut into its parts.  The legend ("* equal
contribution, † corresponding") decides what the marks after names mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.advisors import find_advisors
from kg.extract.chinese_citations import chinese_citation
from kg.extract.dates import find_dates
from kg.extract.legend import LEGEND_WORDS, Legend, read_legend
from kg.extract.lines import Line
from kg.extract.names import Author, clean_name, is_abbreviated, is_person_name, looks_like_author_list, name_key, split_apa_authors, split_authors
from kg.extract.profile import Publication
from kg.extract.venues import normalize_venue, venue_type, venue_year

_LINK_LABEL = re.compile(
    r"^\[?\s*(?:pdf|paper|code|slides?|video|talk|project(?: page)?|homepage|home page|website|poster|demo|arxiv|doi|"
    r"bib(?:tex)?|model|dataset|benchmark|data|blog|github|link|abstract|supp(?:lementary)?|openreview|"
    r"paper/slides/talk|media|press|news|ieee|acm|springer|html|citation|cite|\d+ citations?|论文|代码|项目|主页|链接)s?\s*\]?$",
    re.I,
)
_VENUE_CUE = re.compile(
    r"\b(?:Proceedings|Proc\.|Conference|Symposium|Journal|Transactions|Trans\.|Workshop|Letters|arXiv|preprint|"
    r"Preprint|Findings|Track|Accepted|Submitted|Under review|Under Review|In submission|to appear|Technical Report|"
    r"Annual Meeting|International|IEEE|ACM|USENIX|CCF-[ABC]|Magazine|Review|Press|Forum|Science China)\b|在投|录用|接收",
)
_STATUS = (
    ("under_review", re.compile(r"under (?:review|submission)|in submission|审稿中|在审", re.I)),
    ("submitted", re.compile(r"\bsubmitted\b|在投|投稿中|\bR&R\b|revise[- ]and[- ]resubmit", re.I)),
    ("preprint", re.compile(r"\barxiv\b|\bpreprint\b|\bcorr\b|technical report|tech\.? report", re.I)),
)
_ARXIV = re.compile(r"(?:arxiv(?:\.org/(?:abs|pdf)/|:\s*)|arXiv\s+)(\d{4}\.\d{4,5})(?:v\d+)?", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>\])]+)")
_QUOTED = re.compile(r"[“\"]([^”\"]{8,400}?)[,，.]?[”\"]")
_ORDINALS = {
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6, "eighth": 7,
    "ninth": 8, "tenth": 9, "1st": 0, "2nd": 1, "3rd": 2, "4th": 3, "5th": 4, "6th": 5, "7th": 6, "8th": 7,
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4,
}
_OWNER_POS = re.compile(r"\b(?:I am|I'm|I was)\s+(?:the\s+)?(?P<ord>\w+)\s+(?:co-)?author|(?P<zh>[一二三四五])作", re.I)
_DESC_START = re.compile(
    r"^(?:We |This |In this |Our |My |I am |I was |I wrote|I implemented|I |As a |Cooperate|Proposed|Propose|Existing |"
    r"Abstract|TL;DR|Highlights?|Keywords?|Note|[-–•]\s)",
    re.I,
)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}$")


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


@lru_cache(maxsize=4096)
def _strip_links(line: Line) -> str:
    """The line's text without its link-label links ([Paper], [Code] ...)."""
    text = line.text
    for s, e, _h in sorted(line.links, reverse=True):
        if _LINK_LABEL.match(text[s:e].strip()) or not text[s:e].strip():
            text = text[:s] + text[e:]
    text = re.sub(r"\[\s*(?:pdf|paper|code|slides?|video|arxiv|project|bib)\s*\]", "", text, flags=re.I)
    return text


def _is_links_only(line: Line) -> bool:
    rest = _strip_links(line)
    rest = re.sub(r"[\s|/&,;·•\-–—()]+", "", rest)
    return not rest or (len(rest) <= 30 and all(_LINK_LABEL.match(p.strip()) for p in re.split(r"[|/]", _strip_links(line)) if p.strip()))


def _whole(spans: tuple, line: Line) -> tuple[int, int] | None:
    """A bold/link span that covers (almost) the whole line (link labels aside)."""
    core = _strip_links(line).strip(" .,*&|")
    for sp in spans:
        s, e = sp[0], sp[1]
        if e - s >= len(core) - 2 and e - s >= 8:
            return s, e
    return None


# The end of one part of a citation ("Authors. Title. Venue."): a period after a small
# letter, a digit, a parenthesis or a word in capitals ("Wei WANG."), not after an
# initial ("J. Smith"), nor after the abbreviations of venue names ("In Proc. ISCA 2023").
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9)])|(?<=[A-Z]{2}))(?<!Proc)(?<!Conf)(?<!Symp)(?<!Trans)(?<!Int)(?<!Intl)\.\s+(?=[A-Za-z\[])")


# "[1] ", "(2) ", "3. ", and a year in a column of its own ("2023    A. Author. Title. …")
_CITATION_NUMBER = re.compile(r"^\s*(?:\[[A-Za-z]{0,3}\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|(?:19|20)\d{2}[a-z]?(?=\t|\s{3}))\s+")

def _role(line: Line, owner_keys: set[str]) -> str:
    text = line.text
    if _YEAR_ONLY.match(text.strip("# ")):
        return "year"
    if _is_links_only(line):
        return "links"
    if re.match(r"^(?:Link|DOI|URL)\b", text):
        return "links"
    if re.match(r"^(?:My|Our)\s", text) or find_advisors(text) or re.match(r"^Website\b", text):
        return "other"
    if LEGEND_WORDS.search(text) and re.search(r"[*†‡#✉∗]", text) and len(text) < 200 and looks_like_author_list(text) < 0.5:
        return "legend"
    if line.item > 0 and _DESC_START.match(text) is None and len(text.split()) > 12 and not _QUOTED.search(text):
        return "desc"
    # "<badge> [Title](url), **Me**, Co Author": a citation led by a linked title.
    lead = _leading_title_link(line)
    if lead and looks_like_author_list(text[lead[1] :].strip(" ,.")) >= 0.5:
        return "citation"
    if lead:
        return "title"
    body = _CITATION_NUMBER.sub("", _strip_links(line))  # "[1] M. Gonzalez, A. Park, …": not a name
    if chinese_citation(body):
        return "citation"
    score = looks_like_author_list(body)
    authors = split_authors(body)
    if authors and (score >= 0.75 and len(authors) >= 2 or (len(authors) == 1 and name_key(authors[0].name) in owner_keys)):
        if score < 1 and _authors_then_sentences(body):
            return "citation"  # "A, B, C. Title. MLSys 2025.": the last "name" ran on into the title
        if not _QUOTED.search(text):
            return "authors"
    quoted = _QUOTED.search(text)
    if quoted and (score > 0.2 or looks_like_author_list(text[: quoted.start()].strip(" ,.")) >= 0.5):
        return "citation"  # 'A, B, and C. “Title.” In Venue, 2023.'

    whole = _whole(line.bold, line) or _whole([(s, e) for s, e, h in line.links if not _LINK_LABEL.match(text[s:e].strip())], line)
    if whole and len(_strip_links(line).split()) >= 3 and not re.fullmatch(r"[\w\s,]*(?:19|20)\d{2}[\w\s,.-]*", _strip_links(line)):
        return "title"
    if len(text.split()) <= 6 and (normalize_venue(text) or _VENUE_CUE.search(text)) and ":" not in text:
        return "venue"
    if re.match(r"In\s+[A-Z]", text) and re.search(r"\b(?:19|20)\d{2}\b", text) and len(text.split()) <= 15:
        return "venue"  # "In Middleware 2023." / "In Proceedings of the … 2024."
    if whole:
        return "title"
    if any(cls for _s, _e, cls in line.spans if re.search(r"title", cls)):
        return "title"
    if _DESC_START.match(text) or len(text.split()) > 40:
        return "desc"
    parts = [p for p in _SENTENCE_END.split(_strip_links(line).strip()) if p.strip(" .")]
    if len(parts) >= 3 and len(parts[0].split()) >= 2 and any(_VENUE_CUE.search(p) or normalize_venue(p) or re.match(r"In\s+[A-Z]", p) for p in parts[1:]):
        return "citation"
    if _VENUE_CUE.search(text) or (normalize_venue(text) and len(text.split()) <= 8):
        if not (len(text.split()) >= 5 and ":" in text and not re.search(r"\b(?:19|20)\d{2}\b|['’]\d{2}", text)):
            return "venue"
    if re.search(r"\(\s*[A-Za-z][\w\s&/-]*[’']\d{2}\s*\)", text):
        return "venue"
    if len(text.split()) >= 3 or re.search(r"[\u3400-\u9fff]{6,}", text):
        # A line of several authors, then a link to the title, then the venue: one citation.
        link_title = [(s, e) for s, e, h in line.links if len(text[s:e].split()) >= 3 and not _LINK_LABEL.match(text[s:e])]
        if link_title and (line.bold or score > 0):
            return "citation"
        return "title"
    return "venue" if normalize_venue(text) else "other"


def _sole_author(parts: list[str]) -> bool:
    """"M. Okafor. Careless storage. In FAST 2020.": one name with initials, then a title and
    a venue (no title reads "M. Okafor")."""
    return (
        len(parts) >= 3
        and is_abbreviated(parts[0])
        and is_person_name(parts[0].strip())
        and any(_VENUE_CUE.search(p) or normalize_venue(p) for p in parts[2:])
    )


def _authors_then_sentences(body: str) -> bool:
    """An author list ended by a full stop, then at least two more sentences (title, venue)."""
    parts = [p for p in _SENTENCE_END.split(body.strip()) if p.strip(" .")]
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
        if role == "legend" or role == "other":
            continue
        if role == "year":
            flush()
            year_ctx = int(ln.text.strip("# ")[:4])
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
            _parse_citation(cur, ln, owner_keys)
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
            cur.authors = split_authors(_strip_links(ln))
            cur.author_line = ln
            cur.lines.append(ln)
            continue
        if role == "venue":
            if cur.title and not cur.venue and not (cur.badge and cur.authors and ln.blank_before and len(ln.text) < 25):
                cur.venue = _clean_venue(ln.text)
                cur.lines.append(ln)
            elif cur.title and cur.venue and not ln.blank_before and not cur.venue_short and venue_year(ln.text) and not venue_year(cur.venue):
                # "Conference on Neural Information Processing Systems." then "NeurIPS 2023, CCF-A."
                cur.venue_short = _clean_venue(ln.text)
                cur.lines.append(ln)
            elif cur.title and cur.venue:
                if len(ln.text) < 25:
                    flush()
                    pending_badge = _clean_venue(ln.text)
                else:
                    cur.desc.append(ln.text)
            else:
                if cur.title:
                    flush()
                pending_badge = _clean_venue(ln.text)
    flush()
    return _finish(papers, legend, owner_keys)


def _leading_title_link(line: Line) -> tuple[int, int] | None:
    """A link of three or more words near the start of the line (after at most a badge)."""
    text = line.text
    for s, e, _h in line.links:
        label = text[s:e].strip()
        if len(label.split()) >= 3 and not _LINK_LABEL.match(label) and s <= 45 and e < len(text) - 3:
            before = text[:s].strip()
            if not before or len(before.split()) <= 5 and looks_like_author_list(before.strip(" ,.")) < 0.5:
                return s, e  # "Yiwen Luo and Me. <a>Title</a>": authors before it, not a badge
    return None


def _title_of(ln: Line) -> tuple[str, tuple[int, int], str]:
    """The title of a title line, and what follows it on the line."""
    text = ln.text
    span = _whole(ln.bold, ln) or _whole([(s, e) for s, e, h in ln.links if not _LINK_LABEL.match(text[s:e].strip())], ln)
    lead = _leading_title_link(ln)
    if span is None and lead:
        span = lead
        before = text[: lead[0]].strip(" ,.")
        rest = text[lead[1] :].strip(" ,.")
        return _clean_title(text[lead[0] : lead[1]]), (ln.start + lead[0], ln.start + lead[1]), rest or before
    if span is None:
        # A title followed by links or a date: "Title – 2023", "Title. [PDF]"
        cut = len(_strip_links(ln).rstrip())
        m = re.search(r"\s[–—-]\s*(?:19|20)\d{2}\s*$", text[:cut])
        if m:
            cut = m.start()
        span = (0, cut)
    s, e = span
    rest = text[e:].strip(" .,")
    return _clean_title(text[s:e]), (ln.start + s, ln.start + e), rest


def _clean_title(t: str) -> str:
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"^(?:\[[A-Z]?\d+\]\s*)?[◇•·\-]?\s*", "", t)
    return t.strip(" .,;:*\"“”'‘’").strip()


_MORE_LINK = re.compile(
    r"^(?:(?:see|view|find|click)\s+(?:here\s+)?(?:for\s+)?(?:the\s+|my\s+|a\s+)?)?(?:full|complete|more|all|other|older)\b.{0,40}"
    r"\b(?:publications?|papers|list|scholar)\b|^(?:my\s+)?google\s+scholar\b|^dblp\b|更多|完整",
    re.I,
)
_LABEL_TAIL = re.compile(r"[\s,;|/·•]*\[([^\[\]]*)\][\s,;|/·•.]*$")


def _clean_venue(v: str) -> str:
    v = re.sub(r"^(?:in\s+(?:the\s+)?|published in\s+|accepted (?:by|to|at)\s+|appeared in\s+)", "", v.strip(), flags=re.I)
    v = re.sub(r"\(\s*(?:oral|spotlight|highlight|poster)[^)]*\)|\[(?:oral|spotlight)\]", "", v, flags=re.I)
    # "EMNLP, 2022. [paper], [code]": the labels of links after the venue are not part of it
    while (t := _LABEL_TAIL.search(v)) and _LINK_LABEL.match(t.group(1).strip()):
        v = v[: t.start()]
    return v.strip(" .,;*")


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
    if _VENUE_CUE.search(rest) or normalize_venue(rest):
        cur.venue = _clean_venue(rest)


def _parse_citation(cur: _Paper, ln: Line, owner_keys: set[str]) -> None:
    """One line holding authors, title and venue."""
    text = ln.text
    clean = _strip_links(ln).strip()
    number = _CITATION_NUMBER.match(clean)  # "[1] T. Ferreira, M. Okonkwo. Title. In ACL 2023."
    lead = number.end() if number else 0
    clean = clean[lead:]  # the citation without its number
    zh = chinese_citation(clean)
    if zh:
        authors, title, venue = zh
        at = text.find(title)
        cur.authors = split_authors(", ".join(authors))
        cur.author_line = ln
        cur.title = title
        cur.title_span = (ln.start + at, ln.start + at + len(title)) if at >= 0 else (ln.start, ln.end)
        cur.venue = venue
        return
    if _apa_citation(cur, ln, clean):
        return
    m = _QUOTED.search(text)
    if m:
        cur.title = _clean_title(m.group(1))
        cur.title_span = (ln.start + m.start(1), ln.start + m.end(1))
        before = re.sub(r"^\s*(?:\[[A-Za-z]?\d+\]\s*)?[◇•·]?\s*", "", text[: m.start()])
        cur.authors = split_authors(before.strip(" ,"))
        cur.author_line = ln
        cur.venue = _clean_venue(text[m.end() :].split("(CCF")[0].split("(acceptance")[0])
        return
    # Badge, linked title, then authors: "<badge> [Title](url), **Me**, Other"
    links = [(s, e) for s, e, h in ln.links if len(text[s:e].split()) >= 2 and not _LINK_LABEL.match(text[s:e].strip())]
    if links:
        s, e = links[0]
        cur.title = _clean_title(text[s:e])
        cur.title_span = (ln.start + s, ln.start + e)
        before = text[:s].strip(" ,.")
        after = text[e:]
        for s2, e2, _h in sorted(ln.links, reverse=True):
            if s2 >= e and _LINK_LABEL.match(text[s2:e2].strip()):
                after = after[: s2 - e] + after[e2 - e :]
        after = after.strip(" ,.")
        parts = re.split(r"(?<!\b[A-Z])\.\s+(?=[A-Z])", after, maxsplit=1)
        cur.authors = split_authors(parts[0]) if looks_like_author_list(parts[0]) >= 0.5 else []
        if cur.authors:
            cur.author_line = ln
            if len(parts) > 1:
                cur.venue = _clean_venue(parts[1])
        elif before and looks_like_author_list(before) >= 0.5:
            # "Me, Other. <a>Title</a>. VLDB 2024. Best Paper Award": the authors come first
            cur.authors = split_authors(before)
            cur.author_line = ln
            before = ""
            if parts[0] and (_VENUE_CUE.search(parts[0]) or normalize_venue(parts[0])):
                cur.venue = _clean_venue(parts[0])
        elif after and (_VENUE_CUE.search(after) or normalize_venue(after)):
            cur.venue = _clean_venue(after)
        badge = [ln.text[s2:e2] for s2, e2, cls in ln.spans if s2 < s and re.search(r"tag|badge|venue", cls) and not re.search(r"highlight", cls)]
        if badge:
            cur.badge = badge[0]
        elif before and not cur.venue:
            cur.badge = before
        return
    # "Title. Authors. Venue 2025 (arXiv:…). [PDF]"
    parts = [p for p in _SENTENCE_END.split(clean) if p.strip(" .")]
    # "Authors. Title. In Venue 2024." (ACM style, many CVs); a short title may look like one
    # name ("Faster Graphs"), but a title is not a list of several names
    if len(parts) >= 2 and (looks_like_author_list(parts[0]) >= 0.6 or _sole_author(parts)) and (
        looks_like_author_list(parts[1]) < 0.5 or (len(split_authors(parts[0])) >= 2 and len(split_authors(parts[1])) == 1)
    ):
        cur.authors = split_authors(parts[0])
        cur.author_line = ln
        at = lead + clean.find(parts[1])
        cur.title = _clean_title(parts[1])
        cur.title_span = (ln.start + at, ln.start + at + len(parts[1]))
        for p in parts[2:]:
            if not cur.venue and (_VENUE_CUE.search(p) or normalize_venue(p) or re.match(r"In\s+[A-Z]", p)):
                cur.venue = _clean_venue(re.sub(r"^In\s+", "", p))
        return
    if len(parts) >= 2:
        cur.title = _clean_title(parts[0])
        cur.title_span = (ln.start + lead, ln.start + lead + len(parts[0]))
        for p in parts[1:]:
            if not cur.authors and (looks_like_author_list(p) >= 0.5 or re.search(r"\bTeam\b", p)):
                cur.authors = split_authors(p)
                cur.author_line = ln
            elif not cur.venue and (_VENUE_CUE.search(p) or normalize_venue(p)):
                cur.venue = _clean_venue(p)
        return
    cur.title = _clean_title(text)
    cur.title_span = (ln.start, ln.end)


# APA / Harvard: "Whitaker, D., & Osei, K. (2023). Title. Venue, 12(3), 45–67. https://doi.org/…"
_APA = re.compile(
    r"^(?P<authors>[^()]+?)\s*\((?P<year>(?:19|20)\d{2})[a-z]?(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:[-–]\d{1,2})?)?)?\)\.?\s+(?P<rest>\S.*)$"
)
_APA_TITLE = re.compile(r"(?P<title>.+?(?:[?!]|(?<![A-Z])(?=\.)))\.?\s+(?P<venue>(?:[A-Z*(\[]|arXiv|bioRxiv|medRxiv|[Ii]n\s).*)$")
# volume, issue, pages, article numbers and links after a journal's name
_VOLUME_TAIL = re.compile(r"(?:,\s*\d+\s*(?:\(\s*[\w–-]+\s*\))?|,\s*(?:pp?\.\s*)?[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?|\.?\s*https?://\S+|\.?\s*doi:\s*\S+)+\.?\s*$", re.I)


def _apa_citation(cur: _Paper, ln: Line, clean: str) -> bool:
    """Read an APA or Harvard citation (surname-first authors, the year in parentheses,
    the title, then the venue with volume and pages), if the line is one (``clean``: its
    text without links and citation number)."""
    m = _APA.match(clean)
    if not m:
        return False
    authors = split_apa_authors(m.group("authors").strip())
    t = _APA_TITLE.match(m.group("rest"))
    if not authors or not t:
        return False
    off = ln.text.find(m.group("authors").strip()) if ln.text == _strip_links(ln) else -1
    cur.authors = [Author(a.name, a.marks, (a.span[0] + off, a.span[1] + off)) for a in authors] if off >= 0 else authors
    cur.author_line = ln
    title = t.group("title")
    at = ln.text.find(title)
    cur.title = _clean_title(title)
    cur.title_span = (ln.start + at, ln.start + at + len(title)) if at >= 0 else (ln.start, ln.end)
    venue = re.sub(r"\s*\((?:accepted|in press|to appear)\)\s*\.?\s*$", "", t.group("venue"), flags=re.I)
    cur.venue = _clean_venue(_VOLUME_TAIL.sub("", _clean_venue(venue)))
    return True


def _ordinal_owner(desc: list[str]) -> int | None:
    for d in desc:
        m = _OWNER_POS.search(d)
        if m:
            if m.group("zh"):
                return _ORDINALS.get(m.group("zh"))
            return _ORDINALS.get(m.group("ord").lower())
    return None


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
            bold_idx = _bold_author(p.author_line, authors)
            if bold_idx is not None:
                owner_index = bold_idx
        if owner_index is None and owner_keys:
            for i, a in enumerate(authors):
                if name_key(a.name) in owner_keys:
                    owner_index = i
                    break
        if owner_index is None:
            owner_index = _ordinal_owner(p.desc)
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
            year = next((int(r.start[:4]) for ln in p.lines for r in find_dates(_strip_links(ln)) if r.single), None)
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


def _bold_author(line: Line, authors: list[Author]) -> int | None:
    """Index of the author written in bold (the owner's self-highlight); None when
    several are (a lab's page bolds all its members)."""
    if not line.bold:
        return None
    text = _strip_links(line)
    found: list[int] = []
    if text != line.text:
        # offsets no longer match; compare by name
        bold_names = {name_key(clean_name(line.text[s:e])) for s, e in line.bold}
        found = [i for i, a in enumerate(authors) if name_key(a.name) in bold_names]
    else:
        for i, a in enumerate(authors):
            s, e = a.span
            if any(bs <= s + 1 and be >= e - 1 and (be - bs) < (e - s) + 6 or s <= bs and be <= e + 2 and be - bs >= 0.6 * (e - s)
                   for bs, be in line.bold):
                found.append(i)
    return found[0] if len(found) == 1 else None


def bold_author_names(lines: list[Line]) -> list[str]:
    """Names written in bold inside author lists (used to name the owner)."""
    out: list[str] = []
    for ln in lines:
        if not ln.bold or len(ln.bold) > 3:
            continue
        text = ln.text
        if looks_like_author_list(_strip_links(ln)) < 0.6 and not _QUOTED.search(text):
            continue
        for s, e in ln.bold:
            name = clean_name(text[s:e])
            if is_person_name(name) and e - s < 40:
                out.append(name)
    return out
