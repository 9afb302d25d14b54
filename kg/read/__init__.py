"""read: file -> Document.

Reads: a file (or a string) holding a profile page or CV.
Writes: a :class:`Document` with the decoded original, the visible text, the map
from visible characters back to the original, and style/structure marks.

>>> doc = read_text("---\\ntitle: Ann\\n---\\n# About\\n<!-- hidden -->Hi, I am **Ann**.\\n", path="a.md")
>>> doc.text
'About\\nHi, I am Ann.\\n'
>>> [m.kind for m in doc.marks]
['heading', 'bold']
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from kg.errors import InputError
from kg.read.decode import decode
from kg.read.detect import detect_format, detect_language
from kg.read.document import Document, Mark, Source, TextBuilder, sorted_marks

__all__ = ["Document", "Mark", "read_document", "read_page", "read_raw", "read_bytes", "read_text", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_document(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a Document; raise InputError with a one-line reason if it can't be."""
    return read_bytes(read_page(path, max_bytes=max_bytes), path=str(path))


def read_page(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one file as a page of its site: a Jekyll page with its included files
    inlined and its site author's details in its front matter (:mod:`kg.read.site`); any
    other file's bytes as they are.  InputError as ``read_raw``."""
    from kg.read.site import assemble_page

    return assemble_page(path, read_raw(path, max_bytes=max_bytes), max_bytes)


def read_raw(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one file, or InputError (a directory, missing, unreadable, over the limit)."""
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise InputError(name, "is a directory, not a file")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit (see --max-bytes)")
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as err:
        raise InputError(name, f"cannot read: {err.strerror or err}") from None
    if len(data) > max_bytes:
        raise InputError(name, f"is over the {max_bytes / 1048576:.0f} MB limit (see --max-bytes)")
    return data


def read_bytes(data: bytes, *, path: str, format: str | None = None) -> Document:
    """Decode ``data`` and read it (the format is detected unless given)."""
    if not data.strip():
        raise InputError(path, "is empty")
    from kg.read.docx import is_docx
    from kg.read.pdf import is_pdf

    if is_pdf(data):
        from kg.read.pdf import pdf_text

        return _read(pdf_text(data, path), path=path, sha256=hashlib.sha256(data).hexdigest(), encoding="pdf", format=format or "text")
    if is_docx(data):
        from kg.read.docx import docx_text

        return _read(docx_text(data, path), path=path, sha256=hashlib.sha256(data).hexdigest(), encoding="docx", format=format or "markdown")
    text, encoding = decode(data, path)
    return _read(text, path=path, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, format=format)


def read_text(text: str, *, path: str = "<string>", format: str | None = None) -> Document:
    """Read a profile given as a string (format detected from ``path`` and content)."""
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return _read(text, path=path, sha256=sha, encoding="utf-8", format=format)


def _read(text: str, *, path: str, sha256: str, encoding: str, format: str | None) -> Document:
    if not text.strip():
        raise InputError(path, "is empty (only white space)")
    fmt = format or detect_format(text, path)
    from kg.read import render

    out = TextBuilder()
    front, span = render.render(fmt, Source.identity(text), out)
    visible = out.source()
    n = len(visible.text)
    marks = sorted_marks(
        Mark(m.kind, min(m.start, n), min(m.end, n), m.value) for m in out.marks if min(m.end, n) > m.start
    )
    return Document(
        path=path,
        sha256=sha256,
        format=fmt,
        language=detect_language(visible.text),
        encoding=encoding,
        original=text,
        text=visible.text,
        lo=visible.lo,
        hi=visible.hi,
        marks=marks,
        front_matter=front,
        front_matter_span=span,
    )
