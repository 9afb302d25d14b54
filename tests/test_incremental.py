"""Incremental builds: with the extraction cache, a rebuild re-extracts only new or changed
files, drops deleted ones, and equals a full build of the same folder."""

from __future__ import annotations

import shutil

from conftest import ROOT
from kg.pipeline import build


def test_rebuild_after_a_change_a_deletion_and_an_addition(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(ROOT / "data" / "profiles", src)
    cache = tmp_path / "cache"
    first = build([src], cache=cache, output=tmp_path / "a.trig")
    assert first.summary.cached == 0 and first.summary.documents == 5
    files = sorted(src.iterdir())
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nAwards\nBest Reviewer Award, 2024\n", encoding="utf-8")
    files[1].unlink()
    (src / "new.md").write_text("# About\nI am Ann Lee.\n\n# Education\n- 2019 - 2023, B.Sc., Peking University\n", encoding="utf-8")
    again = build([src], cache=cache, output=tmp_path / "b.trig")
    assert again.summary.documents == 5 and again.summary.cached == 3  # the three untouched files
    full = build([src], output=tmp_path / "c.trig")
    assert (tmp_path / "b.trig").read_bytes() == (tmp_path / "c.trig").read_bytes()
    assert b"Best Reviewer Award" in (tmp_path / "b.trig").read_bytes()
    assert files[1].name.encode() not in (tmp_path / "b.trig").read_bytes()
    assert full.summary.cached == 0
    # the cache keeps only what the last build used
    assert len(list(cache.glob("*/*/*.pkl"))) == 5


def _store_quads(path):
    import pyoxigraph as ox

    return sorted(str(q) for q in ox.Store.read_only(str(path.resolve())).quads_for_pattern(None, None, None, None))


def test_a_store_rebuilt_in_place_equals_a_store_built_whole(tmp_path):
    """Into an existing store, only the changed document graphs and shared subjects are
    replaced; the store then holds exactly what a whole build gives."""
    import json

    from kg.store.digests import FILE

    src = tmp_path / "in"
    shutil.copytree(ROOT / "data" / "profiles", src)
    shutil.copytree(ROOT / "tests" / "fixtures" / "profiles", src / "more")
    store, cache = tmp_path / "store", tmp_path / "cache"
    build([src], store=store, cache=cache)
    assert json.loads((store / "researcher-kg.json").read_text())["made"] == "loaded"
    files = sorted(p for p in src.iterdir() if p.is_file())
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nAwards\nBest Reviewer Award, 2024\n", encoding="utf-8")
    files[1].unlink()
    (src / "new.md").write_text("# About\nI am Ann Lee.\n\n# Education\n- 2019 - 2023, B.Sc., Peking University\n", encoding="utf-8")
    build([src], store=store, cache=cache)
    marker = json.loads((store / "researcher-kg.json").read_text())
    assert marker["made"] == "updated" and 0 < marker["changed"] < 200
    build([src], store=tmp_path / "whole")
    assert _store_quads(store) == _store_quads(tmp_path / "whole")
    assert marker["quads"] == len(_store_quads(store))
    # an unchanged rebuild replaces nothing; a store without digests is loaded whole
    build([src], store=store, cache=cache)
    assert json.loads((store / "researcher-kg.json").read_text())["changed"] == 0
    (store / FILE).unlink()
    build([src], store=store, cache=cache)
    assert json.loads((store / "researcher-kg.json").read_text())["made"] == "loaded"
    assert _store_quads(store) == _store_quads(tmp_path / "whole")
    # quads given as a list (not a function making them) take the same path
    from kg.store.oxigraph import write_store

    marker = write_store(build([src]).quads, store)
    assert marker["made"] == "updated" and marker["changed"] == 0
    assert _store_quads(store) == _store_quads(tmp_path / "whole")


def test_a_change_in_one_document_that_changes_another_documents_graph(tmp_path):
    """Documents' graphs depend on one another through resolution: the contact of a
    person with two CVs is written in both, and a name's preferred spelling is read from
    every document.  A rebuild in place still equals a whole build when one CV changes
    what the other's graph says (the fingerprint of the unchanged CV must change)."""
    import json

    src = tmp_path / "in"
    shutil.copytree(ROOT / "data" / "profiles", src / "more")  # so that one change is a small part of the store
    (src / "cv.md").write_text("# Ann Lee\n\nEmail: ann.lee@example.org\n\n## Education\n- 2015 - 2019, B.Sc., Peking University\n", encoding="utf-8")
    (src / "home.md").write_text("# Ann Lee\n\nEmail: ann.lee@example.org\n\n## Publications\n- Ann Lee, Bo Chen, Jose Garcia. Fast Graphs for Everyone. OSDI 2023.\n",
                                 encoding="utf-8")
    (src / "bo.md").write_text("# Bo Chen\n\n## Publications\n- Ann Lee, Bo Chen, J. Garcia. Fast Graphs for Everyone. OSDI 2023.\n", encoding="utf-8")
    store, cache = tmp_path / "store", tmp_path / "cache"
    build([src], store=store, cache=cache)
    edits = [
        ("home.md", "Email: ann.lee@example.org\n", "Email: ann.lee@example.org\nGitHub: https://github.com/annlee\n"),  # written in cv.md's graph too
        # the same co-author now, written "José García" more often than home.md's "Jose
        # Garcia": the preferred name changes (not the key), and so what home.md's graph
        # gives as another name
        ("bo.md", "J. Garcia. Fast Graphs for Everyone. OSDI 2023.\n",
         "José García. Fast Graphs for Everyone. OSDI 2023.\n- Bo Chen, José García. Faster Graphs for Some People. In ATC 2024.\n"),
        ("bo.md", "# Bo Chen\n", "# Bo Chen\n\nEmail: bo@example.org\n"),
    ]
    for name, old, new in edits:
        f = src / name
        f.write_text(f.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        build([src], store=store, cache=cache)
        marker = json.loads((store / "researcher-kg.json").read_text())
        assert marker["made"] == "updated" and marker["reused"] >= 2 * 5  # the seeds' graphs were not made to decide
        whole = tmp_path / f"whole-{len(list(tmp_path.iterdir()))}"
        build([src], store=whole)
        assert _store_quads(store) == _store_quads(whole), (name, new)
