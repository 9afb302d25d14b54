"""Golden files pin the full extraction of every seed and every team-written fixture.

A change in any extracted fact or evidence offset fails here; when the change is
intended, rerun with ``--update-golden`` and review the diff of ``tests/golden/``.
"""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES, GOLDEN, SEEDS, extraction_json

CASES = [*SEEDS, *FIXTURES]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_extraction_matches_golden(path, update_golden):
    got = extraction_json(path)
    golden = GOLDEN / (path.name + ".json")
    if update_golden or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{golden.name} did not exist and was written; review and commit it")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    for key in expected:
        assert got[key] == expected[key], f"{path.name}: '{key}' differs from {golden.name}"
    assert set(got) == set(expected)
