"""Education written as a table whose cells hold several lines (``<br>``), in Markdown
and in HTML: each row is one entry, whatever its cell's lines say; a research stay
listed among the degrees; an associate degree.  All texts here are written for these
tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.read import read_text

_MD = """# Jonas Weber

__Education__

| Period   | Description |
| -------- | ------- |
| 10/19 – 09/22  | __B.Sc. Physics__<br>University of Freiburg<br>Grade: 1.4<br>Bachelor Thesis: Spin Chains in Cold Atoms |
| 02/22 – 05/22 | __Research Stay__<br>University of Vienna, Austria |
| 10/22 – present | __Ph.D Physics__<br>University of Freiburg<br>Topic: Quantum Simulation of Lattice Gauge Theories |
"""

_HTML = """<html><body><h1>Jonas Weber</h1>
<h2>Education</h2>
<table>
<tr><td>10/19 – 09/22</td><td><b>B.Sc. Physics</b><br>University of Freiburg<br>Grade: 1.4<br>Bachelor Thesis: Spin Chains in Cold Atoms</td></tr>
<tr><td>02/22 – 05/22</td><td><b>Research Stay</b><br>University of Vienna, Austria</td></tr>
<tr><td>10/22 – present</td><td><b>Ph.D Physics</b><br>University of Freiburg<br>Topic: Quantum Simulation of Lattice Gauge Theories</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize("text, path", [(_MD, "cv.md"), (_HTML, "cv.html")])
def test_each_row_of_a_table_with_line_breaks_in_its_cells_is_one_entry(text, path):
    p = extract(read_text(text, path=path))
    assert [(e.institution, e.degree, e.degree_level, e.field, e.start, e.end) for e in p.education] == [
        ("University of Freiburg", "B.Sc.", "bachelor", "Physics", "2019-10", "2022-09"),
        ("University of Vienna", "Research Stay", "other", None, "2022-02", "2022-05"),
        ("University of Freiburg", "Ph.D", "phd", "Physics", "2022-10", "present"),
    ]


def test_an_associate_degree():
    text = "# Ana Ruiz\n\n## Education\n\n**A.Sc. General Studies**, Salt Lake Community College, *2012*<br/>\n**B.Sc. Biology**, University of Utah, *2015*\n"
    p = extract(read_text(text, path="cv.md"))
    assert [(e.institution, e.degree, e.degree_level, e.field, e.end) for e in p.education] == [
        ("Salt Lake Community College", "A.Sc.", "other", "General Studies", "2012"),
        ("University of Utah", "B.Sc.", "bachelor", "Biology", "2015"),
    ]


_CELLS_ON_THEIR_OWN_LINES = """<div class="pi-header"><span class="pi-name">Minseo Park, Ph.D.</span></div>
<div class="pi-section">Professional Position</div>
<table class="pi-table">
  <tr>
    <td class="when">2024.09 – Present</td>
    <td>Assistant Professor, Department of Battery Engineering, Hallim Institute of Science, Republic of Korea</td>
  </tr>
</table>
<div class="pi-section">Education</div>
<table class="pi-table">
  <tr>
    <td class="when">2017.03 – 2023.02</td>
    <td>M.S. &amp; Ph.D., Department of Polymer Engineering, Daegu National University, Republic of Korea</td>
  </tr>
</table>
<div class="pi-section">Graduate Students</div>
<div class="pi-placeholder">Joining March 2025.</div>
"""


def test_cells_written_on_lines_of_their_own_are_one_row_and_a_classed_div_names_a_section():
    p = extract(read_text(_CELLS_ON_THEIR_OWN_LINES, path="people.md"))
    (job,) = p.positions
    assert (job.title, job.organization, job.start, job.end) == ("Assistant Professor", "Hallim Institute of Science", "2024-09", "present")
    (deg,) = p.education  # "Graduate Students" is a section of its own: its placeholder is no degree
    assert (deg.degree, deg.degree_level, deg.institution, deg.start, deg.end) == ("M.S. & Ph.D.", "phd", "Daegu National University", "2017-03", "2023-02")
