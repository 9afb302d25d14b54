"""Library queries start from their bound parameters (rdflib alone would start from
``?c a schema:Person`` and walk every person in the graph)."""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, URIRef

from kg.query import run
from kg.vocab import SDO


class CountingGraph(Graph):
    """A Graph that counts the triple-pattern lookups made on it."""

    lookups = 0

    def triples(self, pattern):
        type(self).lookups += 1
        return super().triples(pattern)


def test_coauthors_does_not_walk_every_person():
    g = CountingGraph()
    people = [URIRef(f"https://example.org/p{i}") for i in range(300)]
    for i, p in enumerate(people):
        g.add((p, RDF.type, SDO.Person))
        g.add((p, SDO.name, Literal(f"Person {i}")))
    paper = URIRef("https://example.org/paper")
    g.add((paper, SDO.author, people[0]))
    g.add((paper, SDO.author, people[1]))
    CountingGraph.lookups = 0
    cols, rows = run(g, "coauthors", {"person": people[0]})
    assert [str(r["name"]) for r in rows] == ["Person 1"]
    assert CountingGraph.lookups < 30, CountingGraph.lookups
