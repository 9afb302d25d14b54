"""Finding people and organisations by any of their names.

Case, accents, word order and script do not matter ("LIU Shengyu", "Shengyu Liu",
"王威" for "Wei Wang"); a miss suggests close names; a name shared by several
people is an error that lists them.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from typing import NamedTuple

from rdflib import Literal, URIRef

from kg.errors import KgError
from kg.graph import ENTITY_GRAPH, graph_view
from kg.resolve.orgs import normalize
from kg.resolve.people import person_key
from kg.vocab import RDF, RKG, SDO


class NotFound(KgError):
    """No entity has that name; ``suggestions`` holds close names."""

    def __init__(self, what: str, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no {what} named {name!r}{hint}")
        self.suggestions = suggestions


class Ambiguous(KgError):
    """Several entities have that name; ``candidates`` lists (IRI, description)."""

    SHOWN = 10  # candidates listed in the message; all are in ``candidates``

    def __init__(self, what: str, name: str, candidates: list[tuple[str, str]]) -> None:
        lines = "; ".join(f"{d} <{iri}>" for iri, d in candidates[: self.SHOWN])
        more = f"; and {len(candidates) - self.SHOWN} more" if len(candidates) > self.SHOWN else ""
        super().__init__(f"{len(candidates)} {what}s are named {name!r}: {lines}{more} — give the IRI instead")
        self.candidates = candidates


class _AllNames(NamedTuple):
    person_names: dict
    org_names: dict
    people: dict  # name key -> people
    orgs: dict  # name key -> organisations


class NameIndex:
    """Finding entities by name in a dataset.

    Graphs carry ``rkg:nameKey`` for every name of every person and organisation, so a
    lookup is one indexed pattern, whatever the size of the store; every name is read
    (once) only to suggest close names after a miss, or for graphs without keys.
    """

    def __init__(self, ds, store=None) -> None:
        """``store``: where ``ds`` comes from, if it can run queries (reading every name
        through a query is several times faster than through rdflib on a large store)."""
        self.ds = ds
        self._store = store
        self._ent = graph_view(ds, ENTITY_GRAPH)
        self._keyed = next(iter(ds.quads((None, RKG.nameKey, None, None))), None) is not None
        self._all: tuple | None = None
        self._parent: dict | None = None

    def _read_all(self) -> _AllNames:
        """(person names, org names, people by key, orgs by key), read once."""
        if self._all is None:
            ent = self._ent
            person_names: dict[URIRef, str] = {}
            org_names: dict[URIRef, str] = {}
            people_by: dict[str, set[URIRef]] = defaultdict(set)
            orgs_by: dict[str, set[URIRef]] = defaultdict(set)
            people = set(ent.subjects(RDF.type, SDO.Person))
            orgs = set(ent.subjects(RDF.type, SDO.Organization))
            for s, o in ent.subject_objects(SDO.name):
                if s in people:
                    person_names[s] = str(o)
                    people_by[person_key(str(o))].add(s)
                elif s in orgs:
                    org_names[s] = str(o)
                    orgs_by[normalize(str(o))].add(s)
            for s, _p, o, _c in self.ds.quads((None, SDO.alternateName, None, None)):
                if s in people:
                    people_by[person_key(str(o))].add(s)
                elif s in orgs:
                    orgs_by[normalize(str(o))].add(s)
            self._all = _AllNames(person_names, org_names, people_by, orgs_by)
        return self._all

    @property
    def person_names(self) -> dict[URIRef, str]:
        if self._all is None and self._store is not None:
            return self._names(SDO.Person)
        return self._read_all().person_names

    @property
    def org_names(self) -> dict[URIRef, str]:
        if self._all is None and self._store is not None:
            return self._names(SDO.Organization)
        return self._read_all().org_names

    def _names(self, kind: URIRef) -> dict[URIRef, str]:
        from kg.query import run

        _cols, rows = run(self._store, "names", {"kind": kind})
        return {r["entity"]: str(r["name"]) for r in rows}

    def _find(self, key: str, cls: URIRef, kind: str) -> list[URIRef]:
        if not self._keyed:  # a graph built before name keys: read every name once
            return sorted(getattr(self._read_all(), kind).get(key, set()))
        found = {s for s, _p, _o, _c in self.ds.quads((None, RKG.nameKey, Literal(key), ENTITY_GRAPH))}
        return sorted(s for s in found if (s, RDF.type, cls) in self._ent)

    def name_of(self, iri: URIRef) -> str:
        return str(self._ent.value(iri, SDO.name) or iri)

    def person(self, name: str, describe=None) -> URIRef:
        """The person named ``name`` (an IRI is taken as is)."""
        if name.startswith(("http://", "https://")):
            return URIRef(name)
        found = self._find(person_key(name), SDO.Person, "people")
        if not found:
            close = difflib.get_close_matches(name, sorted(set(self.person_names.values())), n=3, cutoff=0.6)
            raise NotFound("person", name, close)
        if len(found) > 1:
            raise Ambiguous("person", name, [(str(f), describe(f) if describe and i < Ambiguous.SHOWN else self.name_of(f)) for i, f in enumerate(found)])
        return found[0]

    def org(self, name: str) -> URIRef:
        """The organisation named ``name``; a unit's name finds the unit."""
        if name.startswith(("http://", "https://")):
            return URIRef(name)
        found = self._find(normalize(name), SDO.Organization, "orgs")
        if not found:
            close = difflib.get_close_matches(name, sorted(set(self.org_names.values())), n=3, cutoff=0.6)
            raise NotFound("organisation", name, close)
        if len(found) > 1:
            raise Ambiguous("organisation", name, [(str(f), self.name_of(f)) for f in found])
        return found[0]

    @property
    def parent(self) -> dict[URIRef, URIRef]:
        if self._parent is None:
            self._parent = {s: o for s, o in self._ent.subject_objects(SDO.parentOrganization)}
        return self._parent

    def top(self, org: URIRef) -> URIRef:
        """The top of an organisation's parent chain."""
        seen = {org}
        while org in self.parent and self.parent[org] not in seen:
            org = self.parent[org]
            seen.add(org)
        return org
