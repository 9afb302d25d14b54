"""read: decoding, visible text, and the map back to the original."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, SEEDS
from kg.errors import InputError
from kg.read import read_bytes, read_document, read_text

CV = "教育经历\n中山大学 | 计算机学院 | 硕士 2024.09—2027.06（预计）\n导师张献伟\n"


@pytest.mark.parametrize(
    "data,encoding",
    [
        (CV.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + CV.encode("utf-8"), "utf-8-sig"),
        (CV.encode("utf-16"), "utf-16"),
        (CV.encode("utf-16-le"), "utf-16-le"),
        (CV.encode("gb18030"), "gb18030"),
        (CV.encode("gbk"), "gb18030"),
    ],
)
def test_encodings_give_the_same_text(data, encoding):
    doc = read_bytes(data, path="cv.txt")
    assert doc.encoding == encoding
    assert doc.original == CV
    assert "中山大学" in doc.text


def test_big5():
    text = "教育經歷\n國立臺灣大學 資訊工程學系 學士 2018 - 2022\n"
    doc = read_bytes(text.encode("big5"), path="cv.txt")
    assert doc.encoding == "big5" and "國立臺灣大學" in doc.text


def test_invisible_content_is_dropped():
    src = (
        "---\ntitle: Ann Lee\n---\n"
        "{% include nav.html %}\n"
        "<!-- Advisor: Prof. Hidden Person -->\n"
        "[//]: # (also hidden)\n"
        "<style>.x{color:red}</style><script>var advisor = 'Nobody';</script>\n"
        "# About\nI am **Ann Lee** {{ site.title }}.\n"
    )
    doc = read_text(src, path="about.md")
    assert "Hidden" not in doc.text and "also hidden" not in doc.text and "Nobody" not in doc.text
    assert "include" not in doc.text and "site.title" not in doc.text and "title:" not in doc.text
    assert doc.front_matter == {"title": "Ann Lee"}
    assert doc.text.splitlines()[0] == "About"


def test_markdown_inline_markup():
    doc = read_text("***Biao Sun**\\*, Ziming Huang\\* (\\*co-first)*, [Paper](http://x.org) &amp; <sup>†</sup>", path="p.md")
    assert doc.text.strip() == "Biao Sun*, Ziming Huang* (*co-first), Paper & †"
    kinds = {(m.kind, doc.text[m.start : m.end]) for m in doc.marks}
    assert ("bold", "Biao Sun") in kinds
    assert ("link", "Paper") in kinds
    assert ("sup", "†") in kinds


def test_offsets_point_back_at_the_source():
    doc = read_text("Hi **Ann** &amp; <b>Bo</b>\n", path="x.md")
    assert doc.text == "Hi Ann & Bo\n"
    s, e = doc.source_span(3, 6)
    assert doc.original[s:e] == "Ann"
    s, e = doc.source_span(7, 8)
    assert doc.original[s:e] == "&amp;"
    s, e = doc.source_span(9, 11)
    assert doc.original[s:e] == "Bo"


def test_pipe_table_rows_are_lines_of_cells():
    src = "| Period | Institution |  |\n|:---|---|---|\n| 2019 – now | **ETH Zurich** | |\n| 2015 – 2019 | Univ \\| Cape Town |\n\nAfter.\n"
    doc = read_text(src, path="t.md")
    lines = [ln for ln in doc.text.split("\n") if ln]
    # outer pipes and empty cells dropped, one " | " between cells; an escaped pipe is
    # not a cell break (and shows as a pipe)
    assert lines == ["Period | Institution", "2019 – now | ETH Zurich", "2015 – 2019 | Univ | Cape Town", "After."]
    assert ("bold", "ETH Zurich") in {(m.kind, doc.text[m.start : m.end]) for m in doc.marks}
    rows = [doc.text[m.start : doc.text.index("\n", m.start)] for m in doc.marks if m.kind == "block" and m.value == "tr"]
    assert rows == lines[:3]  # each row, the header too, is marked as a table row; the text after is not
    at = doc.text.index("ETH")
    s, e = doc.source_span(at, at + len("ETH Zurich"))
    assert src[s:e] == "ETH Zurich"
    # the separator row is gone and a paragraph break stands for it
    assert "---" not in doc.text and "Institution\n\n2019" in doc.text


@settings(max_examples=100, deadline=None)
# no "-" in cells: a row of "---" cells is a separator row, in Markdown as here
@given(st.lists(st.lists(st.text(alphabet="ab 中2019.–:", max_size=8), min_size=1, max_size=4), min_size=1, max_size=4))
def test_pipe_table_cells_survive_in_order(rows):
    src = "| h1 | h2 |\n| --- | --- |\n" + "".join("| " + " | ".join(r) + " |\n" for r in rows)
    doc = read_text(src, path="t.md")
    lines = doc.text.split("\n")
    got = [ln for ln in lines[2:] if ln.strip()]
    want = [" | ".join(c.strip() for c in r if c.strip()) for r in rows]
    assert got == [w for w in want if w]


@pytest.mark.parametrize("path", [*SEEDS, *FIXTURES], ids=lambda p: p.name)
def test_every_copied_character_maps_to_itself(path):
    doc = read_document(path)
    assert len(doc.lo) == len(doc.hi) == len(doc.text)
    last = 0
    for i, c in enumerate(doc.text):
        lo, hi = doc.lo[i], doc.hi[i]
        assert 0 <= lo <= hi <= len(doc.original)
        assert lo >= last  # monotone
        last = lo
        if hi - lo == 1 and c not in " \n":
            assert doc.original[lo] == c or doc.original[lo] in "\u00a0\u3000"


TOKENS = list("ab *_#-[]()<>!&;`\\\n\t中文|") + ["**", "<b>", "</b>", "<!--", "-->", "{%", "%}", "&amp;", "](x)", "<br>", "\n- ", "\n# ", "\n| --- | --- |\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=120).map("".join))
def test_markdown_reader_never_fails_and_maps_monotonically(src):
    if not src.strip():
        with pytest.raises(InputError):
            read_text(src, path="x.md")
        return
    doc = read_text(src, path="x.md")
    assert len(doc.lo) == len(doc.text)
    assert all(doc.lo[i] <= doc.lo[i + 1] for i in range(len(doc.lo) - 1))
    assert all(0 <= doc.lo[i] <= doc.hi[i] <= len(src) for i in range(len(doc.lo)))


def test_latex_accents_letters_quotes_and_line_break_lengths():
    src = ("\\begin{document}\n\\begin{center}\n{\\Large N{\\o}rv{\\aa}g Sch\\\"{o}n Ren\\'{e}e \\v{S}koda Stra{\\ss}e}\\\\[4pt]\n"
           "``Quoted'' \\url{https://x.org/u}\n\\end{center}\n\\end{document}\n")
    doc = read_text(src, path="cv.tex")
    assert doc.text.split("\n")[:2] == ["Nørvåg Schön Renée Škoda Straße", "“Quoted” https://x.org/u"]


def test_latex_environment_arguments_are_only_its_own():
    """``\\begin{env}`` takes its own arguments; a group or a bracket after them is text."""
    src = ("\\begin{document}\n\\begin{center}{\\Large Ann Lee}\\end{center}\n"
           "\\begin{itemize}\n[2019] Best Paper Award\n\\end{itemize}\n\\end{document}\n")
    assert read_text(src, path="cv.tex").text.split() == ["Ann", "Lee", "[2019]", "Best", "Paper", "Award"]


def test_latex_tables_and_definitions():
    """A table's cells are columns, with no separator before a row's end; a definition
    (``\\renewcommand\\arraystretch{1.5}``) and a picture beside the cells are no text."""
    src = ("\\begin{document}\n\\renewcommand\\arraystretch{1.5}\n\\def\\gap{2pt}\n"
           "\\begin{tabular}{p{13cm} p{4cm}}\n\\textbf{Ann Lee} & \\multirowcell{3}{\\includegraphics{me}}\\\\\n"
           "Email & ann@x.org \\\\\nPhone & \\\\\n\\end{tabular}\n\\end{document}\n")
    lines = [" ".join(ln.split()) for ln in read_text(src, path="cv.tex").text.split("\n") if ln.strip()]
    assert lines == ["Ann Lee |", "Email | ann@x.org", "Phone"]  # (what stood in the picture's cell is unknown here)
