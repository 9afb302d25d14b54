"""Papers from a BibTeX file: authors in order, venue, year, DOI and arXiv ids.

The owner is the one author on (nearly) every entry; when no author stands out, the
build takes the owner of another profile in the same folder whose name is among the
authors (``kg.pipeline``), else the file has no owner.
"""

from __future__ import annotations

import re

from kg.extract.names import name_key
from kg.extract.profile import Owner, Profile, Publication, SourceInfo
from kg.extract.venues import normalize_venue

_ENTRY = re.compile(r"^[ \t]*@(\w+)\s*\{\s*([^,\s]+)\s*,", re.M)


def _plain(value: str) -> str:
    """A BibTeX value as text: braces dropped, accents applied, spaces collapsed."""
    from kg.read.latex import TEX_ACCENT, accented

    value = TEX_ACCENT.sub(accented, value)
    value = re.sub(r"\\(?:emph|textit|textbf|mathrm|url)\s*", "", value)
    value = value.replace("\\&", "&").replace("--", "–").replace("~", " ")
    return re.sub(r"\s+", " ", value.replace("{", "").replace("}", "")).strip()


def _person(name: str) -> str:
    """``Last, First`` (BibTeX order) as ``First Last``.

    >>> _person("Virtanen, Hanna"), _person("Hanna Virtanen"), _person("van der Berg, Jan")
    ('Hanna Virtanen', 'Hanna Virtanen', 'Jan van der Berg')
    """
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and parts[1]:
        return f"{parts[1]} {parts[0]}"
    if len(parts) == 3 and parts[2]:  # von Last, Jr, First
        return f"{parts[2]} {parts[0]} {parts[1]}"
    return name.strip()


def extract_bibtex(doc) -> Profile:
    """A Profile holding the papers of a BibTeX file (and its owner when one author is on
    nearly every entry).

    >>> from kg.read import read_text
    >>> bib = "@inproceedings{a1, author={Virtanen, Hanna and Smith, John}, title={{Elastic} Joins}, booktitle={Proc. Middleware}, year={2023}}\\n@article{a2, author={Hanna Virtanen and Lee, Ann}, title={Cold Starts}, journal={IEEE TPDS}, year=2024, doi={10.1/x}}"
    >>> p = extract_bibtex(read_text(bib, path="papers.bib"))
    >>> p.owner.name, [(x.title, x.authors, x.owner_index, x.year) for x in p.publications][0]
    ('Hanna Virtanen', ('Elastic Joins', ('Hanna Virtanen', 'John Smith'), 0, 2023))
    """
    import bibtexparser
    from bibtexparser.bparser import BibTexParser

    text = doc.original
    parser = BibTexParser(common_strings=True)
    parser.ignore_nonstandard_types = False
    parser.homogenize_fields = True
    db = bibtexparser.loads(text, parser)
    starts = {m.group(2): m.start() for m in _ENTRY.finditer(text)}
    order = sorted(starts.values())
    pubs = []
    for entry in db.entries:
        title = _plain(entry.get("title", ""))
        if not title:
            continue
        authors = tuple(_person(_plain(a)) for a in re.split(r"\s+and\s+", entry.get("author", ""), flags=re.I) if a.strip())
        venue = _plain(entry.get("booktitle") or entry.get("journal") or entry.get("publisher") or entry.get("howpublished") or "") or None
        year = int(m.group()) if (m := re.search(r"\d{4}", entry.get("year", ""))) else None
        ids = []
        if entry.get("doi"):
            ids.append(("doi", entry["doi"].strip()))
        eprint = entry.get("eprint") or ""
        if re.fullmatch(r"\d{4}\.\d{4,5}(?:v\d+)?", eprint.strip()) or "arxiv" in (entry.get("archiveprefix", "") + venue if venue else "").lower() and eprint:
            ids.append(("arxiv", eprint.strip()))
        start = starts.get(entry.get("ID"), 0)
        nxt = [s for s in order if s > start]
        end = nxt[0] if nxt else len(text)
        preprint = (venue and re.search(r"arxiv|preprint", venue, re.I)) or (not venue and any(k == "arxiv" for k, _v in ids))
        status = "preprint" if preprint else "published"
        pubs.append(Publication(
            title=title, authors=authors, venue=venue,
            venue_normalized=normalize_venue(f"{venue} {year}" if venue and year else venue), year=year, status=status,
            ids=tuple(ids), links=tuple(u for u in [entry.get("url")] if u), evidence=(start, len(text[:end].rstrip())),
        ))
    owner = _owner([p.authors for p in pubs])
    if owner:
        key = name_key(owner)
        pubs = [_with_owner(p, key) for p in pubs]
    return Profile(source=SourceInfo(doc.path, doc.sha256, doc.format, doc.language), owner=Owner(name=owner), publications=tuple(pubs))


def _owner(author_lists: list[tuple[str, ...]]) -> str | None:
    """The one name on at least three quarters of the author lists (two or more lists; no tie)."""
    from collections import Counter

    if len(author_lists) < 2:
        return None
    counts = Counter(name_key(a) for authors in author_lists for a in dict.fromkeys(authors))
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]) or top[0][1] < max(2, 0.75 * len(author_lists)):
        return None
    return next(a for authors in author_lists for a in authors if name_key(a) == top[0][0])


def _with_owner(p: Publication, key: str) -> Publication:
    from dataclasses import replace

    idx = next((i for i, a in enumerate(p.authors) if name_key(a) == key), None)
    return replace(p, owner_index=idx)


def with_owner(profile: Profile, owner: str, emails: tuple[str, ...] = (), urls: tuple[str, ...] = ()) -> Profile:
    """``profile`` with ``owner`` as its owner, and their place in every author list;
    ``emails`` and ``urls``: the owner's, when the owner is known from another profile."""
    from dataclasses import replace

    key = name_key(owner)
    who = replace(profile.owner, name=owner, emails=tuple(dict.fromkeys((*profile.owner.emails, *emails))),
                  urls=tuple(dict.fromkeys((*profile.owner.urls, *urls))))
    return replace(profile, owner=who, publications=tuple(_with_owner(p, key) for p in profile.publications))
