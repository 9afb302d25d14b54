"""What resolution needs of a Document once it has been extracted.

A Document keeps the whole decoded file and a map from every visible character back
to it, which is heavy to pickle between processes or to keep in a cache.  Resolution
only reads the document's path, digest, format and language, and the visible text of
each evidence span; a ``DocumentSummary`` holds exactly that.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Iterator


@dataclass(frozen=True)
class DocumentSummary:
    """path, sha256, format, language as in the Document; quotes: the visible text of
    every evidence span of the document's Profile, by span.

    >>> from kg.read import read_text
    >>> from kg.extract import extract
    >>> doc = read_text("# Education\\n- **PhD**, Peking University, 2018-2023\\n", path="a.md")
    >>> s = DocumentSummary.of(doc, extract(doc))
    >>> span = extract(doc).education[0].evidence
    >>> s.visible(*span) == doc.visible(*span)
    True
    """

    path: str
    sha256: str
    format: str
    language: str
    quotes: dict

    @classmethod
    def of(cls, doc, profile) -> "DocumentSummary":
        quotes = {span: doc.visible(*span) for span in _spans(profile)}
        return cls(doc.path, doc.sha256, doc.format, doc.language, quotes)

    def visible(self, start: int, end: int) -> str:
        """The visible text of an evidence span of the profile (as ``Document.visible``)."""
        try:
            return self.quotes[(start, end)]
        except KeyError:
            raise KeyError(f"{self.path}: span {(start, end)} is not an evidence span of its profile") from None


def _spans(obj: Any) -> Iterator[tuple[int, int]]:
    """Every ``evidence`` span anywhere in a Profile (nested records, lists, tuples)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if f.name == "evidence" and isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value):
                yield value
            else:
                yield from _spans(value)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _spans(item)
