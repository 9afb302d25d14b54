"""resolve: Profiles -> entities.

Reads: (Document, Profile) pairs, a curation (same_as / not_same_as / corrections),
optionally a ROR index.
Writes: a Resolution — people, organisations, papers, venue series and projects as
entities with stable keys, and for each document the facts it states about them,
each with its evidence (document, span, quote).  Every merge of two mentions into
one person records why (``Person.reasons``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from kg.extract.lexicon import HAN
from kg.extract.profile import Profile
from kg.extract.venues import series_info
from kg.read import Document
from kg.resolve.curation import Curation, apply_corrections
from kg.resolve.model import (
    AuthorshipFact,
    AwardFact,
    DocFacts,
    DocumentInfo,
    EducationFact,
    Evidence,
    Paper,
    PaperFact,
    Person,
    PositionFact,
    Project,
    ProjectFact,
    RelationFact,
    Resolution,
    Series,
)
from kg.resolve.orgs import OrgResolver, slug
from kg.resolve.people import PeopleResolver, person_key
from kg.resolve.ror import RorOrg

__all__ = ["resolve", "Resolution", "person_key", "paper_key", "doc_key"]

_ORG_AUTHOR = re.compile(r"\b(?:Team|Group|Lab|Laboratory|Consortium|Collaboration|Committee|Inc|Corp|Project|Organization|University)\b", re.I)
_MAX_QUOTE = 600
_NOT_TITLE = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
_SPACES = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=1 << 18)
def paper_key(title: str) -> str:
    """The key of a paper: its title, normalised.

    >>> paper_key("Llumnix: Dynamic Scheduling for LLM Serving.") == paper_key("LLUMNIX - dynamic scheduling for llm serving")
    True
    """
    norm = _NOT_TITLE.sub(" ", title.lower()).strip()
    words = norm.split()
    short = "-".join(words[:6])
    digest = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:8]
    return f"{slug(short) if short else 'untitled'}-{digest}"


def doc_key(path: str) -> str:
    """The key of a document: its file name as a slug, and a digest of its path."""
    p = Path(path)
    return f"{slug(p.stem)[:48]}-{hashlib.sha1(str(p.as_posix()).encode('utf-8')).hexdigest()[:6]}"


def _evidence(doc: Document, key: str, span: tuple[int, int] | None) -> Evidence:
    if not span:
        return Evidence(key, (0, 0), "")
    quote = _SPACES.sub(" ", doc.visible(*span)).strip()
    if len(quote) > _MAX_QUOTE:
        quote = quote[: _MAX_QUOTE - 1] + "…"
    return Evidence(key, tuple(span), quote)


def resolve(
    inputs: list[tuple[Document, Profile]],
    *,
    curation: Curation | None = None,
    ror: list[RorOrg] | None = None,
) -> Resolution:
    """Resolve the profiles of many documents into one set of entities and facts."""
    curation = curation or Curation()
    inputs = sorted(inputs, key=lambda dp: dp[0].path)
    profiles = [(d, apply_corrections(p, curation)) for d, p in inputs]
    orgs = OrgResolver(ror)
    by_domain = DomainIndex(ror or [])
    papers: dict[str, Paper] = {}
    series: dict[str, Series] = {}
    projects: dict[str, Project] = {}
    keys: list[str] = []
    seen_keys: set[str] = set()
    for doc, _p in profiles:
        k = doc_key(doc.path)
        while k in seen_keys:
            k += "x"
        seen_keys.add(k)
        keys.append(k)
    by_file = {Path(doc.path).name: k for (doc, _p), k in zip(profiles, keys)}

    def doc_ref(d: str | None) -> str | None:
        """A document named in the curation file (by file name) as its key."""
        return None if d is None else by_file.get(Path(d).name, d)

    forbidden = [(person_key(a[0]), doc_ref(a[1]), person_key(b[0]), doc_ref(b[1])) for a, b in curation.not_same_as]
    people = PeopleResolver(forbidden)

    # 1. Mentions of people, and papers.
    owner_mention: dict[str, int] = {}
    contact: dict[int, set[str]] = {}
    author_mentions: dict[tuple[str, str, int], int] = {}
    for (doc, prof), dk in zip(profiles, keys):
        o = prof.owner
        mid = people.add(dk, o.name or "", "owner", span=o.evidence)
        owner_mention[dk] = mid
        contact[mid] = {e.lower() for e in o.emails} | {u.lower().rstrip("/") for u in o.urls}
        for other in o.other_names:
            people.union(mid, people.add(dk, other, "owner"), f"{o.name!r} also writes their name {other!r} in {dk}")
        for m in prof.advisors:
            people.add(dk, m.name, "advisor", span=m.evidence)
        for e in prof.education:
            for a in e.advisors:
                people.add(dk, a, "advisor", span=e.evidence)
        for pos in prof.positions:
            for s in pos.supervisors:
                people.add(dk, s, "supervisor", span=pos.evidence)
        for pub in prof.publications:
            pk = paper_key(pub.title)
            paper = papers.setdefault(pk, Paper(pk, pub.title))
            paper.docs.append(dk)
            for i, a in enumerate(pub.authors):
                if _ORG_AUTHOR.search(a):
                    continue
                author_mentions[(dk, pk, i)] = people.add(dk, a, "author", paper=pk, span=pub.evidence)
            if pub.owner_index is not None and pub.owner_index < len(pub.authors):
                am = author_mentions.get((dk, pk, pub.owner_index))
                if am is not None and o.name is None:
                    people.union(mid, am, f"the unnamed owner of {dk} is author {pub.owner_index + 1} of {pub.title!r}")

    # 2. Merge.
    people.merge_within_documents(owner_mention)
    for group in curation.same_as:
        found = [m.id for m in people.mentions if any(person_key(m.name) == person_key(n) and (d is None or m.doc == doc_ref(d)) for n, d in group)]
        for other in found[1:]:
            people.union(found[0], other, f"curation: same_as {[n for n, _ in group]}")
    people.merge_by_identifier(contact)
    people.merge_across_documents(contact)

    # 3. Person entities with deterministic keys.
    person_of: dict[int, str] = {}
    clusters = people.clusters()
    named: list[tuple[str, int, Person]] = []
    by_key = dict(zip(keys, profiles))
    for members, reasons in clusters:
        p = _person(members, reasons, by_key)
        named.append((slug(p.name) if not p.label_doc else f"owner-of-{p.label_doc}", members[0].id, p))
    named.sort(key=lambda t: (t[0], t[1]))
    used: Counter[str] = Counter()
    result_people: dict[str, Person] = {}
    by_first: dict[int, str] = {}
    for base, first, p in named:
        used[base] += 1
        p.key = base if used[base] == 1 else f"{base}-{used[base]}"
        result_people[p.key] = p
        by_first[first] = p.key
    for members, _r in clusters:
        for m in members:
            person_of[m.id] = by_first[members[0].id]

    by_name: dict[tuple[str, str], int] = {}
    by_pkey: dict[tuple[str, str], int] = {}
    for m in people.mentions:
        by_name.setdefault((m.doc, m.name), m.id)
        by_pkey.setdefault((m.doc, person_key(m.name)), m.id)

    def who(doc_k: str, name: str) -> str:
        """The person a name written in a document stands for."""
        mid = by_name.get((doc_k, name))
        if mid is None:
            mid = by_pkey[(doc_k, person_key(name))]
        return person_of[mid]

    # 4. Facts per document.
    documents: list[DocFacts] = []
    for (doc, prof), dk in zip(profiles, keys):
        owner = person_of[owner_mention[dk]]
        info = DocumentInfo(dk, doc.path, doc.sha256, doc.format, doc.language, _mtime(doc.path))
        facts = DocFacts(info, owner)
        facts.people.add(owner)
        for where in (*prof.owner.emails, *prof.owner.urls):
            hit = by_domain.match(where)
            if hit is not None:
                org = orgs.resolve(hit.name, dk)
                if org not in {a for a, _w in facts.affiliations}:
                    facts.affiliations.append((org, where))
                    facts.orgs.add(org)
        for i, e in enumerate(prof.education):
            org = orgs.resolve(e.institution, dk) if e.institution else None
            units = _units(orgs, e.unit, org, dk)
            adv = tuple(dict.fromkeys(who(dk, a) for a in e.advisors))
            facts.education.append(
                EducationFact(owner, org, units, e.degree, e.degree_level, e.field, e.start, e.end, e.expected, adv, _evidence(doc, dk, e.evidence), i)
            )
            facts.orgs.update(x for x in (org, *units) if x)
            facts.people.update(adv)
        for i, pos in enumerate(prof.positions):
            org = orgs.resolve(pos.organization, dk) if pos.organization else None
            units = _units(orgs, pos.unit, org, dk)
            sups = tuple(dict.fromkeys(who(dk, s) for s in pos.supervisors))
            ev = _evidence(doc, dk, pos.evidence)
            facts.positions.append(PositionFact(owner, org, units, pos.title, pos.kind, pos.location, pos.start, pos.end, sups, ev, i))
            facts.orgs.update(x for x in (org, *units) if x)
            for s in sups:
                facts.relations.append(RelationFact("supervisor", owner, s, ev))
                facts.people.add(s)
        for m in prof.advisors:
            adv = who(dk, m.name)
            facts.relations.append(RelationFact("advisor", owner, adv, _evidence(doc, dk, m.evidence)))
            facts.people.add(adv)
        for pub in prof.publications:
            pk = paper_key(pub.title)
            paper = papers[pk]
            ev = _evidence(doc, dk, pub.evidence)
            facts.papers.append(PaperFact(pk, pub.venue, pub.status, ev))
            if pub.venue_normalized and pub.status in ("published", "preprint"):
                name = re.sub(r"\s*(?:19|20)\d{2}$", "", pub.venue_normalized).strip()
                sk = "series-" + slug(name)
                if sk not in series:
                    info = series_info(name)
                    series[sk] = Series(sk, name, info.rank if info else "", info.dblp if info else "")
                paper.series = paper.series or sk
            if pub.year and pub.status in ("published", "preprint"):
                paper.year = paper.year or pub.year
            for k, v in pub.ids:
                paper.ids.setdefault(k, v)
            for i, a in enumerate(pub.authors):
                is_org = bool(_ORG_AUTHOR.search(a))
                author = orgs.resolve(a, dk) if is_org else person_of[author_mentions[(dk, pk, i)]]
                facts.authorships.append(AuthorshipFact(pk, author, is_org, i + 1, a in pub.equal_contribution, a in pub.corresponding, ev))
                (facts.orgs if is_org else facts.people).add(author)
        for pr in prof.projects:
            key = "project-" + slug(pr.name)
            projects.setdefault(key, Project(key, pr.name))
            facts.projects.append(ProjectFact(owner, key, pr.role, pr.start, pr.end, _evidence(doc, dk, pr.evidence)))
        for i, a in enumerate(prof.awards):
            facts.awards.append(AwardFact(owner, a.name, a.issuer, a.year, a.date, _evidence(doc, dk, a.evidence), i))
        documents.append(facts)

    # A paper whose title starts with a project's name is about that project.
    for paper in papers.values():
        head = re.split(r"\s*[:：]\s*", paper.title, maxsplit=1)[0].strip().lower()
        for pk, pr in sorted(projects.items()):
            if pr.name.lower() == head:
                paper.about = pk
    for name, parent in curation.org_parents.items():
        child = orgs.resolve(name, "curation")
        orgs.orgs[child].parent = orgs.resolve(parent, "curation")
    warnings = list(people.blocked)
    return Resolution(result_people, orgs.orgs, papers, series, projects, documents, merges=people.merges, warnings=warnings)


def _units(orgs: OrgResolver, unit: str | None, org: str | None, dk: str) -> tuple[str, ...]:
    """Units written "School, Lab": each part is a unit of the one before it."""
    if not unit:
        return ()
    out: list[str] = []
    parent = org
    for part in [u.strip() for u in re.split(r"\s*[,，]\s*", unit) if u.strip()]:
        if parent is None:
            parent = orgs.resolve(part, dk)
            out.append(parent)
            continue
        k = orgs.unit(part, parent, dk)
        out.append(k)
        parent = k
    return tuple(out)


def _person(members, reasons, by_key) -> Person:
    names = [m.name for m in members if m.name]
    owner_docs = [m.doc for m in members if m.role == "owner"]
    latin = [n for n in names if _LATIN.search(n)]
    owner_names = [m.name for m in members if m.role == "owner" and m.name and _LATIN.search(m.name)]
    counts = Counter(latin or names)
    if owner_names:
        preferred = Counter(owner_names).most_common(1)[0][0]
    elif counts:
        preferred = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    else:
        preferred = ""
    p = Person(key="", name=preferred)
    for n in names:
        p.names.setdefault(n, "zh" if HAN.search(n) else "en")
    if not preferred:
        p.label_doc = owner_docs[0] if owner_docs else members[0].doc
        p.name = f"Owner of {Path(by_key[p.label_doc][0].path).name}"
    for d in dict.fromkeys(owner_docs):
        _doc, prof = by_key[d]
        p.owner_of.append(d)
        for e in prof.owner.emails:
            if e not in p.emails:
                p.emails.append(e)
        for u in prof.owner.urls:
            if u not in p.urls:
                p.urls.append(u)
        for ph in prof.owner.phones:
            if ph not in p.phones:
                p.phones.append(ph)
        for a in getattr(prof.owner, "addresses", ()):
            if a not in p.addresses:
                p.addresses.append(a)
        for n in getattr(prof.owner, "national_ids", ()):
            if n not in p.national_ids:
                p.national_ids.append(n)
    p.reasons = list(dict.fromkeys(reasons))
    p.mentions = [(m.doc, m.name, m.role) for m in members]
    return p


class DomainIndex:
    """ROR organisations by web domain: an e-mail address or homepage on ``cs.cornell.edu``
    belongs to the organisation of ``cornell.edu``; public mail and code hosts do not count.

    >>> from kg.resolve.ror import RorOrg
    >>> idx = DomainIndex([RorOrg("https://ror.org/x", "Cornell University", (), (), (), ("cornell.edu",), ())])
    >>> idx.match("mchou@cs.cornell.edu").name, idx.match("https://www.cs.cornell.edu/~m/").name, idx.match("a@gmail.com")
    ('Cornell University', 'Cornell University', None)
    """

    _PUBLIC = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "qq.com", "163.com", "126.com", "foxmail.com",
               "icloud.com", "github.com", "github.io", "gitlab.com", "google.com", "linkedin.com", "orcid.org"}

    def __init__(self, ror: list) -> None:
        self._by: dict[str, object] = {}
        for o in ror:
            for d in o.domains:
                self._by.setdefault(d.lower().lstrip("."), o)

    def match(self, where: str):
        """The organisation of an e-mail address or homepage link, or None."""
        if not self._by:
            return None
        if "@" in where and "://" not in where:
            host = where.rsplit("@", 1)[1].lower().strip(". >")
        else:
            host = re.sub(r"^[a-z]+://", "", where.lower()).split("/")[0].split(":")[0]
        parts = host.split(".")
        for i in range(len(parts) - 1):
            d = ".".join(parts[i:])
            if d in self._PUBLIC:
                return None
            if d in self._by:
                return self._by[d]
        return None


def _mtime(path: str) -> str | None:
    import datetime as _dt
    import os

    try:
        ts = os.stat(path).st_mtime
    except OSError:
        return None
    return _dt.datetime.fromtimestamp(int(ts), tz=_dt.timezone.utc).isoformat()
