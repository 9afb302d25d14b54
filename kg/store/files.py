"""Dataset files: TriG, N-Quads and JSON-LD, read into rdflib's memory store and
written deterministically and atomically.

TriG and N-Quads output is byte-identical for identical datasets: graphs in IRI
order, triples sorted, whatever the process or its string hashing.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import InputError, KgError

FORMATS = {".trig": "trig", ".nq": "nquads", ".nquads": "nquads", ".jsonld": "json-ld", ".json": "json-ld", ".ttl": "trig"}


def format_of(path: str | os.PathLike[str]) -> str:
    """The serialisation a dataset file's extension names, or InputError."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(str(path), f"unknown output format {suffix or '(none)'}; use .trig, .nq or .jsonld")
    return FORMATS[suffix]


def write_dataset(ds, path: str | os.PathLike[str]) -> None:
    """Serialise an rdflib Dataset by the file's extension, atomically."""
    write_quads(((s, p, o, getattr(c, "identifier", c)) for s, p, o, c in ds.quads()), path)


def write_quads(quads, path: str | os.PathLike[str]) -> int:
    """Write ``(s, p, o, g)`` quads (rdflib terms or pyoxigraph quads) as TriG, N-Quads or JSON-LD by the
    file's extension, atomically; return the number of quads written.

    The quads are sorted (graph, subject, predicate, object), so the same dataset
    always gives the same bytes, whatever the process or the order quads were made in.
    """
    import pyoxigraph as ox

    from kg.atomic import write_bytes_atomic
    from kg.graph import PREFIXES
    from kg.graph.terms import to_ox_quads

    fmt = format_of(path)
    oxq = to_ox_quads(quads)
    oxq.sort(key=lambda q: (q.graph_name.value, str(q)))
    ox_format = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    prefixes = dict(PREFIXES, xsd="http://www.w3.org/2001/XMLSchema#", rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    data = ox.serialize(oxq, format=ox_format, prefixes=prefixes if fmt == "trig" else None)
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(p, data)
    return len(oxq)


def load(path: str | os.PathLike[str]):
    """Read a dataset written by ``build`` (TriG, N-Quads or JSON-LD)."""
    from rdflib import Dataset

    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), "no such graph; run `kg build` first or give its path")
    ds = Dataset()
    try:
        ds.parse(p, format=format_of(p))
    except KgError:
        raise
    except Exception as err:
        raise InputError(str(path), f"cannot parse the graph: {type(err).__name__}: {str(err).splitlines()[0][:200]}") from None
    return ds


def union_graph(ds):
    """All triples of a dataset as one rdflib Graph (facts of every document and entity graph)."""
    from rdflib import Graph

    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _c in ds.quads():
        g.add((s, p, o))
    return g
