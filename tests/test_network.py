"""NetworkX projections and exports."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

import kg
from conftest import ROOT
from kg.network import export, to_networkx


@pytest.fixture(scope="module")
def ds():
    return kg.build(str(ROOT / "data" / "profiles")).dataset


def test_projections(ds):
    co = to_networkx(ds, "coauthor")
    biao = "https://w3id.org/researcher-kg/id/person/biao-sun"
    hailong = "https://w3id.org/researcher-kg/id/person/hailong-yang"
    assert co.degree(biao) == 23 and co.edges[biao, hailong]["weight"] == 3
    assert all(d["type"] == "person" for _n, d in co.nodes(data=True))
    adv = to_networkx(ds, "advisor")
    assert adv.has_edge(biao, hailong) and adv.edges[biao, hailong]["source"].endswith(".txt")
    org = to_networkx(ds, "org")
    scut = "https://w3id.org/researcher-kg/id/org/scut"
    assert sum(1 for n in org.neighbors(scut) if org.nodes[n]["type"] == "person") == 3
    full = to_networkx(ds, "full")
    rels = {d["relation"] for _a, _b, d in full.edges(data=True)}
    assert rels == {"studied at", "worked at", "advised by", "supervised by", "author of", "part of"}
    assert nx.shortest_path_length(full.to_undirected(), biao, "https://w3id.org/researcher-kg/id/person/lingyun-yang") == 2
    with pytest.raises(ValueError):
        to_networkx(ds, "nope")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_exports_read_back(ds, tmp_path, fmt):
    path = tmp_path / f"g.{fmt}"
    nodes, edges = export(ds, str(path), fmt=fmt, kind="coauthor")
    assert nodes > 50 and edges > 100
    if fmt == "graphml":
        g = nx.read_graphml(path)
        assert g.number_of_edges() == edges
    elif fmt == "gexf":
        g = nx.read_gexf(path)
        assert g.number_of_nodes() == nodes
    elif fmt == "json":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert len(data["nodes"]) == nodes and len(data["links"]) == edges
    else:
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        assert len(rows) == edges and {"source", "target", "weight"} <= set(rows[0])
        nodes_rows = list(csv.DictReader(path.with_name("g.nodes.csv").open(encoding="utf-8")))
        assert len(nodes_rows) == nodes


def test_centrality_and_communities(ds):
    co = to_networkx(ds, "coauthor")
    centrality = nx.degree_centrality(co)
    top = max(centrality, key=centrality.get)
    assert co.nodes[top]["name"] in {"Biao Sun", "Lingyun Yang", "Yinghao Yu", "Wei Wang", "Liping Zhang"}
    communities = nx.community.louvain_communities(co, seed=1)
    assert len(communities) >= 3


def test_projections_are_the_same_from_every_store(tmp_path):
    """Memory or Oxigraph, the facts come out in one order, so exports do not depend on the store."""
    from kg.api import KnowledgeGraph
    from kg.pipeline import build

    r = build([ROOT / "data" / "profiles"], store=tmp_path / "store")
    mem, ox = KnowledgeGraph(r.dataset), KnowledgeGraph.load(tmp_path / "store")
    for kind in ("full", "coauthor"):
        a, b = mem.to_networkx(kind), ox.to_networkx(kind)
        assert list(a.nodes(data=True)) == list(b.nodes(data=True))
        assert list(a.edges(data=True)) == list(b.edges(data=True))
