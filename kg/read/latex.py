"""LaTeX CV sources (moderncv, awesome-cv, resume classes, plain ``\\section``) to visible text.

Comments and ``\\iffalse`` blocks are dropped, the preamble is skipped, sectioning
commands become headings, ``\\textbf``/``\\textit`` become bold/italic, ``\\item``
starts a list item, ``\\href{url}{text}`` is a link.  Any other command with
brace arguments shows its arguments separated by `` | `` (``\\cventry{2019--2023}{PhD}{MIT}``
reads "2019–2023 | PhD | MIT"), which the entry parser cuts like any separated line;
so does a CV's own environment with arguments (``\\begin{job}[Engineer]{Acme}{2020}``).
A macro the file defines without parameters (``\\newcommand{\\degreeTable}{…}``) shows its
body where it is used; a command named for a section (``\\sectiontitle{Education}``) is a
heading; a line break inside ``\\textbf{…}`` is a space, as LaTeX prints it.
"""

from __future__ import annotations

import re
from typing import Any

from kg.read.document import Source, TextBuilder

_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
_IFFALSE = re.compile(r"\\iffalse\b.*?\\fi\b", re.S)
_BEGIN_DOC = re.compile(r"\\begin\{document\}")
_END_DOC = re.compile(r"\\end\{document\}")
_CMD = re.compile(r"\\([A-Za-z@]+\*?|.)")
TEX_ACCENT = re.compile(r"\\([`'^\"~=.uvHck])\s*\{?\s*([A-Za-z])\}?")
_BREAK_SPACE = re.compile(r"\*?\[[^\]\n]{0,20}\]")
_COMBINING = {"`": "\u0300", "'": "\u0301", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307",
              "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328"}


def accented(m: re.Match) -> str:
    r"""The letter a ``TEX_ACCENT`` match stands for.

    >>> TEX_ACCENT.sub(accented, r"Sch\"{o}nberg, Ren\'{e}e")
    'Schönberg, Renée'
    """
    import unicodedata

    return unicodedata.normalize("NFC", m.group(2) + _COMBINING[m.group(1)])


SECTIONS = {"section": 1, "section*": 1, "cvsection": 1, "subsection": 2, "subsection*": 2, "cvsubsection": 2, "subsubsection": 3, "part": 1, "chapter": 1}
BOLD = {"textbf", "bfseries", "bf", "name", "firstname", "familyname", "cvname"}
ITALIC = {"textit", "emph", "textsl", "itshape", "it"}
HIGHLIGHT = {"underline", "uline"}
INLINE = {"texttt", "textsc", "textrm", "textsf", "mbox", "text", "textnormal", "textmd", "textup", "hbox", "mathrm", "mathbf", "operatorname"}
DROP = {
    "usepackage", "documentclass", "geometry", "vspace", "hspace", "includegraphics", "pagenumbering", "setlength",
    "label", "ref", "cite", "bibliographystyle", "bibliography", "photo", "newcommand", "renewcommand", "definecolor",
    "fontsize", "linespread", "addtolength", "setcounter", "addtocounter", "pagestyle", "thispagestyle", "input",
    "include", "hypersetup", "moderncvstyle", "moderncvcolor", "titleformat", "titlespacing", "newgeometry", "color",
    "colorbox", "fcolorbox", "faicon", "raisebox", "resizebox", "scalebox", "setmainfont", "setCJKmainfont",
    "newenvironment", "renewenvironment", "newlength", "DeclareMathOperator", "RequirePackage", "selectfont",
}
SYMBOLS = {
    "&": "&", "%": "%", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}", "textbar": "|", "LaTeX": "LaTeX", "TeX": "TeX",
    "geq": "≥", "leq": "≤", "ge": "≥", "le": "≤", "times": "×", "cdot": "·", "textbullet": "•", "bullet": "•",
    "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…", "quad": " ", "qquad": " ", ",": " ", " ": " ",
    "ensuremath": "", "sim": "~", "pm": "±", "dagger": "†", "ddagger": "‡", "textdagger": "†", "ast": "*", "star": "*",
    "checkmark": "✓", "rightarrow": "→", "to": "→", "&amp;": "&",
    # letters written as commands: "N{\o}rv{\aa}g", "Stra{\ss}e"
    "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "ss": "ß", "l": "ł", "L": "Ł", "i": "ı",
}
# How many brace arguments an environment takes after its name.
_ENV_ARGS = {"tabular": 1, "tabular*": 2, "tabularx": 2, "tblr": 1, "minipage": 1, "longtable": 1, "multicols": 1, "array": 1, "wrapfigure": 2,
             "supertabular": 1, "xtabular": 1, "tabu": 1, "tabulary": 2, "NiceTabular": 1}
# Of those, the tables: a source line break inside one is a space (a row ends at "\\").
_TABLES = {"tabular", "tabular*", "tabularx", "tblr", "longtable", "array", "supertabular", "xtabular", "tabu", "tabulary", "NiceTabular"}
# Definitions: the command defined and its body are no text ("\\renewcommand\\arraystretch{1.5}").
_DEFINE = {"newcommand", "renewcommand", "providecommand", "def", "gdef", "edef"}
_DEFINED = re.compile(r"\s*(?:\{\\[A-Za-z@]+\*?\}|\\[A-Za-z@]+\*?)(?:#\d)*")
# Environments whose arguments are layout, not text (any other environment's arguments are shown).
_LISTS = {"itemize", "enumerate", "description", "compactitem", "compactenum", "itemize*", "enumerate*"}
_LAYOUT_ENVS = {"itemize", "enumerate", "description", "center", "flushleft", "flushright", "document", "quote", "quotation",
                "abstract", "multicols", "spacing", "adjustwidth", "list", "trivlist", "figure", "table", "small", "footnotesize",
                "tcolorbox", "paracol", "column", "columns"}
_COLUMN_SPEC = re.compile(r"[lcrpmbXSL|@{}\d.\s<>*!:-]*|.*\\(?:text|line|column)width.*")
_USER_MACRO = re.compile(r"\\(?:(?:re|provide|new)command\*?\s*(?:\{\\([A-Za-z@]+)\}|\\([A-Za-z@]+))|[gex]?def\s*\\([A-Za-z@]+))\s*\{")
_NAME_PART = re.compile(r"\s*(?:\\hspace\{[^{}]*\}\s*)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*")
_SET_LENGTH = {"setlength", "addtolength", "settowidth", "settoheight", "newlength", "setcounter", "addtocounter"}
BREAKS = {"\\", "newline", "linebreak", "par", "break", "cr", "hline", "toprule", "midrule", "bottomrule", "centering"}


def group_end(text: str, i: int, open_ch: str = "{", close_ch: str = "}") -> int:
    """Index of the brace closing the group that opens at ``text[i]`` (escaped braces skipped),
    or the text's length when it is never closed.

    >>> group_end("{a{b}c}d", 0), group_end("{a", 0)
    (6, 2)
    """
    depth = 0
    n = len(text)
    j = i
    while j < n:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == open_ch:
            depth += 1
        elif c == close_ch:
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return n


class _Reader:
    def __init__(self, src: Source, out: TextBuilder, macros: dict[str, str] | None = None, depth: int = 0) -> None:
        self.src = src
        self.text = src.text
        self.out = out
        self.depth = depth
        self.macros = macros or {}  # the file's own macros without parameters: name -> body
        self.inline = 0  # inside the argument of \textbf and the like: a line break is a space
        self.table = 0  # inside a tabular: so too (a row ends at "\\", a cell's \newline is a space)
        self.lists = 0  # open itemize/enumerate/description environments: an \item's depth

    def _lo(self, i: int) -> int:
        return self.src.lo[min(i, len(self.src.lo) - 1)] if self.src.lo else 0

    def group_end(self, i: int, open_ch: str = "{", close_ch: str = "}") -> int:
        """Index of the brace closing the group that opens at ``i``."""
        return group_end(self.text, i, open_ch, close_ch)

    def args(self, i: int, limit: int, count: int | None = None) -> tuple[list[tuple[int, int]], int]:
        """Brace arguments (and skipped [options]) starting at ``i``.

        ``count=None``: every argument of a macro; they may sit on lines of their own
        (awesome-cv writes one per line), but a blank line ends the macro.  ``count=n``:
        exactly an environment's ``n`` arguments, on its line ("\\begin{center}" then a
        "{\\LARGE Name}" group on the next line is text, not an argument)."""
        out: list[tuple[int, int]] = []
        j = i
        while j < limit:
            k = j
            newlines = 0
            while k < limit and self.text[k] in " \t\r\n" and (count is None or self.text[k] in " \t"):
                if count is None and not (k - j < 2 or newlines or self.text[k] == "\n" or self._blanks_to_newline(k)):
                    break
                newlines += self.text[k] == "\n"
                if newlines > 1:
                    break
                k += 1
            if k < limit and self.text[k] == "[" and (not out or count is not None):
                j = self.group_end(k, "[", "]") + 1
                continue
            if k < limit and self.text[k] == "{" and (count is None or len(out) < count):
                end = self.group_end(k)
                out.append((k + 1, min(end, limit)))
                j = end + 1
                continue
            break
        return out, j

    def _break_as_space(self, i: int, j: int, b: int) -> int:
        """A line break at ``text[i:j]`` that LaTeX prints as a space (inside ``\\textbf{…}``,
        an argument or a table cell): one blank, and the next line's indent skipped."""
        if not self.out.after_blank:
            self.out.emit(" ", self._lo(i), self._lo(j - 1) + 1)
        while j < b and self.text[j] in " \t":
            j += 1
        return j

    def _blanks_to_newline(self, k: int) -> bool:
        """Only blanks from ``k`` to the line's end ("\\entry    " then its arguments on the lines below)."""
        m = k
        while m < len(self.text) and self.text[m] in " \t\r":
            m += 1
        return m < len(self.text) and self.text[m] == "\n"

    def render(self, a: int, b: int) -> None:
        self.depth += 1
        if self.depth > 200:
            self.depth -= 1
            return
        text = self.text
        out = self.out
        i = a
        while i < b:
            c = text[i]
            if c == "\\":
                i = self.command(i, b)
                continue
            if c in "{}":
                i += 1
                continue
            if c == "$":
                j = text.find("$", i + 1)
                j = b if j == -1 or j > b else j
                self.render(i + 1, j)
                i = j + 1
                continue
            if c == "~":
                out.emit(" ", self._lo(i), self._lo(i) + 1)
                i += 1
                continue
            if c == "&":  # a table's column separator; none before a row's end ("Name & \\\\")
                k = i + 1
                while k < b and text[k] in " \t":
                    k += 1
                if k < b and not text.startswith("\\\\", k) and text[k] not in "&\n":
                    out.emit(" | ", self._lo(i), self._lo(i))  # stands for the &, which it is not
                i += 1
                continue
            if c == "\n":
                nxt = text.find("\n", i + 1)
                if nxt != -1 and not text[i + 1 : nxt].strip():
                    out.blank_line(self._lo(i))
                elif self.inline or self.table:
                    i = self._break_as_space(i, i + 1, b) - 1
                else:
                    out.newline(self._lo(i))
                i += 1
                continue
            if c == "-" and text.startswith("--", i):
                dash = "—" if text.startswith("---", i) else "–"
                n = 3 if dash == "—" else 2
                out.emit(dash, self._lo(i), self._lo(i + n - 1) + 1)
                i += n
                continue
            if c in "`'" and text.startswith(c + c, i):  # ``quoted''
                out.emit("“" if c == "`" else "”", self._lo(i), self._lo(i + 1) + 1)
                i += 2
                continue
            j = i
            while j < b and text[j] not in "\\{}$~\n-`'&":
                j += 1
            if j == i:
                j = i + 1
            out.copy(self.src, i, j)
            i = j
        self.depth -= 1

    def command(self, i: int, b: int) -> int:
        m = _CMD.match(self.text, i)
        if not m:
            return i + 1
        name = m.group(1)
        j = m.end()
        out = self.out
        lo = self._lo(i)
        if self.table and name in ("newline", "linebreak"):
            return self._break_as_space(i, j, b)
        if name in BREAKS:
            out.newline(lo)
            skip = _BREAK_SPACE.match(self.text, j) if name == "\\" else None  # "\\[4pt]"
            return skip.end() if skip else j
        if name in _COMBINING:  # "\"{o}", "\'e", "\v{S}"; not "\url" (its name is longer)
            am = TEX_ACCENT.match(self.text, i)
            if am:
                out.emit(accented(am), lo, self._lo(am.end() - 1) + 1)
                return am.end()
        if name in SYMBOLS:
            if SYMBOLS[name]:
                out.emit(SYMBOLS[name], lo, self._lo(j - 1) + 1)
            return j
        if name in ("begin", "end"):
            # exactly the environment's own arguments: "\begin{center}" then "{\LARGE Name}"
            # on the next line is the text, not a second argument
            k = j
            while k < b and self.text[k] in " \t":
                k += 1
            env = ""
            if k < b and self.text[k] == "{":
                end = self.group_end(k)
                env = self.text[k + 1 : end].strip()
                k = end + 1
            out.newline(lo)
            if env in _TABLES:
                self.table = self.table + 1 if name == "begin" else max(0, self.table - 1)
            if env in _LISTS:
                self.lists = self.lists + 1 if name == "begin" else max(0, self.lists - 1)
            if name == "begin" and (env in _ENV_ARGS or env in _LAYOUT_ENVS or env.endswith("*")):
                _extra, k = self.args(k, b, _ENV_ARGS.get(env, 0))  # column spec / width
            elif name == "begin":
                k = self.env_arguments(env, k, b)
            return k
        if name in self.macros and not self.known(name):
            self.expand(name, lo, self._lo(j - 1) + 1)
            return j
        if name == "item":
            if self.text.startswith("[", j):
                end = self.group_end(j, "[", "]")
                out.newline(lo)
                start = out.pos
                self.render(j + 1, end)
                out.emit(" ", lo, lo)
                out.mark("item", start, start + 1, max(self.lists - 1, 0))
                return end + 1
            out.newline(lo)
            out.mark("item", out.pos, out.pos + 1, max(self.lists - 1, 0))
            return j
        if name in _DEFINE or name in _SET_LENGTH:
            # "\renewcommand\arraystretch{1.5}", "\def\x{…}", "\setlength\itemsep{1pt}": the command
            # defined or set is no command to show
            cm = _DEFINED.match(self.text, j)
            if cm:
                j = cm.end()
        args, k = self.args(j, b)
        if name in DROP or name in _DEFINE:
            return k
        if name in SECTIONS or (len(args) == 1 and "section" in name.lower() and not self.known(name)):
            out.newline(lo)
            start = out.pos
            for s, e in args[:1]:
                self.render(s, e)
            out.mark("heading", start, out.pos, SECTIONS.get(name, 2 if "sub" in name.lower() else 1))
            out.newline(self._lo(k - 1) + 1)  # the line ends where the macro does: offsets stay in order
            return k
        if name in ("href",) and len(args) >= 2:
            start = out.pos
            self.inline += 1
            self.render(*args[1])
            self.inline -= 1
            out.mark("link", start, out.pos, self.text[args[0][0] : args[0][1]])
            return k
        if name == "url" and args:
            start = out.pos
            out.copy(self.src, *args[0])
            out.mark("link", start, out.pos, self.text[args[0][0] : args[0][1]])
            return k
        kind = "bold" if name in BOLD else "italic" if name in ITALIC else "highlight" if name in HIGHLIGHT else None
        if kind or name in INLINE:
            start = out.pos
            self.inline += 1
            for s, e in args:
                self.render(s, e)
            self.inline -= 1
            if kind:
                out.mark(kind, start, out.pos)
            return k
        if not args:  # "{\Large Name}": the blanks after a command word are not text
            while j < b and self.text[j] in " \t":
                j += 1
            return j
        if name in ("textcolor", "colorbox", "fcolorbox", "hyperlink", "hyperref", "multicolumn", "makebox", "parbox", "framebox",
                    "multirow", "multirowcell"):
            self.render(*args[-1])
            return k
        # Any other macro: its arguments, separated, on a line of their own.
        if len(args) >= 2:
            out.newline(lo)
        if name == "header" and len(args) >= 2 and all(_NAME_PART.fullmatch(self.text[s:e]) for s, e in args[:2]):
            # friggeri-cv's "\header{Aaron David}{Schneider}{title}": first and last name, a line of their own
            start = out.pos
            self.render(*args[0])
            if not out.after_blank:
                out.emit(" ", self._lo(args[1][0]), self._lo(args[1][0]))
            self.render(*args[1])
            out.mark("heading", start, out.pos, 1)
            out.newline(self._lo(args[1][1]))
            args = args[2:]
        first = True
        self.inline += 1  # a line break inside an argument is a space ("Thesis: “Title over\n two lines”")
        for s, e in args:
            if not self.text[s:e].strip():
                continue
            if not first:
                out.emit(" | ", self._lo(s), self._lo(s))  # placed where the next argument starts
            first = False
            self.render(s, e)
        self.inline -= 1
        if len(args) >= 2:
            out.newline(self._lo(k - 1) + 1)
        return k


    @staticmethod
    def known(name: str) -> bool:
        """A command this reader gives a meaning of its own, whatever a file defines it as."""
        return name in SECTIONS or name in BOLD or name in ITALIC or name in HIGHLIGHT or name in INLINE or name in DROP \
            or name in SYMBOLS or name in BREAKS or name in _DEFINE or name in ("item", "href", "url", "begin", "end")

    def expand(self, name: str, lo: int, hi: int) -> None:
        """Show the body of the file's own macro ``name`` where it is used; its text stands
        for the macro's name there (offsets stay in order)."""
        from array import array

        body = self.macros[name]
        n = len(body)
        sub = _Reader(Source(body, array("l", [lo]) * n, array("l", [hi]) * n), self.out, self.macros, self.depth)
        sub.inline, sub.table, sub.lists = self.inline, self.table, self.lists
        sub.render(0, n)
        self.lists = sub.lists  # ("\newcommand{\bi}{\begin{itemize}}" opens a list)

    def env_arguments(self, env: str, i: int, b: int) -> int:
        """The arguments of a CV's own environment on its line (``\\begin{job}[Engineer]{Acme}{2020}``),
        shown like a macro's: a line of its parts separated by " | "; a heading when the
        environment is named for a section (``\\begin{rSection}{Education}``)."""
        parts: list[tuple[int, int]] = []
        k = i
        text = self.text
        while True:
            m = k
            while m < b and text[m] in " \t":
                m += 1
            if m >= b or text[m] not in "[{":
                break
            close = "]" if text[m] == "[" else "}"
            end = self.group_end(m, text[m], close)
            inner = text[m + 1 : min(end, b)]
            if inner.strip() and "=" not in inner and not _COLUMN_SPEC.fullmatch(inner.strip()):
                parts.append((m + 1, min(end, b)))
            k = end + 1
        if not parts:
            return k
        out = self.out
        start = out.pos
        for n, (s, e) in enumerate(parts):
            if n:
                out.emit(" | ", self._lo(s), self._lo(s))
            self.render(s, e)
        if "section" in env.lower():
            out.mark("heading", start, out.pos, 2 if "sub" in env.lower() else 1)
        out.newline(self._lo(k - 1) + 1)
        return k


def _user_macros(text: str) -> dict[str, str]:
    """The macros a file defines without parameters (``\\newcommand{\\ie}{i.e.}``): name -> body."""
    out: dict[str, str] = {}
    for m in _USER_MACRO.finditer(text):
        name = m.group(1) or m.group(2) or m.group(3)
        j = group_end(text, m.end() - 1)
        if "#" not in text[m.end() : j]:
            out.setdefault(name, text[m.end() : j])
    return out


_HEADER_MACRO = re.compile(r"\\(name|author|email|homepage|phone|mobile|address)(?:\[[^\]]*\])?\s*\{([^{}]*)\}(?:\s*\{([^{}]*)\})?")
_HEADER_NAMES = {"name", "email", "homepage", "phone", "mobile", "address", "title", "author", "date"}
_PREAMBLE_BLOCK = re.compile(r"^\s*\\([A-Za-z]+)\s*\{", re.M)
_EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_LABELS = {"email": "Email: ", "homepage": "Homepage: ", "phone": "Phone: ", "mobile": "Phone: ", "address": "Address: "}


def _preamble_header(src: Source, end: int, out: TextBuilder) -> None:
    """The CV classes' header macros set in the preamble (moderncv, awesome-cv):
    ``\\name{First}{Last}`` as the title line, ``\\email``, ``\\homepage``, ``\\phone`` and
    ``\\address`` as labelled lines."""
    text = src.text[:end]
    blocks = []  # "\info{Email: & a@b.org \\ Phone: & …}": a block of contact lines set in the preamble
    for m in _PREAMBLE_BLOCK.finditer(text):
        if m.group(1) in DROP or m.group(1) in _DEFINE or m.group(1) in _HEADER_NAMES:
            continue
        close = group_end(src.text, m.end() - 1)
        if close < end and _EMAIL_LIKE.search(text, m.end(), close):
            blocks.append((m.start(), m.end(), close))
    for m in sorted([*_HEADER_MACRO.finditer(text), *blocks], key=lambda m: m[0] if isinstance(m, tuple) else m.start()):
        if isinstance(m, tuple):
            reader = _Reader(src, out)
            reader.table += 1  # its lines end at "\\"
            reader.render(m[1], m[2])
            out.newline(src.hi[m[2] - 1])
            continue
        kind = m.group(1)
        if kind == "author" and ("\\" in m.group(2) or m.group(3) or not m.group(2).strip()):
            continue  # "\author{A\\ University of X}": not the bare name of the CV's owner
        lo, hi = src.lo[m.start()], src.hi[m.end() - 1]
        if kind in ("name", "author"):
            start = out.pos
            out.copy(src, m.start(2), m.end(2))
            if m.group(3):
                out.emit(" ", src.hi[m.end(2) - 1], src.lo[m.start(3)])  # stands for the "}{" between the names
                out.copy(src, m.start(3), m.end(3))
            out.mark("heading", start, out.pos, 1)
        else:
            if kind == "phone" and m.group(3):  # \phone[mobile]{+1~(234)~567~890} has one argument; two: type, number
                continue
            out.emit(_LABELS[kind], lo, src.lo[m.start(2)])
            out.copy(src, m.start(2), m.end(2))
        out.newline(hi)


def render_latex(src: Source, out: TextBuilder) -> tuple[dict[str, Any] | None, None]:
    """Append the visible text of a LaTeX source to ``out``."""
    from kg.read.markdown import remove_invisible_matches

    text = src.text
    clean = remove_invisible_matches(src, [_COMMENT, _IFFALSE])
    begin = _BEGIN_DOC.search(clean.text)
    end = _END_DOC.search(clean.text)
    a = begin.end() if begin else 0
    b = end.start() if end and end.start() > a else len(clean.text)
    if a:
        _preamble_header(clean, a, out)
    _Reader(clean, out, _user_macros(clean.text)).render(a, b)
    out.newline(clean.hi[-1] if len(clean.hi) else len(text))
    return None, None
