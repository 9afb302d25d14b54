"""The line view of a Document: each non-empty visible line with its style marks.

Extractors work on lines: a line knows whether it is a heading, where a list item
starts, which parts are bold, italic, linked or superscript, and whether an empty
line came before it.  Offsets inside a line are relative to ``Line.start``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from kg.read.document import Document

Span = tuple[int, int]


@dataclass(frozen=True)
class Line:
    """One non-empty visible line.

    index: position among the document's non-empty lines.
    start, end: offsets of the stripped line in ``Document.text``.
    text: the stripped line.
    indent: leading blanks (tab = 4) before ``start``.
    heading: heading level (1-6) or 0.
    item: list depth if a list item starts on this line, else -1.
    blank_before: an empty line (paragraph break) precedes it.
    bold: bold or highlighted ranges; italic, sup likewise.
    code: code spans (`Keda Tao`: some pages mark the owner in author lists so).
    links: (start, end, href) ranges.
    spans: (start, end, css class) of HTML spans/divs with a class.
    block: the innermost HTML block element that opens on this line ("tag.class"; "tr" for
        a table row, of a Markdown table too; "td" for a line a <br> in a row's cell starts), or "".
    """

    index: int
    start: int
    end: int
    text: str
    indent: int = 0
    heading: int = 0
    item: int = -1
    blank_before: bool = False
    bold: tuple[Span, ...] = ()
    italic: tuple[Span, ...] = ()
    sup: tuple[Span, ...] = ()
    code: tuple[Span, ...] = ()
    links: tuple[tuple[int, int, str], ...] = ()
    spans: tuple[tuple[int, int, str], ...] = ()
    block: str = ""

    def __hash__(self) -> int:
        # Equal lines have equal text and place; hashing those alone is much cheaper than
        # hashing every field (lines key several caches).
        return hash((self.start, self.end, self.text))

    def is_all_bold(self) -> bool:
        """The whole line (but punctuation) is bold."""
        if not self.bold:
            return False
        covered = sum(e - s for s, e in self.bold)
        core = len(self.text.strip(" :：.,;*"))
        return covered >= core > 0

    def bold_texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.bold]


def build_lines(doc: Document) -> list[Line]:
    """Cut ``doc.text`` into non-empty lines and attach the marks that fall in them."""
    text = doc.text
    raw: list[tuple[int, int]] = []  # (line start, line end) of every line, empty or not
    pos = 0
    n = len(text)
    while pos < n:
        e = text.find("\n", pos)
        if e == -1:
            e = n
        raw.append((pos, e))
        pos = e + 1
    starts = [a for a, _ in raw]
    per_line: dict[int, dict[str, list]] = {}

    def bucket(i: int) -> dict[str, list]:
        b = per_line.get(i)
        if b is None:
            b = per_line[i] = {}
        return b

    for m in doc.marks:
        li = bisect.bisect_right(starts, m.start) - 1
        if li < 0:
            continue
        if m.kind == "item":
            bucket(li).setdefault("item", []).append(m.value)
            continue
        if m.kind == "block":
            bucket(li).setdefault("block", []).append(m.value)
            continue
        if m.kind == "heading":
            last = bisect.bisect_right(starts, max(m.end - 1, m.start)) - 1
            for k in range(li, last + 1):
                bucket(k).setdefault("heading", []).append(m.value)
            continue
        # Inline ranges may cross lines: split them.
        last = bisect.bisect_right(starts, max(m.end - 1, m.start)) - 1
        for k in range(li, last + 1):
            a, e = raw[k]
            s2, e2 = max(m.start, a), min(m.end, e)
            if e2 > s2:
                bucket(k).setdefault(m.kind, []).append((s2, e2, m.value))
    lines: list[Line] = []
    blank = False
    for k, (a, e) in enumerate(raw):
        s = text[a:e]
        stripped = s.strip()
        if not stripped or stripped.strip("\\|/ ") == "":
            blank = True  # "\\" (a Markdown escape for a forced break, shown as "\") says nothing
            continue
        lead = len(s) - len(s.lstrip())
        indent = lead + 3 * s.count("\t", 0, lead)
        ls = a + lead
        le = ls + len(stripped)
        b = per_line.get(k)
        if b is None:  # no marks on this line (most lines of a plain CV)
            lines.append(Line(index=len(lines), start=ls, end=le, text=stripped, indent=indent, blank_before=blank))
            blank = False
            continue

        def rel(kind: str, with_value: bool = False) -> tuple:
            out = []
            for s2, e2, v in b.get(kind, ()):
                rs, re_ = max(s2, ls) - ls, min(e2, le) - ls
                if re_ > rs:
                    out.append((rs, re_, v) if with_value else (rs, re_))
            return tuple(sorted(set(out))) if out else ()

        bold = tuple(sorted(set(rel("bold") + rel("highlight"))))
        lines.append(
            Line(
                index=len(lines),
                start=ls,
                end=le,
                text=stripped,
                indent=indent,
                heading=min(b["heading"]) if "heading" in b else 0,
                item=min(b["item"]) if "item" in b else -1,
                blank_before=blank,
                bold=bold,
                italic=rel("italic"),
                sup=rel("sup"),
                code=rel("code"),
                links=tuple((s2, e2, v or "") for s2, e2, v in rel("link", True)),
                spans=tuple((s2, e2, v or "") for s2, e2, v in rel("span", True)),
                block=b["block"][-1] if "block" in b else "",
            )
        )
        blank = False
    return lines


_WRAP_END = re.compile(r"(?:[,(]|\b(?:by|at|in|of|and|the|with|from|for|to|as|an?|under|on|advised|supervised|is|am|was))$", re.I)


def join_wrapped(lines: list[Line]) -> list[Line]:
    """A paragraph's sentences whole: a line wrapped in the source ("I am a PhD student in the Center
    for X" / "at Y University, advised by" / "Ann Lee.") continues on the next line of the same
    paragraph when that starts in lower case or the line ends mid-phrase ("advised by").  The
    joined line keeps the first line's offsets: the line break between them becomes blanks.

    >>> from kg.extract.lines import build_lines
    >>> from kg.read import read_text
    >>> lines = build_lines(read_text("I am a PhD student in the Center for Speech\\nat Acme University, advised by\\nAnn Lee.\\n", path="a.txt"))
    >>> [ln.text for ln in join_wrapped(lines)]
    ['I am a PhD student in the Center for Speech at Acme University, advised by Ann Lee.']
    """
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (
            prev is not None and ln.index == prev.index + 1 and not ln.blank_before and not ln.heading and not prev.heading
            and ln.item < 0 and len(prev.text.split()) >= 5 and not re.search(r"[.!?。！？:：;；]$", prev.text)
            and (ln.text[:1].islower() or _WRAP_END.search(prev.text))
        ):
            gap = ln.start - prev.end
            out[-1] = replace(prev, text=prev.text + " " * gap + ln.text, end=ln.end, index=ln.index)
        else:
            out.append(ln)
    return out
