"""RDF terms: pyoxigraph terms as the graph stage makes them, and conversions between
rdflib and pyoxigraph, both ways.

The graph stage builds pyoxigraph terms directly (an rdflib Literal costs ~15 µs to
make, a pyoxigraph one well under 1 µs); rdflib terms are made from them only for
rdflib's memory store.

>>> literal("2021-09", XSD_NS + "gYearMonth")
<Literal value=2021-09 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYearMonth>>
>>> integer(7) == to_ox(Literal(7)), TRUE == to_ox(Literal(True))
(True, True)
>>> Vocabulary(__import__("kg.vocab").vocab.RKG).advsor
Traceback (most recent call last):
...
AttributeError: term 'advsor' not in namespace 'https://w3id.org/researcher-kg/vocab#'

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

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = XSD_NS + "string"


@lru_cache(maxsize=1 << 20)
def _named(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def named(iri: str) -> ox.NamedNode:
    """A pyoxigraph IRI (cached: the graph stage names the same nodes again and again)."""
    return _named(str(iri))


def literal(text: str, datatype: str | None = None, language: str | None = None) -> ox.Literal:
    """A literal: a plain string, or typed by a datatype IRI, or language-tagged."""
    if language:
        return ox.Literal(text, language=language)
    if datatype:
        return ox.Literal(text, datatype=_named(datatype))
    return ox.Literal(text)


_INTEGER = XSD_NS + "integer"


def integer(value: int) -> ox.Literal:
    """An xsd:integer literal (as rdflib writes ``Literal(7)``)."""
    return ox.Literal(str(int(value)), datatype=_named(_INTEGER))


TRUE = ox.Literal("true", datatype=ox.NamedNode(XSD_NS + "boolean"))


class Vocabulary:
    """A closed rdflib namespace whose terms come out as pyoxigraph IRIs, each looked up
    once; a misspelt term still raises."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        term = _named(str(getattr(self._namespace, name)))
        setattr(self, name, term)
        return term


_OX_TERMS = (ox.NamedNode, ox.BlankNode, ox.Literal)


def ox_terms(q) -> tuple:
    """A quad (a ``pyoxigraph.Quad``, or a tuple of pyoxigraph or rdflib terms) as a tuple
    of four pyoxigraph terms."""
    if isinstance(q, ox.Quad):
        return q.subject, q.predicate, q.object, q.graph_name
    if not isinstance(q[0], _OX_TERMS):
        return to_ox(q[0]), to_ox(q[1]), to_ox(q[2]), to_ox(q[3])
    return q


def to_rdflib_quads(quads: Iterable):
    """Quads (see ``ox_terms``) as tuples of rdflib terms (for rdflib's memory store)."""
    for q in quads:
        yield tuple(from_ox(t) for t in ox_terms(q))


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
    if isinstance(term, _OX_TERMS):
        return term
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox_quads(quads: Iterable) -> list[ox.Quad]:
    """``(s, p, o, g)`` quads of rdflib or pyoxigraph terms as pyoxigraph quads,
    duplicates dropped; pyoxigraph quads pass as they are (so a caller writing several
    outputs converts once)."""
    return [q if isinstance(q, ox.Quad) else ox.Quad(*ox_terms(q)) for q in dict.fromkeys(quads)]


@lru_cache(maxsize=1 << 18)
def _uri(iri: str) -> URIRef:
    return URIRef(iri)


def from_ox(term):
    """A pyoxigraph term as an rdflib term."""
    convert = _FROM_OX.get(type(term))
    if convert is not None:
        return convert(term)
    if isinstance(term, ox.DefaultGraph) or term is None:
        return None
    raise TypeError(f"not an RDF term: {term!r}")


def _literal_from_ox(term: ox.Literal) -> Literal:
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=_uri(dt))


_FROM_OX = {
    ox.NamedNode: lambda t: _uri(t.value),
    ox.Literal: _literal_from_ox,
    ox.BlankNode: lambda t: BNode(t.value),
}
