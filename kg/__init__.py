"""researcher-kg: researcher profiles in, a knowledge graph out.

The pipeline is a chain of plain functions, each importable on its own::

    read (file -> Document) -> extract (Document -> Profile) -> ...

Heavy modules are imported lazily, so ``import kg`` is cheap.

>>> import kg
>>> doc = kg.read_text("# Education\\n- B.Sc., Peking University, 2016 - 2020\\n", path="cv.md")
>>> kg.extract_profile(doc).education[0].institution
'Peking University'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["read_document", "read_text", "extract_profile", "extract_file", "build", "load", "KnowledgeGraph", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from kg.extract import extract as extract_profile
    from kg.extract import extract_file
    from kg.api import KnowledgeGraph, build, load
    from kg.read import read_document, read_text

_LAZY = {
    "read_document": ("kg.read", "read_document"),
    "read_text": ("kg.read", "read_text"),
    "extract_profile": ("kg.extract", "extract"),
    "extract_file": ("kg.extract", "extract_file"),
    "build": ("kg.api", "build"),
    "load": ("kg.api", "load"),
    "KnowledgeGraph": ("kg.api", "KnowledgeGraph"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
