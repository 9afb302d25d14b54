"""The extraction cache: a rebuild re-extracts only new or changed documents.

An entry holds what extraction made of one file (a DocumentSummary and its Profile),
keyed by the file's path, its bytes and the extractor's own source code, so a changed
file, a moved file or a changed extractor all miss.  Entries are written to a
temporary file and renamed (a killed build leaves no half entry); an unreadable entry
is a miss.  ``prune`` drops the entries a build did not use (deleted documents).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

DEFAULT_CACHE = Path("out") / "cache"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the reader's and extractor's source files and the package version.

    >>> len(code_version())
    16
    """
    from kg import __version__

    root = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    for folder in ("read", "extract"):
        for f in sorted((root / folder).glob("*.py")):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    from kg.resources import resource_dir

    tables = resource_dir("kg.data")  # the venue and institution tables the extractor reads
    for f in sorted((t for t in tables.iterdir() if t.name.endswith(".tsv")), key=lambda t: t.name):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


class ExtractionCache:
    """Cached extractions in ``folder`` (one file per document).

    >>> import tempfile
    >>> c = ExtractionCache(tempfile.mkdtemp())
    >>> k = c.key("a.md", b"# Ann")
    >>> c.get(k) is None
    True
    >>> c.put(k, ("summary", "profile")); c.get(k)
    ('summary', 'profile')
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder) / code_version()

    def key(self, path: str, data: bytes) -> str:
        h = hashlib.sha256(path.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / (key + ".pkl")

    def get(self, key: str):
        try:
            with open(self._file(key), "rb") as fh:
                return pickle.load(fh)
        except Exception:  # missing, truncated or from another version: a miss
            return None

    def put(self, key: str, value) -> None:
        f = self._file(key)
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry-", dir=f.parent)
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, f)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def prune(self, used: set[str]) -> int:
        """Remove entries not in ``used`` and caches of other extractor versions; return how many."""
        import shutil

        removed = 0
        for other in self.folder.parent.glob("*") if self.folder.parent.is_dir() else ():
            if other.is_dir() and other != self.folder and len(other.name) == 16:
                shutil.rmtree(other, ignore_errors=True)
        for f in self.folder.glob("*/*.pkl") if self.folder.is_dir() else ():
            if f.stem not in used:
                f.unlink(missing_ok=True)
                removed += 1
        return removed
