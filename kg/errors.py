"""Typed errors raised by the library.

The CLI turns these into one-line messages and exit codes; library code never
prints or exits.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(KgError):
    """An input file cannot be used: unreadable, binary, undecodable, too large.

    ``path`` names the file and ``reason`` says what is wrong, so that
    ``str(err)`` is a complete one-line message.

    >>> str(InputError("cv.md", "contains NUL bytes"))
    'cv.md: contains NUL bytes'
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
