"""graph: entities -> RDF dataset.

Reads: a Resolution.
Writes: an rdflib Dataset with one named graph per source document (the facts it
states, each statement with its quote and span), a metadata graph (documents: path,
sha256, format, language, file time), an entities graph (preferred names,
organisation hierarchy, ROR ids, papers' venues) and a derived graph (co-authorship).
IRIs are deterministic (``kg.graph.iris``); output is byte-identical for identical input.
Phone numbers enter only with ``include_private=True``; e-mails and homepages can be
left out with ``include_contact=False``.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import re
from collections.abc import Container
from functools import lru_cache
from itertools import combinations
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from kg import vocab
from kg.graph import iris
from kg.graph.terms import TRUE, XSD_NS, Vocabulary, integer, literal, named, to_rdflib_quads
from kg.resolve.model import Evidence, Resolution
from kg.resolve.orgs import normalize
from kg.resolve.people import person_key

PROV, RDF, RKG, SDO = (Vocabulary(ns) for ns in (vocab.PROV, vocab.RDF, vocab.RKG, vocab.SDO))
_GYEAR, _GYEARMONTH, _DATE, _DATETIME = (XSD_NS + t for t in ("gYear", "gYearMonth", "date", "dateTime"))

__all__ = ["to_dataset", "memory_dataset", "to_quads", "iter_quads", "part_of", "graph_view", "Quads", "ENTITY_GRAPH", "PREFIXES"]

ENTITY_GRAPH = URIRef(iris.BASE + "graph/entities")
SHARED_GRAPHS = frozenset(str(g) for g in (iris.META_GRAPH, ENTITY_GRAPH, iris.DERIVED_GRAPH))  # every document adds to these
_PROFILE_HOSTS = re.compile(r"scholar\.google|github\.com|gitee\.com|linkedin\.com|orcid\.org|twitter\.com|//x\.com|dblp|researchgate|semanticscholar|zhihu|openreview|instagram", re.I)


PREFIXES = {"schema": str(vocab.SDO), "rkg": vocab.RKG_NS, "prov": str(vocab.PROV), "id": iris.BASE}


class _GraphSink:
    """One named graph of a :class:`Quads` list: ``add((s, p, o))`` appends a quad."""

    __slots__ = ("_append", "identifier")

    def __init__(self, quads: list, identifier: ox.NamedNode) -> None:
        self._append = quads.append
        self.identifier = identifier

    def add(self, triple: tuple) -> None:
        self._append((*triple, self.identifier))


class Quads(list):
    """The quads of a dataset as ``(subject, predicate, object, graph)`` tuples of
    pyoxigraph terms (a tuple costs ~20 times less to make than a ``pyoxigraph.Quad``),
    in the order they were made (duplicates possible: stores and writers drop them)."""

    def graph(self, identifier) -> _GraphSink:
        return _GraphSink(self, identifier if isinstance(identifier, ox.NamedNode) else named(identifier))


def _web(url: str) -> ox.NamedNode:
    """A web address as an IRI (characters an IRI may not hold percent-encoded)."""
    url = url if "://" in url else "https://" + url
    try:
        return named(url)
    except ValueError:
        from urllib.parse import quote

        return named(quote(url, safe=":/?#[]@!$&'()*+,;=%~"))


@lru_cache(maxsize=1 << 20)
def _person(key: str) -> ox.NamedNode:
    return named(iris.person(key))


@lru_cache(maxsize=1 << 20)
def _paper(key: str) -> ox.NamedNode:
    return named(iris.paper(key))


def _org(key: str) -> ox.NamedNode:
    return named(iris.org(key))


def graph_view(ds, identifier: URIRef):
    """One named graph of a dataset as an rdflib Graph, without creating it (a read-only
    store stays untouched)."""
    from rdflib import Graph

    return Graph(store=ds.store, identifier=identifier)


_ISO_TYPES = {4: _GYEAR, 7: _GYEARMONTH, 10: _DATE}
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def date_literal(iso: str | None) -> ox.Literal | None:
    """An ISO date as xsd:gYear, xsd:gYearMonth or xsd:date.

    >>> date_literal("2021-09").datatype.value.endswith("#gYearMonth"), date_literal("present")
    (True, None)
    """
    if not iso or not _ISO.fullmatch(iso):
        return None
    return literal(iso, _ISO_TYPES[len(iso)])


def _lang_literal(text: str, lang: str | None) -> ox.Literal:
    return literal(text, language=lang)


def redactor(res: Resolution, *, include_private: bool = False, include_contact: bool = True):
    """A function that blanks, in a quote, the private values of every person (phones,
    addresses, national ids; e-mails too when contact is left out), or None when
    nothing is to be blanked.

    >>> from kg.resolve.model import Person, Resolution
    >>> res = Resolution({"a": Person("a", "Ann", phones=["(+86) 135-0284-6103"])}, {}, {}, {}, {}, [])
    >>> redactor(res)("Ann, tel (+86)  135-0284-6103, Beijing")
    'Ann, tel [private], Beijing'
    """
    source = _redaction(res, include_private=include_private, include_contact=include_contact)
    if not source:
        return None
    pattern = re.compile(source)
    return lambda text: pattern.sub("[private]", text) if text else text  # values match across any white space


def _redaction(res: Resolution, *, include_private: bool, include_contact: bool) -> str:
    """The pattern of ``redactor`` (empty: nothing to blank)."""
    values: set[str] = set()
    for p in res.people.values():
        if not include_private:
            values.update(p.phones, p.addresses, p.national_ids)
        if not include_contact:
            values.update(p.emails)
    parts = sorted({r"\s*".join(re.escape(w) for w in v.split()) for v in values if v.strip()}, key=lambda x: (-len(x), x))
    return "|".join(parts)


def _evidence(g: _GraphSink, node: ox.NamedNode, ev: Evidence, redact=None) -> None:
    g.add((node, PROV.wasDerivedFrom, named(iris.document(ev.doc))))
    if ev.quote:
        g.add((node, RKG.evidence, literal(redact(ev.quote) if redact else ev.quote)))
        g.add((node, RKG.evidenceStart, integer(ev.span[0])))
        g.add((node, RKG.evidenceEnd, integer(ev.span[1])))


def _affiliation(g: _GraphSink, node, cls, link, owner, f, values) -> ox.NamedNode:
    """A dated Education/Position statement: its class, agent, organisation and units, the
    direct ``link`` (rkg:educatedAt / rkg:employer) from the owner, and the non-empty values."""
    g.add((node, RDF.type, cls))
    g.add((node, RKG.agent, owner))
    if f.org:
        g.add((node, RKG.organization, _org(f.org)))
        g.add((owner, link, _org(f.org)))
    for u in f.units:
        g.add((node, RKG.unit, _org(u)))
    for prop, val in values:
        if val:
            g.add((node, prop, literal(val)))
    return node


def _dates(g: _GraphSink, node, start: str | None, end: str | None, expected: bool = False) -> None:
    s = date_literal(start)
    if s is not None:
        g.add((node, RKG.startDate, s))
        g.add((node, RKG.fromYear, integer(int(start[:4]))))
    if end == "present":
        g.add((node, RKG.ongoing, TRUE))
    else:
        e = date_literal(end)
        if e is not None:
            g.add((node, RKG.endDate, e))
            g.add((node, RKG.toYear, integer(int(end[:4]))))
            if s is None:
                g.add((node, RKG.fromYear, integer(int(end[:4]))))  # one date: the period is that year
    if expected:
        g.add((node, RKG.expected, TRUE))


def to_dataset(res: Resolution, *, include_private: bool = False, include_contact: bool = True) -> Dataset:
    """The RDF dataset of a Resolution, in rdflib's memory store (for small graphs)."""
    return memory_dataset(to_quads(res, include_private=include_private, include_contact=include_contact))


def memory_dataset(quads, *, default_union: bool = False) -> Dataset:
    """``quads`` in an rdflib Dataset in memory, with the project's prefixes bound."""
    ds = Dataset(default_union=default_union)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    ds.addN(to_rdflib_quads(quads))
    return ds


def to_quads(res: Resolution, *, include_private: bool = False, include_contact: bool = True) -> Quads:
    """Every quad of the dataset of a Resolution (for any store), in one list."""
    return Quads(iter_quads(res, include_private=include_private, include_contact=include_contact))


def part_of(subject: str, graph: str) -> tuple[str, str]:
    """The part of the dataset a quad belongs to, by the IRIs of its subject and graph:
    ``(graph, "")`` for a document's graph (a document's facts change together), and
    ``(graph, subject)`` for a subject of a graph every document adds to (metadata,
    entities, co-authorship).  A store replaces what changed part by part.

    >>> part_of("http://x/s", iris.BASE + "doc/a")
    ('https://w3id.org/researcher-kg/id/doc/a', '')
    >>> part_of("http://x/s", str(ENTITY_GRAPH))
    ('https://w3id.org/researcher-kg/id/graph/entities', 'http://x/s')
    """
    return (graph, subject) if graph in SHARED_GRAPHS else (graph, "")


class _AllBut:
    """Every part but some."""

    __slots__ = ("_but",)

    def __init__(self, but: Container) -> None:
        self._but = but

    def __contains__(self, part) -> bool:
        return part not in self._but


class _Dropped:
    """A sink for the quads of a part that is not asked for."""

    __slots__ = ()

    def add(self, triple: tuple) -> None:
        pass


_DROP = _Dropped()


def _written(res: Resolution) -> dict[tuple[str, str], list[str]]:
    """(person, document) -> the person's names as written in the document, in order."""
    written: dict[tuple[str, str], list[str]] = {}
    for key, pe in res.people.items():
        for doc_key, name, _role in pe.mentions:
            written.setdefault((key, doc_key), []).append(name)
    return written


@lru_cache(maxsize=1)
def _stage_version() -> bytes:
    """A digest of this stage's source and the vocabulary's: a changed graph stage makes
    every fingerprint new."""
    h = hashlib.sha256()
    for f in sorted(Path(__file__).parent.glob("*.py")) + [Path(vocab.__file__)]:
        h.update(f.read_bytes())
    return h.digest()


def document_fingerprints(res: Resolution, *, include_private: bool = False, include_contact: bool = True) -> dict[tuple[str, str], str]:
    """For each document, a digest of everything its parts of the dataset are made from
    (its graph and its subject in the metadata graph, ``part_of``): its facts, the names
    and contact of the people they name as this stage reads them, the redaction, the
    options and this stage's code.  Equal fingerprints make equal quads, so a rebuild
    need not make them again to know they did not change.

    >>> from kg.pipeline import build
    >>> res = build(["data/profiles"]).resolution
    >>> fp = document_fingerprints(res)
    >>> len(fp) == 2 * len(res.documents), fp == document_fingerprints(res), fp == document_fingerprints(res, include_private=True)
    (True, True, False)
    """
    salt = hashlib.sha256(_stage_version())
    salt.update(repr((include_private, include_contact, _redaction(res, include_private=include_private, include_contact=include_contact))).encode())
    written = _written(res)
    meta = str(iris.META_GRAPH)
    out: dict[tuple[str, str], str] = {}
    for facts in res.documents:
        d = facts.doc.key
        owner = res.people[facts.owner]
        people = []
        for key in sorted(facts.people):
            pe = res.people[key]
            names = written.get((key, d), ())
            people.append((key, pe.name, tuple((n, pe.names.get(n)) for n in names)))
        contact = (d in owner.owner_of, owner.emails, owner.urls, owner.phones, owner.addresses, owner.national_ids)
        inputs = (facts.doc, facts.owner, facts.affiliations, facts.education, facts.positions, facts.relations, facts.papers,
                  facts.authorships, facts.projects, facts.awards, sorted(facts.orgs), people, contact)
        buf = io.BytesIO()
        pickler = pickle.Pickler(buf, protocol=4)
        pickler.fast = True  # no memo: the bytes depend on the values only, not on which objects are shared
        pickler.dump(inputs)
        h = salt.copy()
        h.update(buf.getvalue())
        fp = h.hexdigest()[:32]
        diri = str(iris.document(d))
        out[(diri, "")] = out[(meta, diri)] = fp
    return out


def iter_quads(res: Resolution, *, include_private: bool = False, include_contact: bool = True, batch: int = 1 << 16,
               only: Container[tuple[str, str]] | None = None, skip: Container[tuple[str, str]] = ()):
    """The quads of ``to_quads``, in the same order, made a few documents at a time, so
    a store can load them without the whole list in memory (10k profiles: 0.8 GB).

    ``only``: make just the quads of these parts (``part_of``), in the same order; the
    rest is passed over without making its terms (a rebuild that changed a few
    documents makes their quads again, not all of them).  ``skip``: leave out the
    quads of these parts."""
    ds = Quads()
    redact = redactor(res, include_private=include_private, include_contact=include_contact)
    meta_iri, ent_iri, derived_iri = (str(g) for g in (iris.META_GRAPH, ENTITY_GRAPH, iris.DERIVED_GRAPH))

    if skip and only is None:
        only = _AllBut(skip)

    def wanted(graph, subject="") -> bool:
        return only is None or (str(graph), str(subject)) in only  # IRIs as plain strings, as part_of gives them

    meta = ds.graph(iris.META_GRAPH)
    ent_all = ds.graph(ENTITY_GRAPH)
    derived = ds.graph(iris.DERIVED_GRAPH)

    def entity(iri: str):
        return ent_all if wanted(ent_iri, iri) else _DROP

    # Entities: preferred names, hierarchy, identifiers.
    for p in res.people.values():
        ent = entity(iris.person(p.key))
        if ent is _DROP:
            continue
        node = _person(p.key)
        ent.add((node, RDF.type, SDO.Person))
        ent.add((node, SDO.name, literal(p.name)))
        if not re.search(r"[A-Za-z]", p.name) and not p.label_doc:
            from kg.extract.pinyin import romanize

            roman = romanize(p.name)
            if roman and roman not in p.names:
                # generated, not written: tagged as a pinyin reading so it is never taken for a quote
                ent.add((node, SDO.alternateName, literal(roman, language="zh-Latn-pinyin")))
        for reason in p.reasons:
            ent.add((node, RKG.mergeReason, literal(reason)))
        for key in sorted({person_key(n) for n in (p.name, *p.names)} - {""}):
            ent.add((node, RKG.nameKey, literal(key)))
    for o in res.orgs.values():
        ent = entity(iris.org(o.key))
        if ent is _DROP:
            continue
        node = _org(o.key)
        ent.add((node, RDF.type, SDO.Organization))
        ent.add((node, SDO.name, literal(o.name)))
        for n, lang in sorted(o.names.items()):
            if n != o.name:
                ent.add((node, SDO.alternateName, _lang_literal(n, lang)))
        if o.parent and o.parent in res.orgs:
            ent.add((node, SDO.parentOrganization, _org(o.parent)))
        if o.ror:
            ent.add((node, SDO.sameAs, named(o.ror)))
        for key in sorted({normalize(n) for n in (o.name, *o.names)} - {""}):
            ent.add((node, RKG.nameKey, literal(key)))
    for s in res.series.values():
        ent = entity(iris.series(s.key))
        if ent is _DROP:
            continue
        ent.add((named(iris.series(s.key)), RDF.type, RKG.VenueSeries))
        ent.add((named(iris.series(s.key)), SDO.name, literal(s.name)))
        if s.rank:
            ent.add((named(iris.series(s.key)), RKG.ccfRank, literal(s.rank)))
        if s.dblp:
            ent.add((named(iris.series(s.key)), SDO.sameAs, named("https://dblp.org/db" + s.dblp)))
    for pr in res.projects.values():
        ent = entity(iris.project(pr.key))
        if ent is _DROP:
            continue
        ent.add((named(iris.project(pr.key)), RDF.type, SDO.ResearchProject))
        ent.add((named(iris.project(pr.key)), SDO.name, literal(pr.name)))
    for pa in res.papers.values():
        ent = entity(iris.paper(pa.key))
        if ent is _DROP:
            continue
        node = _paper(pa.key)
        ent.add((node, RDF.type, SDO.ScholarlyArticle))
        ent.add((node, SDO.name, literal(pa.title)))
        if pa.series:
            ent.add((node, RKG.venueSeries, named(iris.series(pa.series))))
        if pa.year:
            ent.add((node, RKG.venueYear, literal(str(pa.year), _GYEAR)))
            ent.add((node, SDO.datePublished, literal(str(pa.year), _GYEAR)))
        if "arxiv" in pa.ids:
            ent.add((node, RKG.arxiv, literal(pa.ids["arxiv"])))
            ent.add((node, SDO.sameAs, named("https://arxiv.org/abs/" + pa.ids["arxiv"])))
        if "doi" in pa.ids:
            ent.add((node, SDO.identifier, literal("doi:" + pa.ids["doi"])))
        if pa.about:
            ent.add((node, SDO.about, named(iris.project(pa.about))))

    yield from ds
    ds.clear()  # the sinks keep appending to this list

    # One named graph per document.
    written = _written(res)
    for facts in res.documents:
        if len(ds) >= batch:
            yield from ds
            ds.clear()
        d = facts.doc
        diri = iris.document(d.key)
        if only is not None and not wanted(diri) and not wanted(meta_iri, diri):
            continue
        dnode = named(diri)
        g = ds.graph(dnode) if wanted(diri) else _DROP
        m = meta if wanted(meta_iri, diri) else _DROP
        m.add((dnode, RDF.type, RKG.Document))
        m.add((dnode, RKG.path, literal(d.path)))
        m.add((dnode, RKG.sha256, literal(d.sha256)))
        m.add((dnode, RKG.format, literal(d.format)))
        m.add((dnode, RKG.language, literal(d.language)))
        if d.modified:
            m.add((dnode, RKG.fileModified, literal(d.modified, _DATETIME)))
        owner = _person(facts.owner)
        m.add((dnode, RKG.owner, owner))
        g.add((owner, RDF.type, SDO.Person))
        person = res.people[facts.owner]
        for key in sorted(facts.people):
            pe = res.people[key]
            for name in written.get((key, d.key), ()):
                if name and name != pe.name:
                    g.add((_person(key), SDO.alternateName, _lang_literal(name, pe.names.get(name))))
        if d.key in person.owner_of[:1] or d.key in person.owner_of:
            if include_contact:
                for e in person.emails:
                    g.add((owner, SDO.email, literal(e)))
                for u in person.urls:
                    g.add((owner, SDO.sameAs if _PROFILE_HOSTS.search(u) else SDO.url, _web(u)))
            if include_private:
                for ph in person.phones:
                    g.add((owner, SDO.telephone, literal(ph)))
                for a in person.addresses:
                    g.add((owner, SDO.address, literal(a)))
                for n in person.national_ids:
                    g.add((owner, SDO.identifier, literal("national-id:" + n)))
        for org, where in facts.affiliations:  # from the domain of the owner's e-mail address
            node = named(iris.statement(d.key, "affiliation", org))
            g.add((owner, SDO.affiliation, _org(org)))
            g.add((node, RDF.type, RKG.DomainAffiliation))
            g.add((node, RKG.agent, owner))
            g.add((node, RKG.organization, _org(org)))
            g.add((node, PROV.wasDerivedFrom, dnode))
            if include_contact:
                g.add((node, RKG.evidence, literal(where)))
        for f in facts.education:
            node = _affiliation(g, named(iris.statement(d.key, "education", f.index)), RKG.Education, RKG.educatedAt, owner, f,
                                ((RKG.degree, f.degree), (RKG.degreeLevel, f.level), (RKG.fieldOfStudy, f.field)))
            _dates(g, node, f.start, f.end, f.expected)
            for a in f.advisors:
                g.add((node, RKG.advisor, _person(a)))
            _evidence(g, node, f.evidence, redact)
        for f in facts.positions:
            node = _affiliation(g, named(iris.statement(d.key, "position", f.index)), RKG.Position, RKG.employer, owner, f,
                                ((RKG.title, f.title), (RKG.positionKind, f.kind), (RKG.location, f.location)))
            _dates(g, node, f.start, f.end)
            for s in f.supervisors:
                g.add((node, RKG.supervisor, _person(s)))
            _evidence(g, node, f.evidence, redact)
        for i, r in enumerate(facts.relations):
            node = named(iris.statement(d.key, r.kind, i))
            g.add((node, RDF.type, RKG.Advising if r.kind == "advisor" else RKG.Supervision))
            g.add((node, RKG.agent, _person(r.person)))
            prop = RKG.advisor if r.kind == "advisor" else RKG.supervisor
            g.add((node, prop, _person(r.other)))
            g.add((_person(r.person), prop, _person(r.other)))
            _evidence(g, node, r.evidence, redact)
        for pf in facts.papers:
            node = _paper(pf.paper)
            g.add((node, RDF.type, SDO.ScholarlyArticle))
            if pf.venue:
                g.add((node, RKG.venue, literal(pf.venue)))
            g.add((node, RKG.publicationStatus, literal(pf.status)))
            _evidence(g, node, pf.evidence, redact)
        for a in facts.authorships:
            pnode = _paper(a.paper)
            anode = _org(a.author) if a.author_is_org else _person(a.author)
            g.add((pnode, SDO.author, anode))
            node = named(iris.statement(d.key, "authorship", f"{a.paper}/{a.position}"))
            g.add((node, RDF.type, RKG.Authorship))
            g.add((node, RKG.paper, pnode))
            g.add((node, RKG.author, anode))
            g.add((node, RKG.authorPosition, integer(a.position)))
            if a.equal:
                g.add((node, RKG.equalContribution, TRUE))
            if a.corresponding:
                g.add((node, RKG.correspondingAuthor, TRUE))
            # the quote is on the paper's listing in this graph; the span locates the entry
            g.add((node, PROV.wasDerivedFrom, dnode))
            g.add((node, RKG.evidenceStart, literal(a.evidence.span[0])))
            g.add((node, RKG.evidenceEnd, literal(a.evidence.span[1])))
        for i, pf in enumerate(facts.projects):
            node = named(iris.statement(d.key, "project", i))
            g.add((owner, RKG.project, named(iris.project(pf.project))))
            g.add((node, RDF.type, RKG.ProjectRole))
            g.add((node, RKG.agent, owner))
            g.add((node, RKG.project, named(iris.project(pf.project))))
            if pf.role:
                g.add((node, RKG.role, literal(pf.role)))
            _dates(g, node, pf.start, pf.end)
            _evidence(g, node, pf.evidence, redact)
        for aw in facts.awards:
            node = named(iris.statement(d.key, "award", aw.index))
            g.add((owner, RKG.award, node))
            g.add((node, RDF.type, RKG.Award))
            g.add((node, SDO.name, literal(aw.name)))
            if aw.issuer:
                g.add((node, RKG.issuer, literal(aw.issuer)))
            if aw.year:
                g.add((node, RKG.year, literal(str(aw.year), _GYEAR)))
            _evidence(g, node, aw.evidence, redact)

    # Derived: co-authorship, symmetric; each pair once, at the first paper they share
    # (every document's authors, whichever parts were asked for).
    coauthors: dict[str, set[str]] = {}
    for facts in res.documents:
        for a in facts.authorships:
            if not a.author_is_org:
                coauthors.setdefault(a.paper, set()).add(a.author)
    papers_of: dict[str, set[str]] = {}  # person -> the papers (in order) already gone through
    for paper, authors in sorted(coauthors.items()):
        ordered = sorted(authors)
        for a, b in combinations(ordered, 2):
            pa, pb = papers_of.get(a), papers_of.get(b)
            if pa and pb and not pa.isdisjoint(pb):
                continue  # written for an earlier paper of theirs
            if only is None or wanted(derived_iri, iris.person(a)):
                derived.add((_person(a), RKG.coAuthor, _person(b)))
            if only is None or wanted(derived_iri, iris.person(b)):
                derived.add((_person(b), RKG.coAuthor, _person(a)))
        for a in ordered:
            papers_of.setdefault(a, set()).add(paper)
        if len(ds) >= batch:
            yield from ds
            ds.clear()
    yield from ds
