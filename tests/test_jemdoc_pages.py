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


_SCIENTIST_PAGE = """# jemdoc: menu{MENU}{index.html}
= Sven Berg

~~~
{}{img_left}{me.png}{portrait}{150}{150}{}
Research Scientist\\n
[https://acme.example.com/ Speech \\& Language Group], Acme Research\\n
Contact: [sven.berg@example.org email]\\n
Former advisors: Prof. [https://example.org/holm Erik Holm],
Prof. [https://example.org/dahl Ola Dahl]
~~~

== About Me
I am currently a research scientist at Acme Research.
Before joining Acme, I was a research fellow at Lund University (LU) working with Prof. Erik Holm from 2021-2023.
I received my Ph.D. degree from Uppsala University (UU) supervised by Prof. A.-B. Carl Nyman in 2021.
My bachelor's degree is obtained from Umea University in 2017.

== Education
- B.E. Control Science and Engineering, Umea University, Sept 2013 to June 2017

== Selected Publications
. Sven Berg, Ola Dahl and Erik Holm. "Counting Trees in Sparse Forests." EMNLP, 2022. \\[[https://arxiv.org/abs/2210.11111 paper]\\], \\[[https://example.org/code code]\\]
. Sven Berg and Erik Holm. "Rethinking Similarity Evaluation." ACL, 2022. \\[[https://arxiv.org/abs/2203.02222 paper]\\]

[publications.html Full list of publications].
"""


def test_jemdoc_escapes_wrapped_lines_and_mail_links():
    doc = read_text(_SCIENTIST_PAGE, path="index.jemdoc")
    assert "Speech & Language Group" in doc.text and "\\&" not in doc.text
    # jemdoc joins the lines of a paragraph: the second advisor is on the same line as the first
    assert "Former advisors: Prof. Erik Holm, Prof. Ola Dahl" in doc.text
    p = extract(doc)
    assert p.owner.emails == ("sven.berg@example.org",)
    # "Former advisors" names an advisor even when he also hosted a research job at a university
    assert {"Erik Holm", "Ola Dahl"} <= {a.name for a in p.advisors}


def test_degree_sentences_with_an_advisor_before_the_year_and_in_the_passive():
    p = extract(read_text(_SCIENTIST_PAGE, path="index.jemdoc"))
    got = {(e.institution, e.degree, e.end) for e in p.education}
    assert ("Uppsala University (UU)", "Ph.D.", "2021") in got
    assert ("Umea University", "B.E.", "2017-06") in got  # the sentence and the Education entry are one degree
    phd = next(e for e in p.education if e.degree == "Ph.D.")
    assert phd.advisors[0] == "A.-B. Carl Nyman"  # initials joined by a hyphen are part of the name


def test_a_degree_stated_in_the_passive():
    p = extract(read_text("# Sven Berg\n\nMy bachelor's degree was obtained from Umea University in 2017.\n", path="a.md"))
    assert [(e.institution, e.degree, e.degree_level, e.start, e.end) for e in p.education] == [("Umea University", "bachelor's", "bachelor", None, "2017")]


def test_a_study_sentence_with_its_advisor_before_the_year():
    p = extract(read_text("# Sven Berg\n\nI did my M.Sc. at Stockholm University supervised by Dr. Ola Dahl in 2018.\n", path="a.md"))
    assert [(e.institution, e.degree, e.end, e.advisors) for e in p.education] == [("Stockholm University", "M.Sc.", "2018", ("Ola Dahl",))]


def test_dates_after_the_host_of_a_job():
    p = extract(read_text(_SCIENTIST_PAGE, path="index.jemdoc"))
    fellow = next(j for j in p.positions if j.title == "research fellow")
    assert (fellow.organization, fellow.start, fellow.end, fellow.supervisors) == ("Lund University (LU)", "2021", "2023", ("Erik Holm",))


def test_abbreviated_degree_then_its_subject():
    p = extract(read_text(_SCIENTIST_PAGE, path="index.jemdoc"))
    be = next(e for e in p.education if e.degree == "B.E.")
    assert (be.field, be.start, be.end) == ("Control Science and Engineering", "2013-09", "2017-06")


def test_link_labels_after_the_venue_and_a_link_to_more_papers():
    p = extract(read_text(_SCIENTIST_PAGE, path="index.jemdoc"))
    assert [(x.title, x.venue, x.venue_normalized) for x in p.publications] == [
        ("Counting Trees in Sparse Forests", "EMNLP, 2022", "EMNLP 2022"),
        ("Rethinking Similarity Evaluation", "ACL, 2022", "ACL 2022"),
    ]
