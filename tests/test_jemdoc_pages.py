"""Shapes of jemdoc homepages (and other hand-written pages) that the seeds do not show: a
title written "=Name(中 文)", entries whose dates stand on their own line above a bullet,
a title block of "Nth-year Ph.D. student" over a department and a university, a page that
opens with a "Short Bio" heading and never names its owner, job sentences of the form
"Professor of FIELD at ORG" and "at ORG, contributing to …", award years written
"class of 2022".  All texts here are written for these tests."""

from __future__ import annotations

from kg.extract import extract
from kg.read import read_text

_STUDENT_PAGE = """# jemdoc: menu{MENU}{index.html}
=Ilya Moroz(莫 天宇)

~~~
{}{img_left}{photo.jpg}{portrait}{120}{160}{}
Third-year Ph.D. student\\n
[https://ece.example.edu/ Department of Electrical Engineering]\\n
[https://www.example.edu/ University of Tartu]\\n
Email: imoroz at example dot edu\\n
Advisor: Prof. [https://example.edu/~kask Liisa Kask]
~~~

== Education

2016.09 - 2020.06
- B.Sc., Applied Mathematics, Faculty of Science and Technology, University of Tartu

2020.09 - 2025.06(expected)
- Ph.D., Electrical Engineering, Department of Electrical Engineering, University of Tartu

== Honors

- [https://example.org/fellows Nordic Doctoral Fellowship], class of 2023.
- Best Poster Award, 2021.
"""


def test_jemdoc_title_with_spaced_chinese_name():
    p = extract(read_text(_STUDENT_PAGE, path="index.jemdoc"))
    assert p.owner.name == "Ilya Moroz"
    assert p.owner.other_names == ("莫天宇",)


def test_bare_date_line_over_a_bullet_names_the_entry():
    p = extract(read_text(_STUDENT_PAGE, path="index.jemdoc"))
    got = [(e.institution, e.unit, e.degree, e.field, e.start, e.end, e.expected) for e in p.education]
    assert ("University of Tartu", "Faculty of Science and Technology", "B.Sc.", "Applied Mathematics", "2016-09", "2020-06", False) in got
    assert ("University of Tartu", "Department of Electrical Engineering", "Ph.D.", "Electrical Engineering", "2020-09", "2025-06", True) in got


def test_title_block_with_an_abbreviated_degree():
    text = "# Ilya Moroz\n\nThird-year Ph.D. student\n\nDepartment of Electrical Engineering\n\nUniversity of Tartu\n\nAdvisor: Prof. Liisa Kask\n"
    p = extract(read_text(text, path="home.md"))
    assert [(e.institution, e.unit, e.degree, e.degree_level, e.end) for e in p.education] == [
        ("University of Tartu", "Department of Electrical Engineering", "Ph.D. student", "phd", "present")]
    assert [a.name for a in p.advisors] == ["Liisa Kask"]


def test_award_year_written_as_a_class():
    p = extract(read_text(_STUDENT_PAGE, path="index.jemdoc"))
    assert [(a.name, a.year) for a in p.awards] == [("Nordic Doctoral Fellowship", 2023), ("Best Poster Award", 2021)]


_FACULTY_PAGE = """# jemdoc: menu{MENU}{index.html}

== Short Bio
I am an Assistant Professor of Statistics at KTH Stockholm (starting Fall 2026), where I lead a small group on sampling.

Previously, I was a Research Scientist at Acme Robotics, contributing to the planning stack of warehouse robots.
I earned my Ph.D. in Mathematics from Lund University in 2021, advised by Erik Holm.
"""


def test_a_heading_is_no_owner_name():
    p = extract(read_text(_FACULTY_PAGE, path="index.jemdoc"))
    assert p.owner.name is None


def test_job_sentences_field_at_org_and_a_participle_after_the_org():
    p = extract(read_text(_FACULTY_PAGE, path="index.jemdoc"))
    jobs = [(j.organization, j.unit, j.title, j.start, j.end) for j in p.positions]
    assert ("KTH Stockholm", "Statistics", "Assistant Professor", "2026-09", "present") in jobs
    assert ("Acme Robotics", None, "Research Scientist", None, None) in jobs
    assert [(e.institution, e.degree, e.end, e.advisors) for e in p.education] == [("Lund University", "Ph.D.", "2021", ("Erik Holm",))]


def test_a_place_after_at_stays_part_of_the_name():
    text = "# Ana Ruiz\n\nI am an Assistant Professor at the University of Texas at Austin.\n"
    p = extract(read_text(text, path="home.md"))
    assert [(j.organization, j.unit) for j in p.positions] == [("University of Texas at Austin", None)]
