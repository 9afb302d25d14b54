"""Profile data in front matter: Hugo Academic / Wowchemy author pages, experience widgets.

Hugo themes render these YAML fields as the page: ``education`` (``area``,
``institution``, ``date_start``/``date_end``; or ``courses`` with ``course``,
``institution``, ``year``), ``work`` / ``experience`` / ``experiences``
(``position``/``title``, ``company_name``/``organization``, dates), ``awards``
(``title``, ``awarder``, ``date``), ``profiles`` / ``social`` links.  The ``email``
field used only for Gravatar is not shown and is ignored.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from kg.extract.advisors import AdvisorHit, find_advisors
from kg.extract.awards import award_phrases
from kg.extract.chinese_prose import org_and_unit
from kg.extract.dates import find_dates
from kg.extract.degree_text import unquote
from kg.extract.experience import Experience
from kg.extract.lexicon import DEGREE_RE, HAN, INTERN_WORDS, VISIT_WORDS, degree_level, role_kind
from kg.extract.profile import Award, Publication
from kg.extract.venues import normalize_venue

_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BULLET = re.compile(r"^\s*(?:[-*+•·]|\d{1,2}[.)])\s+")


def _plain(s: Any) -> str:
    if s is None:
        return ""
    s = str(s)
    s = _MD_LINK.sub(r"\1", s)
    return re.sub(r"[*_`]", "", s).strip()


class _Locator:
    """Finds where a front-matter value is written in the original text."""

    def __init__(self, original: str, span: tuple[int, int] | None) -> None:
        self.original = original
        self.start, self.end = span if span else (0, 0)
        self.pos = self.start

    def find(self, value: str) -> tuple[int, int]:
        if not value:
            return (self.start, self.start)
        i = self.original.find(value, self.pos, self.end)
        if i < 0:
            i = self.original.find(value, self.start, self.end)
        if i < 0:
            return (self.start, self.end)
        self.pos = i
        return (i, i + len(value))


def _dates(*vals: Any) -> tuple[str | None, str | None, bool, bool]:
    found = []
    for v in vals:
        if v is None or v == "":
            found.append(None)
            continue
        r = find_dates(str(v))
        found.append(r[0] if r else None)
    if len(found) == 1:
        r = found[0]
        return (r.start, r.end, r.expected, r.single) if r else (None, None, False, False)
    a, b = found[0], found[1]
    start = a.start if a else None
    end = b.end if b else None
    return start, end, bool(b and b.expected), False


def _list(front: Mapping[str, Any], *keys: str) -> list[Any]:
    """The entries under the first of ``keys``: a list, a mapping holding one (``courses``,
    ``items``, ``entries``), or a Wowchemy landing-page block of that name
    (``sections: [{block: experience, content: {items: […]}}]``)."""
    for k in keys:
        v = front.get(k)
        if isinstance(v, list):
            return v
        if isinstance(v, dict):
            for sub in ("courses", "items", "entries"):
                if isinstance(v.get(sub), list):
                    return v[sub]
    blocks = front.get("sections")
    for block in blocks if isinstance(blocks, list) else ():
        if not isinstance(block, dict) or not isinstance(block.get("content"), dict):
            continue
        name = str(block.get("block") or block.get("widget") or "").lower().removeprefix("resume-")
        if name in keys:
            return _list({name: block["content"]}, name)
    return []


def _role(item: Mapping[str, Any]) -> str:
    """The title of a work/experience entry."""
    return _plain(item.get("position") or item.get("title") or item.get("role"))


def _is_degree(title: str) -> bool:
    """An experience entry titled as a degree ("硕士研究生", "PhD student"), not an internship or a visit."""
    return bool(DEGREE_RE.search(title)) and not INTERN_WORDS.search(title) and not VISIT_WORDS.search(title)


def _writeup(item: Mapping[str, Any]) -> str:
    """The description written under an entry."""
    return _plain(item.get("summary") or item.get("writeup") or item.get("description") or "")


def _advisors(text: str, loc: "_Locator") -> list[AdvisorHit]:
    """The advisors named in a write-up, each with the span of its name in the front matter."""
    return [AdvisorHit(h.name, loc.find(h.name), h.academic) for h in find_advisors(_plain(text))]


def experiences_from_front_matter(front: Mapping[str, Any], original: str, span: tuple[int, int] | None) -> list[Experience]:
    """Education and work entries written as front-matter data."""
    loc = _Locator(original, span)
    out: list[Experience] = []
    for item in _list(front, "education"):
        if not isinstance(item, dict):
            continue
        deg = _plain(item.get("area") or item.get("course") or item.get("degree") or item.get("title"))
        inst = _plain(item.get("institution") or item.get("school") or item.get("organization"))
        if not inst and not deg:
            continue
        start, end, expected, single = _dates(item.get("date_start") or item.get("start"), item.get("date_end") or item.get("end"))
        if start is None and end is None and item.get("year") is not None:
            start, end, expected, single = _dates(item.get("year"))
        org, unit = org_and_unit(inst) if inst and HAN.match(inst) else (inst, None)  # "河海大学信息学部": a faculty of the university
        ex = Experience(organization=org or None, unit=unit, is_education=True, from_front_matter=True, start=start, end=end, expected=expected, single_date=single)
        m = DEGREE_RE.search(deg)
        if m:
            ex.degree = deg[: m.end()].strip()
            ex.degree_level = degree_level(ex.degree)
            rest = deg[m.end() :].strip()
            fm = re.match(r"^(?:in|of)\s+(.+)$", rest, re.I)
            ex.field = unquote((fm.group(1) if fm else rest).strip()) or None
        elif deg:
            ex.field = deg
        ex.span = loc.find(inst or deg)
        ex.org_span = ex.span
        ex.advisors = _advisors(item.get("summary", ""), loc)
        out.append(ex)
    for item in _list(front, "work", "experience", "experiences"):
        if not isinstance(item, dict):
            continue
        org_v = item.get("company_name") or item.get("organization") or item.get("company") or item.get("institution")
        if isinstance(org_v, dict):
            org_v = org_v.get("name")
        org = _plain(org_v)
        title = _role(item)
        if not org and not title:
            continue
        if item.get("dates") is not None:
            start, end, expected, single = _dates(item.get("dates"))
        else:
            start, end, expected, single = _dates(item.get("date_start") or item.get("start"), item.get("date_end") or item.get("end"))
            if start and not (item.get("date_end") or item.get("end")):
                end = "present"  # the experience widget shows an empty end as "Present"
        desc = _writeup(item)
        ex = Experience(organization=org or None, title=title or None, from_front_matter=True, start=start, end=end, expected=expected, single_date=single)
        ex.span = loc.find(org or title)
        ex.org_span = ex.span
        ex.advisors = _advisors(desc, loc)
        if _is_degree(title):
            ex.is_education = True
            ex.degree = title
            ex.degree_level = degree_level(title)
            ex.title = None
            fm = re.search(r"(?:([\u3400-\u9fff]{2,12}?(?:学院|学部|系))\s*)?([\u3400-\u9fff（）()]{2,20}?)专业", desc)
            if fm:
                ex.unit = fm.group(1) or ex.unit
                ex.field = fm.group(2)
        else:
            ex.kind = role_kind(title)
        if re.search(r"invited attendee|attendee|symposium", title + " " + desc, re.I) and not ex.advisors:
            continue
        out.append(ex)
    # Hugo Academic / Wowchemy author pages: the current role at the one listed organisation
    # (with several listed, which one the role is at is not said; a student's role is not a job)
    role = _plain(front.get("role") or "")
    listed = {e.organization for e in out if not e.is_education}
    orgs = _list(front, "organizations")
    if len(orgs) != 1 or DEGREE_RE.search(role) or re.search(r"student|candidate|研究生|本科生|博士生|硕士生|学生", role, re.I):
        orgs = []
    for item in orgs:
        org = _plain(item.get("name") if isinstance(item, dict) else item)
        if not org or org in listed or not role:
            continue
        ex = Experience(organization=org, title=role, from_front_matter=True, start=None, end="present")
        ex.span = loc.find(org)
        ex.org_span = ex.span
        ex.kind = role_kind(role)
        out.append(ex)
    return out


def awards_from_front_matter(front: Mapping[str, Any], original: str, span: tuple[int, int] | None) -> list[Award]:
    loc = _Locator(original, span)
    out: list[Award] = []
    for item in _list(front, "awards", "honors"):
        if isinstance(item, str):
            out.append(Award(name=_plain(item), evidence=loc.find(item)))
            continue
        if not isinstance(item, dict):
            continue
        name = _plain(item.get("title") or item.get("name"))
        if not name:
            continue
        start, _end, _e, _s = _dates(item.get("date") or item.get("year"))
        year = int(start[:4]) if start else None
        issuer = _plain(item.get("awarder") or item.get("issuer")) or None
        out.append(Award(name=name, issuer=issuer, year=year, date=start, evidence=loc.find(str(item.get("title") or item.get("name")))))
    # awards named in the write-up of a degree ("- 获得国家奖学金"), as in degree entries of the page text
    jobs = [i for i in _list(front, "work", "experience", "experiences") if isinstance(i, dict)]
    degrees = [i for i in _list(front, "education") if isinstance(i, dict)] + [i for i in jobs if _is_degree(_role(i))]
    for item in degrees:
        for line in _writeup(item).splitlines():
            for _at, award, year in award_phrases(_BULLET.sub("", line)):
                out.append(Award(name=award, year=year, evidence=loc.find(award)))
    return out


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOMAINS_IN_BRACES = re.compile(r"^([\w.+-]+)@\{([^{}]+)\}$")  # "ann.lee@{ox.ac.uk; outlook.com}"
# where a site author's account names lead (``github: annlee``)
_ACCOUNT_URLS = {"github": "https://github.com/{}", "gitlab": "https://gitlab.com/{}", "linkedin": "https://www.linkedin.com/in/{}",
                 "twitter": "https://twitter.com/{}", "orcid": "https://orcid.org/{}"}
_URL_KEYS = ("uri", "website", "homepage", "googlescholar", "google_scholar", "orcid", "researchgate", "dblp", "github", "gitlab", "linkedin", "twitter")


def _site_author_links(site: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(emails, urls) of a Jekyll site's author block (``site_author``, see kg.read.site).

    >>> _site_author_links({"email": "ann.lee@{ox.ac.uk; outlook.com}", "github": "annlee", "orcid": "0000-0002-1825-0097"})
    (['ann.lee@ox.ac.uk', 'ann.lee@outlook.com'], ['https://orcid.org/0000-0002-1825-0097', 'https://github.com/annlee'])
    """
    emails: list[str] = []
    raw = str(site.get("email") or "").strip().removeprefix("mailto:")
    braces = _DOMAINS_IN_BRACES.match(raw)
    if braces:
        emails = [f"{braces.group(1)}@{d.strip()}" for d in re.split(r"[;,|]", braces.group(2)) if _EMAIL.fullmatch(f"x@{d.strip()}")]
    elif _EMAIL.fullmatch(raw):
        emails = [raw]
    urls: list[str] = [str(u) for u in site.get("links") or [] if str(u).startswith(("http://", "https://"))]  # a Hugo owner's social links
    for key in _URL_KEYS:
        value = str(site.get(key) or "").strip()
        if value.startswith(("http://", "https://")):
            urls.append(value)
        elif key in _ACCOUNT_URLS and re.fullmatch(r"[\w.-]+", value) and not value.startswith("."):
            urls.append(_ACCOUNT_URLS[key].format(value))
    return emails, urls


def links_from_front_matter(front: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(emails, urls) from ``profiles`` / ``social`` entries and a site author's block."""
    emails: list[str] = []
    urls: list[str] = []
    site = front.get("site_author")
    if isinstance(site, Mapping):
        emails, urls = _site_author_links(site)
    for item in _list(front, "profiles", "social", "links"):
        if not isinstance(item, dict):
            continue
        url = str(item.get("url") or item.get("link") or "").strip()
        if not url:
            continue
        if url.startswith("mailto:"):
            emails.append(url[7:])
        elif _EMAIL.fullmatch(url):
            emails.append(url)
        elif url.startswith(("http://", "https://")):
            urls.append(url)
    return emails, urls


_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})")
_PREPRINT_TYPES = {"3", "article", "preprint"}  # Hugo Academic's numbered types (3: preprint) and CSL names
_URL_FIELDS = ("url_pdf", "url_preprint", "url_code", "url_dataset", "url_project", "url_slides", "url_video", "url_poster", "url_source")


def publications_from_front_matter(front: Mapping[str, Any], original: str, span: tuple[int, int] | None, owner: str | None) -> list[Publication]:
    """The paper of a Hugo Academic publication page: ``title``, ``authors`` (``admin`` is
    the site's owner, ``owner``), ``author_notes`` (equal contribution, corresponding),
    ``publication`` / ``publication_short`` (the venue), ``date``, ``doi``, ``url_*``
    links, ``publication_types`` (3 or ``article``: a preprint).  The owner's place in the
    author list is set by the caller, as for every paper.

    >>> fm = {"title": "Waves", "authors": ["admin", "Bo Li"], "date": "2023-05-01", "publication": "*Journal of Waves*",
    ...       "publication_types": ["2"], "doi": "10.1/x", "author_notes": ["Equal contribution", "Equal contribution"]}
    >>> p = publications_from_front_matter(fm, "", None, "Ann Lee")[0]
    >>> p.authors, p.venue, p.year, p.status, p.ids, p.equal_contribution
    (('Ann Lee', 'Bo Li'), 'Journal of Waves', 2023, 'published', (('doi', '10.1/x'),), ('Ann Lee', 'Bo Li'))
    """
    authors = front.get("authors")
    title = _plain(front.get("title"))
    types = front.get("publication_types")
    types = [str(t).strip().lower() for t in (types if isinstance(types, list) else [types] if types else [])]
    if not title or not isinstance(authors, list) or not (types or front.get("publication") or front.get("publication_short")):
        return []
    notes = front.get("author_notes") if isinstance(front.get("author_notes"), list) else []
    names: list[str] = []
    equal: list[str] = []
    corresponding: list[str] = []
    for i, raw in enumerate(authors):
        name = _plain(raw)
        if name.lower() == "admin":
            name = owner or ""
        if not name:
            continue
        names.append(name)
        note = str(notes[i]) if i < len(notes) and notes[i] else ""
        if re.search(r"equal", note, re.I):
            equal.append(name)
        if re.search(r"correspond", note, re.I):
            corresponding.append(name)
    venue = re.sub(r"^In\s+", "", _plain(front.get("publication"))) or _plain(front.get("publication_short")) or None
    short = _plain(front.get("publication_short")) or None
    year = int(m.group()) if (m := re.search(r"(?:19|20)\d{2}", str(front.get("date") or ""))) else None

    def with_year(v: str) -> str:
        return v if re.search(r"(?:19|20)\d{2}", v) or not year else f"{v} {year}"

    normalized = (normalize_venue(with_year(short)) if short else None) or (normalize_venue(with_year(venue)) if venue else None)
    ids: list[tuple[str, str]] = []
    if front.get("doi"):
        ids.append(("doi", str(front["doi"]).strip()))
    links = [str(front[k]).strip() for k in _URL_FIELDS if str(front.get(k) or "").startswith(("http://", "https://"))]
    arxiv = next((m.group(1) for u in links if (m := _ARXIV_URL.search(u))), None)
    if arxiv:
        ids.append(("arxiv", arxiv))
    preprint = bool(_PREPRINT_TYPES & set(types)) or bool(venue and re.search(r"arxiv|preprint", venue, re.I))
    loc = _Locator(original, span)
    return [Publication(title=title, authors=tuple(names), equal_contribution=tuple(equal), corresponding=tuple(corresponding),
                        venue=venue, venue_normalized=normalized, year=year,
                        status="preprint" if preprint else "published", ids=tuple(ids), links=tuple(links),
                        evidence=loc.find(str(front.get("title"))))]
