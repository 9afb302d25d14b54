"""PDF CVs: the text of every page in reading order, two-column layouts included.

pdfminer.six finds the text boxes of a page and their positions; the boxes are then
put in reading order here.  A page whose boxes fall into a left and a right column
(each box within one half of the text area, and both columns holding several boxes)
is read as: full-width boxes above the columns (the name, contact line), the left
column top to bottom, the right column top to bottom, then full-width boxes below.
Other pages are read top to bottom, left to right.  The text is then read as plain
text, and evidence spans point into it (the Document's ``original``).
"""

from __future__ import annotations

import io

from kg.errors import InputError


def is_pdf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"%PDF-"


def pdf_text(data: bytes, path: str) -> str:
    """The text of a PDF in reading order (see the module documentation)."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTTextContainer
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError(path, "reading PDF files needs pdfminer.six (pip install pdfminer.six)") from None
    pages = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            boxes = [(b.x0, b.y0, b.x1, b.y1, b.get_text()) for b in page if isinstance(b, LTTextContainer) and b.get_text().strip()]
            # a box is a paragraph (pdfminer joins lines closer than half a line): a blank line between boxes
            pages.append("\n\n".join(text.strip("\n") for *_xy, text in reading_order(boxes)))
    except InputError:
        raise
    except Exception as err:
        raise InputError(path, f"cannot read the PDF: {type(err).__name__}: {str(err).splitlines()[0][:120] if str(err) else ''}") from None
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise InputError(path, "a PDF without a text layer (a scan?); only PDFs with text can be read")
    return text + "\n"


def reading_order(boxes: list[tuple[float, float, float, float, str]]) -> list[tuple]:
    """Text boxes ``(x0, y0, x1, y1, text)`` (PDF coordinates: y grows upwards) in reading order.

    >>> left = [(50, 700 - 40 * i, 250, 720 - 40 * i, f"L{i}") for i in range(3)]
    >>> right = [(320, 705 - 40 * i, 560, 725 - 40 * i, f"R{i}") for i in range(3)]
    >>> head = [(50, 760, 560, 780, "NAME")]
    >>> [b[4] for b in reading_order(right + left + head)]
    ['NAME', 'L0', 'L1', 'L2', 'R0', 'R1', 'R2']
    """
    if not boxes:
        return []
    lo, hi = min(b[0] for b in boxes), max(b[2] for b in boxes)
    mid = (lo + hi) / 2
    left = [b for b in boxes if b[2] <= mid + 0.05 * (hi - lo)]
    right = [b for b in boxes if b[0] >= mid - 0.05 * (hi - lo) and b not in left]
    full = [b for b in boxes if b not in left and b not in right]

    def down(bs):
        return sorted(bs, key=lambda b: (-b[3], b[0]))

    if len(left) < 2 or len(right) < 2:
        return down(boxes)
    top = max(max(b[3] for b in left), max(b[3] for b in right))
    above = [b for b in full if b[1] >= top - 1]
    below = [b for b in full if b not in above]
    return down(above) + down(left) + down(right) + down(below)
