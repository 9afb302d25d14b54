"""rdflib's memory store: small and throw-away graphs (tests, notebooks, dataset files).

rdflib answers queries over one merged Graph far faster than over a Dataset's union
of contexts, so queries that name no graph run on a merged copy made on first use.
"""

from __future__ import annotations

import re

_GRAPH_CLAUSE = re.compile(r"\bGRAPH\b|\bFROM\s+NAMED\b", re.I)


class MemoryStore:
    """An rdflib Dataset held in memory.

    >>> from kg.pipeline import build
    >>> store = MemoryStore(build(["data/profiles"]).dataset)
    >>> kind, (cols, rows) = store.execute("SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://schema.org/Person> }", {}, name="n")
    >>> kind, int(rows[0]["n"]) > 50
    ('SELECT', True)
    """

    kind = "memory"

    def __init__(self, dataset, location: str = "(memory)") -> None:
        self._dataset = dataset
        if hasattr(dataset, "default_union"):
            dataset.default_union = True
        self.location = location
        self._merged = None

    @property
    def dataset(self):
        return self._dataset

    def merged(self):
        """All triples in one rdflib Graph (made once)."""
        if self._merged is None:
            from kg.store.files import union_graph

            self._merged = union_graph(self._dataset)
        return self._merged

    def execute(self, text: str, bindings: dict, *, name: str):
        from kg.store.planner import install_planner, prepare

        try:
            prepared = prepare(text)
        except Exception as err:
            raise SyntaxError(str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__) from None
        install_planner()
        # a single Graph (no named graphs, no ``quads``) is queried as it is
        single = not hasattr(self._dataset, "quads")
        target = self._dataset if single or _GRAPH_CLAUSE.search(text) else self.merged()
        result = target.query(prepared, initBindings=bindings)
        if result.type == "ASK":
            return "ASK", bool(result.askAnswer)
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return "CONSTRUCT", list(result.graph)
        names = [str(v) for v in result.vars]
        rows = [{n: row[i] for i, n in enumerate(names) if row[i] is not None} for row in result]
        return "SELECT", (names, rows)

    def update(self, text: str) -> None:
        ds = self._dataset
        union = getattr(ds, "default_union", None)
        try:
            if union is not None:
                ds.default_union = False  # updates address named graphs explicitly
            ds.update(text)
        finally:
            if union is not None:
                ds.default_union = union
        self._merged = None

    def close(self) -> None:
        self._merged = None
