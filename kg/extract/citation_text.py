"""The text of a paper entry: which links are only labels ("[PDF]", "[Code]"), what cues
a venue, where one part of a citation ends, and how titles and venues are cleaned of
numbers, marks and link labels.  Shared by the reading of publication lists
(``publications``) and of one-line citations (``citations``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lines import Line
from kg.extract.names import looks_like_author_list
from kg.extract.venues import normalize_venue

LINK_LABEL = re.compile(
    r"^\[?\s*(?:pdf|paper|code|slides?|video|talk|project(?: page)?|homepage|home page|website|poster|demo|arxiv|doi|"
    r"bib(?:tex)?|model|dataset|benchmark|data|blog|github|link|abstract|supp(?:lementary)?|openreview|"
    r"paper/slides/talk|media|press|news|ieee|acm|springer|html|citation|cite|\d+ citations?|论文|代码|项目|主页|链接)s?\s*\]?$",
    re.I,
)
VENUE_CUE = re.compile(
    r"\b(?:Proceedings|Proc\.|Conference|Symposium|Journal|Transactions|Trans\.|Workshop|Letters|arXiv|preprint|"
    r"Preprint|Findings|Track|Accepted|Submitted|Under review|Under Review|In submission|to appear|Technical Report|"
    r"Annual Meeting|International|IEEE|ACM|USENIX|CCF-[ABC]|Magazine|Review|Press|Forum|Science China)\b|在投|录用|接收",
)
# a title in quotes: 'A, B, "Title," Venue'
QUOTED = re.compile(r"[“\"]([^”\"]{8,400}?)[,，.]?[”\"]")


@lru_cache(maxsize=4096)
def strip_links(line: Line) -> str:
    """The line's text without its link-label links ([Paper], [Code] ...)."""
    text = line.text
    for s, e, _h in sorted(line.links, reverse=True):
        label = text[s:e].strip()
        if _PREPRINT_THEN_YEAR.fullmatch(label.strip("[]")) and _YEAR_NEXT.match(text, e):
            text = text[:s] + label.strip("[]") + text[e:]  # "Title. [arXiv](…), 2025.": the venue, linked
        elif LINK_LABEL.match(label) or not label:
            text = text[:s] + text[e:]
    text = re.sub(r"\[\s*(?:pdf|paper|code|slides?|video|arxiv|project|bib)\s*\](?!\s*,\s*(?:19|20)\d{2})", "", text, flags=re.I)
    return text


_PREPRINT_THEN_YEAR = re.compile(r"(?i:arxiv|biorxiv|medrxiv|ssrn|preprint)")
_YEAR_NEXT = re.compile(r"\s*,\s*(?:19|20)\d{2}\b")


def is_links_only(line: Line) -> bool:
    """A line of link labels ("[PDF] [Code] | [Slides]"), or one that two labels open and a
    remark ends ("[Paper] [Code] (In Press)", "[Paper] [Code] 700+ papers in the list!")."""
    rest = strip_links(line)
    rest = re.sub(r"[\s|/&,;·•\-–—()]+", "", rest)
    if not rest or (len(rest) <= 30 and all(LINK_LABEL.match(p.strip()) for p in re.split(r"[|/]", strip_links(line)) if p.strip())):
        return True
    count, end = leading_labels(line)
    return count >= 2 or (count == 1 and _NOTE.fullmatch(line.text, end) is not None)


_BRACKET_LABEL = re.compile(r"\[\s*([^\[\]]{1,30}?)\s*\]")
_LABEL_SEP = re.compile(r"[\s|/·•,;]*")
_NOTE = re.compile(r"[(（][^()（）]{1,30}[)）]\s*")


def leading_labels(line: Line) -> tuple[int, int]:
    """How many link labels, linked or in brackets, open the line ("[Paper] [Code](url) (In Press)": 2),
    and where the text after them starts."""
    text = line.text
    ends = {s: e for s, e, _h in line.links if e > s}
    pos = _LABEL_SEP.match(text).end()
    count = 0
    while pos < len(text):
        end = ends.get(pos)
        if end is not None and LINK_LABEL.match(text[pos:end].strip()):
            pos = end
        elif (m := _BRACKET_LABEL.match(text, pos)) is not None and LINK_LABEL.match(m.group(1)):
            pos = m.end()
        else:
            break
        count += 1
        pos = _LABEL_SEP.match(text, pos).end()
    return count, pos


def whole_span(spans: tuple, line: Line) -> tuple[int, int] | None:
    """A bold/link span that covers (almost) the whole line (link labels aside)."""
    core = strip_links(line).strip(" .,*&|")
    for sp in spans:
        s, e = sp[0], sp[1]
        if e - s >= len(core) - 2 and e - s >= 8:
            return s, e
    return None


# The end of one part of a citation ("Authors. Title. Venue."): a period after a small
# letter, a digit, a parenthesis or a word in capitals ("Wei WANG."), not after an
# initial ("J. Smith"), nor after the abbreviations of venue names ("In Proc. ISCA 2023"); the
# next part may start with an ordinal ("… Xiu Li. 3rd Offline RL Workshop").
# (a Chinese citation written with ". ": "面向文本推理的预训练模型. 熊凯, 杜理. 中文信息学报"; a mark
# before the stop: "…, Ana Lobo*. ICML 2026")
PART_END = re.compile(r"(?:(?<=[a-z0-9)\u3400-\u9fff*†‡])|(?<=[A-Z]{2}))(?<!Proc)(?<!Conf)(?<!Symp)(?<!Trans)(?<!Int)(?<!Intl)\.\s+(?=[A-Za-z\[\u3400-\u9fff]|\d{1,3}(?:st|nd|rd|th)\s)")

_QUESTION_END = re.compile(r"(?<=[a-z]\?)\s+(?=arXiv|bioRxiv|medRxiv|In\s+[A-Z]|[A-Z]{2,}\b)")
_SPACED_STOP = re.compile(r"(?<=[a-z]) \.\s+(?=[A-Z])")


def citation_parts(text: str) -> list[str]:
    """The parts full stops divide a citation into ("Authors. Title. Venue"); a title may
    end with its question mark (kept), an author list with a spaced stop ("Wang . Title").

    >>> citation_parts("A. Lin, Mei Chen. Is Bigger Better? arXiv, 2025.")
    ['A. Lin, Mei Chen', 'Is Bigger Better?', 'arXiv, 2025.']
    >>> citation_parts("Tao Lin, Mei Chen . Tidal Maps. ICLR, 2025.")
    ['Tao Lin, Mei Chen', 'Tidal Maps', 'ICLR, 2025.']
    """
    out: list[str] = []
    for p in PART_END.split(_SPACED_STOP.sub(". ", text)):
        out.extend(_QUESTION_END.split(p))
    return [p for p in out if p.strip(" .")]


# "[1] ", "(2) ", "3. ", and a year in a column of its own ("2023    A. Author. Title. …")
CITATION_NUMBER = re.compile(r"^\s*(?:\[[A-Za-z]{0,3}\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|(?:19|20)\d{2}[a-z]?(?=\t|\s{3}))\s+")


def leading_title_link(line: Line) -> tuple[int, int] | None:
    """A link of three or more words near the start of the line (after at most a badge)."""
    text = line.text
    for s, e, _h in line.links:
        label = text[s:e].strip()
        if len(label.split()) >= 3 and not LINK_LABEL.match(label) and s <= 45 and e < len(text) - 3:
            before = text[:s].strip()
            # (a longer badge that names a venue: "`ICLR 2024 Workshop on LLM Agents` [Title](…)")
            if not before or (len(before.split()) <= 5 or len(before.split()) <= 10 and normalize_venue(before)) \
                    and looks_like_author_list(before.strip(" ,.")) < 0.5:
                return s, e  # "Yiwen Luo and Me. <a>Title</a>": authors before it, not a badge
    return None


def italic_title(line: Line) -> tuple[int, int] | None:
    """An italic title after a comma-separated author list: "J. Fang, G. Zhao, *Title of
    the Paper*, Venue, 2024" (Chinese LaTeX résumés); the span of the title, or None."""
    text = line.text
    for s, e in line.italic:
        label = text[s:e].strip()
        if s > 2 and (len(label.split()) >= 3 or len(label) >= 8 and not label.isascii()) and text[:s].rstrip().endswith((",", "，")):
            if looks_like_author_list(text[:s].strip(" ,，.")) >= 0.5:
                return s, e
            return None
    return None


def clean_title(t: str) -> str:
    """A title without its citation number, bullet, quotes and closing punctuation."""
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"^(?:\[[A-Z]?\d+\]\s*|\d{1,3}\.\s+(?=[A-Z]))?[◇•·\-]?\s*", "", t)  # "[3] ", "1. Bootstrap …" (a list's number)
    return t.strip(" .,;:*\"“”'‘’").strip()


_LABEL_TAIL = re.compile(r"[\s,;|/·•]*\[([^\[\]]*)\][\s,;|/·•.]*$")


_IMPACT_FACTOR = re.compile(r"\s*[(（\[]\s*(?:IF|impact factor)\s*[=:：]\s*\d+(?:\.\d+)?[^()（）\[\]]*[)）\]]", re.I)


def clean_venue(v: str) -> str:
    """A venue without "In"/"Published in", presentation marks ("(Oral)"), link labels, the
    title's translation before it and a note on the marks after it.

    >>> clean_venue("(张量波束成形) Journal of Signal Processing (《信号处理》), Accepted. (*corresponding author)")
    'Journal of Signal Processing (《信号处理》), Accepted'
    >>> clean_venue("Neurocomputing, 2023. (IF=5.7)"), clean_venue("Pattern Recognition, 2024 (IF: 7.5, JCR Q1)")
    ('Neurocomputing, 2023', 'Pattern Recognition, 2024')
    """
    v = re.sub(r"^(?:in\s+(?:the\s+)?|published in\s+|accepted (?:by|to|at)\s+|appeared in\s+)", "", v.strip(), flags=re.I)
    v = re.sub(r"\(\s*(?:oral|spotlight|highlight|poster)[^)]*\)|\[(?:oral|spotlight)\]", "", v, flags=re.I)
    v = re.sub(r"^[(（][^()（）]*[\u3400-\u9fff][^()（）]*[)）]\s*(?=[A-Z《])", "", v)  # "(中文题名) Journal of …": the title's translation
    v = re.sub(r"\s*[(（]\s*[*†‡#✉]\s*(?:corresponding|equal|co-first)[^()（）]*[)）]\s*\.?\s*$", "", v, flags=re.I)
    v = _IMPACT_FACTOR.sub("", v)  # "Neurocomputing, 2023. (IF=5.7)": the journal's impact factor
    # "EMNLP, 2022. [paper], [code]": the labels of links after the venue are not part of it
    while (t := _LABEL_TAIL.search(v)) and LINK_LABEL.match(t.group(1).strip()):
        v = v[: t.start()]
    return v.strip(" .,;*|")  # "**ICML 2024** |" before a row of links
