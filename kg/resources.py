"""Where the reference tables and SPARQL queries the package ships are found.

Installed, they are package data (``kg.data``, ``kg.queries``); in a source checkout
they are the top-level ``data/`` and ``queries/`` folders.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def resource_dir(package: str) -> Path:
    """The folder holding the files of ``kg.data`` or ``kg.queries``."""
    short = package.rsplit(".", 1)[-1]
    local = _ROOT / short
    if local.is_dir() and (_ROOT / "pyproject.toml").is_file():
        return local
    try:
        return Path(str(resources.files(package)))
    except (ModuleNotFoundError, TypeError):
        return local


def data_path(name: str) -> Path:
    """A file shipped in ``data/`` (``venues.tsv``, ``institutions.tsv``).

    >>> data_path("venues.tsv").name
    'venues.tsv'
    """
    return resource_dir("kg.data") / name
