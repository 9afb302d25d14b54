"""Why the graph believes a person is one person: names by document, merge reasons."""

from __future__ import annotations

from rdflib import URIRef

from kg.errors import KgError
from kg.graph import ENTITY_GRAPH, graph_view
from kg.graph.iris import META_GRAPH
from kg.resolve.people import person_key
from kg.vocab import RDF, RKG, SDO


class NotFound(KgError):
    """No person has that name (``suggestions`` holds close names)."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no person named {name!r}{hint}")
        self.suggestions = suggestions


def find_people(ds, name: str) -> list[URIRef]:
    """Every person one of whose names reads as ``name``."""
    key = person_key(name)
    people = set(graph_view(ds, ENTITY_GRAPH).subjects(RDF.type, SDO.Person))
    out: set[URIRef] = set()
    for prop in (SDO.name, SDO.alternateName):
        for s, _p, o, _c in ds.quads((None, prop, None, None)):
            if s in people and person_key(str(o)) == key:
                out.add(s)
    return sorted(out)


def _suggest(ds, name: str) -> list[str]:
    import difflib

    ent = graph_view(ds, ENTITY_GRAPH)
    people = set(ent.subjects(RDF.type, SDO.Person))
    names = {str(o) for s, _p, o in ent.triples((None, SDO.name, None)) if s in people}
    return difflib.get_close_matches(name, sorted(names), n=3, cutoff=0.6)


def explain(ds, name: str) -> str:
    """A readable account of the person(s) named ``name``."""
    people = find_people(ds, name)
    if not people:
        raise NotFound(name, _suggest(ds, name))
    ent = graph_view(ds, ENTITY_GRAPH)
    meta = graph_view(ds, META_GRAPH)
    blocks = []
    for person in people:
        preferred = ent.value(person, SDO.name)
        lines = [f"{preferred}  <{person}>"]
        by_doc: dict[str, set[str]] = {}
        for s, p, o, c in ds.quads((person, SDO.alternateName, None, None)):
            by_doc.setdefault(str(c.identifier if hasattr(c, "identifier") else c), set()).add(str(o))
        docs = set()
        for s, _p, _o, c in ds.quads((None, RKG.agent, person, None)):
            docs.add(str(c.identifier if hasattr(c, "identifier") else c))
        for s, _p, _o, c in ds.quads((None, RKG.author, person, None)):
            docs.add(str(c.identifier if hasattr(c, "identifier") else c))
        docs |= set(by_doc)
        lines.append("  mentioned in:")
        for d in sorted(docs):
            path = meta.value(URIRef(d), RKG.path) or d
            names = sorted(by_doc.get(d, set()) | {str(preferred)})
            owner = " (its owner)" if (URIRef(d), RKG.owner, person) in meta else ""
            lines.append(f"    {path}{owner}: {' / '.join(names)}")
        reasons = sorted(str(r) for r in ent.objects(person, RKG.mergeReason))
        lines.append("  merged because:" if reasons else "  merged because: (a single mention)")
        lines += [f"    - {r}" for r in reasons]
        blocks.append("\n".join(lines))
    if len(people) > 1:
        blocks.insert(0, f"{len(people)} different people are named {name!r}:")
    return "\n\n".join(blocks)
