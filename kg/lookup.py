"""Finding people and organisations by any of their names.

Case, accents, word order and script do not matter ("LIU Shengyu", "Shengyu Liu",
"王威" for "Wei Wang"); a miss suggests close names; a name shared by several
people is an error that lists them.
"""

from __future__ import annotations

import difflib
from collections import defaultdict

from rdflib import URIRef

from kg.errors import KgError
from kg.graph import ENTITY_GRAPH, graph_view
from kg.resolve.orgs import normalize
from kg.resolve.people import person_key
from kg.vocab import RDF, SDO


class NotFound(KgError):
    """No entity has that name; ``suggestions`` holds close names."""

    def __init__(self, what: str, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no {what} named {name!r}{hint}")
        self.suggestions = suggestions


class Ambiguous(KgError):
    """Several entities have that name; ``candidates`` lists (IRI, description)."""

    def __init__(self, what: str, name: str, candidates: list[tuple[str, str]]) -> None:
        lines = "; ".join(f"{d} <{iri}>" for iri, d in candidates)
        super().__init__(f"{len(candidates)} {what}s are named {name!r}: {lines} — give the IRI instead")
        self.candidates = candidates


class NameIndex:
    """Names of people and organisations, read once from a dataset."""

    def __init__(self, ds) -> None:
        ent = graph_view(ds, ENTITY_GRAPH)
        self.person_names: dict[URIRef, str] = {}
        self.org_names: dict[URIRef, str] = {}
        self._people: dict[str, set[URIRef]] = defaultdict(set)
        self._orgs: dict[str, set[URIRef]] = defaultdict(set)
        people = set(ent.subjects(RDF.type, SDO.Person))
        orgs = set(ent.subjects(RDF.type, SDO.Organization))
        for s, o in ent.subject_objects(SDO.name):
            if s in people:
                self.person_names[s] = str(o)
                self._people[person_key(str(o))].add(s)
            elif s in orgs:
                self.org_names[s] = str(o)
                self._orgs[normalize(str(o))].add(s)
        for s, _p, o, _c in ds.quads((None, SDO.alternateName, None, None)):
            if s in people:
                self._people[person_key(str(o))].add(s)
            elif s in orgs:
                self._orgs[normalize(str(o))].add(s)
        self.parent = {s: o for s, o in ent.subject_objects(SDO.parentOrganization)}

    def person(self, name: str, describe=None) -> URIRef:
        """The person named ``name`` (an IRI is taken as is)."""
        if name.startswith(("http://", "https://")):
            return URIRef(name)
        found = sorted(self._people.get(person_key(name), set()))
        if not found:
            close = difflib.get_close_matches(name, sorted(set(self.person_names.values())), n=3, cutoff=0.6)
            raise NotFound("person", name, close)
        if len(found) > 1:
            raise Ambiguous("person", name, [(str(f), describe(f) if describe else self.person_names.get(f, "")) for f in found])
        return found[0]

    def org(self, name: str) -> URIRef:
        """The organisation named ``name``; a unit's name finds the unit."""
        if name.startswith(("http://", "https://")):
            return URIRef(name)
        found = sorted(self._orgs.get(normalize(name), set()))
        if not found:
            close = difflib.get_close_matches(name, sorted(set(self.org_names.values())), n=3, cutoff=0.6)
            raise NotFound("organisation", name, close)
        if len(found) > 1:
            raise Ambiguous("organisation", name, [(str(f), self.org_names.get(f, "")) for f in found])
        return found[0]

    def top(self, org: URIRef) -> URIRef:
        """The top of an organisation's parent chain."""
        seen = {org}
        while org in self.parent and self.parent[org] not in seen:
            org = self.parent[org]
            seen.add(org)
        return org
