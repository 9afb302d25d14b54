"""Where the reference tables and SPARQL queries the package ships are found.

Installed, they are package data (``kg.data``, ``kg.queries``); in a source checkout
they are the top-level ``data/`` and ``queries/`` folders.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def resource_dir(package: str) -> Traversable:
    """The folder holding the files of ``kg.data`` or ``kg.queries`` (a Path in a checkout)."""
    short = package.rsplit(".", 1)[-1]
    local = _ROOT / short
    if local.is_dir() and (_ROOT / "pyproject.toml").is_file():
        return local
    try:
        return resources.files(package)
    except (ModuleNotFoundError, TypeError):
        return local


def data_path(name: str) -> Traversable:
    """A file shipped in ``data/`` (``venues.tsv``); read it with ``.read_text()``.

    >>> data_path("venues.tsv").name
    'venues.tsv'
    """
    return resource_dir("kg.data").joinpath(name)
