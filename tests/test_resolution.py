"""People and organisations resolved across documents and languages; curation."""

from __future__ import annotations

import gzip
import json
import shutil

import pytest

from conftest import ROOT
from kg.errors import InputError
from kg.pipeline import build
from kg.resolve.curation import load_curation
from kg.resolve.people import person_key
from kg.resolve.ror import import_ror, load_index

SEEDS = ROOT / "data" / "profiles"
GRAPH_FIXTURES = ROOT / "tests" / "fixtures" / "graph"
REFERENCE_ROR = ROOT.parent / "shared" / "reference" / "ror" / "ror-v2-records-partial.jsonl.gz"


def people_named(result, name):
    return [p for p in result.resolution.people.values() if p.name == name or name in p.names]


def test_a_homonym_in_an_unrelated_document_stays_a_different_person(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "in")
    shutil.copy(GRAPH_FIXTURES / "wei_wang_marine.md", tmp_path / "in")
    r = build([str(tmp_path / "in")])
    wangs = people_named(r, "Wei Wang")
    assert len(wangs) == 2
    marine = next(p for p in wangs if p.owner_of)
    hkust = next(p for p in wangs if not p.owner_of)
    assert "王威" in hkust.names and "王威" not in marine.names
    assert marine.emails == ["wei.wang@example.edu.au"]


def test_the_same_person_is_merged_through_shared_papers(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "in")
    shutil.copy(GRAPH_FIXTURES / "wei_wang_hkust.md", tmp_path / "in")
    r = build([str(tmp_path / "in")])
    (wang,) = people_named(r, "Wei Wang")
    assert "王威" in wang.names and wang.owner_of
    assert any("same paper" in reason for reason in wang.reasons)


def test_names_in_other_scripts_and_orders():
    assert person_key("余英豪") == person_key("Yinghao Yu") == person_key("YU Yinghao")
    assert person_key("曾小明") == person_key("Xiaoming Zeng")  # not "Ceng"
    assert person_key("欧阳娜娜") == person_key("Nana Ouyang")
    assert person_key("Wei Wang") != person_key("Wei Wong")


def test_curation_is_applied_on_every_build(tmp_path):
    cur = tmp_path / "curation.yaml"
    cur.write_text(
        "same_as:\n  - ['Mingzhen Li', 'Jianjin Liao']\n"
        "not_same_as:\n  - ['Biao Sun @ 000_3ceba6ce239643c2.txt', 'Biao Sun @ 001_25cc94cbdeb8951b.txt']\n"
        "corrections:\n  - {document: 004_57cd7ddb117e3c39.txt, remove_advisor: 张献伟}\n",
        encoding="utf-8",
    )
    r = build([str(SEEDS)], curation=cur)
    assert len(people_named(r, "Biao Sun")) == 2  # kept apart
    (li,) = people_named(r, "Mingzhen Li")
    assert "Jianjin Liao" in li.names and any("curation" in x for x in li.reasons)
    owner_004 = next(d for d in r.resolution.documents if d.doc.path.endswith("004_57cd7ddb117e3c39.txt"))
    assert not [x for x in owner_004.relations if x.kind == "advisor"]
    assert any("kept apart by curation" in w for w in r.summary.warnings)


def test_bad_curation_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "c.yaml"
    bad.write_text("same_as: [oops]\n", encoding="utf-8")
    with pytest.raises(InputError, match="same_as"):
        load_curation(bad)
    bad.write_text("same_as: [[a, b]\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid YAML"):
        load_curation(bad)


def test_units_hang_under_their_organisation():
    r = build([str(SEEDS)])
    orgs = r.resolution.orgs
    assert orgs["alibaba-cloud"].parent == "alibaba"
    assert orgs["alibaba-pai"].parent == "alibaba-cloud"
    team = next(o for o in orgs.values() if o.name == "集群管理团队")
    assert team.parent == "alibaba" and team.kind == "unit"
    msra = orgs["msra"]
    assert {"微软亚洲研究院 (MSRA)", "MSRA", "Microsoft Research Asia"} <= set(msra.names)
    assert orgs["hkust"].names.keys() >= {"香港科技大学 (HKUST)", "HKUST"}


ROR_SAMPLE = [
    {"id": "https://ror.org/0530pts50", "status": "active", "types": ["education"], "domains": ["scut.edu.cn"],
     "names": [{"value": "South China University of Technology", "types": ["ror_display", "label"], "lang": "en"},
               {"value": "华南理工大学", "types": ["label"], "lang": "zh"}, {"value": "SCUT", "types": ["acronym"], "lang": None}],
     "relationships": []},
    {"id": "https://ror.org/000000001", "status": "active", "types": ["education"], "domains": [],
     "names": [{"value": "Example Institute of Oceanography", "types": ["ror_display", "label"], "lang": "en"},
               {"value": "EIO", "types": ["acronym"], "lang": None}],
     "relationships": [{"type": "parent", "id": "https://ror.org/000000002", "label": "Example University"}]},
    {"id": "https://ror.org/000000002", "status": "active", "types": ["education"], "domains": [],
     "names": [{"value": "Example University", "types": ["ror_display"], "lang": "en"}], "relationships": []},
    {"id": "https://ror.org/000000003", "status": "withdrawn", "types": [], "domains": [],
     "names": [{"value": "Gone Institute", "types": ["ror_display"], "lang": "en"}], "relationships": []},
]


@pytest.mark.parametrize("shape", ["array", "jsonl", "jsonl.gz", "array.gz"])
def test_ror_import_reads_every_dump_shape(tmp_path, shape):
    dump = tmp_path / f"dump.{shape}"
    text = json.dumps(ROR_SAMPLE) if shape.startswith("array") else "\n".join(json.dumps(r) for r in ROR_SAMPLE)
    data = text.encode("utf-8")
    dump.write_bytes(gzip.compress(data) if shape.endswith(".gz") else data)
    n = import_ror(dump, tmp_path / "index.jsonl.gz")
    assert n == 3  # the withdrawn record is left out
    orgs = {o.id: o for o in load_index(tmp_path / "index.jsonl.gz")}
    assert orgs["https://ror.org/000000001"].parents == ("https://ror.org/000000002",)


def test_ror_index_normalises_unknown_institutions(tmp_path):
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps(ROR_SAMPLE), encoding="utf-8")
    index = tmp_path / "index.jsonl.gz"
    import_ror(dump, index)
    prof = tmp_path / "in" / "p.md"
    prof.parent.mkdir()
    prof.write_text("# Education\n- 2015 - 2019, B.Sc., EIO\n- 2019 - 2023, Ph.D., Example Institute of Oceanography\n", encoding="utf-8")
    r = build([str(prof.parent)], ror_index=index)
    eio = [o for o in r.resolution.orgs.values() if o.ror == "https://ror.org/000000001"]
    assert len(eio) == 1 and {"EIO", "Example Institute of Oceanography"} <= set(eio[0].names)
    assert r.resolution.orgs[eio[0].parent].name == "Example University"
    scut = r.resolution.orgs.get("scut")
    assert scut is None or scut.ror == "https://ror.org/0530pts50"


def test_ror_import_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a ROR dump"):
        import_ror(bad, tmp_path / "i.gz")
    with pytest.raises(InputError, match="no such file"):
        import_ror(tmp_path / "missing.json", tmp_path / "i.gz")


@pytest.mark.skipif(not REFERENCE_ROR.is_file(), reason="the shared reference ROR dump is not beside the project")
def test_ror_reference_dump_gives_scut_its_ror_id(tmp_path):
    index = tmp_path / "ror.jsonl.gz"
    assert import_ror(REFERENCE_ROR, index) > 30000
    r = build([str(SEEDS)], ror_index=index)
    assert r.resolution.orgs["scut"].ror == "https://ror.org/0530pts50"
    assert r.resolution.orgs["pku"].ror == "https://ror.org/02v51f717"


def test_email_domain_gives_the_affiliation(tmp_path):
    from rdflib import URIRef

    from kg.vocab import SDO

    sample = [dict(ROR_SAMPLE[0], domains=["eio.example.org"])]
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps(sample), encoding="utf-8")
    index = tmp_path / "index.jsonl.gz"
    import_ror(dump, index)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "p.md").write_text("# About\nI am Ada Quist, an oceanographer. Email: ada@lab.eio.example.org\n", encoding="utf-8")
    (folder / "q.md").write_text("# About\nI am Bo Lind. Email: bo.lind@gmail.com\n", encoding="utf-8")
    r = build([str(folder)], ror_index=index)
    ada = next(k for k, p in r.resolution.people.items() if p.name == "Ada Quist")
    (eio,) = [k for k, o in r.resolution.orgs.items() if o.ror == sample[0]["id"]]
    from kg.graph import iris

    assert (iris.person(ada), SDO.affiliation, iris.org(eio)) in r.dataset
    assert not list(r.dataset.quads((None, SDO.affiliation, None, None)))[1:]  # a public mail host gives none
    assert URIRef(sample[0]["id"]) in {o for _s, _p, o, _c in r.dataset.quads((iris.org(eio), SDO.sameAs, None, None))}


def test_a_person_whose_context_grew_is_compared_again():
    """Wei Wang of d2 shares nothing with Wei Wang of d1, but both share two co-authors
    with Wei Wang of d3: once d1's and d3's are one person, d2's joins them.  A fourth
    Wei Wang with other co-authors stays apart."""
    from kg.resolve.people import PeopleResolver

    people = PeopleResolver()
    papers = {"d4": ["Eve Fox", "Fay Gu"], "d1": ["Ann Lee", "Bo Chen"], "d2": ["Cat Diaz", "Dan Eck"],
              "d3": ["Cat Diaz", "Ann Lee", "Bo Chen", "Dan Eck"]}
    wei = {}
    for doc, coauthors in papers.items():
        wei[doc] = people.add(doc, "Wei Wang", "author", paper=f"paper-{doc}")
        for name in coauthors:
            people.add(doc, name, "author", paper=f"paper-{doc}")
    people.merge_within_documents({})
    people.merge_across_documents({})
    assert people.find(wei["d1"]) == people.find(wei["d2"]) == people.find(wei["d3"])
    assert people.find(wei["d4"]) != people.find(wei["d1"])


def test_campuses_of_a_system_are_institutions_of_their_own():
    from kg.resolve.orgs import OrgResolver

    orgs = OrgResolver(None)
    delhi = {orgs.resolve(n, "d") for n in ("Indian Institute of Technology, Delhi", "Indian Institute of Technology Delhi", "IIT Delhi")}
    madras = orgs.resolve("Indian Institute of Technology, Madras", "d")
    assert len(delhi) == 1 and madras not in delhi
    assert orgs.orgs[delhi.pop()].name == "Indian Institute of Technology Delhi"
