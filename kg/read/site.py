"""Pages of a Jekyll site: what the site adds to a page when it renders it.

Academic homepage themes (AcadHomepage, academicpages, minimal-mistakes) often keep
the page itself nearly empty:

- ``{% include_relative includes/pubs.md %}`` pulls each section in from a file of
  its own.  The page is read with those files inlined (relative to the file that
  includes them, nested up to four deep, never ``..``, never a file twice on one
  path), and a batch treats the included files as parts of the page, not as
  profiles of their own (:func:`included_files`).
- ``author_profile: true`` in the page's front matter shows the site author's
  sidebar, written once in ``_config.yml`` (``author: name, email, orcid, …``).  The
  page is read with that block added to its front matter as ``site_author``, taken
  from the nearest ``_config.yml`` in the page's folder or up to three folders above.

Everything is local: only files beside or above the page are read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_INCLUDE = re.compile(r"\{%-?\s*include_relative\s+([^\s%{}]+)[^%]*?-?%\}")
_INCLUDE_BYTES = b"include_relative"
_PAGE_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".html", ".htm"}
_FRONT = re.compile(r"\A(\ufeff?---[ \t]*\r?\n)(.*?\r?\n)?((?:---|\.\.\.)[ \t]*(?:\r?\n|\Z))", re.S)
_AUTHOR_PROFILE = re.compile(r"^author_profile\s*:\s*true\s*$", re.M | re.I)
_MAX_DEPTH = 4
_CONFIG_LEVELS = 3
_AUTHOR_KEYS = ("name", "email", "location", "employer", "bio", "uri", "website", "homepage", "googlescholar",
                "google_scholar", "orcid", "github", "gitlab", "linkedin", "twitter", "researchgate", "dblp")
_PLACEHOLDER = re.compile(r"(?<![a-z])your(?![a-z])", re.I)  # the themes' defaults: "Your Name", "YOUR_GOOGLE_SCHOLAR_ID"


def assemble_page(path: str | Path, data: bytes, max_bytes: int) -> bytes:
    """The bytes of a site page as the site renders it (see the module); other files,
    and pages that need nothing, are returned as they are.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "inc").mkdir(), (d / "inc" / "edu.md").write_text("# Education\\n- PhD, MIT\\n")
    >>> assemble_page(d / "about.md", b"Hi\\n{% include_relative inc/edu.md %}\\n", 10**6).decode()
    'Hi\\n# Education\\n- PhD, MIT\\n\\n'
    """
    p = Path(path)
    if p.suffix.lower() not in _PAGE_SUFFIXES:
        return data
    has_include = _INCLUDE_BYTES in data
    has_profile = b"author_profile" in data[:4000]
    if not (has_include or has_profile):
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data  # a Jekyll site is UTF-8; anything else is read as it is
    budget = [max_bytes - len(data)]
    if has_include:
        text = _inline(text, p.parent, (_real(p),), 1, budget)
    if has_profile:
        text = _with_site_author(text, p.parent)
    return text.encode("utf-8")


def included_files(files: list[Path]) -> set[Path]:
    """The files among ``files`` that another of them includes (``include_relative``),
    so a batch reads them as parts of that page only.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "about.md").write_text("{% include_relative pubs.md %}"), (d / "pubs.md").write_text("x")
    >>> sorted(p.name for p in included_files([d / "about.md", d / "pubs.md"]))
    ['pubs.md']
    """
    wanted: list[tuple[Path, Path]] = []  # (including file, included file)
    for f in files:
        if f.suffix.lower() not in _PAGE_SUFFIXES:
            continue
        try:
            data = f.read_bytes()
        except OSError:
            continue  # reported when the file is read for itself
        if _INCLUDE_BYTES in data:
            wanted += [(f, t) for t in _targets(data.decode("utf-8", errors="replace"), f.parent)]
    if not wanted:
        return set()
    real = {_real(f): f for f in files}
    return {hit for f, t in wanted if (hit := real.get(_real(t))) is not None and hit != f}


def _targets(text: str, folder: Path) -> list[Path]:
    out = []
    for m in _INCLUDE.finditer(text):
        target = _target(m.group(1), folder)
        if target is not None:
            out.append(target)
    return out


def _target(rel: str, folder: Path) -> Path | None:
    """The file an include names, or None (absolute, ``..``, missing)."""
    rel = rel.strip("'\"")
    parts = Path(rel).parts
    if not rel or Path(rel).is_absolute() or ".." in parts:
        return None
    target = folder / rel
    return target if target.is_file() else None


def _inline(text: str, folder: Path, stack: tuple[str, ...], depth: int, budget: list[int]) -> str:
    def repl(m: re.Match) -> str:
        target = _target(m.group(1), folder)
        if target is None or depth > _MAX_DEPTH or _real(target) in stack:
            return m.group(0)
        try:
            raw = target.read_bytes()
        except OSError:
            return m.group(0)
        budget[0] -= len(raw)
        if budget[0] < 0:
            return m.group(0)
        body = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
        fm = _FRONT.match(body)
        if fm:
            body = body[fm.end():]
        if _INCLUDE_BYTES.decode() in body:
            body = _inline(body, target.parent, (*stack, _real(target)), depth + 1, budget)
        return body

    return _INCLUDE.sub(repl, text)


def _with_site_author(text: str, folder: Path) -> str:
    fm = _FRONT.match(text)
    if not fm or not _AUTHOR_PROFILE.search(fm.group(2) or "") or re.search(r"^site_author\s*:", fm.group(2) or "", re.M):
        return text
    author = _config_author(folder)
    if not author:
        return text
    line = "site_author: " + json.dumps(author, ensure_ascii=False) + "\n"  # JSON is YAML
    return text[: fm.start(3)] + line + text[fm.start(3):]


def _config_author(folder: Path) -> dict[str, str] | None:
    """The ``author`` block of the nearest ``_config.yml``, its non-empty text values."""
    here = folder
    for _ in range(_CONFIG_LEVELS + 1):
        cfg = here / "_config.yml"
        if cfg.is_file():
            return _author_of(cfg)
        if here.parent == here:
            break
        here = here.parent
    return None


def _author_of(cfg: Path) -> dict[str, str] | None:
    import yaml

    try:
        data = yaml.load(cfg.read_text(encoding="utf-8", errors="replace"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except (OSError, yaml.YAMLError, ValueError, RecursionError):
        return None
    author = data.get("author") if isinstance(data, dict) else None
    if not isinstance(author, dict):
        return None
    out = {k: str(author[k]).strip() for k in _AUTHOR_KEYS if isinstance(author.get(k), (str, int)) and str(author[k]).strip()}
    if "name" in out and _PLACEHOLDER.search(out["name"]):
        return None  # the theme's example author, never filled in
    return {k: v for k, v in out.items() if not _PLACEHOLDER.search(v)} or None  # "citations?user=YOUR_GOOGLE_SCHOLAR_ID"


def _real(p: Path) -> str:
    try:
        return str(p.resolve())
    except (OSError, RuntimeError):  # a symlink loop: reported when the file is read for itself
        return str(p.absolute())
