"""jemdoc pages (academic homepages written in jemdoc's light markup) to visible text.

``= Title`` / ``== Section`` headings, ``- `` and ``. `` list items, ``*bold*``,
``/italic/``, ``[url text]`` links, ``\\n`` line breaks, ``~~~`` block fences and
``# comment`` lines.
"""

from __future__ import annotations

import re
from typing import Any

from kg.read.document import Source, TextBuilder

_INLINE = re.compile(
    r"(?P<esc>\\[*/+\[\]\\#~{}.-])|(?P<br>\\n)|(?P<link>\[(?P<url>[^\s\]]+)(?:\s+(?P<label>(?:\\.|[^\]\\])*))?\])"
    r"|(?P<bold>(?<![\w*\\])\*(?=\S)(?P<btext>[^*\n]+?)(?<=\S)\*(?!\w))|(?P<it>(?<![\w:/])/(?=\S)(?P<itext>[^/\n]+?)(?<=\S)/(?![\w/]))"
)
_HEADING = re.compile(r"^(=+)\s*")
_ITEM = re.compile(r"^(\s*)([-.])\s+")


def render_jemdoc(src: Source, out: TextBuilder) -> tuple[dict[str, Any] | None, None]:
    text = src.text
    pos = 0
    n = len(text)
    blank = False
    while pos <= n:
        end = text.find("\n", pos)
        if end == -1:
            end = n
        line = text[pos:end]
        stripped = line.strip()
        if not stripped or stripped.startswith("~~~") or stripped.startswith("#") or re.match(r"^\{\}\{", stripped):
            blank = blank or not stripped
            pos = end + 1
            continue
        if blank:
            out.blank_line(src.lo[pos])
            blank = False
        else:
            out.newline(src.lo[pos])
        m = _HEADING.match(line)
        if m:
            start = out.pos
            _inline(src, pos + m.end(), end, out)
            out.mark("heading", start, out.pos, len(m.group(1)))
        else:
            m = _ITEM.match(line)
            start = out.pos
            a = pos + (m.end() if m else 0)
            if m:
                out.copy(src, pos, pos + len(m.group(1)))
            _inline(src, a, end, out)
            if m:
                out.mark("item", start, max(out.pos, start + 1), 0 if len(m.group(1)) < 2 else 1)
        pos = end + 1
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
            out.mark("link", start, out.pos, m.group("url"))
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
