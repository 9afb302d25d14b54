"""The Document record and the builder that makes its visible text.

A Document keeps the decoded original text of a file and a *visible text*: what a
reader of the rendered page sees (markup, comments and template code removed).
Every visible character knows the span of the original it came from, so every
fact extracted later can point back at the exact source text.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping


@dataclass(frozen=True)
class Mark:
    """A styled or structural range of the visible text.

    kind: ``heading`` (value: level 1-6), ``bold``, ``italic``, ``link`` (value: href),
    ``sup``, ``code``, ``item`` (a list item starts here; value: nesting depth),
    ``span`` (an HTML span or div with a class; value: the class string),
    ``block`` (an HTML block element opens here; value: "tag.class").
    start, end: offsets into ``Document.text`` (end exclusive).
    """

    kind: str
    start: int
    end: int
    value: Any = None


@dataclass(frozen=True)
class Document:
    """One input file, decoded, with its visible text.

    path: where it was read from (as given).
    sha256: hex digest of the bytes read (a site page's: with its included files inlined).
    format: ``markdown``, ``text``, ``html``, ``latex`` or ``jemdoc``.
    language: ``en``, ``zh`` or ``mixed`` (from the share of CJK characters).
    encoding: the encoding the bytes were decoded with.
    original: the decoded file content.
    text: the visible text, one source line per line where the format has lines.
    lo, hi: for visible character ``i``, the span ``original[lo[i]:hi[i]]`` it came from.
    marks: styled and structural ranges of ``text``.
    front_matter: parsed YAML/TOML front matter (Jekyll, Hugo), or None.
    front_matter_span: where the front matter sits in ``original``.
    """

    path: str
    sha256: str
    format: str
    language: str
    encoding: str
    original: str
    text: str
    lo: array = field(repr=False)
    hi: array = field(repr=False)
    marks: tuple[Mark, ...] = field(repr=False, default=())
    front_matter: Mapping[str, Any] | None = field(repr=False, default=None)
    front_matter_span: tuple[int, int] | None = None

    def offset(self, i: int) -> int:
        """Offset in ``original`` of visible character ``i`` (``len(original)`` past the end).

        >>> from kg.read import read_text
        >>> d = read_text("Hi **Ann**", path="x.md")
        >>> d.text, d.offset(3)
        ('Hi Ann\\n', 5)
        """
        if i >= len(self.text):
            return len(self.original)
        return self.lo[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that visible ``text[start:end]`` came from.

        >>> from kg.read import read_text
        >>> d = read_text("Hi **Ann**", path="x.md")
        >>> s, e = d.source_span(3, 6)
        >>> d.original[s:e]
        'Ann'
        """
        if start >= end:
            o = self.offset(start)
            return o, o
        return self.lo[start], self.hi[end - 1]

    def visible(self, orig_start: int, orig_end: int) -> str:
        """The visible text that came from ``original[orig_start:orig_end]``.

        >>> from kg.read import read_text
        >>> d = read_text("Hi **Ann**", path="x.md")
        >>> d.visible(0, len(d.original))
        'Hi Ann\\n'
        """
        i = bisect.bisect_left(self.lo, orig_start)
        j = i
        n = len(self.text)
        while j < n and self.hi[j] <= orig_end:
            j += 1
        return self.text[i:j]


# Characters shown as a plain space; one for one, so offsets are unchanged.
_ODD_SPACE = re.compile("[\u00a0\u2009\u202f\u2002\u2003\u3000]")
_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\u3000": " "})


class Source:
    """A text together with, for each character, the original span it came from."""

    __slots__ = ("text", "lo", "hi")

    def __init__(self, text: str, lo: array | range, hi: array | range) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi

    @classmethod
    def identity(cls, text: str) -> "Source":
        n = len(text)
        return cls(text, range(n), range(1, n + 1))  # ranges: no per-character storage

    def __len__(self) -> int:
        return len(self.text)


_IDENTITY = array("l")
_IDENTITY_MAX = 1 << 22  # longer texts extend from the range itself (slower, no big table kept)


def _fast_ints(seq: array | range) -> array | range:
    """``seq`` in a form ``array.extend`` copies at memory speed: a step-1 range (the offset
    map of text copied unchanged) becomes a slice of a shared table of 0, 1, 2, …"""
    global _IDENTITY
    if type(seq) is not range or seq.step != 1 or seq.start < 0 or seq.stop > _IDENTITY_MAX:
        return seq
    if len(_IDENTITY) < seq.stop:
        _IDENTITY = array("l", range(min(max(seq.stop, 2 * len(_IDENTITY), 1 << 16), _IDENTITY_MAX)))
    return _IDENTITY[seq.start : seq.stop]


class TextBuilder:
    """Accumulates visible text, keeping the original span of every character."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._lo = array("l")
        self._hi = array("l")
        self._len = 0
        self.marks: list[Mark] = []
        self._last = ""

    @property
    def pos(self) -> int:
        return self._len

    def copy(self, src: Source, a: int, b: int) -> None:
        """Append ``src.text[a:b]`` unchanged."""
        if b <= a:
            return
        s = src.text[a:b]
        self._parts.append(s)
        self._lo.extend(_fast_ints(src.lo[a:b]))
        self._hi.extend(_fast_ints(src.hi[a:b]))
        self._len += b - a
        self._last = s[-1]

    def emit(self, s: str, olo: int, ohi: int) -> None:
        """Append text that stands for ``original[olo:ohi]`` (an entity, a line break)."""
        if not s:
            return
        n = len(s)
        self._parts.append(s)
        self._lo.extend([olo] * n)
        self._hi.extend([ohi] * n)
        self._len += n
        self._last = s[-1]

    def newline(self, olo: int, ohi: int | None = None) -> None:
        """End the current line unless the text already ends one (trailing blanks dropped)."""
        self._trim_trailing_blanks()
        if self._len and self._last != "\n":
            self.emit("\n", olo, olo if ohi is None else ohi)

    def _trim_trailing_blanks(self) -> None:
        while self._parts and self._last in (" ", "\t"):
            part = self._parts[-1]
            kept = part.rstrip(" \t")
            cut = len(part) - len(kept)
            del self._lo[len(self._lo) - cut :]
            del self._hi[len(self._hi) - cut :]
            self._len -= cut
            if kept:
                self._parts[-1] = kept
                self._last = kept[-1]
            else:
                self._parts.pop()
                self._last = self._parts[-1][-1] if self._parts else ""

    def blank_line(self, olo: int) -> None:
        """Make sure the text ends with an empty line (a paragraph break)."""
        if not self._len:
            return
        self.newline(olo)
        tail = "".join(self._parts[-2:])
        if not tail.endswith("\n\n") and self._len > 1:
            self.emit("\n", olo, olo)

    @property
    def after_blank(self) -> bool:
        """The text is empty or ends with a line break or a blank."""
        return not self._len or self._last in "\n \t"

    @property
    def at_line_start(self) -> bool:
        return not self._len or self._last == "\n"

    def mark(self, kind: str, start: int, end: int, value: Any = None) -> None:
        if end > start:
            self.marks.append(Mark(kind, start, end, value))

    def copy_lines(self, src: Source) -> None:
        """Append ``src`` unchanged, its newlines as line ends."""
        text = src.text
        pos = 0
        while True:
            nl = text.find("\n", pos)
            if nl == -1:
                self.copy(src, pos, len(text))
                return
            self.copy(src, pos, nl)
            self.newline(src.lo[nl], src.hi[nl])
            pos = nl + 1

    def source(self) -> Source:
        text = "".join(self._parts)
        if _ODD_SPACE.search(text):
            text = text.translate(_SPACES)
        return Source(text, self._lo, self._hi)


def sorted_marks(marks: Iterable[Mark]) -> tuple[Mark, ...]:
    return tuple(sorted(marks, key=lambda m: (m.start, -m.end, m.kind)))
