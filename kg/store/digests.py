"""What a store holds, in digests: one per document graph, and one per subject in the
graphs every document adds to (metadata, entities, derived co-authorship), so that a
rebuild into an existing store replaces only what changed.

A digest is the sum, modulo 2**64, of the hashes of the quads under its key
(``hash((s, p, o))`` of pyoxigraph terms).  pyoxigraph hashes terms with a fixed-key
SipHash, the same in every process; a store whose digests were written by another
pyoxigraph version is rebuilt whole rather than trusted.

>>> import pyoxigraph as ox
>>> g, s = ox.NamedNode("https://w3id.org/researcher-kg/id/doc/a"), ox.NamedNode("http://x/s")
>>> one, two = Digests(), Digests()
>>> one.add(s, s, ox.Literal("1"), g)
('https://w3id.org/researcher-kg/id/doc/a', '')
>>> _ = two.add(s, s, ox.Literal("2"), g)
>>> sorted(one.changed(two)), one.changed(one)
([('https://w3id.org/researcher-kg/id/doc/a', '')], set())
"""

from __future__ import annotations

import pickle
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.graph import SHARED_GRAPHS as SHARED

FILE = "researcher-kg-digests.pickle"  # beside the store's marker
_MASK = (1 << 64) - 1
_VERSION = getattr(ox, "__version__", "?")

Key = tuple[str, str]  # (graph IRI, subject IRI in a shared graph, else ""): kg.graph.part_of


class Digests:
    """Digests by key, accumulated quad by quad."""

    def __init__(self) -> None:
        self.by_key: dict[Key, int] = defaultdict(int)
        self.counts: dict[Key, int] = defaultdict(int)  # quads under each key
        self.fingerprints: dict[Key, str] = {}  # what the quads of a key were made from, where known
        self._graph_names: dict = {}

    def key(self, s, g) -> Key:
        """The key a quad of subject ``s`` in graph ``g`` counts under."""
        gv = self._graph_names.get(g)
        if gv is None:
            gv = self._graph_names[g] = getattr(g, "value", "")  # the default graph: ""
        return (gv, s.value) if gv in SHARED else (gv, "")

    def add(self, s, p, o, g) -> Key:
        """Count one quad (pyoxigraph terms); returns its key."""
        k = self.key(s, g)
        self.by_key[k] = (self.by_key[k] + hash((s, p, o))) & _MASK
        self.counts[k] += 1
        return k

    def add_all(self, quads) -> None:
        """Count many quads (tuples of pyoxigraph terms): the same digests as ``add`` one by
        one.  A build makes quads in runs of one document graph (or one subject of a
        shared graph): a run's hashes are summed before the dictionaries are touched."""
        by_key, counts = self.by_key, self.counts
        key, acc, n = None, 0, 0
        last_g = last_s = None
        shared = False
        for s, p, o, g in quads:
            if g is not last_g or (shared and s is not last_s):
                last_g, last_s = g, s
                k = self.key(s, g)
                shared = k[0] in SHARED
                if k != key:
                    if key is not None:
                        by_key[key] = (by_key[key] + acc) & _MASK
                        counts[key] += n
                    key, acc, n = k, 0, 0
            acc += hash((s, p, o))
            n += 1
        if key is not None:
            by_key[key] = (by_key[key] + acc) & _MASK
            counts[key] += n

    def reuse(self, old: "Digests", fingerprints: dict[Key, str]) -> set[Key]:
        """Take from ``old`` the digest and count of every key whose fingerprint there
        equals the one in ``fingerprints`` (its quads need not be made to be counted);
        return those keys."""
        same = {k for k, fp in fingerprints.items() if old.fingerprints.get(k) == fp and k in old.by_key and k in old.counts}
        for k in same:
            self.by_key[k] = old.by_key[k]
            self.counts[k] = old.counts[k]
        return same

    def changed(self, old: "Digests") -> set[Key]:
        """The keys whose quads differ from ``old`` (added, removed or changed)."""
        return {k for k in self.by_key.keys() | old.by_key.keys() if self.by_key.get(k) != old.by_key.get(k)}

    def save(self, directory: Path) -> None:
        with open(directory / FILE, "wb") as fh:
            pickle.dump({"pyoxigraph": _VERSION, "digests": dict(self.by_key), "counts": dict(self.counts),
                         "fingerprints": self.fingerprints}, fh, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, directory: Path) -> "Digests | None":
        """The digests saved with a store, or None (none saved, unreadable, or written by
        another pyoxigraph version)."""
        try:
            with open(directory / FILE, "rb") as fh:
                data = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("pyoxigraph") != _VERSION or not isinstance(data.get("digests"), dict):
            return None
        out = cls()
        out.by_key.update(data["digests"])
        out.counts.update(data.get("counts") or {})
        out.fingerprints.update(data.get("fingerprints") or {})
        return out
