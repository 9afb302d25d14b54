"""Inline markup to visible text: Markdown emphasis, links and code, HTML tags, entities.

``render_inline`` reads one paragraph (a Source) and appends its visible text to a
TextBuilder, recording bold/italic/link/sup/heading/item marks.  In ``html`` mode
Markdown syntax is not interpreted and white space collapses as a browser does.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

from kg.read.document import Source, TextBuilder

_TOKEN = re.compile(
    r"""
    (?P<hbr>\\(?=\n))
   |(?P<esc>\\[!-/:-@\[-`{-~])
   |(?P<math>\$\^?\{?(?:\\[A-Za-z]+|[*#\u2020\u2021\d,])+\}?\$)
   |(?P<psup>\^[^\s^]{1,8}\^)
   |(?P<code>`+)
   |(?P<img>!\[)
   |(?P<lbr>\[)
   |(?P<auto><(?:https?://|mailto:)[^\s<>]+>)
   |(?P<tag></?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>)
   |(?P<ent>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
   |(?P<delim>\*+|_+)
   |(?P<nl>\n)
    """,
    re.X,
)
_HTML_TOKEN = re.compile(
    r"""
    (?P<tag></?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>)
   |(?P<ent>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)
    """,
    re.X,
)
# Every token above starts with one of these characters: searching for them first lets the
# regular expression engine skip plain text at memory speed (it cannot for the named groups).
_TOKEN_START = re.compile(r"[\\`!\[<&*_\n$^]")
_HTML_TOKEN_START = re.compile(r"[<&]")
_SPECIAL = re.compile(r"[\\`!\[\]<>&*_$^]")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s[^<>]*)?)(/?)>")
_ATTR = re.compile(r"""([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u2009\u202f\u3000]+")

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form header hgroup hr html li main menu nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul caption".split()
)
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD_TAGS = frozenset({"strong", "b"})
ITALIC_TAGS = frozenset({"em", "i", "cite", "var", "dfn"})
HIGHLIGHT_TAGS = frozenset({"u", "ins", "mark"})
_HIGHLIGHT_CLASS = re.compile(r"accent|highlight|bold|strong|\bme\b|self|author-?me|my-?name", re.I)
_RIGHT_COLUMN = re.compile(r"(?:^|\s)(?:right|float-right|pull-right|float-end)(?:\s|$)")
_FLOAT_RIGHT = re.compile(r"float\s*:\s*right", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)


def attributes(attr_text: str) -> dict[str, str]:
    """Parse HTML attributes.

    >>> attributes(' href="x.html" class=\\'a b\\' id=z')
    {'href': 'x.html', 'class': 'a b', 'id': 'z'}
    """
    out: dict[str, str] = {}
    for m in _ATTR.finditer(attr_text):
        val = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        out[m.group(1).lower()] = html.unescape(val or "")
    return out


def _is_punct(c: str) -> bool:
    return unicodedata.category(c)[0] in "PS"


@dataclass
class _Delim:
    index: int  # position in the token list
    ch: str
    count: int
    orig: int
    can_open: bool
    can_close: bool
    opens: list[tuple[int, str]] = field(default_factory=list)  # (pair id, kind), match order
    closes: list[tuple[int, str]] = field(default_factory=list)


def _flanking(text: str, a: int, b: int) -> tuple[bool, bool]:
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    b_ws, a_ws = before.isspace(), after.isspace()
    b_p, a_p = _is_punct(before), _is_punct(after)
    left = not a_ws and (not a_p or b_ws or b_p)
    right = not b_ws and (not b_p or a_ws or a_p)
    return left, right


def _search(pattern: re.Pattern[str], starts: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos)`` for a pattern whose matches all begin with a
    character of ``starts``."""
    while (c := starts.search(text, pos)) is not None:
        m = pattern.match(text, c.start())
        if m is not None:
            return m
        pos = c.start() + 1
    return None


class InlineRenderer:
    """Renders paragraphs into a TextBuilder; keeps open HTML inline tags between calls."""

    def __init__(self, out: TextBuilder, *, html_mode: bool = False, refs: dict[str, str] | None = None) -> None:
        self.out = out
        self.html_mode = html_mode
        self.refs = refs or {}  # Markdown link reference definitions: label (lower case) -> target
        self._open: list[tuple[str, str, object, int]] = []  # (tag, mark kind, value, start)
        self._heading: tuple[int, int] | None = None  # (level, start)
        self._list_depth = 0
        self._row_depth = 0  # open <tr> elements: a <br> inside one continues the row ("td")
        self._skip_depth = 0  # inside <nav> and friends in html mode
        self._divs: list[bool] = []  # open <div>s: True for one floated right within a line (a column, no line break)
        self._blocks: list[tuple[str, int, int]] = []  # open block elements: (tag, text position, index of its "block" mark)

    # -- public -------------------------------------------------------------------
    def in_row(self, inside: bool) -> None:
        """Entering (or leaving) a Markdown table row: as inside ``<tr>``, a ``<br>`` in a
        cell starts a line that continues the row (block "td")."""
        self._row_depth = max(self._row_depth + (1 if inside else -1), 0)

    def render(self, src: Source) -> None:
        if not self.html_mode and not _SPECIAL.search(src.text):
            self.out.copy_lines(src)  # no markup at all
            return
        tokens = self._tokenize(src)
        self._resolve_emphasis(src.text, tokens)
        self._emit(src, tokens)

    def close_all(self) -> None:
        """Close inline marks still open (end of a paragraph or of the document)."""
        for _tag, kind, value, start in reversed(self._open):
            if kind:
                self.out.mark(kind, start, self.out.pos, value)
        self._open.clear()

    # -- tokenizing -----------------------------------------------------------------
    def _tokenize(self, src: Source) -> list[list]:
        text = src.text
        tokens: list[list] = []
        pattern, starts = (_HTML_TOKEN, _HTML_TOKEN_START) if self.html_mode else (_TOKEN, _TOKEN_START)
        link_close: dict[int, tuple[int, str]] = {}  # position of "]" -> (resume pos, href)
        pos = 0
        n = len(text)
        while pos < n:
            if pos in link_close:
                resume, _href = link_close.pop(pos)
                tokens.append(["lclose", pos, resume])
                pos = resume
                continue
            m = _search(pattern, starts, text, pos)
            stop = m.start() if m else n
            # A pending link close may come before the next token.
            pending = [p for p in link_close if pos <= p < stop]
            if pending:
                stop = min(pending)
                m = None
            if stop > pos:
                tokens.append(["text", pos, stop])
            if m is None:
                pos = stop
                continue
            kind = m.lastgroup
            a, b = m.start(), m.end()
            if kind == "hbr":
                pass  # "text \\" then a new line: a hard line break; the backslash is not text
            elif kind == "esc":
                tokens.append(["text", a + 1, b])
            elif kind == "psup":
                tokens.append(["sup", a, b, m.group()[1:-1]])  # Pandoc's superscript: "Lyu^*^"
            elif kind == "math":
                mark = _math_mark(m.group())
                tokens.append(["sup", a, b, mark] if mark else ["text", a, b])
            elif kind == "code":
                close = text.find(m.group(), b)
                while close != -1 and (close + len(m.group()) < n and text[close + len(m.group())] == "`"):
                    close = text.find(m.group(), close + len(m.group()) + 1)
                if close == -1:
                    tokens.append(["text", a, b])
                else:
                    tokens.append(["code", b, close])
                    b = close + len(m.group())
            elif kind in ("img", "lbr"):
                start = b
                close = _match_bracket(text, start)
                if close is not None and close + 1 < n and text[close + 1] == "(":
                    paren = _match_paren(text, close + 1)
                    if paren is not None:
                        href = text[close + 2 : paren].strip().split(" ")[0].strip("<>")
                        if kind == "img":
                            b = paren + 1  # images are not visible text
                        else:
                            tokens.append(["lopen", a, b, href])
                            link_close[close] = (paren + 1, href)
                    else:
                        tokens.append(["text", a, b])
                elif close is not None and kind == "lbr" and self.refs and (ref := self._reference(text, start, close)) is not None:
                    href, resume = ref  # "[text][label]", "[text][]", "[label]"
                    tokens.append(["lopen", a, b, href])
                    link_close[close] = (resume, href)
                else:
                    tokens.append(["text", a, b])
            elif kind == "auto":
                tokens.append(["lopen", a, a + 1, m.group()[1:-1]])
                tokens.append(["text", a + 1, b - 1])
                tokens.append(["lclose", b - 1, b])
            elif kind == "tag":
                tokens.append(["tag", a, b])
            elif kind == "ent":
                val = html.unescape(m.group())
                tokens.append(["synth", a, b, val])
            elif kind == "delim":
                left, right = _flanking(text, a, b)
                ch = m.group()[0]
                if ch == "*":
                    can_open, can_close = left, right
                else:
                    before = text[a - 1] if a > 0 else " "
                    after = text[b] if b < n else " "
                    can_open = left and (not right or _is_punct(before))
                    can_close = right and (not left or _is_punct(after))
                tokens.append(["delim", a, b, ch, can_open, can_close])
            elif kind == "nl":
                tokens.append(["nl", a, b])
            pos = b
        for p, (resume, _h) in sorted(link_close.items()):
            tokens.append(["lclose", p, resume])
        return tokens

    def _reference(self, text: str, start: int, close: int) -> tuple[str, int] | None:
        """The target of a reference link whose text ends at ``close``, and where the text
        after the link resumes; None when no definition names it."""
        label, resume = text[start:close], close + 1
        if close + 1 < len(text) and text[close + 1] == "[":
            end = text.find("]", close + 2)
            if end != -1 and "\n" not in text[close + 2 : end]:
                label, resume = (text[close + 2 : end] or label), end + 1
        href = self.refs.get(" ".join(label.split()).lower())
        return None if href is None else (href, resume)

    # -- emphasis -------------------------------------------------------------------
    def _resolve_emphasis(self, text: str, tokens: list[list]) -> None:
        delims: list[_Delim] = []
        for i, t in enumerate(tokens):
            if t[0] == "delim":
                d = _Delim(i, t[3], t[2] - t[1], t[2] - t[1], t[4], t[5])
                t.append(d)
                delims.append(d)
        pair = 0
        for ci, closer in enumerate(delims):
            if not closer.can_close:
                continue
            while closer.count > 0:
                opener = None
                opener_i = -1
                for oi in range(ci - 1, -1, -1):
                    o = delims[oi]
                    if o.ch != closer.ch or o.count == 0 or not o.can_open:
                        continue
                    if (o.can_close or closer.can_open) and (o.orig + closer.orig) % 3 == 0 and not (
                        o.orig % 3 == 0 and closer.orig % 3 == 0
                    ):
                        continue
                    opener = o
                    opener_i = oi
                    break
                if opener is None:
                    break
                use = 2 if closer.count >= 2 and opener.count >= 2 else 1
                kind = "bold" if use == 2 else "italic"
                pair += 1
                opener.opens.append((pair, kind))
                closer.closes.append((pair, kind))
                opener.count -= use
                closer.count -= use
                for mid in delims[opener_i + 1 : ci]:
                    mid.can_open = mid.can_close = False
                    # unmatched delimiters in between stay literal

    # -- emitting -------------------------------------------------------------------
    def _emit(self, src: Source, tokens: list[list]) -> None:
        out = self.out
        text = src.text
        pairs: dict[int, int] = {}
        links: list[tuple[int, str]] = []
        for t in tokens:
            kind = t[0]
            if self._skip_depth and kind != "tag":
                continue
            if kind == "text":
                self._text(src, t[1], t[2])
            elif kind == "code":
                start = out.pos
                out.copy(src, t[1], t[2])
                out.mark("code", start, out.pos)
            elif kind == "synth":
                val = t[3].replace("\u00a0", " ")
                if self.html_mode and val.isspace():
                    if not out.at_line_start and not self._ends_space():
                        out.emit(" ", src.lo[t[1]], src.hi[t[2] - 1])
                else:
                    out.emit(val, src.lo[t[1]], src.hi[t[2] - 1])
            elif kind == "nl" and self._row_depth:
                if not out.at_line_start and not self._ends_space():  # a <td> written on a line of its own: the row goes on
                    out.emit(" ", src.lo[t[1]], src.hi[t[1]])
            elif kind == "nl":
                out.newline(src.lo[t[1]], src.hi[t[1]])
            elif kind == "sup":
                start = out.pos
                out.emit(t[3], src.lo[t[1]], src.hi[t[2] - 1])
                out.mark("sup", start, out.pos)
            elif kind == "lopen":
                links.append((out.pos, t[3]))
            elif kind == "lclose":
                if links:
                    start, href = links.pop()
                    out.mark("link", start, out.pos, href)
            elif kind == "delim":
                d: _Delim = t[6]
                a, b = t[1], t[2]
                if d.opens or d.closes:
                    lit = d.count
                    if d.closes:
                        for pid, _k in d.closes:
                            start = pairs.pop(pid, None)
                            if start is not None:
                                out.mark(_k, start, out.pos)
                        if lit:
                            out.copy(src, b - lit, b)
                    if d.opens:
                        if lit and not d.closes:
                            out.copy(src, a, a + lit)
                        for pid, _k in reversed(d.opens):
                            pairs[pid] = out.pos
                else:
                    out.copy(src, a, b)
            elif kind == "tag":
                self._tag(src, t[1], t[2])
        for start, href in links:
            out.mark("link", start, out.pos, href)
        del text

    def _ends_space(self) -> bool:
        return self.out._last in (" ", "\t")

    def _text(self, src: Source, a: int, b: int) -> None:
        out = self.out
        if not self.html_mode:
            out.copy(src, a, b)
            return
        text = src.text
        pos = a
        for m in _WS.finditer(text, a, b):
            if m.start() > pos:
                out.copy(src, pos, m.start())
            if not out.at_line_start and not self._ends_space():
                out.emit(" ", src.lo[m.start()], src.hi[m.end() - 1])
            pos = m.end()
        if pos < b:
            out.copy(src, pos, b)

    def _tag(self, src: Source, a: int, b: int) -> None:
        out = self.out
        m = _TAG.match(src.text, a, b)
        if not m:
            out.copy(src, a, b)
            return
        closing, name, attr_text, selfclose = m.group(1), m.group(2).lower(), m.group(3), m.group(4)
        olo, ohi = src.lo[a], src.hi[b - 1]
        if name in ("nav",) and self.html_mode:
            self._skip_depth += -1 if closing else 1
            self._skip_depth = max(self._skip_depth, 0)
            return
        if self._skip_depth:
            return
        if name == "br":
            out.newline(olo, ohi)
            if self._row_depth:
                out.mark("block", out.pos, out.pos + 1, "td")
            return
        if name in HEADING_TAGS:
            if not closing:
                out.newline(olo, ohi)
                self._heading = (HEADING_TAGS[name], out.pos)
            else:
                if self._heading:
                    level, start = self._heading
                    out.mark("heading", start, out.pos, level)
                    self._heading = None
                out.newline(olo, ohi)
            return
        if name in BLOCK_TAGS:
            if name in ("ul", "ol"):
                self._list_depth += -1 if closing else 1
                self._list_depth = max(self._list_depth, 0)
            elif name == "tr":
                self.in_row(not closing)
            if name in ("td", "th") and not closing:
                if not out.at_line_start:
                    out.emit(" | ", olo, ohi)
                return
            if name in ("td", "th", "tbody", "thead", "tfoot"):
                return
            if name == "div" and self._div_column(closing, attr_text):
                if not closing:
                    out.emit(" | ", olo, ohi)  # "<b>Oxford</b>, <div style="float:right;">2019-2023</div>": a column of the line
                return
            out.newline(olo, ohi)
            if not closing:
                attrs = attributes(attr_text)
                cls = attrs.get("class", "")
                out.mark("block", out.pos, out.pos + 1, f"{name}.{cls}" if cls else name)
                self._blocks.append((name, out.pos, len(out.marks) - 1))
                if name == "li":
                    self._open.append((name, "item", max(self._list_depth - 1, 0), out.pos))
                elif cls:
                    self._open.append((name, "span", cls, out.pos))
            else:
                self._close(name)
                self._close_block(name)
            return
        if closing:
            self._close(name)
            return
        if selfclose or name in ("img", "input", "hr", "meta", "link", "source", "wbr", "col", "area"):
            return
        attrs = attributes(attr_text)
        kind: str | None = None
        value: object = None
        if name in BOLD_TAGS:
            kind = "bold"
        elif name in ITALIC_TAGS:
            kind = "italic"
        elif name in HIGHLIGHT_TAGS:
            kind = "highlight"
        elif name == "sup":
            kind = "sup"
        elif name == "a":
            kind, value = "link", attrs.get("href", "")
        elif name in ("span", "font", "div", "small", "label"):
            cls = attrs.get("class", "")
            style = attrs.get("style", "")
            if name == "span" and _RIGHT_COLUMN.search(cls) and not out.at_line_start and not self._ends_space():
                out.emit(" | ", src.lo[a], src.hi[b - 1])  # "Project<span class="right">2021.11 - 今</span>": a column of its own
            if _BOLD_STYLE.search(style):
                kind = "bold"
            elif cls and _HIGHLIGHT_CLASS.search(cls):
                kind, value = "highlight", cls
            elif cls:
                kind, value = "span", cls
        self._open.append((name, kind or "", value, out.pos))

    def _div_column(self, closing: bool, attr_text: str) -> bool:
        """Whether this ``<div>`` (or its closing tag) is a column floated right on a line
        that has text before it, rather than a block."""
        if closing:
            return self._divs.pop() if self._divs else False
        attrs = attributes(attr_text)
        floated = bool(_FLOAT_RIGHT.search(attrs.get("style", "")) or _RIGHT_COLUMN.search(attrs.get("class", "")))
        column = floated and not self.out.at_line_start
        self._divs.append(column)
        return column

    def _close_block(self, name: str) -> None:
        """Closing a block element: one that showed nothing (a table row of images) opens
        no line, so its mark is taken back rather than left on the line that follows."""
        for i in range(len(self._blocks) - 1, -1, -1):
            if self._blocks[i][0] == name:
                for _tag, pos, k in reversed(self._blocks[i:]):
                    if pos == self.out.pos and k < len(self.out.marks) and self.out.marks[k].kind == "block":
                        del self.out.marks[k]
                del self._blocks[i:]
                return

    def _close(self, name: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == name:
                for tag, kind, value, start in reversed(self._open[i:]):
                    if kind:
                        self.out.mark(kind, start, self.out.pos, value)
                del self._open[i:]
                return


_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MATH_MARKS = {"dagger": "†", "ddagger": "‡", "star": "*", "ast": "*", "#": "#"}
_MATH_PART = re.compile(r"\\([A-Za-z]+|#)|([*#\u2020\u2021\d,])")


def _math_mark(math: str) -> str | None:
    r"""The marks a TeX superscript between dollars stands for, or None when it is other
    mathematics: Markdown pages write affiliation and contribution marks so ("VLM$^2$-Bench"
    is "VLM²-Bench").

    >>> _math_mark("$^{\\dagger}$"), _math_mark("$^*$"), _math_mark("$^{1,\\star}$"), _math_mark("$\\alpha$"), _math_mark("$10$")
    ('†', '*', '¹,*', None, None)
    """
    out = []
    sup = "^" in math  # "$10$" is a number, "$^{10}$" a superscript
    for m in _MATH_PART.finditer(math.strip("$").lstrip("^").strip("{}")):
        if m.group(1) is not None:
            if m.group(1) not in _MATH_MARKS:
                return None
            out.append(_MATH_MARKS[m.group(1)])
        elif m.group(2).isdigit() and not sup:
            return None
        else:
            out.append(m.group(2).translate(_SUPERSCRIPT_DIGITS))
    return "".join(out) or None


def _match_bracket(text: str, start: int) -> int | None:
    """Position of the ``]`` closing a ``[`` whose content starts at ``start``."""
    depth = 1
    i = start
    n = len(text)
    limit = min(n, start + 2000)
    while i < limit:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i
        elif c == "\n" and i + 1 < n and text[i + 1] == "\n":
            return None
        i += 1
    return None


def _match_paren(text: str, open_pos: int) -> int | None:
    depth = 0
    i = open_pos
    limit = min(len(text), open_pos + 2000)
    while i < limit:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        elif c in "\n" and depth:
            return None
        i += 1
    return None
