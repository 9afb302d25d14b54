"""Where a built graph lives, behind one interface.

Three kinds of store hold the same dataset (one named graph per document, plus the
meta, entities and derived graphs):

- ``oxigraph``: an embedded, persistent Oxigraph store on disk (a directory), the
  default of ``kg build`` (``out/store``) and of every command that reads the graph;
  queries run against its indexes;
- ``memory``: rdflib's memory store, for small and throw-away graphs (tests,
  notebooks, and dataset files such as ``graph.trig`` opened directly);
- ``remote``: a SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, QLever, Oxigraph
  server) reached over the Query, Update and Graph Store protocols.

Every store offers ``dataset`` (an rdflib Dataset view, for code that walks
triples), ``execute`` (a SPARQL query with bound variables) and ``close``.

>>> from kg.store import open_store
>>> s = open_store("out/no-such-store")
Traceback (most recent call last):
...
kg.store.StoreError: out/no-such-store: no such graph; run `kg build` first or give its path
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Protocol

from kg.errors import KgError

DEFAULT_STORE = Path("out") / "store"
DEFAULT_FILE = Path("out") / "graph.trig"


class StoreError(KgError):
    """A store that cannot be opened, written or reached."""


class Store(Protocol):
    """What every store offers (see the module documentation)."""

    kind: str
    location: str

    @property
    def dataset(self) -> Any:
        """An rdflib Dataset over the store's quads, queried as the union of its graphs."""

    def execute(self, text: str, bindings: dict, *, name: str) -> tuple[str, Any]:
        """Run one SPARQL query with ``bindings`` (variable name -> rdflib term).

        Returns ``("SELECT", (variables, rows))``, ``("ASK", bool)`` or
        ``("CONSTRUCT", triples)``; rows are dicts of rdflib terms.
        """

    def update(self, text: str) -> None:
        """Run a SPARQL update."""

    def close(self) -> None:
        """Release the store."""


def is_url(location: str | os.PathLike[str]) -> bool:
    return str(location).startswith(("http://", "https://"))


def default_location() -> Path:
    """What the commands read when no store is named: ``out/store`` if ``kg build`` wrote
    it in this folder, else ``out/graph.trig``."""
    return DEFAULT_STORE if DEFAULT_STORE.exists() else DEFAULT_FILE


def open_store(location: str | os.PathLike[str] | None = None, *, writable: bool = False) -> Store:
    """Open the store at ``location``: a URL (remote SPARQL server), a directory
    (Oxigraph) or a dataset file (.trig, .nq, .jsonld; loaded into memory)."""
    loc = default_location() if location is None else location
    if is_url(loc):
        from kg.store.remote import RemoteStore

        return RemoteStore(str(loc))
    p = Path(loc)
    if p.is_dir():
        from kg.store.oxigraph import OxigraphStore

        return OxigraphStore.open(p, writable=writable)
    if p.is_file():
        from kg.pipeline import load
        from kg.store.memory import MemoryStore

        return MemoryStore(load(p), location=str(p))
    raise StoreError(f"{loc}: no such graph; run `kg build` first or give its path")


def write_store(quads, location: str | os.PathLike[str], *, fingerprints: dict | None = None) -> int:
    """Put a built dataset's quads (or a function making them) into the store at
    ``location`` (replacing what it held):
    a directory becomes an Oxigraph store (swapped in atomically), a URL is pushed to
    over the Graph Store protocol.  Returns the number of distinct quads.
    ``fingerprints``: see ``kg.store.oxigraph.write_store``."""
    if is_url(location):
        from kg.store.remote import push

        return push(quads() if callable(quads) else quads, str(location))
    from kg.store.oxigraph import write_store as write_oxigraph

    return write_oxigraph(quads, location, fingerprints=fingerprints)["quads"]


def push_store(source: Store, url: str) -> int:
    """Upload the dataset of a local store (or dataset file) to the SPARQL server at ``url``,
    replacing its graphs; returns the number of quads sent."""
    if not is_url(url):
        raise StoreError(f"{url}: not an http(s) SPARQL endpoint URL")
    from kg.store.remote import push, push_ox

    if hasattr(source, "ox_quads"):
        return push_ox(source.ox_quads(), url)
    return push(((s, p, o, getattr(c, "identifier", c)) for s, p, o, c in source.dataset.quads()), url)
