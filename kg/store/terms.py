"""RDF terms between rdflib and pyoxigraph, both ways.

>>> from rdflib import Literal, URIRef
>>> to_ox(Literal("2020", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear")))
<Literal value=2020 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYear>>
>>> from_ox(to_ox(Literal("王威", lang="zh"))) == Literal("王威", lang="zh")
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@lru_cache(maxsize=1 << 20)
def _named(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def to_ox(term):
    """An rdflib term (or graph name) as a pyoxigraph term."""
    t = type(term)
    if t is URIRef:
        return _named(str(term))
    if t is Literal:
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=_named(str(term.datatype)))
        return ox.Literal(str(term))
    if t is BNode:
        return ox.BlankNode(str(term))
    if isinstance(term, URIRef):
        return _named(str(term))
    if isinstance(term, Literal):
        return to_ox(Literal(str(term), lang=term.language, datatype=term.datatype))
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox_quads(quads: Iterable) -> list[ox.Quad]:
    """``(s, p, o, g)`` rdflib quads as pyoxigraph quads, duplicates dropped; pyoxigraph
    quads pass as they are (so a caller writing several outputs converts once)."""
    return [q if isinstance(q, ox.Quad) else ox.Quad(to_ox(q[0]), to_ox(q[1]), to_ox(q[2]), to_ox(q[3])) for q in dict.fromkeys(quads)]


@lru_cache(maxsize=1 << 18)
def _uri(iri: str) -> URIRef:
    return URIRef(iri)


def from_ox(term):
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return _uri(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph) or term is None:
        return None
    raise TypeError(f"not an RDF term: {term!r}")
