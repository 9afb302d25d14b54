"""The text of one PDF page, from the positions of its text lines.

Reads: the text lines pdfminer finds on a page, each a :class:`Piece` (PDF coordinates:
y grows upwards).  Writes: the page's text in reading order.

1. **Columns.**  A page is cut at a *gutter*: an x that no line of the body crosses,
   with several lines starting just right of it (a column's left edge) and lines on
   both sides.  Lines that do cross it above or below the columns (a name, a contact
   line, a page number) are read before or after them.  A gutter is not a column break
   when its narrow side holds dates, or short labels, beside the other side's lines
   row by row (moderncv's column of dates, a résumé's places and dates at the right
   margin): those are rows.
2. **Rows.**  The pieces on one baseline are one line; a visible gap between them
   becomes four spaces, as ``pdftotext -layout`` would write it.
3. **Paragraphs.**  A vertical gap of more than half a line starts a paragraph (a blank
   line).
4. **Wrapped lines.**  A line goes on in the next line of its paragraph when the next
   line's first word would not have fitted after it, or when it ends in a word no line
   ends with ("of", "de", a dash, a comma); the cells of a row do the same cell by cell
   (a date "2017 –" over "2022" beside an organisation over its last word).

Before all this (``without_running_lines``, over all the pages of a file), page numbers
and the running heads and feet repeated on every page are dropped.

>>> def line(x, y, text):  # 10-point text, 5 points a character
...     return Piece(x, y, x + 5 * len(text), y + 10, text)
>>> left = [line(50, 700, "Education"), line(50, 688, "PhD in Computer Science, Aalto University"), line(50, 676, "BSc, Oulu")]
>>> right = [line(320, 700, "Experience"), line(320, 688, "Engineer, Nokia Bell Labs, Espoo, Finland"), line(320, 676, "Intern, Kone")]
>>> print(page_text(right + left + [line(50, 740, "Ann Example, ann@example.org, +358 40 123 4567")]))
Ann Example, ann@example.org, +358 40 123 4567
<BLANKLINE>
Education
PhD in Computer Science, Aalto University
BSc, Oulu
<BLANKLINE>
Experience
Engineer, Nokia Bell Labs, Espoo, Finland
Intern, Kone
>>> print(page_text([Piece(50, 700, 180, 710, "Research Intern, ACME"), Piece(480, 700, 560, 710, "2019 – 2020")]))
Research Intern, ACME    2019 – 2020
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

__all__ = ["Piece", "page_text", "without_running_lines"]


class Piece(NamedTuple):
    """One text line of a page: its box (x0, y0, x1, y1; y grows upwards) and text."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2


def page_text(pieces: list[Piece]) -> str:
    """The text of a page (see the module documentation)."""
    regions = _regions([p for p in pieces if p.text.strip()], depth=0)
    return "\n\n".join(t for t in (_region_text(r) for r in regions) if t)


# --- 0. running heads and page numbers ----------------------------------------------

_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?(?:\s*[-–—])?$|^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$", re.I)


def without_running_lines(pages: list[list[Piece]], height: float) -> list[list[Piece]]:
    """The pages without their furniture: page numbers ("3", "Page 2 of 5", "第 2 页") and
    running heads or feet (the same line, digits aside, in the top or bottom tenth of two or
    more pages: "Ann Example – Curriculum Vitae").  The top of the first page is kept: the
    name there is the CV's title even when later pages repeat it as their running head.

    >>> foot = [[Piece(300, 30, 320, 40, f"{n}/2"), Piece(50, 700, 200, 710, "Text")] for n in (1, 2)]
    >>> [[p.text for p in page] for page in without_running_lines(foot, 792)]
    [['Text'], ['Text']]
    """

    def margin(p: Piece) -> bool:
        return p.y0 > 0.9 * height or p.y1 < 0.1 * height

    def key(p: Piece) -> str:
        return re.sub(r"\d+", "#", " ".join(p.text.split()).lower())

    seen: dict[str, int] = {}
    for page in pages:
        for k in {key(p) for p in page if margin(p)}:
            seen[k] = seen.get(k, 0) + 1
    def furniture(p: Piece, first_page: bool) -> bool:
        if not margin(p):
            return False
        return bool(_PAGE_NUMBER.match(p.text.strip())) or seen[key(p)] >= 2 and not (first_page and p.y0 > 0.9 * height)

    return [[p for p in page if not furniture(p, i == 0)] for i, page in enumerate(pages)]


# --- 1. columns -------------------------------------------------------------------

_ALIGN = 2.5  # points: lines starting within this distance start at one edge
_YEARISH = re.compile(r"(?:19|20)\d{2}|\b(?:present|now|today|current)\b|至今|现在", re.I)


def _regions(pieces: list[Piece], depth: int) -> list[list[Piece]]:
    """The page cut into columns, in reading order."""
    if depth >= 3 or len(pieces) < 4:
        return [pieces]
    cut = _gutter(pieces)
    if cut is None:
        return [pieces]
    above, left, right, below = cut
    regions = [above, *_regions(left, depth + 1), *_regions(right, depth + 1), below]
    return [r for r in regions if r]


def _gutter(pieces: list[Piece]) -> tuple[list[Piece], list[Piece], list[Piece], list[Piece]] | None:
    """(above, left, right, below) at the first gutter that cuts columns, or None."""
    lo, hi = min(p.x0 for p in pieces), max(p.x1 for p in pieces)
    width = hi - lo
    for edge in _left_edges(pieces, lo + 0.1 * width):
        g = edge - _ALIGN
        left = [p for p in pieces if p.x1 <= g]
        right = [p for p in pieces if p.x0 >= g]
        if len(left) < 2 or len(right) < 2:
            continue
        top = max(p.y1 for p in left + right)
        bottom = min(p.y0 for p in left + right)
        sides = set(left) | set(right)
        cross = [p for p in pieces if p not in sides]
        above = [p for p in cross if p.middle >= top]
        below = [p for p in cross if p.middle <= bottom]
        if len(above) + len(below) < len(cross):
            continue  # a line of the body crosses it
        if _are_rows(left, right, width):
            continue
        return above, left, right, below
    return None


def _left_edges(pieces: list[Piece], beyond: float) -> list[float]:
    """x positions where three or more lines start (a column's left edge), left to right."""
    xs = sorted(p.x0 for p in pieces if p.x0 > beyond)
    edges: list[float] = []
    i = 0
    while i < len(xs):
        j = i
        while j + 1 < len(xs) and xs[j + 1] - xs[i] <= _ALIGN:
            j += 1
        if j - i + 1 >= 3:
            edges.append(xs[i])
        i = j + 1
    return edges


def _are_rows(left: list[Piece], right: list[Piece], width: float) -> bool:
    """Whether the narrower side's lines stand beside the other side's, row by row, and
    hold dates or short labels: one table, not two columns."""
    lw = max(p.x1 for p in left) - min(p.x0 for p in left)
    rw = max(p.x1 for p in right) - min(p.x0 for p in right)
    narrow, other = (left, right) if lw <= rw else (right, left)
    paired = sum(1 for p in narrow if any(_same_row(p, q) for q in other)) / len(narrow)
    dated = sum(1 for p in narrow if _YEARISH.search(p.text)) / len(narrow)
    narrow_width = min(lw, rw) / width
    return paired >= 0.6 and dated >= 0.5 or paired >= 0.8 and narrow_width <= 0.2


def _same_row(a: Piece, b: Piece) -> bool:
    return abs(a.middle - b.middle) < 0.5 * min(a.height, b.height)


# --- 2-4. rows, paragraphs, wrapped lines ------------------------------------------

# A line does not end with these: the text goes on in the next line.
_GOES_ON = re.compile(
    r"(?:[-–—,&/(]|\b(?:of|de|del|der|des|di|du|la|le|and|for|the|in|on|at|to|with|und|für|et|y|e|a|an))$", re.I
)
# A line that ends in a word (not an e-mail address or a link), long enough to have wrapped.
_WORD_END = re.compile(r"(?:[\u3400-\u9fff][^@/]{8,}[\u3400-\u9fff，、；：（]|.{24,}(?:^|\s)[^\s@/]*[^\W\d_][,.;:)]?)$")
_ADDRESS = re.compile(r"@|://|^www\.")
_CJK = re.compile(r"[\u3400-\u9fff，、；：（）。]")
_FIRST_WORD = re.compile(r"[\u3400-\u9fff]|\S+")
_LOWER_WORD = re.compile(r"[a-z]+\b(?![.@/:]\w|@)")  # "process priors", "accelerators.", not "github.com/x"
_LIST_MARK = re.compile(r"^(?:[•·▪◦●■►▶‣○◆*+–-]\s|\[\d{1,3}\]|\(?\d{1,3}[.)]\s|[a-z][.)]\s)")


class _Cell:
    """A piece of a row, which wrapped lines extend downwards."""

    __slots__ = ("x0", "x1", "text", "last")

    def __init__(self, p: Piece) -> None:
        self.x0, self.x1, self.text, self.last = p.x0, p.x1, p.text.strip(), p


def _region_text(pieces: list[Piece]) -> str:
    """The lines of one column: rows, blank lines between paragraphs, wrapped lines joined."""
    if not pieces:
        return ""
    # the column's right edge, as the lines other than the one asked about show it
    # (the longest line of a column of short lines is not known to have wrapped)
    ends = sorted((p.x1 for p in pieces), reverse=True)[:2]

    def right(p: Piece) -> float:
        return ends[1] if p.x1 == ends[0] and len(ends) > 1 else ends[0]
    out: list[str] = []
    current: list[_Cell] = []
    prev_row: list[Piece] = []
    for row in _rows(pieces):
        if prev_row and _new_paragraph(prev_row, row):
            out.append(_row_line(current))
            out.append("")
            current = []
        elif current and _goes_on(current, row, right):
            prev_row = row
            continue
        elif current:
            out.append(_row_line(current))
        current = [_Cell(p) for p in row]
        prev_row = row
    if current:
        out.append(_row_line(current))
    return "\n".join(out).strip("\n")


def _rows(pieces: list[Piece]) -> list[list[Piece]]:
    """Pieces grouped by baseline, top to bottom; each row left to right."""
    rows: list[list[Piece]] = []
    for p in sorted(pieces, key=lambda p: (-p.middle, p.x0)):
        if rows and _same_row(rows[-1][0], p):
            rows[-1].append(p)
        else:
            rows.append([p])
    return [sorted(r, key=lambda p: p.x0) for r in rows]


def _new_paragraph(above: list[Piece], below: list[Piece]) -> bool:
    gap = min(p.y0 for p in above) - max(p.y1 for p in below)
    height = min(min(p.height for p in above), min(p.height for p in below))
    return gap > 0.5 * height


def _goes_on(cells: list[_Cell], row: list[Piece], right: Callable[[Piece], float]) -> bool:
    """Extend ``cells`` with ``row`` if its pieces continue them (wrapped lines); say so."""
    pairs: list[tuple[_Cell, Piece]] = []
    for p in row:
        cell = next((c for c in cells if abs(c.x0 - p.x0) <= _ALIGN or abs(c.x1 - p.x1) <= _ALIGN and c is not cells[0]), None)
        if cell is None and len(row) == 1:  # a hanging indent: "[1] A. Author, …" over "titles that wrap. In …"
            cell = next((c for c in cells if c.x0 < p.x0 < c.x0 + 0.3 * (c.x1 - c.x0)), None)
        if cell is None or any(cell is c for c, _p in pairs):
            return False
        if abs(cell.last.height - p.height) > 0.15 * max(cell.last.height, p.height) or _LIST_MARK.match(p.text.strip()):
            return False
        pairs.append((cell, p))

    def wrapped(cell: _Cell, p: Piece) -> bool:
        """The line ran out of room: the next line's first word would not have fitted."""
        last, text = cell.last, p.text.strip()
        limit = next((c.x0 for c in cells if c.x0 > cell.x1), right(last))
        if last.x1 > limit + 1 or not _WORD_END.search(last.text):
            return False
        first = _FIRST_WORD.match(text)
        if first and _ADDRESS.search(first.group()):
            return False  # an e-mail address or a link starts a line of its own
        per_char = (p.x1 - p.x0) / max(1, len(text))
        return last.x1 + per_char * (len(first.group() if first else text) + 1) > limit

    goes_on = any(_GOES_ON.search(c.text) or _LOWER_WORD.match(p.text.strip()) for c, p in pairs) or (len(row) < len(cells) or len(cells) == 1) and all(wrapped(c, p) for c, p in pairs)
    if not goes_on:
        return False
    for cell, p in pairs:
        text = p.text.strip()
        glued = cell.text.endswith("-") and cell.text[-2:-1].isalpha() or _CJK.match(cell.text[-1:]) and _CJK.match(text)
        cell.text = cell.text + text if glued else f"{cell.text} {text}"  # "Fernández-Ortega", "量化方法"
        cell.x1, cell.last = max(cell.x1, p.x1), p
    return True


def _row_line(cells: list[_Cell]) -> str:
    parts = [cells[0].text] if cells else []
    for a, b in zip(cells, cells[1:]):
        near = b.x0 - a.x1 < 0.4 * b.last.height
        parts.append((" " if near else "    ") + b.text)
    return "".join(parts)
