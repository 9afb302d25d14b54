"""The text of a PDF page from its lines' positions (kg/read/pdf_layout.py): columns,
rows of cells, paragraphs and wrapped lines; then the facts of a résumé laid out in rows."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from minipdf import write_pdf

from kg.extract import extract_file
from kg.read.pdf_layout import Piece, page_text

_W = 5.0  # points a character of 10-point text, in these hand-made pages


def line(x: float, y: float, text: str, size: float = 10.0, right: float | None = None) -> Piece:
    """A line at (x, y); with ``right``, right-aligned there instead."""
    width = _W * size / 10 * len(text)
    x0 = right - width if right is not None else x
    return Piece(x0, y, x0 + width, y + size, text)


def test_a_date_at_the_right_margin_is_the_end_of_its_row():
    page = [
        line(50, 700, "University of Michigan"), line(0, 700, "Ann Arbor, MI", right=560),
        line(50, 688, "Ph.D. in Electrical Engineering; Advisor: Prof. Helen Marsh"), line(0, 688, "Sep 2019 – May 2024", right=560),
        line(50, 676, "B.Tech. in Electrical Engineering"), line(0, 676, "Jul 2015 – May 2019", right=560),
    ]
    assert page_text(page).splitlines() == [
        "University of Michigan    Ann Arbor, MI",
        "Ph.D. in Electrical Engineering; Advisor: Prof. Helen Marsh    Sep 2019 – May 2024",
        "B.Tech. in Electrical Engineering    Jul 2015 – May 2019",
    ]


def test_a_column_of_dates_left_of_the_entries_is_rows_not_a_column():
    dates = ["2020–present", "2016–2020", "2011–2016", "2009–2011"]
    entries = ["Associate Professor, University of Oslo", "Postdoctoral Fellow, University of Edinburgh",
               "PhD in Linguistics, NTNU", "MA in Linguistics, University of Bergen"]
    page = [line(0, 700 - 14 * i, d, right=155) for i, d in enumerate(dates)]
    page += [line(170, 700 - 14 * i, e) for i, e in enumerate(entries)]
    assert page_text(page).splitlines() == [f"{d}    {e}" for d, e in zip(dates, entries)]


def test_a_sidebar_is_read_before_the_main_column():
    side = ["Contact", "ann@example.org", "+41 44 632 11 22", "Skills", "PyTorch, JAX, CUDA"]
    main = ["Experience", "Postdoctoral Researcher, ETH Zurich, 2022 - present", "Research Intern, DeepMind, 2021",
            "Education", "PhD in Computer Science, UPC, 2017 - 2022"]
    page = [line(36, 740, "Ann Example", size=20)]
    page += [line(36, 700 - 14 * i, t) for i, t in enumerate(side)]
    page += [line(221, 700 - 14 * i, t) for i, t in enumerate(main)]
    text = page_text(page)
    assert text.index("PyTorch") < text.index("Experience")
    assert [ln for ln in text.splitlines() if ln] == ["Ann Example", *side, *main]


def test_paragraphs_and_wrapped_lines():
    # a publication wrapped over two lines, a gap, then a second one; the longest line of a
    # column of short lines is not taken for a wrapped one
    page = [
        line(50, 700, "A. Author, B. Author. A study of layouts in documents of"),
        line(50, 688, "many columns. ICDAR 2021."),
        line(50, 668, "C. Author. Short title. ACL 2020."),
        line(50, 640, "Contact"),
        line(50, 628, "Department of Informatics, University of Oslo, 0373 Oslo"),
        line(50, 616, "ann.example@example.org"),
        line(50, 604, "+1 555 201 7788"),
    ]
    assert page_text(page).split("\n") == [
        "A. Author, B. Author. A study of layouts in documents of many columns. ICDAR 2021.",
        "",
        "C. Author. Short title. ACL 2020.",
        "",
        "Contact",
        "Department of Informatics, University of Oslo, 0373 Oslo",
        "ann.example@example.org",
        "+1 555 201 7788",
    ]


def test_wrapped_cells_and_a_hyphenated_name():
    page = [
        line(36, 733, "Lucía Fernández-", size=20), line(36, 711, "Ortega", size=20),
        line(221, 660, "Ph.D. in Computer Science, Universitat Politècnica de"), line(520, 660, "2017 –"),
        line(221, 648, "Catalunya"), line(520, 648, "2022"),
        line(221, 636, "M.Sc. in Artificial Intelligence, Edinburgh"), line(0, 636, "2016 – 2017", right=575),
        line(221, 624, "B.Sc. in Mathematics, Sevilla"), line(0, 624, "2012 – 2016", right=575),
    ]
    assert [ln for ln in page_text(page).splitlines() if ln] == [
        "Lucía Fernández-Ortega",
        "Ph.D. in Computer Science, Universitat Politècnica de Catalunya    2017 – 2022",
        "M.Sc. in Artificial Intelligence, Edinburgh    2016 – 2017",
        "B.Sc. in Mathematics, Sevilla    2012 – 2016",
    ]


# The first line of each page stands for the column's right edge (the longest line of a
# column is not known to have wrapped).
_EDGE = "Research Scientist at NVIDIA Research, Santa Clara, California, USA"


@pytest.mark.parametrize(
    "lines, expected",
    [
        pytest.param(  # a bullet starts an item even where the line above ran to the edge
            [(50, "• Designed low-power accelerators for sparse transformer inference"), (50, "• Led a team of four interns")],
            ["• Designed low-power accelerators for sparse transformer inference", "• Led a team of four interns"],
            id="list item"),
        pytest.param(  # the last line of a wrapped paragraph is short: the next line starts anew
            [(60, "Designed low-power accelerators for sparse transformer inference,"), (60, "reducing energy per token by a third."),
             (60, "Led a team of four interns.")],
            ["Designed low-power accelerators for sparse transformer inference, reducing energy per token by a third.",
             "Led a team of four interns."],
            id="short line after a wrapped one"),
        pytest.param(  # a hanging indent goes on under its first line
            [(50, "[1] A. Author and B. Author. A careful study of wrapping in lists of"), (66, "citations. In FAST 2021."),
             (50, "[2] C. Author. Another study. In FAST 2020.")],
            ["[1] A. Author and B. Author. A careful study of wrapping in lists of citations. In FAST 2021.",
             "[2] C. Author. Another study. In FAST 2020."],
            id="hanging indent"),
    ],
)
def test_wrapped_lines_and_items(lines, expected):
    """(Bullets that Chromium draws as shapes leave no mark in the text: "Led a team" has none.)"""
    page = [line(50, 720, _EDGE)] + [line(x, 700 - 12 * i, text) for i, (x, text) in enumerate(lines)]
    assert page_text(page).split("\n") == [_EDGE, "", *expected]


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789", min_size=1, max_size=9)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 60), st.lists(_WORD, min_size=1, max_size=8)), min_size=1, max_size=30),
       st.randoms(use_true_random=False))
def test_every_word_of_a_page_is_read_once(lines, rnd):
    """Whatever the layout and the order the lines come in, each word is in the text once."""
    page = [line(36 + 12 * col, 760 - 12 * row, " ".join(words)) for col, row, words in lines]
    page = [p for i, p in enumerate(page) if all(not _overlap(p, q) for q in page[:i])]
    rnd.shuffle(page)
    expected = sorted(w for p in page for w in p.text.split())
    assert sorted(re.split(r"\s+", page_text(page).strip())) == expected


def _overlap(a: Piece, b: Piece) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_a_resume_laid_out_in_rows_reads_as_its_facts(tmp_path):
    """A one-page résumé: organisation and town over degree and dates, a date column at the
    right, bullets and a wrapped citation (a PDF written here, read back by pdfminer)."""
    rows = [
        (50, 740, 18, "Rahul Venkataraman"),
        (50, 722, 10, "rahul.v@umich.example.edu | (734) 555-0142"),
        (50, 690, 12, "EDUCATION"),
        (50, 674, 10, "University of Michigan"), (470, 674, 10, "Ann Arbor, MI"),
        (50, 662, 10, "Ph.D. in Electrical Engineering; Advisor: Prof. Helen Marsh"), (470, 662, 10, "Sep 2019 - May 2024"),
        (50, 650, 10, "Indian Institute of Technology Madras"), (470, 650, 10, "Chennai, India"),
        (50, 638, 10, "B.Tech. in Electrical Engineering, GPA 9.2/10"), (470, 638, 10, "Jul 2015 - May 2019"),
        (50, 606, 12, "EXPERIENCE"),
        (50, 590, 10, "NVIDIA Research"), (470, 590, 10, "Santa Clara, CA"),
        (50, 578, 10, "Research Scientist"), (470, 578, 10, "Jun 2024 - Present"),
        (50, 546, 12, "PUBLICATIONS"),
        (50, 530, 10, "R. Venkataraman, T. Oyelaran, and H. Marsh. Sparsity-aware dataflow for transformer"),
        (50, 518, 10, "accelerators. In Proc. ISCA 2023."),
    ]
    path = tmp_path / "resume.pdf"
    write_pdf(path, [rows])
    p = extract_file(path)
    assert p.owner.name == "Rahul Venkataraman"
    assert [(e.institution, e.degree_level, e.start, e.end, e.advisors, e.location) for e in p.education] == [
        ("University of Michigan", "phd", "2019-09", "2024-05", ("Helen Marsh",), "Ann Arbor, MI"),
        ("Indian Institute of Technology Madras", "bachelor", "2015-07", "2019-05", (), "Chennai, India"),
    ]
    assert p.education[1].gpa == "9.2/10"
    assert [(x.organization, x.title, x.start, x.end) for x in p.positions] == [("NVIDIA Research", "Research Scientist", "2024-06", "present")]
    (paper,) = p.publications
    assert (paper.title, paper.venue_normalized) == ("Sparsity-aware dataflow for transformer accelerators", "ISCA 2023")


def test_page_numbers_and_running_heads_are_not_text(tmp_path):
    """Page 2 repeats the name as its running head; both pages end in "Page n of 2".  The name
    at the top of page 1 is the CV's title and stays."""
    first = [(50, 740, 18, "Mbali Okafor"), (50, 660, 12, "PUBLICATIONS"),
             (50, 640, 10, "[1] M. Okafor and J. Lindqvist. Careful storage. In FAST 2021."), (290, 30, 9, "Page 1 of 2")]
    second = [(50, 760, 8, "Mbali Okafor"), (520, 760, 8, "Curriculum Vitae"),
              (50, 700, 10, "[2] M. Okafor. Careless storage. In FAST 2020."), (290, 30, 9, "Page 2 of 2")]
    third = [(50, 760, 8, "Mbali Okafor"), (520, 760, 8, "Curriculum Vitae"), (50, 700, 10, "Last updated November 2026")]
    path = tmp_path / "cv.pdf"
    write_pdf(path, [first, second, third])
    from kg.read import read_document

    text = read_document(path).text
    assert "Page" not in text and "Curriculum Vitae" not in text and text.count("Mbali Okafor") == 1
    p = extract_file(path)
    assert p.owner.name == "Mbali Okafor" and [x.title for x in p.publications] == ["Careful storage", "Careless storage"]


def test_a_page_number_of_a_one_page_cv_is_dropped_and_a_year_in_the_margin_kept():
    from kg.read.pdf_layout import without_running_lines

    page = [line(300, 30, "- 1 -"), line(50, 60, "2023"), line(50, 700, "Ann Example"), line(280, 770, "第 1 页")]
    assert [p.text for p in without_running_lines([page], 792)[0]] == ["2023", "Ann Example"]


def test_chinese_lines_wrap_without_a_space_and_labelled_lines_stay_apart():
    def zh(x, y, text):  # 10-point Chinese: 10 points a character
        return Piece(x, y, x + 10 * len(text), y + 10, text)

    page = [
        zh(50, 740, "华为诺亚方舟实验室 研究实习生"), Piece(300, 740, 365, 750, "2022.07 - 2022.12"),
        zh(50, 720, "负责大语言模型量化算法研究，提出了一种面向大模型的低比特量化方"),
        zh(50, 708, "法，相关成果发表于顶级会议。"),
        zh(50, 688, "邮箱：siyuanli2019@ustc.example.cn"),
        zh(50, 676, "现居：合肥"),
    ]
    assert page_text(page).split("\n")[2:] == [
        "负责大语言模型量化算法研究，提出了一种面向大模型的低比特量化方法，相关成果发表于顶级会议。",
        "",
        "邮箱：siyuanli2019@ustc.example.cn",
        "现居：合肥",
    ]
