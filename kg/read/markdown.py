"""Markdown pages (Jekyll, Hugo, GitHub) and Markdown-like text to visible text.

What a reader of the rendered page does not see is dropped before anything else:
front matter, HTML comments, ``[//]: #`` comments, Liquid/Hugo template code,
``<script>``/``<style>`` elements, kramdown attribute lists.  Then block structure
(headings, setext headings, list items, quotes, tables) and inline markup are read.
"""

from __future__ import annotations

import re

from kg.read.document import Source, TextBuilder
from kg.read.inline import InlineRenderer

# A link reference definition ("[uw]: https://www.washington.edu"): not shown, it gives "[UW][uw]" its
# target.  (Written for verbose mode too: its blanks are in character classes.)
_LINK_DEF = r"""^[ ]{0,3}\[(?!\^)([^\]\n]{1,100})\]:[ \t]*<?([^\s<>]+)>?(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$"""
INVISIBLE = re.compile(
    r"""
    <!--.*?(?:-->|\Z)
   |\{%-?\s*comment\s*-?%\}.*?(?:\{%-?\s*endcomment\s*-?%\}|\Z)
   |\{%.*?%\}
   |\{\{.*?\}\}
   |<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|\Z)
   |^[ \t]*\[//\]:[ \t]*\#[^\n]*
   |^[ \t]*\[(?:comment|\#)\]:[ \t]*<>[^\n]*
   |^[ \t]*\{:[^}\n]*\}[ \t]*$
   |""" + _LINK_DEF + r"""
   |\r
    """,
    re.S | re.I | re.M | re.X,
)
LINK_DEF = re.compile(_LINK_DEF, re.M)


def link_definitions(text: str) -> dict[str, str]:
    """The link reference definitions of a Markdown text, by lower-cased label.

    >>> link_definitions("See [UW][uw].\\n\\n[uw]: https://www.washington.edu\\n")
    {'uw': 'https://www.washington.edu'}
    """
    if "]:" not in text:
        return {}
    return {m.group(1).strip().lower(): m.group(2) for m in LINK_DEF.finditer(text)}


# Every match of INVISIBLE contains one of these (a cheap test before the slow pattern).
_MAY_BE_INVISIBLE = re.compile(r"<!--|\{[%{:]|\]:|\r|<(?:script|style|noscript|template)\b", re.I)

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r" {0,3}(={3,}|-{3,})[ \t]*$")
_HR = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ITEM = re.compile(r"([ \t]*)(?:([-*+]|\d{1,3}[.)])(?:[ \t]+|$)|([•◇◆▪●○■□➢►✓▸·])[ \t]*)")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_FENCE = re.compile(r" {0,3}(```+|~~~+)")
_TABLE_SEP = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_CELL_SEP = re.compile(r"(?<!\\)\|")


def remove_invisible(src: Source, start: int = 0) -> Source:
    """Drop comments, template code and scripts from ``src.text[start:]``."""
    text = src.text
    if not _MAY_BE_INVISIBLE.search(text, start):  # nothing to drop: a view of the rest, no copy
        return src if start == 0 else _slice(src, start, len(text))
    b = TextBuilder()
    pos = start
    for m in INVISIBLE.finditer(text, start):
        b.copy(src, pos, m.start())
        pos = m.end()
    b.copy(src, pos, len(text))
    return b.source()


def remove_invisible_matches(src: Source, patterns: list[re.Pattern[str]]) -> Source:
    """Drop every match of each pattern in turn (comments, disabled blocks)."""
    for rx in patterns:
        b = TextBuilder()
        pos = 0
        for m in rx.finditer(src.text):
            b.copy(src, pos, m.start())
            pos = m.end()
        b.copy(src, pos, len(src.text))
        src = b.source()
    return src


def _indent_width(s: str) -> int:
    w = 0
    for c in s:
        if c == " ":
            w += 1
        elif c == "\t":
            w += 4
        else:
            break
    return w


class _Line:
    __slots__ = ("kind", "a", "b", "content", "level", "indent")

    def __init__(self, kind: str, a: int, b: int, content: int, level: int = 0, indent: int = 0) -> None:
        self.kind = kind  # blank, heading, setext, hr, item, text, code, tsep (table separator), row (table row)
        self.a = a  # line start in the Source
        self.b = b  # line end (exclusive, without the newline)
        self.content = content  # where the visible content starts
        self.level = level
        self.indent = indent


def _classify(src: Source) -> list[_Line]:
    text = src.text
    lines: list[_Line] = []
    pos = 0
    n = len(text)
    in_fence = ""
    while pos <= n:
        end = text.find("\n", pos)
        if end == -1:
            end = n
        s = text[pos:end]
        if in_fence:
            if s.strip().startswith(in_fence):
                lines.append(_Line("blank", pos, end, end))
                in_fence = ""
            else:
                lines.append(_Line("code", pos, end, pos))
        elif not s.strip():
            lines.append(_Line("blank", pos, end, end))
        elif m := _FENCE.match(s):
            in_fence = m.group(1)[:3]
            lines.append(_Line("blank", pos, end, end))
        elif m := _ATX.match(s):
            tail = _ATX_TAIL.search(s, m.end())
            stop = pos + (tail.start() if tail else len(s.rstrip(" \t")))  # (trailing blanks are no hard break in a heading)
            lines.append(_Line("heading", pos, max(stop, pos + m.end()), pos + m.end(), len(m.group(1))))
        elif _SETEXT.match(s) and lines and lines[-1].kind == "text":
            lines.append(_Line("setext", pos, end, end, 1 if s.strip()[0] == "=" else 2))
        elif _HR.match(s):
            lines.append(_Line("hr", pos, end, end))
        elif _TABLE_SEP.match(s) and "|" in s:
            lines.append(_Line("tsep", pos, end, end))
        elif m := _ITEM.match(s):
            lines.append(_Line("item", pos, end, pos + m.end(), indent=_indent_width(m.group(1))))
        elif m := _QUOTE.match(s):
            lines.append(_Line("text", pos, end, pos + m.end(), indent=0))
        else:
            lines.append(_Line("text", pos, end, pos, indent=_indent_width(s)))
        pos = end + 1
    _find_rows(lines, text)
    return lines


def _find_rows(lines: list[_Line], text: str) -> None:
    """A pipe table: the text line above a separator line is its header row, and the
    text lines with a pipe below it are its rows (until another kind of line)."""
    for k, ln in enumerate(lines):
        if ln.kind != "tsep":
            continue
        if k and lines[k - 1].kind == "text" and "|" in text[lines[k - 1].a : lines[k - 1].b]:
            lines[k - 1].kind = "row"
        j = k + 1
        while j < len(lines) and lines[j].kind == "text" and "|" in text[lines[j].a : lines[j].b]:
            lines[j].kind = "row"
            j += 1


class _Verbatim:
    """Stands in for the inline renderer where text has no inline markup."""

    def __init__(self, out: TextBuilder) -> None:
        self.out = out

    def render(self, src: Source) -> None:
        self.out.copy_lines(src)

    def close_all(self) -> None:
        return None

    def in_row(self, inside: bool) -> None:
        return None  # no markup, so no <br> in a row


def render_markdown(src: Source, out: TextBuilder, *, inline_markup: bool = True, refs: dict[str, str] | None = None) -> None:
    """Append the visible text of Markdown ``src`` to ``out``.

    With ``inline_markup=False`` (plain text) only line structure is read:
    headings, bullets and blank lines.  ``refs``: link reference definitions
    (``link_definitions`` of the text before its invisible parts were dropped).
    """
    lines = _classify(src)
    inline = InlineRenderer(out, refs=refs) if inline_markup else _Verbatim(out)
    text = src.text
    stack: list[int] = []  # indents of open list items
    i = 0
    n = len(lines)
    pending_blank = False
    while i < n:
        ln = lines[i]
        if ln.kind in ("blank", "hr", "setext", "tsep"):
            pending_blank = pending_blank or ln.kind != "setext"
            i += 1
            continue
        if pending_blank:
            inline.close_all()
            out.blank_line(_at(src, ln.a))
            pending_blank = False
        else:
            out.newline(_at(src, ln.a))
        if ln.kind == "heading":
            stack.clear()
            start = out.pos
            inline.render(_slice(src, ln.content, ln.b))
            inline.close_all()
            out.mark("heading", start, out.pos, ln.level)
            i += 1
            continue
        if ln.kind == "code":
            out.copy(src, ln.a, ln.b)
            i += 1
            continue
        if ln.kind == "row":
            stack.clear()
            start = out.pos
            inline.in_row(True)  # a cell's <br> breaks the row's line: the rest is of the row ("td")
            _row(src, ln, inline, out)
            inline.in_row(False)
            out.mark("block", start, start + 1, "tr")
            i += 1
            continue
        # A paragraph: this line and the following text lines.
        j = i + 1
        while j < n and lines[j].kind in ("text", "code"):
            j += 1
        setext = j < n and lines[j].kind == "setext" and ln.kind == "text"
        depth = -1
        if ln.kind == "item":
            while stack and stack[-1] >= ln.indent:
                stack.pop()
            depth = len(stack)
            stack.append(ln.indent)
        elif ln.indent == 0 and pending_blank is False and i > 0 and lines[i - 1].kind == "blank":
            stack.clear()
        start = out.pos
        if ln.kind == "item" and ln.content >= ln.b:
            # An empty bullet is visible, and separates entries in many CVs.
            raw = text[ln.a : ln.b]
            bullet = ln.a + len(raw) - len(raw.lstrip())
            out.emit(text[bullet], src.lo[bullet], src.hi[bullet])
            out.newline(src.hi[bullet])
        para = _paragraph(src, lines[i:j], text)
        inline.render(para)
        if setext:
            inline.close_all()
            out.mark("heading", start, out.pos, lines[j].level)
            stack.clear()
        elif depth >= 0:
            out.mark("item", start, max(out.pos, start + 1), depth)
        i = j
    inline.close_all()
    out.newline(_at(src, len(src.text)))


def _row(src: Source, ln: _Line, inline, out: TextBuilder) -> None:
    """A table row as its cells' content, one " | " between cells (as the HTML reader
    writes ``<td>`` cells); empty cells and the outer pipes are dropped."""
    text = src.text
    cells: list[tuple[int, int, int]] = []  # (the pipe before it, start, end)
    pipe, pos = ln.a, ln.a
    for m in _CELL_SEP.finditer(text, ln.a, ln.b):
        cells.append((pipe, pos, m.start()))
        pipe, pos = m.start(), m.end()
    cells.append((pipe, pos, ln.b))
    first = True
    for pipe, a, b in cells:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if a == b:
            continue
        if not first:
            out.emit(" | ", src.lo[pipe], src.hi[pipe])
        inline.render(_slice(src, a, b))
        inline.close_all()
        first = False


def _at(src: Source, i: int) -> int:
    """The original offset of position ``i`` of ``src`` (its end past the last character)."""
    if i < len(src.lo):
        return src.lo[i]
    return src.hi[-1] if len(src.hi) else 0


def _slice(src: Source, a: int, b: int) -> Source:
    return Source(src.text[a:b], src.lo[a:b], src.hi[a:b])


def _paragraph(src: Source, lines: list[_Line], text: str) -> Source:
    """Join the content of ``lines`` (newline-separated), keeping their indentation."""
    first = lines[0]
    if (first.kind != "item" or text[first.a] not in " \t") and all(
        ln.kind != "item" and ln.content == ln.a and ln.a - 1 == prev.b for prev, ln in zip(lines, lines[1:])
    ):
        return _slice(src, first.content, lines[-1].b)  # one stretch of the source: a view
    parts: list[str] = []
    lo: list = []
    hi: list = []
    for k, ln in enumerate(lines):
        if k:
            nl = ln.a - 1
            parts.append("\n")
            lo.append(src.lo[nl] if nl < len(src.lo) else src.hi[-1])
            hi.append(src.hi[nl] if nl < len(src.hi) else src.hi[-1])
        if ln.kind == "item":
            # Keep the indentation, drop the bullet.
            ind = len(text[ln.a : ln.b]) - len(text[ln.a : ln.b].lstrip(" \t"))
            a = ln.a
            parts.append(text[a : a + ind])
            lo.extend(src.lo[a : a + ind])
            hi.extend(src.hi[a : a + ind])
            a = ln.content
        else:
            a = ln.content
        parts.append(text[a : ln.b])
        lo.extend(src.lo[a : ln.b])
        hi.extend(src.hi[a : ln.b])
    from array import array

    return Source("".join(parts), array("l", lo), array("l", hi))
