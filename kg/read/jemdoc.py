"""jemdoc pages (academic homepages written in jemdoc's light markup) to visible text.

``= Title`` / ``== Section`` headings, ``- `` and ``. `` list items, ``*bold*``,
``/italic/``, ``[url text]`` links, ``\\n`` line breaks, ``~~~`` block fences and
``# comment`` lines; a backslash before punctuation (``\\&``, ``\\*``, ``\\[``) writes that character.
"""

from __future__ import annotations

import re
from typing import Any

from kg.read.document import Source, TextBuilder

_INLINE = re.compile(
    r"(?P<esc>\\[^\w\s])|(?P<br>\\n)|(?P<link>\[(?P<url>[^\s\]]+)(?:\s+(?P<label>(?:\\.|[^\]\\])*))?\])"
    r"|(?P<bold>(?<![\w*\\])\*(?=\S)(?P<btext>[^*\n]+?)(?<=\S)\*(?!\w))|(?P<it>(?<![\w:/])/(?=\S)(?P<itext>[^/\n]+?)(?<=\S)/(?![\w/]))"
)
_HEADING = re.compile(r"^(=+)\s*")
_ITEM = re.compile(r"^(\s*)([-.])\s+")


def render_jemdoc(src: Source, out: TextBuilder) -> tuple[dict[str, Any] | None, None]:
    text = src.text
    pos = 0
    n = len(text)
    blank = False
    soft = False  # the last line was text that the next one may continue (jemdoc joins a paragraph's lines)
    item: tuple[int, int] | None = None  # the open list item: where its text starts, its depth

    def close_item() -> None:
        nonlocal item
        if item is not None:
            out.mark("item", item[0], max(out.pos, item[0] + 1), item[1])
            item = None

    while pos <= n:
        end = text.find("\n", pos)
        if end == -1:
            end = n
        line = text[pos:end].rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith("~~~") or stripped.startswith("#") or re.match(r"^\{\}\{", stripped):
            blank = blank or not stripped
            soft = soft and not blank and not stripped.startswith("~~~")
            pos = end + 1
            continue
        m = _HEADING.match(line)
        im = None if m else _ITEM.match(line)
        if soft and not m and not im and not blank and not out.at_line_start:
            out.emit(" ", src.lo[pos - 1], src.hi[pos - 1])  # a wrapped line: the same paragraph or item
            _inline(src, pos + len(line) - len(line.lstrip()), pos + len(line), out)
            pos = end + 1
            continue
        close_item()
        if blank:
            out.blank_line(src.lo[pos])
            blank = False
        else:
            out.newline(src.lo[pos])
        if m:
            start = out.pos
            _inline(src, pos + m.end(), pos + len(line), out)
            out.mark("heading", start, out.pos, len(m.group(1)))
            soft = False
        else:
            start = out.pos
            a = pos + (im.end() if im else 0)
            if im:
                out.copy(src, pos, pos + len(im.group(1)))
            _inline(src, a, pos + len(line), out)
            if im:
                item = (start, 0 if len(im.group(1)) < 2 else 1)
            soft = True
        pos = end + 1
    close_item()
    out.newline(n)
    return None, None


def _inline(src: Source, a: int, b: int, out: TextBuilder) -> None:
    text = src.text
    pos = a
    for m in _INLINE.finditer(text, a, b):
        out.copy(src, pos, m.start())
        if m.group("esc"):
            out.copy(src, m.start() + 1, m.end())
        elif m.group("br"):
            out.newline(src.lo[m.start()])
        elif m.group("link"):
            start = out.pos
            if m.group("label"):
                _inline(src, m.start("label"), m.end("label"), out)
            else:
                out.copy(src, m.start("url"), m.end("url"))
            url = m.group("url")
            if "@" in url and ":" not in url:
                url = "mailto:" + url  # jemdoc links an address written as a link target to mail
            out.mark("link", start, out.pos, url)
        elif m.group("bold"):
            start = out.pos
            _inline(src, m.start("btext"), m.end("btext"), out)
            out.mark("bold", start, out.pos)
        elif m.group("it"):
            start = out.pos
            out.copy(src, m.start("itext"), m.end("itext"))
            out.mark("italic", start, out.pos)
        pos = m.end()
    out.copy(src, pos, b)
