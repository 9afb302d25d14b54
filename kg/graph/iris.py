"""Every IRI the graph mints, built here and nowhere else.

IRIs are derived from stable keys (resolution keys, document keys, statement
positions), so the same inputs always give the same IRIs.

>>> person("biao-sun")
rdflib.term.URIRef('https://w3id.org/researcher-kg/id/person/biao-sun')
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

BASE = "https://w3id.org/researcher-kg/id/"


_UNRESERVED = re.compile(r"[A-Za-z0-9\-._~/]*")  # what quote(..., safe="-._~/") leaves as it is


def _path(kind: str, key: str) -> URIRef:
    return URIRef(BASE + kind + "/" + (key if _UNRESERVED.fullmatch(key) else quote(key, safe="-._~/")))


_iri = lru_cache(maxsize=1 << 20)(_path)  # entities are named again and again; statements once each


def person(key: str) -> URIRef:
    return _iri("person", key)


def org(key: str) -> URIRef:
    return _iri("org", key)


def paper(key: str) -> URIRef:
    return _iri("paper", key)


def series(key: str) -> URIRef:
    return _iri("series", key)


def project(key: str) -> URIRef:
    return _iri("project", key)


def document(key: str) -> URIRef:
    """The document itself, and the named graph of the facts it states."""
    return _iri("doc", key)


def statement(doc_key: str, kind: str, index: int | str) -> URIRef:
    """A dated statement (education, position, award, project role, authorship) of a document."""
    return _path("stmt", f"{doc_key}/{kind}/{index}")


META_GRAPH = URIRef(BASE + "graph/meta")
DERIVED_GRAPH = URIRef(BASE + "graph/derived")
