"""Path search for `kg connect`: the pruned depth-first search finds exactly the simple
paths networkx finds (every shortest path and those one hop longer, within the hop
limit), and the store-backed `connect` agrees with the one over all facts in memory."""

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.relations import links_around, paths_between

edges = st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(edges, st.integers(0, 9), st.integers(0, 9), st.integers(1, 5))
def test_paths_are_those_networkx_enumerates(links, a, b, max_hops):
    g = nx.Graph()
    g.add_edges_from((x, y) for x, y in links if x != y)
    expected: list = []
    if a != b and a in g and b in g and nx.has_path(g, a, b):
        shortest = nx.shortest_path_length(g, a, b)
        if shortest <= max_hops:
            expected = list(nx.all_simple_paths(g, a, b, cutoff=min(max_hops, shortest + 1)))
    got = paths_between(links, a, b, max_hops)
    assert sorted(got) == sorted(expected)
    assert len(got) == len({tuple(p) for p in got})  # each path once


@settings(max_examples=400, deadline=None)
@given(edges, st.integers(0, 9), st.integers(0, 9), st.integers(1, 6))
def test_the_links_around_two_nodes_hold_every_path_between_them(links, a, b, max_hops):
    """Reading only the neighbourhoods (as `connect` does on a store) finds the same
    paths, in the same order, as the search over every link."""
    adj: dict = {}
    for x, y in links:
        if x != y:
            adj.setdefault(x, set()).add(y)
            adj.setdefault(y, set()).add(x)
    asked = []

    def neighbours(n):
        asked.append(n)
        return sorted(adj.get(n, ()))

    around = links_around(neighbours, a, b, max_hops)
    assert paths_between(around, a, b, max_hops) == paths_between(links, a, b, max_hops)
    assert len(asked) == len(set(asked))  # each node read once


def test_paths_come_in_one_order_whatever_the_order_of_the_links():
    links = [("a", "o1"), ("b", "o1"), ("a", "o2"), ("b", "o2"), ("a", "c"), ("c", "b")]
    assert paths_between(links, "a", "b") == paths_between(list(reversed(links)), "a", "b")


def test_the_cap_bounds_the_paths_returned():
    hub = [("a", f"o{i}") for i in range(50)] + [("b", f"o{i}") for i in range(50)]
    assert len(paths_between(hub, "a", "b", cap=7)) == 7
    assert len(paths_between(hub, "a", "b")) == 50


def test_connect_over_the_store_equals_connect_over_all_facts():
    from kg.api import KnowledgeGraph
    from kg.pipeline import build
    from kg.relations import Relations

    from conftest import ROOT

    ds = build([ROOT / "data" / "profiles", ROOT / "tests" / "fixtures" / "profiles"]).dataset
    kg_ = KnowledgeGraph(ds)  # links first, then the facts of the paths found
    everything = Relations(ds)  # every fact read
    people = ["Lingyun Yang", "Biao Sun", "Hailong Yang", "Xin Jin"]
    found = 0
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            pa, pb = kg_.find_person(a), kg_.find_person(b)
            got = kg_.connect(a, b)
            assert got == everything.connect(pa, pb)
            found += bool(got)
    assert found >= 2
