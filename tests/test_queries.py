"""The query library, the query runner, and the relationship questions."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import kg
from conftest import ROOT
from kg.errors import KgError
from kg.query import QueryError, library


@pytest.fixture(scope="module")
def seeds():
    return kg.build(str(ROOT / "data" / "profiles"))


@pytest.fixture(scope="module")
def students():
    return kg.build(str(ROOT / "tests" / "fixtures" / "two_students"))


@pytest.mark.parametrize("name", sorted(library()))
def test_every_library_query_parses_and_runs_on_the_seed_graph(seeds, name):
    q = library()[name]
    assert q.answers and q.example.startswith("kg query " + name)
    params = {}
    for p in q.params:
        params[p] = {"person": "Biao Sun", "a": "Biao Sun", "b": "Lingyun Yang", "org": "Alibaba Group",
                     "advisor": "Hailong Yang", "since": 2015}.get(p)
    rows = seeds.query(name, **{k: v for k, v in params.items() if v is not None})
    assert isinstance(rows, list)


def test_known_answer_two_students_of_one_advisor(students):
    rows = students.query("shared-advisor")
    assert [(r["advisorName"], r["name1"], r["name2"]) for r in rows] == [("Zed Moreau", "Ada Quill", "Bram Ostrander")]
    rows = students.query("same-org-overlap")
    assert [(r["orgName"], r["aName"], r["bName"], r["from"], r["to"]) for r in rows] == [
        ("Example State University", "Ada Quill", "Bram Ostrander", 2021, 2024)
    ]
    rows = students.query("conflicts", a="Ada Quill", b="Bram Ostrander", since=2020)
    kinds = sorted({r["kind"] for r in rows})
    assert kinds == ["co-authored", "same organisation"]
    assert students.query("lineage", person="Zed Moreau") == [
        {"direction": "descendant", "other": r, "name": n}
        for r, n in sorted(((x["other"], x["name"]) for x in students.query("lineage", person="Zed Moreau")), key=lambda t: t[1])
    ]
    assert {r["name"] for r in students.query("lineage", person="Zed Moreau")} == {"Ada Quill", "Bram Ostrander"}


def test_seed_answers(seeds):
    co = dict(seeds.coauthors("Biao Sun"))
    assert len(co) == 23 and co["Hailong Yang"] == 3 and co["Mingzhen Li"] == 3
    assert seeds.find_person("余英豪") == seeds.find_person("Yinghao Yu") == seeds.find_person("YU Yinghao")
    shared = seeds.shared("Biao Sun", "Lingyun Yang")
    orgs = {o: (years, ev) for o, years, ev in shared.organizations}
    assert orgs["South China University of Technology"][0] == "2017–2020"
    alibaba = orgs["Alibaba Group"][1]
    assert {(e.source, e.target, e.unit) for e in alibaba} >= {
        ("Biao Sun", "Alibaba Cloud", "Platform of Artificial Intelligence"),
        ("Lingyun Yang", "Alibaba Group", "集群管理团队"),
    }
    assert all(e.document and e.quote for e in alibaba)


def test_connect_shows_the_edges_with_sources(seeds):
    paths = seeds.connect("Biao Sun", "Lingyun Yang")
    middles = {tuple(e.target for e in p[:-1]) for p in paths}
    assert ("South China University of Technology",) in middles
    assert ("Alibaba Cloud", "Alibaba Group") in middles
    wang = seeds.connect("王威", "Lingyun Yang")
    assert [(e.source, e.relation, e.target) for e in wang[0]] == [("Lingyun Yang", "advised by", "Wei Wang")]
    papers = [p for p in wang if len(p) == 2 and p[0].relation == "author of"]
    assert len(papers) == 5
    assert all(e.document.endswith("003_3184b01b4b1f32ec.txt") and e.quote for p in wang for e in p)


def test_values_are_bound_not_spliced(seeds):
    hostile = '" } ; DROP ALL ; {'
    with pytest.raises(KgError, match="no person named"):
        seeds.query("coauthors", person=hostile)
    from kg.query import run

    cols, rows = run(seeds.dataset, "coauthors", {"person": hostile})  # a literal: matches nothing, harms nothing
    assert rows == []
    assert len(seeds.query("coauthors", person="Biao Sun")) == 23


def test_query_errors(seeds, tmp_path):
    with pytest.raises(QueryError, match="has no parameter 'colour'"):
        seeds.query("coauthors", colour="red")
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ?y }", encoding="utf-8")
    with pytest.raises(QueryError, match="syntax error"):
        seeds.query(str(bad))
    with pytest.raises(QueryError, match="no query named"):
        seeds.query("no-such-query")
    upd = tmp_path / "upd.rq"
    upd.write_text("PREFIX schema: <https://schema.org/>\nDELETE WHERE { ?p schema:name ?n }", encoding="utf-8")
    with pytest.raises(QueryError, match="--allow-update"):
        seeds.query(str(upd))


def test_update_only_when_allowed(tmp_path):
    g = kg.build(str(ROOT / "tests" / "fixtures" / "two_students"))
    upd = tmp_path / "upd.rq"
    upd.write_text("PREFIX schema: <https://schema.org/>\nDELETE { GRAPH ?g { ?p schema:name ?n } } WHERE { GRAPH ?g { ?p schema:name ?n } }", encoding="utf-8")
    g.query(str(upd), allow_update=True)
    assert g.query("shared-advisor") == []


def test_dataframes(seeds):
    df = seeds.query("coauthors", person="Biao Sun", frame=True)
    assert list(df.columns) == ["coauthor", "name", "papers"] and len(df) == 23


def kgcli(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=300, cwd=ROOT)


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("g") / "graph.trig"
    r = kgcli("build", str(ROOT / "data" / "profiles"), "-o", str(out), "--no-store", "--no-cache")
    assert r.returncode == 0, r.stderr
    return out


def test_cli_query_json_and_csv(graph_file):
    r = kgcli("query", "coauthors", "--param", "person=Biao Sun", "--format", "json", "-g", str(graph_file))
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 23 and {"coauthor", "name", "papers"} == set(rows[0])
    r = kgcli("query", "shared-advisor", "--format", "csv", "-g", str(graph_file))
    assert r.returncode == 0 and r.stdout.splitlines()[0].startswith("advisor,")
    r = kgcli("query", "coauthors", "--param", "color=red", "-g", str(graph_file))
    assert r.returncode == 1 and "no parameter 'color'" in r.stderr
    r = kgcli("query", "--list")
    assert "same-org-overlap" in r.stdout


def test_cli_people_commands(graph_file):
    g = ["-g", str(graph_file)]
    r = kgcli("shared", "Biao Sun", "Lingyun Yang", *g)
    assert r.returncode == 0 and "South China University of Technology (2017–2020)" in r.stdout and "Alibaba Group" in r.stdout
    r = kgcli("connect", "王威", "Lingyun Yang", *g)
    assert r.returncode == 0 and "advised by → Wei Wang" in r.stdout and "author of" in r.stdout
    r = kgcli("coauthors", "Biao Sun", *g)
    assert "(23 co-authors)" in r.stdout and "   3  Hailong Yang" in r.stdout
    a, b = kgcli("person", "余英豪", *g), kgcli("person", "Yinghao Yu", *g)
    assert a.returncode == 0 and a.stdout == b.stdout
    r = kgcli("lineage", "Lingyun Yang", *g)
    assert "advised by → Wei Wang" in r.stdout
    r = kgcli("person", "Biao Sunn", *g)
    assert r.returncode == 1 and "did you mean 'Biao Sun'" in r.stderr


def test_cli_reads_the_default_build_in_the_working_directory(tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "data" / "profiles")], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "kg", "coauthors", "Shengyu Liu"], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0 and "(0 co-authors)" in r.stdout


def test_hostile_values_are_bound_on_the_oxigraph_store(tmp_path):
    """Past the name lookup, straight into the query: the value is one literal, the store
    is untouched (read-only, and nothing was spliced into the query text)."""
    from kg.pipeline import build
    from kg.query import run
    from kg.store import open_store

    build([ROOT / "data" / "profiles"], store=tmp_path / "store")
    store = open_store(tmp_path / "store")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = store.execute(count, {}, name="n")[1][1][0]["n"]
    for value in ['" } ; DROP ALL ; {', "> } INSERT DATA { <a> <b> <c> } #", "'''\\\"}"]:
        cols, rows = run(store, "coauthors", {"person": value})
        assert rows == []
    assert store.execute(count, {}, name="n")[1][1][0]["n"] == before


def test_names_are_found_in_a_graph_built_without_name_keys():
    """A dataset written before rkg:nameKey existed: every name is read once instead."""
    from kg.api import KnowledgeGraph
    from kg.pipeline import build
    from kg.vocab import RKG

    ds = build([ROOT / "data" / "profiles"]).dataset
    keyed = KnowledgeGraph(ds).find_person("余英豪")
    ds.remove((None, RKG.nameKey, None, None))
    g = KnowledgeGraph(ds)
    assert not g.names._keyed
    assert g.find_person("余英豪") == g.find_person("Yinghao Yu") == keyed


def test_close_names_after_a_miss_are_the_same_from_a_store_and_from_memory(tmp_path):
    import kg as kg_api
    from kg.lookup import NotFound

    built = kg_api.build([str(ROOT / "data" / "profiles")], store=tmp_path / "store")
    suggested = []
    for graph in (kg_api.load(tmp_path / "store"), built):  # Oxigraph / rdflib memory
        for name, kind in (("Biao Sunn", "person"), ("Pekin University", "org")):
            with pytest.raises(NotFound) as err:
                graph.find_person(name) if kind == "person" else graph.find_org(name)
            suggested.append(err.value.suggestions)
    assert suggested[0] == suggested[2] and "Biao Sun" in suggested[0]
    assert suggested[1] == suggested[3] and "Peking University" in suggested[1]
