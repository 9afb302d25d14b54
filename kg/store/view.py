"""A read-only rdflib Store over a pyoxigraph Store, so code that walks triples with
rdflib's Graph/Dataset API (``triples``, ``quads``, ``subjects``) reads an Oxigraph
store without copying it.  Literals come back exactly as rdflib makes them (a plain
string is ``Literal("x")``, not one typed ``xsd:string``).
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, Graph
from rdflib.store import Store as RdflibStore

from kg.store import StoreError
from kg.graph.terms import from_ox, to_ox


class ReadOnlyView(RdflibStore):
    """What the read-only views share: refusing writes, and prefixes kept in memory."""

    context_aware = True
    formula_aware = False
    transaction_aware = False
    graph_aware = True

    def __init__(self) -> None:
        super().__init__()
        self._ns: dict[str, str] = {}
        self._prefix: dict[str, str] = {}

    @staticmethod
    def graph_identifier(context):
        """The named graph a context stands for, or None for the union of all graphs."""
        ident = getattr(context, "identifier", context)
        if ident is None or ident == DATASET_DEFAULT_GRAPH_ID:
            return None
        return ident

    def add_graph(self, graph) -> None:
        raise StoreError("the store is open read-only")

    def add(self, triple, context, quoted=False) -> None:
        raise StoreError("the store is open read-only")

    def addN(self, quads) -> None:  # noqa: N802 (rdflib's name)
        raise StoreError("the store is open read-only")

    def remove(self, triple, context=None) -> None:
        raise StoreError("the store is open read-only")

    def remove_graph(self, graph) -> None:
        raise StoreError("the store is open read-only")

    def bind(self, prefix, namespace, override=True) -> None:
        if not override and (prefix in self._ns or namespace in self._prefix):
            return
        old = self._ns.pop(prefix, None)
        if old is not None:
            self._prefix.pop(old, None)
        self._ns[prefix] = namespace
        self._prefix[namespace] = prefix

    def namespace(self, prefix):
        return self._ns.get(prefix)

    def prefix(self, namespace):
        return self._prefix.get(namespace)

    def namespaces(self):
        yield from self._ns.items()


class OxigraphView(ReadOnlyView):
    """rdflib's Store interface, read-only, over ``inner`` (a pyoxigraph Store)."""

    def __init__(self, inner: ox.Store) -> None:
        super().__init__()
        self._ox = inner
        self._graphs: dict = {}  # graph name -> its rdflib Graph (made once, not per quad)

    def _context(self, name):
        g = self._graphs.get(name)
        if g is None:
            g = self._graphs[name] = Graph(store=self, identifier=from_ox(name))
        return g

    def _graph_name(self, context):
        ident = self.graph_identifier(context)
        return None if ident is None else to_ox(ident)

    def triples(self, triple_pattern, context=None):
        s, p, o = triple_pattern
        try:
            pattern = [None if t is None else to_ox(t) for t in (s, p, o)]
        except TypeError:
            return
        graph = self._graph_name(context)
        for q in self._ox.quads_for_pattern(*pattern, graph):
            ctx = None if isinstance(q.graph_name, ox.DefaultGraph) else self._context(q.graph_name)
            yield (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)), iter((ctx,))

    def __len__(self, context=None) -> int:
        graph = self._graph_name(context)
        return sum(1 for _ in self._ox.quads_for_pattern(None, None, None, graph))

    def contexts(self, triple=None):
        if triple is None:
            for g in self._ox.named_graphs():
                yield self._context(g)
            return
        seen = set()
        for (_t, ctxs) in self.triples(triple):
            for c in ctxs:
                if c is not None and c.identifier not in seen:
                    seen.add(c.identifier)
                    yield c
