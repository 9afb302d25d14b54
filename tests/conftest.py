"""Shared test helpers: where the profiles are, and golden-file comparison."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "data" / "profiles").glob("*.txt"))
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "profiles").iterdir())
GOLDEN = ROOT / "tests" / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite the golden extraction files from the current output (review the diff before committing).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def seed(prefix: str) -> Path:
    """The seed profile whose file name starts with ``prefix`` (e.g. "003")."""
    matches = [p for p in SEEDS if p.name.startswith(prefix)]
    assert len(matches) == 1, f"no single seed named {prefix}*"
    return matches[0]


def fixture(name: str) -> Path:
    return ROOT / "tests" / "fixtures" / "profiles" / name


def extraction_json(path: Path) -> dict:
    """``kg extract --format json`` of ``path`` with the machine-specific path made relative."""
    from kg.extract import extract_file, to_json_dict

    data = to_json_dict(extract_file(path))
    data["source"]["path"] = path.name
    return json.loads(json.dumps(data, ensure_ascii=False))
