"""An embedded, persistent Oxigraph store on disk: the default store.

``write_store`` builds a new store beside the target and swaps it in atomically
(``out/store`` is a symbolic link to the current ``out/.store-*`` directory), so a
killed build leaves the previous store intact and readers never see half a build.
Readers open the store read-only; several can read at once.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg.store import StoreError
from kg.store.digests import Digests
from kg.graph.terms import from_ox, ox_terms

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
        columns = list(enumerate(names))
        rows = []
        terms: dict = {}  # each distinct term converted once (an rdflib Literal costs ~10 µs)
        for solution in result:
            row = {}
            for i, n in columns:
                value = solution[i]
                if value is not None:
                    term = terms.get(value)
                    if term is None:
                        term = terms[value] = from_ox(value)
                    row[n] = term
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


def write_store(quads, path: str | os.PathLike[str], *, info: dict | None = None, fingerprints: dict | None = None) -> dict:
    """Write ``quads`` (tuples of pyoxigraph or rdflib terms, or pyoxigraph quads; or a
    function that makes them, called once per pass: ``quads()`` makes every quad,
    ``quads(only=parts)`` at least those of the given parts, ``kg.graph.part_of``) as
    the Oxigraph store at ``path``, atomically.

    The store is made in a fresh ``.NAME-*`` directory beside ``path`` and then
    ``path`` (a symbolic link) is switched to it with one rename; the old store and
    leftovers of killed builds are removed afterwards.  Returns the store's marker
    (counts, build time, and how it was made).  An existing ``path`` that is not a
    store this package wrote is never replaced.

    When ``path`` already holds a store with digests (``kg.store.digests``) and at most
    a fifth of the quads changed, the fresh directory starts as a copy of it (hard
    links: instant) and only the changed document graphs and subjects are replaced;
    otherwise every quad is bulk-loaded, as N-Quads text made while the loader reads
    it (a ``pyoxigraph.Quad`` costs ~3 µs to make; 10k profiles make 3.9 M quads).
    Either way the store holds exactly ``quads``.  Deciding needs a pass over the
    quads before the one that writes: given a function, the quads of the changed parts
    are made again for it instead of every quad being held in memory.

    ``fingerprints`` (part -> digest of what its quads are made from, e.g.
    ``kg.graph.document_fingerprints``), with a function: a part whose fingerprint is
    the one saved with the store keeps its saved digest, and its quads are not made
    (``quads(skip=parts)``) to decide.
    """
    target = Path(path)
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and not target.is_symlink() and not (target / MARKER).is_file():
        raise StoreError(f"{target}: exists and is not a store written by `kg build`; choose another --store")
    previous = Digests.load(target) if (target / MARKER).is_file() else None
    make = quads if callable(quads) else None  # a way to make the quads again: two passes, little memory
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=parent))
    try:
        digests = Digests()
        mode, changed, same = "loaded", None, set()
        if previous is not None:
            if make is None:
                held = [ox_terms(q) for q in quads]
                make = lambda only=None: iter(held)  # noqa: E731
            same = digests.reuse(previous, fingerprints) if fingerprints and callable(quads) else set()
            digests.add_all(map(ox_terms, make(skip=same) if same else make()))
            changed = digests.changed(previous)
            if sum(digests.counts.get(k, 0) for k in changed) <= sum(digests.counts.values()) // 5:
                touched = [t for t in map(ox_terms, make(only=changed)) if digests.key(t[0], t[3]) in changed]
                fresh.rmdir()  # the copy makes it
                ox.Store.read_only(str(target.resolve())).backup(str(fresh))
                inner = ox.Store(str(fresh))
                _replace(inner, changed, touched)
                mode = "updated"
        if mode == "loaded":
            inner = ox.Store(str(fresh))
            # the terms were checked when they were made; quads already counted are not again
            source = make() if make is not None else quads
            reader = _NQuadsReader(source, digests if previous is None else None)
            inner.bulk_load(io.BufferedReader(reader, 1 << 20), format=ox.RdfFormat.N_QUADS, lenient=True)
        inner.flush()
        marker = {"format": 1, "quads": len(inner), "graphs": sum(1 for _g in inner.named_graphs()),
                  "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "made": mode, **(info or {})}
        if changed is not None:
            marker["changed"] = len(changed)  # document graphs and shared subjects replaced
            marker["reused"] = len(same)  # parts known unchanged by their fingerprints, not made to decide
        del inner
        digests.fingerprints.update(fingerprints or {})
        digests.save(fresh)
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


def _replace(inner: ox.Store, changed: set, quads: list[tuple]) -> None:
    """Drop what the store holds under the ``changed`` keys, then add ``quads`` (the
    new quads under those keys)."""
    for graph, subject in sorted(changed):
        g = ox.NamedNode(graph)
        if not subject:
            inner.remove_graph(g)
        else:
            for q in list(inner.quads_for_pattern(ox.NamedNode(subject), None, None, g)):
                inner.remove(q)
    inner.extend([ox.Quad(s, p, o, g) for s, p, o, g in quads])


class _NQuadsReader(io.RawIOBase):
    """The N-Quads text of ``quads``, made batch by batch as it is read (the whole text
    of a large dataset would be a second copy of it in memory); each quad is counted
    in ``digests`` on the way, if given."""

    def __init__(self, quads: Iterable, digests: Digests | None, batch: int = 50_000) -> None:
        self._quads = iter(quads)
        self._digests = digests
        self._batch = batch
        self._buf = memoryview(b"")
        self._predicates: dict = {}

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while not self._buf:
            batch = [ox_terms(q) for _i, q in zip(range(self._batch), self._quads)]
            if not batch:
                return 0
            if self._digests is not None:
                self._digests.add_all(batch)
            if len(self._predicates) > 4096:  # a stream of ever new predicates: keep the memo small
                self._predicates.clear()
            self._buf = memoryview(nquads_text(batch, self._predicates).encode("utf-8"))
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def nquads_text(quads, predicates: dict | None = None) -> str:
    """The N-Quads text of ``quads`` (tuples of pyoxigraph terms), one line each.

    A build makes quads in runs of one graph and one subject, and few predicates: each
    is written once per run (or once at all, memoised in ``predicates``) rather than
    once per quad, a third of the cost.  A quad in the default graph is written as a triple.

    >>> import pyoxigraph as ox
    >>> s, p, g = ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.NamedNode("http://x/g")
    >>> print(nquads_text([(s, p, ox.Literal('a "b"'), g), (s, p, ox.Literal("c", language="en"), ox.DefaultGraph())]), end="")
    <http://x/s> <http://x/p> "a \\"b\\"" <http://x/g> .
    <http://x/s> <http://x/p> "c"@en .
    """
    memo = {} if predicates is None else predicates
    out: list[str] = []
    append = out.append
    last_g = last_s = None
    head = tail = ""
    for s, p, o, g in quads:
        if g is not last_g:
            last_g, tail = g, " .\n" if isinstance(g, ox.DefaultGraph) else f" {g} .\n"
        if s is not last_s:
            last_s, head = s, f"{s} "
        ps = memo.get(p)
        if ps is None:
            ps = memo[p] = f"{p} "
        append(f"{head}{ps}{o}{tail}")
    return "".join(out)


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
