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
