"""Dispatch: one function per input format turns a Source into visible text."""

from __future__ import annotations

import html
import re
from typing import Any

from kg.read.document import Source, TextBuilder
from kg.read.frontmatter import split_front_matter
from kg.read.inline import InlineRenderer
from kg.read.markdown import link_definitions, remove_invisible, render_markdown

_HEAD = re.compile(r"<head\b[^>]*>(.*?)</head\s*>", re.S | re.I)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.S | re.I)


def render(fmt: str, src: Source, out: TextBuilder) -> tuple[dict[str, Any] | None, tuple[int, int] | None]:
    """Render ``src`` in format ``fmt`` into ``out``; return the front matter and its span."""
    if fmt == "html":
        return _html(src, out)
    if fmt == "latex":
        from kg.read.latex import render_latex

        return render_latex(src, out)
    if fmt == "jemdoc":
        from kg.read.jemdoc import render_jemdoc

        return render_jemdoc(src, out)
    if fmt == "bibtex":
        return _bibtex(src, out)
    if fmt in ("jsonresume", "orcid"):  # structured: the visible text is the file itself
        render_markdown(src, out, inline_markup=False)
        return None, None
    front, span = split_front_matter(src.text)
    refs = link_definitions(src.text) if fmt == "markdown" else None
    body = remove_invisible(src, span[1] if span else 0)
    render_markdown(body, out, inline_markup=(fmt == "markdown"), refs=refs)
    return front, span


def _html(src: Source, out: TextBuilder) -> tuple[dict[str, Any] | None, tuple[int, int] | None]:
    text = src.text
    meta: dict[str, Any] | None = None
    start = 0
    head = _HEAD.search(text)
    if head:
        t = _TITLE.search(head.group(1))
        if t:
            meta = {"title": html.unescape(re.sub(r"\s+", " ", t.group(1))).strip()}
        start = head.end()
    body = remove_invisible(src, start)
    renderer = InlineRenderer(out, html_mode=True)
    renderer.render(body)
    renderer.close_all()
    out.newline(len(text))
    return meta, None


def _bibtex(src: Source, out: TextBuilder) -> tuple[None, None]:
    """BibTeX: the file without its grouping braces (``{BERT}`` reads ``BERT``) and with
    TeX accents applied (``Sch{\\"o}nberg`` reads ``Schönberg``), so the quote of an
    entry reads as its values do."""
    from kg.read.latex import TEX_ACCENT, accented

    text = src.text
    start = 0
    for m in re.finditer(r"[{}]|" + TEX_ACCENT.pattern, text):
        out.copy(src, start, m.start())
        if m.group(0) not in "{}":
            out.emit(accented(m), src.lo[m.start()], src.hi[m.end() - 1])
        start = m.end()
    out.copy(src, start, len(text))
    return None, None
