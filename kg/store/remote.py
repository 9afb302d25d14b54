"""A SPARQL 1.1 server as the store (Virtuoso, Apache Jena Fuseki, GraphDB, QLever,
Oxigraph server): for graphs too big for one machine.

Queries go to the endpoint over the SPARQL Protocol (POST, JSON results); updates and
uploads use the Update and Graph Store protocols, one named graph per document as in
the local store.  Nothing but the standard library talks HTTP.

Where updates and uploads go, and with which credentials, is read from the
environment, so no password is typed on a command line:

- ``KG_SPARQL_UPDATE``: the update endpoint (default: the query endpoint);
- ``KG_SPARQL_GSP``: the Graph Store endpoint (default: the query endpoint's
  ``…-graph-crud`` sibling for Virtuoso-style ``/sparql`` URLs, else the endpoint);
- ``KG_SPARQL_USER`` / ``KG_SPARQL_PASSWORD``: HTTP basic or digest credentials.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

from kg.store import StoreError
from kg.store.view import ReadOnlyView

TIMEOUT = 300  # seconds for one request


def _opener(url: str):
    user, password = os.environ.get("KG_SPARQL_USER"), os.environ.get("KG_SPARQL_PASSWORD")
    handlers = []
    if user:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, url, user, password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


def _request(url: str, *, data: bytes | None, headers: dict, method: str) -> bytes:
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with _opener(url).open(req, timeout=TIMEOUT) as resp:
            return resp.read()
    except urllib.error.HTTPError as err:
        body = err.read()[:300].decode("utf-8", "replace").strip().splitlines()
        raise StoreError(f"{url}: HTTP {err.code} {err.reason}" + (f": {body[0]}" if body else "")) from None
    except (urllib.error.URLError, OSError) as err:
        raise StoreError(f"{url}: cannot reach the SPARQL server ({getattr(err, 'reason', err)})") from None


def _from_json(value: dict):
    from rdflib import BNode, Literal, URIRef

    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    lang = value.get("xml:lang")
    dt = value.get("datatype")
    if lang:
        return Literal(value["value"], lang=lang)
    if dt and dt != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(value["value"], datatype=URIRef(dt))
    return Literal(value["value"])


class RemoteStore:
    """A SPARQL endpoint; ``location`` is its query URL (e.g. ``http://127.0.0.1:8890/sparql``)."""

    kind = "remote"

    def __init__(self, url: str) -> None:
        self.location = url
        self.update_url = os.environ.get("KG_SPARQL_UPDATE") or url
        self._dataset = None

    @property
    def dataset(self):
        """An rdflib Dataset reading the endpoint (one query per triple pattern: fine for
        lookups, slow for walks over a whole big graph)."""
        if self._dataset is None:
            from rdflib import Dataset

            from kg.graph import PREFIXES

            ds = Dataset(store=SparqlView(self), default_union=True)
            for prefix, ns in PREFIXES.items():
                ds.bind(prefix, ns)
            self._dataset = ds
        return self._dataset

    def execute(self, text: str, bindings: dict, *, name: str):
        from kg.store.bindings import with_values

        body = urllib.parse.urlencode({"query": with_values(text, bindings)}).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9",
        }
        raw = _request(self.location, data=body, headers=headers, method="POST")
        try:
            doc = json.loads(raw)
        except ValueError:
            from rdflib import Graph

            return "CONSTRUCT", list(Graph().parse(data=raw.decode("utf-8"), format="nt"))
        if "boolean" in doc:
            return "ASK", bool(doc["boolean"])
        names = list(doc["head"].get("vars", []))
        rows = [{k: _from_json(v) for k, v in b.items()} for b in doc["results"]["bindings"]]
        return "SELECT", (names, rows)

    def update(self, text: str) -> None:
        body = urllib.parse.urlencode({"update": text}).encode()
        _request(self.update_url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"}, method="POST")

    def close(self) -> None:
        self._dataset = None


def graph_store_url(url: str) -> str:
    """The Graph Store endpoint for a query endpoint (``KG_SPARQL_GSP`` overrides).

    >>> graph_store_url("http://127.0.0.1:8890/sparql")
    'http://127.0.0.1:8890/sparql-graph-crud'
    >>> graph_store_url("http://localhost:7878/query")
    'http://localhost:7878/store'
    """
    env = os.environ.get("KG_SPARQL_GSP")
    if env:
        return env
    if url.rstrip("/").endswith("/sparql"):
        return url.rstrip("/") + "-graph-crud"
    if url.rstrip("/").endswith("/query"):
        return url.rstrip("/")[: -len("/query")] + "/store"
    return url


def push(quads, url: str) -> int:
    """Upload a built dataset to the server at ``url``: every named graph is replaced with
    a Graph Store PUT, and graphs of this tool's IRI space that the dataset no longer
    has (deleted documents) are dropped.  Returns the number of distinct quads sent."""
    from kg.graph.terms import to_ox_quads

    return push_ox(to_ox_quads(quads), url)


def push_ox(oxq, url: str) -> int:
    """``push`` for pyoxigraph quads (as read from a local store)."""
    import pyoxigraph as ox

    from kg.graph.iris import BASE

    by_graph: dict[str, list] = defaultdict(list)
    count = 0
    for q in oxq:
        count += 1
        by_graph[q.graph_name.value].append(ox.Triple(q.subject, q.predicate, q.object))
    store = RemoteStore(url)
    _kind, (_cols, rows) = store.execute(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?base)) }",
        {"base": _literal(BASE)},
        name="graphs",
    )
    gsp = graph_store_url(url)
    for graph, triples in sorted(by_graph.items()):
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        target = gsp + ("&" if "?" in gsp else "?") + urllib.parse.urlencode({"graph": graph})
        _request(target, data=data, headers={"Content-Type": "application/n-triples"}, method="PUT")
    for row in rows:
        old = str(row["g"])
        if old not in by_graph:
            target = gsp + ("&" if "?" in gsp else "?") + urllib.parse.urlencode({"graph": old})
            _request(target, data=None, headers={}, method="DELETE")
    return count


def _literal(text: str):
    from rdflib import Literal

    return Literal(text)


class SparqlView(ReadOnlyView):
    """rdflib's Store interface, read-only, over a RemoteStore: each triple pattern is one
    ``SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { … } }`` with the fixed terms bound."""

    def __init__(self, remote: RemoteStore) -> None:
        super().__init__()
        self._remote = remote

    def triples(self, triple_pattern, context=None):
        from rdflib import Graph

        bindings = {v: t for v, t in zip("spo", triple_pattern) if t is not None}
        graph = self.graph_identifier(context)
        if graph is not None:
            bindings["g"] = graph
        _kind, (_cols, rows) = self._remote.execute("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", bindings, name="pattern")
        for row in rows:
            s, p, o, g = (row.get(v, bindings.get(v)) for v in "spog")
            yield (s, p, o), iter((Graph(store=self, identifier=g),))

    def __len__(self, context=None) -> int:
        bindings = {} if self.graph_identifier(context) is None else {"g": self.graph_identifier(context)}
        _kind, (_cols, rows) = self._remote.execute("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", bindings, name="count")
        return int(rows[0]["n"]) if rows else 0

    def contexts(self, triple=None):
        from rdflib import Graph

        _kind, (_cols, rows) = self._remote.execute("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {}, name="graphs")
        for row in rows:
            yield Graph(store=self, identifier=row["g"])
