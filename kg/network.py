"""NetworkX projections of the dataset, and exports for Gephi, Cytoscape and pandas.

Projections (``kind``):
- ``coauthor``: people, an edge per pair who wrote together (``weight`` = papers);
- ``advisor``: directed student -> advisor edges;
- ``org``: people and organisations, studied/worked edges with years, part-of edges;
- ``full``: every typed edge (advisor, supervisor, studied, worked, part of, author)
  as a MultiDiGraph; each edge keeps its document and quote.
Node attributes: ``type``, ``name``, ``names`` (other names, joined by " | ").
Edge attributes: ``relation``, ``years``, ``source`` (document path), ``quote``.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef

from kg.graph import ENTITY_GRAPH, graph_view
from kg.graph.iris import META_GRAPH
from kg.vocab import RDF, RKG, SDO

KINDS = ("coauthor", "advisor", "org", "full")


def _years(g, stmt) -> str:
    start = g.value(stmt, RKG.fromYear)
    end = g.value(stmt, RKG.toYear)
    ongoing = g.value(stmt, RKG.ongoing)
    if start is None and end is None:
        return ""
    s = str(start) if start is not None else "?"
    e = "present" if ongoing is not None else (str(end) if end is not None else "?")
    return s if s == e else f"{s}–{e}"


def _edge_order(edge) -> tuple:
    a, b, attrs = edge
    return (attrs["source"], attrs["relation"], str(a), str(b), attrs["years"], attrs["quote"], attrs.get("unit", ""))


class _Lazy(dict):
    """A dict filled on demand by ``fetch(key)`` (None: absent), for focused reads."""

    def __init__(self, fetch) -> None:
        super().__init__()
        self._fetch = fetch

    def get(self, key, default=None):
        if not dict.__contains__(self, key):
            self[key] = self._fetch(key)
        value = dict.__getitem__(self, key)
        return default if value is None else value


_KINDS = {SDO.Person: "person", SDO.Organization: "organization", SDO.ScholarlyArticle: "paper",
          SDO.ResearchProject: "project", RKG.VenueSeries: "series"}


class _Facts:
    """The dataset read into plain Python: entities and every statement with its source.

    With ``focus`` (a set of people), only the statements about them are read — their
    education, positions, advisors and supervisors, their students and supervisees, and
    the author lists of their papers (of ``papers`` only, when given) — and entity names
    on demand: what a person card or ``shared`` needs, in milliseconds on a store of any
    size.
    """

    def __init__(self, ds, focus=None, papers=None) -> None:
        ent = graph_view(ds, ENTITY_GRAPH)
        meta = graph_view(ds, META_GRAPH)

        def skip(gid) -> bool:
            return gid in (ENTITY_GRAPH, META_GRAPH) or str(gid).endswith("/graph/derived")

        typed: dict[URIRef, list] = defaultdict(list)
        if focus is None:
            self.types: dict[URIRef, str] = {}
            self.names: dict[URIRef, str] = {}
            self.alt: dict[URIRef, set[str]] = defaultdict(set)
            for s, o in ent.subject_objects(RDF.type):
                kind = _KINDS.get(o)
                if kind:
                    self.types[s] = kind
            for s, o in ent.subject_objects(SDO.name):
                self.names[s] = str(o)
            self.parent = {s: o for s, o in ent.subject_objects(SDO.parentOrganization)}
            self.paths = {s: str(o) for s, o in meta.subject_objects(RKG.path)}
            # one pass per predicate over the whole store: asking each named graph in turn
            # would scan every graph's triples once per graph (quadratic in rdflib's memory store)
            for s_, _p, o, c in ds.quads((None, RDF.type, None, None)):
                gid = getattr(c, "identifier", c)
                if not skip(gid):
                    typed[gid].append((s_, o))
            for s_, _p, o, c in ds.quads((None, SDO.alternateName, None, None)):
                if not skip(getattr(c, "identifier", c)):
                    self.alt[s_].add(str(o))
        else:
            self.types = _Lazy(lambda n: next((_KINDS[o] for o in ent.objects(n, RDF.type) if o in _KINDS), None))
            self.names = _Lazy(lambda n: (lambda v: None if v is None else str(v))(ent.value(n, SDO.name)))
            self.paths = _Lazy(lambda g: (lambda v: None if v is None else str(v))(meta.value(g, RKG.path)))
            self.alt = _Lazy(lambda n: {str(o) for _s, _p, o, c in ds.quads((n, SDO.alternateName, None, None)) if not skip(getattr(c, "identifier", c))})
            self.parent = _Lazy(lambda n: ent.value(n, SDO.parentOrganization))
            stmts: set[tuple[URIRef, URIRef]] = set()
            for person in focus:
                for prop in (RKG.agent, RKG.advisor, RKG.supervisor):
                    stmts.update((s_, getattr(c, "identifier", c)) for s_, _p, _o, c in ds.quads((None, prop, person, None)))
                for paper, _p, _o, c in ds.quads((None, SDO.author, person, None)):
                    if papers is not None and paper not in papers:
                        continue
                    stmts.update((s_, getattr(c2, "identifier", c2)) for s_, _p2, _o2, c2 in ds.quads((None, RKG.paper, paper, None)))
            for stmt, gid in sorted(stmts):
                if not skip(gid):
                    typed[gid].extend((stmt, o) for o in graph_view(ds, gid).objects(stmt, RDF.type))
        self.edges: list[tuple[URIRef, URIRef, dict]] = []  # (from, to, attrs)
        for gid in sorted(typed):
            g = graph_view(ds, gid)
            source = self.paths.get(gid, str(gid))
            for stmt, kind in typed[gid]:
                agent = g.value(stmt, RKG.agent)
                quote = str(g.value(stmt, RKG.evidence) or "")
                years = _years(g, stmt)
                if kind in (RKG.Education, RKG.Position):
                    org = g.value(stmt, RKG.organization)
                    if agent is not None and org is not None:
                        rel = "studied at" if kind == RKG.Education else "worked at"
                        units = sorted(g.objects(stmt, RKG.unit), key=lambda u: len(str(u)))
                        unit = self.names.get(units[-1], "") if units else ""
                        self.edges.append((agent, org, {"relation": rel, "years": years, "source": source, "quote": quote, "unit": unit}))
                elif kind in (RKG.Advising, RKG.Supervision):
                    prop = RKG.advisor if kind == RKG.Advising else RKG.supervisor
                    other = g.value(stmt, prop)
                    if agent is not None and other is not None:
                        rel = "advised by" if kind == RKG.Advising else "supervised by"
                        self.edges.append((agent, other, {"relation": rel, "years": "", "source": source, "quote": quote}))
                elif kind == RKG.Authorship:
                    paper = g.value(stmt, RKG.paper)
                    author = g.value(stmt, RKG.author)
                    if paper is not None and author is not None:
                        pq = str(g.value(paper, RKG.evidence) or "")
                        year = ent.value(paper, RKG.venueYear)
                        self.edges.append((author, paper, {"relation": "author of", "years": str(year or ""), "source": source, "quote": pq}))
        self.edges.sort(key=_edge_order)  # one order whatever the store iterates in
        if focus is None:
            parents = sorted(self.parent.items())
        else:  # the chains above the organisations reached
            parents, todo, seen = [], [b for _a, b, at in self.edges if at["relation"] in ("studied at", "worked at")], set()
            while todo:
                child = todo.pop()
                if child in seen:
                    continue
                seen.add(child)
                up = self.parent.get(child)
                if up is not None:
                    parents.append((child, up))
                    todo.append(up)
        for child, parent in parents:
            self.edges.append((child, parent, {"relation": "part of", "years": "", "source": "", "quote": ""}))

    def node_attrs(self, n: URIRef) -> dict:
        name = self.names.get(n, str(n))
        others = sorted(self.alt.get(n, set()) - {name})
        return {"type": self.types.get(n, "other"), "name": name, "names": " | ".join(others)}


def to_networkx(ds, kind: str = "coauthor"):
    """A NetworkX projection of a dataset (see the module docs for the kinds).

    >>> from kg.pipeline import build
    >>> g = to_networkx(build(["data/profiles"]).dataset, "coauthor")
    >>> g.nodes["https://w3id.org/researcher-kg/id/person/biao-sun"]["name"], g.degree("https://w3id.org/researcher-kg/id/person/biao-sun")
    ('Biao Sun', 23)
    """
    import networkx as nx

    if kind not in KINDS:
        raise ValueError(f"unknown projection {kind!r}; choose one of {', '.join(KINDS)}")
    facts = _Facts(ds)
    if kind == "full":
        g = nx.MultiDiGraph()
        for a, b, attrs in facts.edges:
            for n in (a, b):
                if str(n) not in g:
                    g.add_node(str(n), **facts.node_attrs(n))
            g.add_edge(str(a), str(b), **attrs)
        return g
    if kind == "coauthor":
        g = nx.Graph()
        papers: dict[URIRef, set[URIRef]] = defaultdict(set)
        for a, b, attrs in facts.edges:
            if attrs["relation"] == "author of" and facts.types.get(a) == "person":
                papers[b].add(a)
        for paper, authors in papers.items():
            for n in authors:
                if str(n) not in g:
                    g.add_node(str(n), **facts.node_attrs(n))
            ordered = sorted(authors)
            for i, x in enumerate(ordered):
                for y in ordered[i + 1 :]:
                    if g.has_edge(str(x), str(y)):
                        e = g.edges[str(x), str(y)]
                        e["weight"] += 1
                        e["papers"] = e["papers"] + " | " + facts.names.get(paper, "")
                    else:
                        g.add_edge(str(x), str(y), weight=1, relation="co-author", papers=facts.names.get(paper, ""))
        return g
    if kind == "advisor":
        g = nx.DiGraph()
        for a, b, attrs in facts.edges:
            if attrs["relation"] == "advised by":
                for n in (a, b):
                    if str(n) not in g:
                        g.add_node(str(n), **facts.node_attrs(n))
                if not g.has_edge(str(a), str(b)):
                    g.add_edge(str(a), str(b), relation="advised by", source=attrs["source"], quote=attrs["quote"])
        return g
    g = nx.Graph()  # org
    for a, b, attrs in facts.edges:
        if attrs["relation"] in ("studied at", "worked at", "part of"):
            for n in (a, b):
                if str(n) not in g:
                    g.add_node(str(n), **facts.node_attrs(n))
            if not g.has_edge(str(a), str(b)):
                g.add_edge(str(a), str(b), **{k: attrs[k] for k in ("relation", "years", "source")})
    return g


def export(ds, path: str, *, fmt: str, kind: str = "coauthor") -> tuple[int, int]:
    """Write a projection as GraphML, GEXF, node-link JSON or CSV; return (nodes, edges)."""
    import csv
    import io
    import json
    from pathlib import Path

    import networkx as nx

    from kg.atomic import write_text_atomic

    g = to_networkx(ds, kind)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(g, buf)
        write_text_atomic(out, buf.getvalue().decode("utf-8"))
    elif fmt == "gexf":
        buf = io.BytesIO()
        nx.write_gexf(g, buf)
        write_text_atomic(out, buf.getvalue().decode("utf-8"))
    elif fmt == "json":
        write_text_atomic(out, json.dumps(nx.node_link_data(g, edges="links"), ensure_ascii=False, indent=1, sort_keys=True))
    elif fmt == "csv":
        keys = sorted({k for _a, _b, d in g.edges(data=True) for k in d})
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["source", "target", "source_name", "target_name", *keys])
        for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
            w.writerow([a, b, g.nodes[a].get("name", ""), g.nodes[b].get("name", ""), *[d.get(k, "") for k in keys]])
        write_text_atomic(out, buf.getvalue())
        nodes = io.StringIO()
        nw = csv.writer(nodes)
        nw.writerow(["id", "type", "name", "names"])
        for n, d in sorted(g.nodes(data=True)):
            nw.writerow([n, d.get("type", ""), d.get("name", ""), d.get("names", "")])
        write_text_atomic(out.with_name(out.stem + ".nodes.csv"), nodes.getvalue())
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose graphml, gexf, json or csv")
    return g.number_of_nodes(), g.number_of_edges()
