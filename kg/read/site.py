"""Pages of a static site (Jekyll, Hugo): what the site adds to a page when it renders it.

Academic homepage themes (AcadHomepage, academicpages, minimal-mistakes) often keep
the page itself nearly empty:

- ``{% include_relative includes/pubs.md %}`` pulls each section in from a file of
  its own.  The page is read with those files inlined (relative to the file that
  includes them, nested up to four deep, never ``..``, never a file twice on one
  path), and a batch treats the included files as parts of the page, not as
  profiles of their own (:func:`included_files`).
- ``author_profile: true`` in the page's front matter shows the site author's
  sidebar, written once in ``_config.yml`` (``author: name, email, orcid, …``; al-folio:
  ``first_name``/``last_name`` at its top, shown by its ``layout: about`` page).  The
  page is read with that block added to its front matter as ``site_author``, taken
  from the nearest ``_config.yml`` in the page's folder or up to three folders above.

A page of a Hugo Academic (Wowchemy, Hugo Blox) site that names its ``authors`` (a
publication, talk or post page: ``authors: [admin, Co Author]``) is the site owner's:
it is read with the owner's name and links, from the front matter of
``authors/admin/_index.md`` (or the author page marked ``superuser: true``) in the
content folder above it, as ``site_author``.

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
# the page shows the site's owner: minimal-mistakes' sidebar, al-folio's about page
_AUTHOR_PROFILE = re.compile(r"^(?:author_profile\s*:\s*true|layout\s*:\s*about)\s*$", re.M | re.I)
_AUTHOR_PROFILE_BYTES = re.compile(_AUTHOR_PROFILE.pattern.encode(), re.M | re.I)
_AUTHORS_BYTES = re.compile(rb"^authors\s*:", re.M)
_HUGO_LEVELS = 6
_MAX_DEPTH = 4
_CONFIG_LEVELS = 3
_AUTHOR_KEYS = ("name", "email", "location", "employer", "bio", "uri", "website", "homepage", "googlescholar",
                "google_scholar", "orcid", "github", "gitlab", "linkedin", "twitter", "researchgate", "dblp")
# the themes' defaults: "Your Name", "YOUR_GOOGLE_SCHOLAR_ID", al-folio's "You R. Name"
_PLACEHOLDER = re.compile(r"(?<![a-z])your(?![a-z])|^You R\. Name$", re.I)


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
    has_profile = _AUTHOR_PROFILE_BYTES.search(data[:4000]) is not None
    has_authors = _AUTHORS_BYTES.search(data[:8000]) is not None
    if not (has_include or has_profile or has_authors):
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
    elif has_authors:
        text = _with_hugo_owner(text, p)
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
    if not fm or not _AUTHOR_PROFILE.search(fm.group(2) or ""):
        return text
    return _add_site_author(text, fm, _config_author(folder))


def _add_site_author(text: str, fm: re.Match, author: dict | None) -> str:
    if not author or re.search(r"^site_author\s*:", fm.group(2) or "", re.M):
        return text
    line = "site_author: " + json.dumps(author, ensure_ascii=False) + "\n"  # JSON is YAML
    return text[: fm.start(3)] + line + text[fm.start(3):]


def _with_hugo_owner(text: str, page: Path) -> str:
    fm = _FRONT.match(text)
    if not fm or not re.search(r"^authors\s*:", fm.group(2) or "", re.M):
        return text
    return _add_site_author(text, fm, _hugo_owner(page.parent))


def _hugo_owner(folder: Path) -> dict | None:
    """The site owner of a Hugo Academic content folder above ``folder``: name and links."""
    here = folder
    for _ in range(_HUGO_LEVELS):
        authors = here / "authors"
        if authors.is_dir():
            pages = [authors / "admin" / "_index.md"] + sorted(authors.glob("*/_index.md"))
            for page in dict.fromkeys(pages):
                front = _front_of(page)
                if front is None or (page.parent.name != "admin" and front.get("superuser") is not True):
                    continue
                name = front.get("title") or front.get("name")
                if not isinstance(name, str) or not name.strip() or _PLACEHOLDER.search(name):
                    return None
                out: dict = {"name": name.strip()}
                links = [str(i.get("link") or i.get("url") or "").strip() for i in front.get("social") or [] if isinstance(i, dict)]
                emails = [x[7:] for x in links if x.startswith("mailto:")]
                if emails:
                    out["email"] = emails[0]
                urls = [x for x in links if x.startswith(("http://", "https://")) and not _PLACEHOLDER.search(x)]
                if urls:
                    out["links"] = urls
                return out
            return None
        if here.parent == here:
            break
        here = here.parent
    return None


def _front_of(page: Path) -> dict | None:
    from kg.read.frontmatter import split_front_matter

    try:
        text = page.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    data, _span = split_front_matter(text)
    return data


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
    from kg.read.frontmatter import parse_yaml

    try:
        data = parse_yaml(cfg.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    author = data.get("author")
    if not isinstance(author, dict):
        author = _al_folio_author(data)
    out = {k: str(author[k]).strip() for k in _AUTHOR_KEYS if isinstance(author.get(k), (str, int)) and str(author[k]).strip()}
    if "name" in out and _PLACEHOLDER.search(out["name"]):
        return None  # the theme's example author, never filled in
    return {k: v for k, v in out.items() if not _PLACEHOLDER.search(v)} or None  # "citations?user=YOUR_GOOGLE_SCHOLAR_ID"


def _al_folio_author(config: dict) -> dict:
    """al-folio keeps the owner at the top of ``_config.yml``: ``first_name``,
    ``middle_name``, ``last_name``, and (older versions) ``email``, ``scholar_userid``,
    ``orcid_id``, ``github_username``, ``linkedin_username``, ``dblp_url``."""
    def text(key: str) -> str:
        value = config.get(key)
        return str(value).strip() if isinstance(value, (str, int)) and str(value).strip() else ""

    name = " ".join(x for x in (text("first_name"), text("middle_name"), text("last_name")) if x)
    out = {"name": name} if name else {}
    for key, field, url in (("email", "email", "{}"), ("scholar_userid", "googlescholar", "https://scholar.google.com/citations?user={}"),
                            ("orcid_id", "orcid", "https://orcid.org/{}"), ("github_username", "github", "{}"),
                            ("linkedin_username", "linkedin", "{}"), ("dblp_url", "dblp", "{}")):
        if text(key):
            out[field] = url.format(text(key))
    return out if name else {}


def _real(p: Path) -> str:
    try:
        return str(p.resolve())
    except (OSError, RuntimeError):  # a symlink loop: reported when the file is read for itself
        return str(p.absolute())
