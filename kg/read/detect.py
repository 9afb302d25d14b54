"""Which format a file is in (from its content as well as its name), and its language."""

from __future__ import annotations

import re

_MD_SIGNALS = re.compile(
    r"""\A(?:\ufeff)?(?:---|\+\+\+)[ \t]*\n        # front matter
       |^\#{1,6}[ \t]+\S                      # ATX heading
       |\*\*[^*\n]+\*\*                       # bold
       |\[[^\]\n]+\]\([^)\s]+\)               # link
       |^[ \t]*[-*][ \t]+\S.*\n[ \t]*[-*][ \t]+\S   # two list items
       |\{%.*?%\}                             # Liquid
       |^\S.*\n(?:===+|---+)[ \t]*$           # setext heading
    """,
    re.M | re.X,
)
_HTML_DOC = re.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<\?xml[^>]*>\s*<html)", re.I)
_HTML_TAGS = re.compile(r"</?(?:div|p|span|a|li|ul|table|td|h[1-6]|body|strong|br)\b", re.I)
_LATEX = re.compile(r"\\documentclass|\\begin\{document\}|\\section\*?\{|\\cventry|\\resumeSubheading")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")

_BIBTEX = re.compile(r"^\s*@(?:article|inproceedings|conference|incollection|book|inbook|misc|phdthesis|mastersthesis|techreport|unpublished|online|proceedings)\s*\{", re.I | re.M)

EXTENSIONS = {
    ".bib": "bibtex",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".tex": "latex",
    ".jemdoc": "jemdoc",
}


def detect_format(text: str, path: str = "") -> str:
    """Decide how to read ``text``: markdown, html, latex, jemdoc or text.

    >>> detect_format("<!DOCTYPE html><html><body>Hi</body></html>")
    'html'
    >>> detect_format("Education\\n- **B.Sc.**, PKU")
    'markdown'
    >>> detect_format("教育经历\\n中山大学 | 硕士")
    'text'
    """
    head = text[:4000]
    if head.lstrip("\ufeff").startswith("# jemdoc"):
        return "jemdoc"
    structured = detect_structured(text)
    if structured:
        return structured
    if _BIBTEX.search(head) and re.sub(r"\A\ufeff?(?:\s*%[^\n]*\n)*\s*", "", head).startswith("@"):
        return "bibtex"
    lower = path.lower()
    for ext, fmt in EXTENSIONS.items():
        if lower.endswith(ext):
            if fmt == "markdown" and _HTML_DOC.match(head):
                return "html"
            return fmt
    if _HTML_DOC.match(head):
        return "html"
    if _LATEX.search(head):
        return "latex"
    if _MD_SIGNALS.search(text[:20000]):
        return "markdown"
    if len(_HTML_TAGS.findall(head)) >= 5:
        return "markdown"  # HTML fragments inside text: Markdown handles inline HTML
    return "text"


def detect_language(text: str) -> str:
    """``zh``, ``en`` or ``mixed`` from the share of CJK characters among letters.

    >>> detect_language("Peking University"), detect_language("北京大学计算机学院"), detect_language("北京大学 Peking University")
    ('en', 'zh', 'mixed')
    """
    cjk = len(text) - len(_CJK.sub("", text))
    latin_words = len(re.findall(r"[A-Za-z]{2,}", text))
    if cjk == 0:
        return "en"
    if latin_words == 0:
        return "zh"
    # A CJK character carries about as much as an English word.
    share = cjk / (cjk + latin_words * 1.5)
    if share > 0.7:
        return "zh"
    if share < 0.05:
        return "en"
    return "mixed"


def detect_structured(text: str) -> str | None:
    """``jsonresume`` or ``orcid`` for a JSON Resume or an ORCID public record (v3.0), by content.

    >>> detect_structured('{"basics": {"name": "Ann"}, "work": []}'), detect_structured('{"a": 1}'), detect_structured("# Hi")
    ('jsonresume', None, None)
    """
    body = text.lstrip("\ufeff \t\r\n")
    if not body.startswith("{"):
        return None
    import json

    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if "orcid-identifier" in data or ("person" in data and "activities-summary" in data):
        return "orcid"
    if isinstance(data.get("basics"), dict) or {"work", "education"} <= set(data):
        return "jsonresume"
    return None
