"""Patterns behind a cheap test: the words at least one of which every match contains.

Python's regular expression engine tries a pattern at every position of a line when it
uses IGNORECASE or starts with ``\\b`` or a look-behind.  For patterns most lines never
match (a GPA, an address label, an identity number), testing the lower-cased line for
the words a match needs first is far cheaper, and skips nothing.
``tests/test_prefilters.py`` checks every Guarded pattern in ``kg.extract`` against its
words on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


class Guarded:
    """``pattern``, searched only in texts whose lower case contains one of ``needs``.

    >>> gpa = Guarded(re.compile(r"\\bGPA\\s*:\\s*(\\S+)", re.I), ("gpa",))
    >>> gpa.search("GPA: 3.9/4.0").group(1), gpa.search("Peking University")
    ('3.9/4.0', None)
    """

    __slots__ = ("pattern", "needs")

    def __init__(self, pattern: re.Pattern[str], needs: Iterable[str]) -> None:
        self.pattern = pattern
        self.needs = tuple(needs)

    def may_match(self, text: str) -> bool:
        """Whether ``text`` holds one of the words every match needs."""
        low = text.lower()
        return any(w in low for w in self.needs)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())
