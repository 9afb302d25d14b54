"""Word CVs (``.docx``): the document's paragraphs and tables as text.

Headings become ``#`` lines, list paragraphs ``-`` items and table rows cells joined by
`` | ``, in document order; bold runs are kept as ``**bold**`` so that a highlighted
self-name in an author list still reads as one.  The text is then read as Markdown,
and evidence spans point into this text (the Document's ``original``).
"""

from __future__ import annotations

import io
import zipfile

from kg.errors import InputError


def is_docx(data: bytes) -> bool:
    """Whether ``data`` is a Word document (a ZIP holding ``word/document.xml``)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def docx_text(data: bytes, path: str) -> str:
    """The text of a Word document, Markdown-flavoured (see the module documentation)."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a dependency of the package
        raise InputError(path, "reading Word files needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:
        raise InputError(path, f"cannot read the Word document: {type(err).__name__}") from None
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(block, document)
            text = _runs(para)
            if not text.strip():
                lines.append("")
                continue
            style = (para.style.name if para.style is not None else "") or ""
            if style.startswith("Heading") or style == "Title":
                level = int(style.split()[-1]) if style.split()[-1].isdigit() else 1
                lines += ["", "#" * min(level, 6) + " " + text.strip().replace("**", ""), ""]
            elif "List" in style or block.find(".//{*}numPr") is not None:
                lines.append("- " + text.strip())
            else:
                lines.append(text.strip())
        elif tag == "tbl":
            for row in Table(block, document).rows:
                cells = [c.text.strip() for c in row.cells]
                cells = [c for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1])]  # merged cells repeat
                if cells:
                    lines.append(" | ".join(cells))
            lines.append("")
    return "\n".join(lines).strip() + "\n"


def _runs(para) -> str:
    out = []
    for run in para.runs:
        t = run.text
        if run.bold and t.strip():
            lead, core, trail = t[: len(t) - len(t.lstrip())], t.strip(), t[len(t.rstrip()) :]
            out.append(f"{lead}**{core}**{trail}")
        else:
            out.append(t)
    return "".join(out).replace("****", "")
