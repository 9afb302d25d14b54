"""An embedded, persistent Oxigraph store on disk: the default store.

``write_store`` builds a new store beside the target and swaps it in atomically
(``out/store`` is a symbolic link to the current ``out/.store-*`` directory), so a
killed build leaves the previous store intact and readers never see half a build.
Readers open the store read-only; several can read at once.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg.store import StoreError
from kg.graph.terms import from_ox, to_ox_quads

MARKER = "researcher-kg.json"  # written in every store this package builds


class OxigraphStore:
    """An Oxigraph store (pyoxigraph) opened from a directory.

    >>> import tempfile, pathlib
    >>> from kg.pipeline import build
    >>> from kg.graph import to_quads
    >>> where = pathlib.Path(tempfile.mkdtemp()) / "store"
    >>> write_store(to_quads(build(["data/profiles"]).resolution), where)["quads"] > 1000
    True
    >>> store = OxigraphStore.open(where)
    >>> kind, (cols, rows) = store.execute("SELECT ?n WHERE { ?p <https://schema.org/name> ?n } ORDER BY ?n LIMIT 1", {}, name="first")
    >>> cols, len(rows)
    (['n'], 1)
    """

    kind = "oxigraph"

    def __init__(self, inner: ox.Store, location: str) -> None:
        self._inner = inner
        self.location = location
        self._dataset = None

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, writable: bool = False) -> "OxigraphStore":
        p = Path(path)
        if not (p / MARKER).is_file() and not writable:
            raise StoreError(f"{path}: not a store written by `kg build` (no {MARKER})")
        try:
            inner = ox.Store(str(p.resolve())) if writable else ox.Store.read_only(str(p.resolve()))
        except OSError as err:
            raise StoreError(f"{path}: cannot open the store: {str(err).splitlines()[0][:200]}") from None
        return cls(inner, str(path))

    @property
    def dataset(self):
        """An rdflib Dataset over this store (oxrdflib), queried as the union of its graphs."""
        if self._dataset is None:
            from rdflib import Dataset

            from kg.graph import PREFIXES
            from kg.store.view import OxigraphView

            ds = Dataset(store=OxigraphView(self._inner), default_union=True)
            for prefix, ns in PREFIXES.items():
                ds.bind(prefix, ns)
            self._dataset = ds
        return self._dataset

    def execute(self, text: str, bindings: dict, *, name: str):
        from kg.store.bindings import with_values

        # Oxigraph's substitutions only bind projected variables: a VALUES block instead
        result = self._inner.query(with_values(text, bindings), use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return "ASK", bool(result)
        if isinstance(result, ox.QueryTriples):
            return "CONSTRUCT", [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result]
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            row = {}
            for n in names:
                value = solution[n]
                if value is not None:
                    row[n] = from_ox(value)
            rows.append(row)
        return "SELECT", (names, rows)

    def update(self, text: str) -> None:
        self._inner.update(text)

    def ox_quads(self):
        """Every quad, as pyoxigraph quads (no conversion to rdflib)."""
        return self._inner.quads_for_pattern(None, None, None, None)

    def close(self) -> None:
        self._dataset = None
        self._inner = None


def write_store(quads: Iterable[tuple], path: str | os.PathLike[str], *, info: dict | None = None) -> dict:
    """Write ``quads`` (rdflib terms or pyoxigraph quads) as a new Oxigraph store at ``path``, atomically.

    The store is built in a fresh ``.NAME-*`` directory beside ``path`` and then
    ``path`` (a symbolic link) is switched to it with one rename; the old store and
    leftovers of killed builds are removed afterwards.  Returns the store's marker
    (counts and build time).  An existing ``path`` that is not a store this package
    wrote is never replaced.
    """
    target = Path(path)
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and not target.is_symlink() and not (target / MARKER).is_file():
        raise StoreError(f"{target}: exists and is not a store written by `kg build`; choose another --store")
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=parent))
    try:
        oxq = to_ox_quads(quads)
        inner = ox.Store(str(fresh))
        inner.bulk_extend(oxq)
        inner.flush()
        marker = {"format": 1, "quads": len(oxq), "graphs": len({q.graph_name for q in oxq}), "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"), **(info or {})}
        del inner, oxq
        with open(fresh / MARKER, "w", encoding="utf-8") as fh:
            json.dump(marker, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        _swap(target, fresh)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    _sweep(target)
    return marker


def _swap(target: Path, fresh: Path) -> None:
    """Point ``target`` at ``fresh`` with one atomic rename of a symbolic link."""
    if target.exists() and not target.is_symlink():
        # a store directory from an older layout: move it aside, the sweep removes it
        os.replace(target, target.parent / f".{target.name}-old-{os.getpid()}")
    link = target.parent / f".{target.name}.link-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(fresh.name, link)
    os.replace(link, target)
    try:
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def _sweep(target: Path) -> None:
    """Remove the stores ``target`` no longer points at (old builds, killed builds)."""
    current = os.readlink(target) if target.is_symlink() else None
    for entry in target.parent.glob(f".{target.name}-*"):
        if entry.name != current and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
    for entry in target.parent.glob(f".{target.name}.link-*"):
        if entry.is_symlink():
            entry.unlink()
