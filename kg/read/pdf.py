"""PDF CVs: the text of every page in reading order, columns, rows and wrapped lines
rebuilt from the positions of the text lines (``pdf_layout``).

pdfminer.six finds the text lines of a page and their positions; ``pdf_layout.page_text``
puts them in reading order.  The text is then read as plain text, and evidence spans
point into it (the Document's ``original``).
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
        from pdfminer.layout import LAParams, LTTextBox, LTTextContainer, LTTextLine
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError(path, "reading PDF files needs pdfminer.six (pip install pdfminer.six)") from None
    from kg.read.pdf_layout import Piece, page_text, without_running_lines

    pages: list[list[Piece]] = []
    height = 792.0
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            height = page.height or height
            pages.append([
                Piece(line.x0, line.y0, line.x1, line.y1, line.get_text().strip())
                for box in page
                if isinstance(box, LTTextContainer)
                for line in (box if isinstance(box, LTTextBox) else [box])
                if isinstance(line, LTTextLine) and line.get_text().strip()
            ])
    except InputError:
        raise
    except Exception as err:
        raise InputError(path, f"cannot read the PDF: {type(err).__name__}: {str(err).splitlines()[0][:120] if str(err) else ''}") from None
    texts = [page_text(p) for p in without_running_lines(pages, height)]
    text = "\n\n".join(t for t in texts if t.strip())
    if not text.strip():
        raise InputError(path, "a PDF without a text layer (a scan?); only PDFs with text can be read")
    return text + "\n"

