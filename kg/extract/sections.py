"""Section recognition: where Education, Publications, 教育经历 … begin and end.

A heading may be a Markdown/HTML heading, a whole-line bold title, an ALL-CAPS line
(Europass), a bare line that is a known section name, or a known name at the start
of a line followed by the section's first content (``**教育经历** **香港科技大学**…``,
``获奖经历<TAB>◇ …``).  Headings that are not section names start a new section only
when they are of the same or a higher level than the current section's heading;
deeper ones (``### 2024`` under Publications) stay inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.extract.lexicon import HAN, SECTION_RE
from kg.extract.lines import Line
from kg.extract.venues import normalize_venue

_PLAIN_HEADING = re.compile(r"[^\[\]{}<>=|@]{2,80}")
_LEAD_JUNK = re.compile(r"^[^\w\u3400-\u9fff]+")
# "Research Experiences [Show Details]", "Publications (full list)": a link or note after the name
_TRAIL_JUNK = re.compile(r"(?:\s*(?:\[[^\]]{1,30}\]|\([^)]{1,30}\)))*[\s:：.。\-–—|/\\*#]*$")
_TITLE_PARTS = re.compile(r"\s*[/|｜&]\s*|\s+and\s+|(?<=[\u3400-\u9fff])[与及和](?=[\u3400-\u9fff])")  # "项目经历与近况"
# A section name at the start of a line, then its first content after a tab, two spaces, a
# mark or a capital ("获奖经历<TAB>◇ …", "Education  Peking University").
_INLINE_TITLE = re.compile(r"([\u3400-\u9fff]{2,8}|[A-Za-z][A-Za-z &/]{1,30}?)(?:\t|\s{2,}|\s+(?=[\\*◇•†‡#\-]|[A-Z])|(?<=[\u3400-\u9fff])\s+(?=\S))")


@dataclass
class Section:
    """A run of lines under one heading.

    kind: about, news, education, positions, publications, awards, projects, skills,
    service, teaching, talks, contact, campus, other; ``preamble`` before any heading.
    title: the heading text ('' for the preamble).
    rank: how high the heading is (1 highest); 99 for the preamble.
    heading: the heading line (None for the preamble).
    lines: the content lines.
    """

    kind: str
    title: str
    rank: int
    heading: Line | None = None
    lines: list[Line] = field(default_factory=list)


@lru_cache(maxsize=8192)
def section_kind(title: str) -> str | None:
    """The section kind a heading names, or None.

    >>> section_kind("📝 Publications"), section_kind("Work/Intern Experience"), section_kind("教育经历")
    ('publications', 'positions', 'education')
    >>> section_kind("Education/教育经历"), section_kind("HONOURS AND AWARDS"), section_kind("Beihang University")
    ('education', 'awards', None)
    >>> section_kind("Research Experiences [Show Details]"), section_kind("Publications (full list)")
    ('positions', 'publications')
    >>> section_kind("项目经历与近况"), section_kind("数据库与分布式系统"), section_kind("Project Experience")
    ('projects', None, 'projects')
    """
    if len(title) > 90:
        return None
    t = _norm_title(title)
    if not t or len(t) > 60:
        return None
    kind = _match(t)
    if kind:
        return kind
    # "Education/教育经历", "竞赛获奖/项目作品", "Credits/获得荣誉": the first part that names a section.
    for part in _TITLE_PARTS.split(t):
        kind = _match(part)
        if kind:
            return kind
    return None


def _norm_title(title: str) -> str:
    t = _LEAD_JUNK.sub("", title.strip())
    t = _TRAIL_JUNK.sub("", t)
    return " ".join(t.split())


def _match(t: str) -> str | None:
    m = SECTION_RE.fullmatch(t)
    return m.lastgroup.rpartition("_")[0] if m else None


_LOWER = re.compile(r"[a-z]")


def _is_caps_heading(text: str) -> bool:
    if _LOWER.search(text) or len(text) > 80:
        return False
    letters = [c for c in text if c.isascii() and c.isalpha()]
    core = [c for c in text if not c.isspace()]
    if len(letters) < 3 or any(c.isdigit() for c in text) or len(letters) < 0.7 * len(core):
        return False
    if not all(c.isupper() for c in letters):
        return False
    words = text.split()
    return len(words) <= 6 and not text.rstrip().endswith((".", ",", ";"))


def _inline_heading(line: Line) -> int | None:
    """Length of a section name that starts ``line`` and is followed by content."""
    if line.bold and line.bold[0][0] == 0:
        s, e = line.bold[0]
        if e < len(line.text) and section_kind(line.text[s:e]):
            return e
    m = _INLINE_TITLE.match(line.text)
    if m and section_kind(m.group(1)):
        if HAN.match(m.group(1)) or "\t" in line.text[: m.end()] or "  " in line.text[: m.end()]:
            return m.end(1)
    return None


def _field_label(kind: str | None, current: str) -> bool:
    """A section name at the start of a line of a section that holds such things is a
    label of an entry's field, not a new section: "导师 李玺" in Education (the entry's
    advisor), "实习 | 腾讯" in Experience (the entry's role)."""
    return kind == current or kind == "advisors" and current in ("education", "positions")


# a block element whose class names it a section's heading ("pi-section", "section-heading")
_SECTION_CLASS = re.compile(r"^\w+\.(?:[\w-]*[-_])?(?:section|heading)(?:[-_](?:title|name|heading))?$")


def heading_rank(line: Line) -> int | None:
    """How high ``line`` stands as a heading (1 highest), or None when it is not one."""
    if line.heading:
        return line.heading
    text = line.text
    if not _PLAIN_HEADING.fullmatch(text) or any(e - s >= len(text) - 2 for s, e, _h in line.links):
        return None
    if _SECTION_CLASS.search(line.block) and len(text.split()) <= 6 and not text.rstrip().endswith((".", ",", ";")):
        return 2  # '<div class="pi-section">Graduate Students</div>': the page marks it a section's name
    # (the section kind is looked up only where it decides: most lines are none of these)
    if line.is_all_bold() and len(text) <= 60:
        return 2 if section_kind(text) and not text.rstrip("*").endswith((".", ",")) else None
    if _is_caps_heading(text) and (2 <= len(text.split()) <= 5 or section_kind(text)) and not normalize_venue(text):
        return 1
    if len(text) <= 40 and line.item < 0 and section_kind(text):
        return 1
    return None


def split_sections(lines: list[Line], *, first_kind: str = "preamble") -> list[Section]:
    """Group lines into sections; ``first_kind`` names the lines before any heading
    (a Hugo section page whose front-matter title is "Experience" starts inside it)."""
    sections = [Section(first_kind, "", 99)]
    for i, line in enumerate(lines):
        rank = heading_rank(line)
        kind = section_kind(line.text) if rank else None
        if rank is None:
            cut = _inline_heading(line)
            if cut is not None and not _field_label(section_kind(line.text[:cut]), sections[-1].kind):
                title = line.text[:cut]
                sections.append(Section(section_kind(title) or "other", _norm_title(title), 1, line))
                rest_start = cut
                while rest_start < len(line.text) and line.text[rest_start] in " \t:：":
                    rest_start += 1
                sections[-1].lines.append(_tail(line, rest_start))
                continue
            sections[-1].lines.append(line)
            continue
        current = sections[-1]
        if not kind and current.kind == "publications" and i + 1 < len(lines) and normalize_venue(lines[i + 1].text):
            current.lines.append(line)  # "### TideNet" over "IEEE Transactions on Software Engineering, 2025": a paper's name
            continue
        if kind or rank <= current.rank or current.kind == "preamble":
            sections.append(Section(kind or "other", _norm_title(line.text), rank, line))
        else:
            sections[-1].lines.append(line)
    return [s for s in sections if s.lines or s.heading]


def _tail(line: Line, cut: int) -> Line:
    """The part of ``line`` from ``cut`` on, as a line of its own."""

    def shift(spans: tuple, with_value: bool = False) -> tuple:
        out = []
        for sp in spans:
            s, e = sp[0] - cut, sp[1] - cut
            if e > 0:
                out.append((max(s, 0), e, sp[2]) if with_value else (max(s, 0), e))
        return tuple(out)

    return replace(
        line,
        start=line.start + cut,
        text=line.text[cut:],
        heading=0,
        bold=shift(line.bold),
        italic=shift(line.italic),
        sup=shift(line.sup),
        links=shift(line.links, True),
        spans=shift(line.spans, True),
    )
