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
