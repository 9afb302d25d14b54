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
