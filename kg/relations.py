"""Answers about people, each with where it comes from: person cards, co-authors,
what people share, academic lineage, and how two people are connected.

Every answer carries the document and the quote it rests on.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.network import _Facts


@dataclass(frozen=True)
class Edge:
    """One fact between two nodes: relation, years, document, quote."""

    source: str
    relation: str
    target: str
    years: str
    document: str
    quote: str
    also_in: int = 0  # other documents stating the same
    unit: str = ""  # the school, lab or team within the target organisation


@dataclass
class PersonCard:
    """Everything the graph says about one person."""

    iri: str
    name: str
    other_names: list[str]
    education: list[Edge] = field(default_factory=list)
    positions: list[Edge] = field(default_factory=list)
    advisors: list[Edge] = field(default_factory=list)
    students: list[Edge] = field(default_factory=list)
    supervisors: list[Edge] = field(default_factory=list)
    supervisees: list[Edge] = field(default_factory=list)
    coauthors: list[tuple[str, int]] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


@dataclass
class Shared:
    """What several people have in common."""

    people: list[str]
    advisors: list[str] = field(default_factory=list)
    coauthors: list[str] = field(default_factory=list)
    organizations: list[tuple[str, str, list[Edge]]] = field(default_factory=list)  # (org, overlap years, evidence)


class Relations:
    """Relationship questions over the facts of a dataset (read once)."""

    def __init__(self, ds, focus=None, papers=None) -> None:
        """``focus``: read only what concerns these people, and with ``papers`` only the
        author lists of those papers (see ``_Facts``)."""
        self.f = _Facts(ds, focus, papers)
        self.out: dict[URIRef, list[tuple[URIRef, dict]]] = defaultdict(list)
        self.inc: dict[URIRef, list[tuple[URIRef, dict]]] = defaultdict(list)
        for a, b, attrs in self.f.edges:
            self.out[a].append((b, attrs))
            self.inc[b].append((a, attrs))

    def name(self, n: URIRef) -> str:
        return self.f.names.get(n, str(n))

    def _edges(self, pairs: list[tuple[URIRef, URIRef, dict]]) -> list[Edge]:
        """Merge the same fact stated by several documents into one Edge."""
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for a, b, attrs in pairs:
            groups[(a, attrs["relation"], b, attrs["years"])].append(attrs)
        out = []
        for (a, rel, b, years), items in groups.items():
            first = sorted(items, key=lambda x: x["source"])[0]
            docs = {x["source"] for x in items}
            out.append(Edge(self.name(a), rel, self.name(b), years, first["source"], first["quote"], len(docs) - 1, first.get("unit", "")))
        return sorted(out, key=lambda e: (e.years.split("–")[0] or "9999", e.target))

    # -- cards ---------------------------------------------------------------------------
    def card(self, p: URIRef) -> PersonCard:
        name = self.name(p)
        card = PersonCard(str(p), name, sorted(self.f.alt.get(p, set()) - {name}))
        out = self.out.get(p, [])
        card.education = self._edges([(p, b, a) for b, a in out if a["relation"] == "studied at"])
        card.positions = self._edges([(p, b, a) for b, a in out if a["relation"] == "worked at"])
        card.advisors = self._edges([(p, b, a) for b, a in out if a["relation"] == "advised by"])
        card.supervisors = self._edges([(p, b, a) for b, a in out if a["relation"] == "supervised by"])
        card.students = self._edges([(s, p, a) for s, a in self.inc.get(p, []) if a["relation"] == "advised by"])
        card.supervisees = self._edges([(s, p, a) for s, a in self.inc.get(p, []) if a["relation"] == "supervised by"])
        card.coauthors = self.coauthors(p)
        docs = {a["source"] for _b, a in out} | {a["source"] for _s, a in self.inc.get(p, []) if a["source"]}
        card.documents = sorted(d for d in docs if d)
        return card

    def coauthors(self, p: URIRef) -> list[tuple[str, int]]:
        """(name, number of papers together), most papers first."""
        counts: dict[URIRef, set[URIRef]] = defaultdict(set)
        for paper, a in self.out.get(p, []):
            if a["relation"] != "author of":
                continue
            for other, a2 in self.inc.get(paper, []):
                if a2["relation"] == "author of" and other != p and self.f.types.get(other) == "person":
                    counts[other].add(paper)
        return sorted(((self.name(o), len(ps)) for o, ps in counts.items()), key=lambda t: (-t[1], t[0]))

    def papers(self, p: URIRef) -> list[tuple[str, int | None]]:
        """(title, year) of a person's papers."""
        out = {}
        for paper, a in self.out.get(p, []):
            if a["relation"] == "author of":
                out[self.name(paper)] = int(a["years"]) if a["years"].isdigit() else None
        return sorted(out.items(), key=lambda t: (t[1] or 0, t[0]))

    # -- shared ------------------------------------------------------------------------------
    def shared(self, people: list[URIRef], top) -> Shared:
        """Advisors, co-authors and organisations (with overlapping years) all of ``people`` share."""
        res = Shared([self.name(p) for p in people])
        adv = [{b for b, a in self.out.get(p, []) if a["relation"] == "advised by"} for p in people]
        res.advisors = sorted(self.name(x) for x in set.intersection(*adv))
        co = [{n for n, _c in self.coauthors(p)} for p in people]
        res.coauthors = sorted(set.intersection(*co) - set(res.people))
        spans: list[dict[URIRef, list[tuple[int, int, URIRef, dict]]]] = []
        for p in people:
            by_top: dict[URIRef, list] = defaultdict(list)
            for org, a in self.out.get(p, []):
                if a["relation"] in ("studied at", "worked at") and a["years"]:
                    lo, hi = _span(a["years"])
                    by_top[top(org)].append((lo, hi, org, a))
            spans.append(by_top)
        for org in sorted(set.intersection(*(set(s) for s in spans)), key=self.name):
            overlaps = []
            for combo in _product([s[org] for s in spans]):
                lo = max(c[0] for c in combo)
                hi = min(c[1] for c in combo)
                if lo <= hi:
                    overlaps.append((lo, hi, combo))
            if not overlaps:
                continue
            lo = min(o[0] for o in overlaps)
            hi = max(o[1] for o in overlaps)
            years = f"{lo}–{'present' if hi >= 9999 else hi}" if lo != hi else str(lo)
            evidence, seen = [], set()
            for _lo, _hi, combo in sorted(overlaps, key=lambda o: o[:2]):
                for p, c in zip(people, combo):
                    e = Edge(self.name(p), c[3]["relation"], self.name(c[2]), c[3]["years"], c[3]["source"], c[3]["quote"], 0, c[3].get("unit", ""))
                    key = (e.source, e.target, e.years, e.unit)
                    if key not in seen:
                        seen.add(key)
                        evidence.append(e)
            res.organizations.append((self.name(org), years, evidence))
        return res

    # -- lineage -------------------------------------------------------------------------------
    def lineage(self, p: URIRef) -> tuple[list[tuple[int, Edge]], list[tuple[int, Edge]]]:
        """Advisors up the chain and students down it, with their depth."""
        def walk(start, step):
            seen, out, queue = {start}, [], deque([(start, 0)])
            while queue:
                node, depth = queue.popleft()
                for nxt, edge in step(node):
                    if nxt not in seen:
                        seen.add(nxt)
                        out.append((depth + 1, edge))
                        queue.append((nxt, depth + 1))
            return out

        def up(n):
            return [(b, self._edges([(n, b, a)])[0]) for b, a in self.out.get(n, []) if a["relation"] == "advised by"]

        def down(n):
            return [(s, self._edges([(s, n, a)])[0]) for s, a in self.inc.get(n, []) if a["relation"] == "advised by"]

        return walk(p, up), walk(p, down)

    # -- connections -------------------------------------------------------------------------
    def links(self) -> list[tuple[URIRef, URIRef]]:
        """Every (from, to) pair of the facts read (what ``paths_between`` searches)."""
        return [(x, y) for x, y, _attrs in self.f.edges]

    def connect(self, a: URIRef, b: URIRef, max_hops: int = 4, limit: int = 12) -> list[list[Edge]]:
        """The shortest connections between two people (and those one hop longer),
        over advisor, supervisor, co-authorship (via papers), study and work edges."""
        return self.describe(paths_between(self.links(), a, b, max_hops), limit)

    def rank(self, paths: list[list[URIRef]], limit: int = 12) -> list[list[URIRef]]:
        """The first ``limit`` paths, shortest first, then by the names along them."""
        return sorted(paths, key=lambda p: (len(p), [self.name(n) for n in p]))[:limit]

    def describe(self, paths: list[list[URIRef]], limit: int = 12) -> list[list[Edge]]:
        """Node paths as edges with their evidence, shortest first then by the names along
        them; the facts read must include every link of the paths."""
        between: dict[frozenset, list[dict]] = defaultdict(list)  # the facts linking two nodes, either way
        for x, y, attrs in self.f.edges:
            between[frozenset((x, y))].append({**attrs, "frm": x})
        out = []
        for path in self.rank(paths, limit):
            edges = []
            for x, y in zip(path, path[1:]):
                data = between[frozenset((x, y))]
                first = sorted(data, key=lambda d: d["source"])[0]
                frm, to = (x, y) if first["frm"] == x else (y, x)
                docs = {d["source"] for d in data if d["relation"] == first["relation"]}
                edges.append(Edge(self.name(frm), first["relation"], self.name(to), first["years"], first["source"], first["quote"], len(docs) - 1))
            out.append(edges)
        return out


def paths_between(links, a, b, max_hops: int = 4, cap: int = 1000) -> list[list]:
    """The node paths from ``a`` to ``b`` over ``links`` ((x, y) pairs, taken both ways):
    every shortest one and those one hop longer, none longer than ``max_hops`` (at most
    ``cap`` of them).  Only nodes that can lie on such a path are searched: a node
    ``d_a`` steps from ``a`` and ``d_b`` from ``b`` with ``d_a + d_b`` above the bound is
    left out, so organisations with thousands of members cost one breadth-first pass.

    >>> paths_between([("ann", "mit"), ("bob", "mit"), ("bob", "cat"), ("cat", "ann")], "ann", "bob")
    [['ann', 'cat', 'bob'], ['ann', 'mit', 'bob']]
    >>> paths_between([("ann", "mit")], "ann", "bob")
    []
    """
    adj = _adjacency(links)
    if a not in adj or b not in adj or a == b:
        return []
    from_a = _distances(adj, a, max_hops)
    if b not in from_a:
        return []
    bound = min(max_hops, from_a[b] + 1)
    from_b = _distances(adj, b, bound)
    keep = {n for n, d in from_a.items() if d + from_b.get(n, bound + 1) <= bound}
    # neighbours in one order (by IRI), whatever order the store gave the links in
    nbrs = {n: sorted((m for m in adj[n] if m in keep), key=str) for n in keep}
    out: list[list] = []
    path = [a]
    on_path = {a}

    def walk(n) -> None:  # depth-first; a step is taken only if b stays within the bound
        if len(out) >= cap:
            return
        for m in nbrs[n]:
            if m in on_path or len(path) + from_b[m] > bound:
                continue
            path.append(m)
            if m == b:
                out.append(list(path))
            else:
                on_path.add(m)
                walk(m)
                on_path.discard(m)
            path.pop()
            if len(out) >= cap:
                return

    walk(a)
    return out


def links_around(neighbours, a, b, max_hops: int = 4) -> list[tuple]:
    """The links a path of at most ``max_hops`` from ``a`` to ``b`` can use, read node by
    node with ``neighbours(node)`` rather than the whole graph's: every link of a path of
    ``h`` hops touches a node fewer than ``ceil(h / 2)`` steps from ``a`` or fewer than
    ``floor(h / 2)`` steps from ``b``, so those nodes are the ones expanded.  The hop
    bound grows from 1 until the two meet (at distance ``d``); then the links for
    ``d + 1`` hops (the paths ``paths_between`` returns) are read, and no more.
    ``paths_between`` finds the same paths on these links as on all of them.

    >>> graph = {"ann": ["mit", "cat"], "mit": ["ann", "bob", "dan"], "bob": ["mit", "cat"], "cat": ["ann", "bob"], "dan": ["mit", "eve"], "eve": ["dan"]}
    >>> links = links_around(graph.__getitem__, "ann", "bob", 2)
    >>> sorted(links)
    [('ann', 'cat'), ('ann', 'mit'), ('bob', 'cat'), ('bob', 'mit')]
    >>> paths_between(links, "ann", "bob", 2) == paths_between([(x, y) for x in graph for y in graph[x]], "ann", "bob", 2)
    True
    """
    read: dict = {}
    links: dict[tuple, None] = {}
    adj: dict = defaultdict(set)  # of the links read so far
    state = {end: [[end], {end}, 0] for end in (a, b)}  # frontier, seen, levels expanded

    def expand(end, levels: int) -> None:
        frontier, seen, done = state[end]
        while done < levels:
            nxt = []
            for n in frontier:
                if n not in read:
                    read[n] = list(neighbours(n))
                for m in read[n]:
                    links[(n, m)] = None
                    if m != n:
                        adj[n].add(m)
                        adj[m].add(n)
                    if m not in seen:
                        seen.add(m)
                        nxt.append(m)
            frontier, done = nxt, done + 1
        state[end] = [frontier, seen, done]

    for h in range(1, max_hops + 1):
        expand(a, (h + 1) // 2)
        expand(b, h // 2)
        if b in _distances(adj, a, h):
            bound = min(max_hops, h + 1)
            expand(a, (bound + 1) // 2)
            expand(b, bound // 2)
            break
    return list(links)


def _adjacency(links) -> dict:
    adj: dict = defaultdict(set)
    for x, y in links:
        if x != y:
            adj[x].add(y)
            adj[y].add(x)
    return adj


def _distances(adj: dict, start, limit: int) -> dict:
    """Breadth-first distances from ``start``, up to ``limit`` steps."""
    dist = {start: 0}
    frontier = [start]
    for d in range(1, limit + 1):
        nxt = []
        for n in frontier:
            for m in adj[n]:
                if m not in dist:
                    dist[m] = d
                    nxt.append(m)
        frontier = nxt
    return dist


def _span(years: str) -> tuple[int, int]:
    parts = years.split("–")
    lo = int(parts[0]) if parts[0].isdigit() else 0
    hi_s = parts[-1]
    hi = 9999 if hi_s == "present" else (int(hi_s) if hi_s.isdigit() else lo)
    return lo, hi


def _product(lists):
    if not lists:
        yield ()
        return
    for x in lists[0]:
        for rest in _product(lists[1:]):
            yield (x, *rest)
