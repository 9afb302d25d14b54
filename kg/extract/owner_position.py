"""Which author of a paper is the page's owner: the one name written in bold (the
owner's self-highlight), or a description that says so ("I am the second author",
"二作").
"""

from __future__ import annotations

import re

from kg.extract.citation_text import QUOTED, citation_parts, strip_links
from kg.extract.lines import Line
from kg.extract.names import Author, clean_name, is_person_name, looks_like_author_list, name_key, split_authors

_ORDINALS = {
    "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6, "eighth": 7,
    "ninth": 8, "tenth": 9, "1st": 0, "2nd": 1, "3rd": 2, "4th": 3, "5th": 4, "6th": 5, "7th": 6, "8th": 7,
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4,
}
_OWNER_POS = re.compile(r"\b(?:I am|I'm|I was)\s+(?:the\s+)?(?P<ord>\w+)\s+(?:co-)?author|(?P<zh>[一二三四五])作", re.I)


def ordinal_owner(desc: list[str]) -> int | None:
    for d in desc:
        m = _OWNER_POS.search(d)
        if m:
            if m.group("zh"):
                return _ORDINALS.get(m.group("zh"))
            return _ORDINALS.get(m.group("ord").lower())
    return None


def _marked(line: Line) -> tuple[tuple[int, int], ...]:
    """The ranges a line sets apart: bold, or else code spans ("`Keda Tao`, A. Author, …")."""
    return line.bold or line.code


def bold_author(line: Line, authors: list[Author]) -> int | None:
    """Index of the author written in bold (the owner's self-highlight); None when
    several are (a lab's page bolds all its members)."""
    marked = _marked(line)
    if not marked:
        return None
    text = strip_links(line)
    found: list[int] = []
    if text != line.text or any(a.name[:3] not in text[a.span[0] : a.span[1]] for a in authors):
        # offsets no longer match (or the names were read from a part of the line); compare by name
        bold_names = {name_key(clean_name(line.text[s:e])) for s, e in marked}
        found = [i for i, a in enumerate(authors) if name_key(a.name) in bold_names]
    else:
        for i, a in enumerate(authors):
            s, e = a.span
            if any(bs <= s + 1 and be >= e - 1 and (be - bs) < (e - s) + 6 or s <= bs and be <= e + 2 and be - bs >= 0.6 * (e - s)
                   for bs, be in marked):
                found.append(i)
    return found[0] if len(found) == 1 else None


def bold_author_names(lines: list[Line]) -> list[str]:
    """Names written in bold inside author lists (used to name the owner)."""
    out: list[str] = []
    for ln in lines:
        marked = _marked(ln)
        if not marked or len(marked) > 3:
            continue
        text = ln.text
        within = len(text)
        if looks_like_author_list(strip_links(ln)) < 0.6 and not QUOTED.search(text):
            # "`Tao Lin`, Ye Lin. A Long Title of Many Words. arXiv, 2025.": the authors before the first full stop
            head = next(iter(citation_parts(text)), "")
            if looks_like_author_list(head) < 0.75 or len(split_authors(head)) < 2:
                continue
            within = len(head)
        for s, e in (m for m in marked if m[1] <= within + 1):
            name = clean_name(text[s:e])
            if is_person_name(name) and e - s < 40:
                out.append(name)
    return out
