"""The ``kg`` command line."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, seed


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=300, cwd=ROOT)


def test_help_lists_extract():
    r = kg("--help")
    assert r.returncode == 0 and "extract" in r.stdout


def test_version():
    r = kg("--version")
    assert r.returncode == 0 and r.stdout.startswith("kg ")


def test_extract_json_shape():
    r = kg("extract", str(seed("004")))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) >= {"source", "owner", "education", "positions", "advisors", "publications", "projects", "awards", "skills"}
    assert set(data["source"]) == {"path", "sha256", "format", "language"}
    assert set(data["owner"]) >= {"name", "other_names", "emails", "urls", "phones"}
    e = data["education"][0]
    assert set(e) >= {"institution", "unit", "degree", "degree_level", "field", "start", "end", "expected", "advisors", "evidence"}
    assert e["institution"] == "中山大学" and e["expected"] is True
    assert data["advisors"] == ["张献伟"]


def test_extract_table():
    r = kg("extract", "--format", "table", str(seed("003")))
    assert r.returncode == 0, r.stderr
    assert "Owner: Lingyun Yang" in r.stdout and "余英豪" in r.stdout


def test_extract_folder_into_files(tmp_path):
    r = kg("extract", str(ROOT / "data" / "profiles"), "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert len(list(tmp_path.glob("*.json"))) == 5


def test_unknown_format_is_a_clear_error():
    r = kg("extract", "--format", "xml", str(seed("000")))
    assert r.returncode == 2 and "--format" in r.stderr


def test_build_validate_explain(tmp_path):
    out = tmp_path / "g.trig"
    store = tmp_path / "store"
    r = kg("build", str(ROOT / "data" / "profiles"), "-o", str(out), "-s", str(store), "--cache", str(tmp_path / "cache"))
    assert r.returncode == 0, r.stderr
    assert "documents      5" in r.stdout and "papers         13" in r.stdout
    for graph in (out, store):
        r = kg("validate", str(graph))
        assert r.returncode == 0 and "conforms" in r.stdout
    r = kg("explain", "余英豪", "--graph", str(out))
    assert r.returncode == 0, r.stderr
    assert "Yinghao Yu" in r.stdout and "余英豪" in r.stdout and "pinyin" in r.stdout
    r = kg("explain", "Nobody Atall", "--graph", str(out))
    assert r.returncode == 1 and "no person named" in r.stderr


def test_build_goes_on_past_a_bad_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.md").write_text("# About\nI am Ann Lee.\n# Education\n- 2019 - 2023, B.Sc., Peking University\n", encoding="utf-8")
    (src / "bad.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "g.nq"
    r = kg("build", str(src), "-o", str(out), "--no-store", "--no-cache")
    assert r.returncode == 1
    assert "bad.md" in r.stderr and "Traceback" not in r.stderr
    assert "documents      1" in r.stdout and out.is_file()


def test_build_refuses_to_overwrite_an_input(tmp_path):
    f = tmp_path / "x.trig"
    f.write_text("# Education\n- 2019 - 2023, B.Sc., Peking University\n", encoding="utf-8")
    r = kg("build", str(f), "-o", str(f))
    assert r.returncode == 2 and "also an input" in r.stderr
    assert f.read_text(encoding="utf-8").startswith("# Education")


def test_validate_reports_a_broken_graph(tmp_path):
    bad = tmp_path / "bad.trig"
    bad.write_text(
        "@prefix schema: <https://schema.org/> .\n<urn:g> { <urn:p> a schema:Person . }\n", encoding="utf-8"
    )
    r = kg("validate", str(bad))
    assert r.returncode == 1 and "Result Path: schema:name" in r.stdout
    r = kg("validate", str(tmp_path / "missing.trig"))
    assert r.returncode == 1 and "run `kg build` first" in r.stderr


def test_ror_import_cli(tmp_path):
    import json

    dump = tmp_path / "d.json"
    dump.write_text(json.dumps([{"id": "https://ror.org/0000000aa", "status": "active", "names": [{"value": "Example U", "types": ["ror_display"], "lang": "en"}], "relationships": []}]), encoding="utf-8")
    r = kg("ror", "import", str(dump), "--index", str(tmp_path / "i.jsonl.gz"))
    assert r.returncode == 0 and "1 organisations indexed" in r.stdout


def test_outputs_never_overwrite_an_input(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    profile = src / "ann.md"
    text = "# About\nI am Ann Lee.\n# Education\n- 2019 - 2023, B.Sc., Peking University\n"
    profile.write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    r = kg("build", str(profile), "-s", str(store), "--no-cache")
    assert r.returncode == 0, r.stderr
    for args in (("render", "-o", str(profile)), ("timeline", "Ann Lee", "-o", str(profile)),
                 ("export", "--format", "graphml", "-o", str(profile)), ("render", "-o", str(store))):
        r = kg(*args, "-s", str(store))
        assert r.returncode == 1 and "is an input of this graph" in r.stderr and "Traceback" not in r.stderr, args
    assert profile.read_text(encoding="utf-8") == text and store.is_dir()


def test_export_one_person_as_json_ld(tmp_path):
    import json

    from rdflib import Graph, URIRef

    store = tmp_path / "store"
    r = kg("build", str(ROOT / "data" / "profiles"), "-s", str(store), "--no-cache")
    assert r.returncode == 0, r.stderr
    out = tmp_path / "biao.jsonld"
    r = kg("export", "--format", "jsonld", "--person", "Biao Sun", "-o", str(out), "-s", str(store))
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "Person" and doc["name"] == "Biao Sun"
    assert {o["name"] for o in doc["alumniOf"]} == {"South China University of Technology", "Beihang University"}
    assert [o["name"] for o in doc["worksFor"]] == ["Alibaba Cloud"]
    assert len(doc["@reverse"]["author"]) == 4 and "telephone" not in doc  # his four papers on the seeds
    # it is JSON-LD: with the schema.org vocabulary given locally (no fetch) it reads as RDF
    doc["@context"] = {"@vocab": "https://schema.org/"}
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    person = URIRef(doc["@id"])
    assert (person, URIRef("https://schema.org/name"), None) in g
    assert len(list(g.subjects(URIRef("https://schema.org/author"), person))) == len(doc["@reverse"]["author"])
    r = kg("export", "--format", "jsonld", "-s", str(store))
    assert r.returncode == 2 and "--person" in r.stderr
