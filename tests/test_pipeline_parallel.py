"""Extraction across processes gives the same dataset as in one process."""

from __future__ import annotations

from conftest import ROOT
from kg.pipeline import build, write_dataset

PROFILES = [ROOT / "data" / "profiles", ROOT / "tests" / "fixtures" / "profiles"]


def test_parallel_build_equals_serial(tmp_path):
    serial = build(PROFILES, jobs=1)
    parallel = build(PROFILES, jobs=2)
    assert parallel.summary.documents == serial.summary.documents > 5
    write_dataset(serial.dataset, tmp_path / "serial.nq")
    write_dataset(parallel.dataset, tmp_path / "parallel.nq")
    assert (tmp_path / "serial.nq").read_bytes() == (tmp_path / "parallel.nq").read_bytes()


def test_parallel_build_reports_bad_files_in_order(tmp_path):
    (tmp_path / "a.md").write_text("", encoding="utf-8")
    (tmp_path / "b.md").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    for src in (ROOT / "data" / "profiles").iterdir():
        (tmp_path / f"c_{src.name}").write_bytes(src.read_bytes())
    result = build([tmp_path], jobs=2)
    assert result.summary.documents == 5
    assert [f.split(":")[0] for f in result.summary.failures] == [str(tmp_path / "a.md"), str(tmp_path / "b.md")]
