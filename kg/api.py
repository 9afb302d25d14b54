"""The Python API for notebooks and scripts.

>>> import kg
>>> g = kg.build("data/profiles")
>>> dict(g.coauthors("Biao Sun"))["Hailong Yang"]
3
>>> g.person("余英豪").name
'Yinghao Yu'
>>> rows = g.query("shared-advisor")
>>> len(g.to_networkx("coauthor")) > 50
True
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kg.lookup import NameIndex


class KnowledgeGraph:
    """A built graph: SPARQL queries, relationship questions and NetworkX projections."""

    def __init__(self, store, summary=None) -> None:
        """``store``: a store from ``kg.store`` or an rdflib Dataset (held in memory)."""
        if not hasattr(store, "execute"):
            from kg.store.memory import MemoryStore

            store = MemoryStore(store)
        self.store = store
        self.summary = summary
        self._names: NameIndex | None = None
        self._relations = None

    @property
    def dataset(self):
        """The graph as an rdflib Dataset (a view of the store; the union of its graphs)."""
        return self.store.dataset

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def build(cls, inputs: str | os.PathLike[str] | list | None = None, **options: Any) -> "KnowledgeGraph":
        """Build from profile files/folders (``kg.pipeline.build`` options apply)."""
        from kg.pipeline import build

        if isinstance(inputs, (str, os.PathLike)):
            inputs = [inputs]
        result = build(inputs, **options)
        return cls(result.dataset, result.summary)

    @classmethod
    def load(cls, location: str | os.PathLike[str] | None = None) -> "KnowledgeGraph":
        """Open what ``kg build`` wrote: a store directory (default ``out/store``), a
        dataset file (``.trig``, ``.nq``, ``.jsonld``) or a SPARQL endpoint URL."""
        from kg.store import open_store

        return cls(open_store(location))

    # -- lookups -------------------------------------------------------------------------------
    @property
    def names(self) -> NameIndex:
        if self._names is None:
            self._names = NameIndex(self.dataset, self.store)
        return self._names

    @property
    def relations(self):
        if self._relations is None:
            from kg.relations import Relations

            self._relations = Relations(self.dataset)
        return self._relations

    def _about(self, *people):
        """Relations for questions about these people only: the whole graph's if already
        read, else just the facts that concern them (fast on a store of any size)."""
        if self._relations is not None:
            return self._relations
        from kg.relations import Relations

        return Relations(self.dataset, focus=set(people))

    def source_paths(self) -> set[str]:
        """The input files this graph was built from (as recorded in its metadata graph)."""
        from kg.graph import graph_view
        from kg.graph.iris import META_GRAPH
        from kg.vocab import RKG

        return {str(o) for o in graph_view(self.dataset, META_GRAPH).objects(None, RKG.path)}

    def check_output(self, path: str | os.PathLike[str]) -> None:
        """Refuse to write ``path`` when it is one of the graph's input files or its store."""
        from kg.errors import KgError

        target = Path(path).resolve()
        store = None if str(self.store.location).startswith(("http://", "https://")) else Path(self.store.location).resolve()
        if target == store or any(Path(p).resolve() == target for p in self.source_paths()):
            raise KgError(f"{path}: is an input of this graph; choose another output")

    def find_person(self, name: str):
        """The IRI of the person named ``name`` (any script, order or case)."""
        return self.names.person(name, describe=self._describe)

    def find_org(self, name: str):
        return self.names.org(name)

    def _describe(self, iri) -> str:
        card = self._about(iri).card(iri)
        where = ", ".join(e.target for e in (card.positions or card.education)[:2])
        docs = f"; in {len(card.documents)} document(s)" if card.documents else ""
        return f"{card.name}" + (f" ({where})" if where else "") + docs

    # -- questions ------------------------------------------------------------------------------
    def query(self, name: str, *, frame: bool = False, allow_update: bool = False, **params: Any):
        """Run a library query (``queries/NAME.rq``) or a ``.rq`` file; a list of dicts, or a DataFrame.

        Parameters named person, a, b, advisor or student may be given as names, org as an
        organisation name; they are looked up first.
        """
        cols, records = self.query_table(name, allow_update=allow_update, **params)
        if frame:
            import pandas as pd

            return pd.DataFrame.from_records(records, columns=cols)
        return records

    def query_table(self, name: str, *, allow_update: bool = False, **params: Any) -> tuple[list[str], list[dict]]:
        """Like ``query``, also returning the column names (for empty results)."""
        from kg.query import plain, run

        bound = {k: self._param(k, v) for k, v in params.items()}
        cols, rows = run(self.store, name, bound, allow_update=allow_update)
        if allow_update and not cols:
            self._names = self._relations = None  # the data changed
        return cols, [{c: plain(r.get(c)) for c in cols} for r in rows]

    def _param(self, key: str, value: Any):
        if isinstance(value, str) and not value.startswith(("http://", "https://", "<")):
            if key in ("person", "a", "b", "advisor", "student", "node"):
                return self.find_person(value)
            if key == "org":
                return self.find_org(value)
        return value

    def person(self, name: str):
        """A person's card: names, education, positions, advisors, students, supervisors, co-authors, sources."""
        iri = self.find_person(name)
        return self._about(iri).card(iri)

    def coauthors(self, name: str) -> list[tuple[str, int]]:
        """(co-author, papers together), most papers first."""
        iri = self.find_person(name)
        return self._about(iri).coauthors(iri)

    def papers(self, name: str) -> list[tuple[str, int | None]]:
        """(title, year) of a person's papers, oldest first."""
        iri = self.find_person(name)
        return self._about(iri).papers(iri)

    def shared(self, *names: str):
        """What the named people share: advisors, co-authors, organisations with overlapping years."""
        people = [self.find_person(n) for n in names]
        return self._about(*people).shared(people, self.names.top)

    def lineage(self, name: str):
        """(ancestors, descendants): advisors up the chain and students down it, with depth."""
        return self.relations.lineage(self.find_person(name))

    def connect(self, a: str, b: str, max_hops: int = 4):
        """The shortest connections between two people, every edge with its document and quote.

        The links around the two people are read first (``neighbours``, node by node:
        a path of ``max_hops`` lies within half of it from one end or the other), the
        paths found on them, and then only the facts of the nodes on those paths, with
        their quotes."""
        pa, pb = self.find_person(a), self.find_person(b)
        if self._relations is not None:
            return self._relations.connect(pa, pb, max_hops=max_hops)
        from kg.query import load_query, run
        from kg.relations import Relations, links_around, paths_between

        q = load_query("neighbours")

        def neighbours(node):
            return [r["other"] for r in run(self.store, q, {"node": node})[1]]

        paths = paths_between(links_around(neighbours, pa, pb, max_hops), pa, pb, max_hops)
        top = self._about().rank(paths)  # names only: nothing else is read
        # the facts of the nodes on the paths; of their papers, only the ones on the paths
        nodes = {n for p in top for n in p}
        return Relations(self.dataset, focus=nodes, papers=nodes).describe(top)

    def to_networkx(self, kind: str = "coauthor"):
        """A NetworkX projection: coauthor, advisor, org or full."""
        from kg.network import to_networkx

        return to_networkx(self.dataset, kind)


def build(inputs=None, **options: Any) -> KnowledgeGraph:
    """Build a KnowledgeGraph from profile files/folders (default ``data/profiles``)."""
    return KnowledgeGraph.build(inputs, **options)


def load(location: str | os.PathLike[str] | None = None) -> KnowledgeGraph:
    """Open what ``kg build`` wrote (default ``out/store``, else ``out/graph.trig``)."""
    return KnowledgeGraph.load(location)
