"""CV pages written as nested bullet lists (the academicpages "CV" page shape): each
top-level item is one record, its sub-items are its details."""

from __future__ import annotations

from kg.extract import extract
from kg.read import read_text


def _cv(body: str):
    return extract(read_text(f"# Priya Raman\n\n{body}", path="cv.md"))


def test_an_undated_degree_item_is_a_record_of_its_own():
    p = _cv(
        "Education\n======\n"
        "* Ph.D. in Hydrology, Kellerman University, 2027 (expected)\n"
        "* M.S. in Hydrology, Kellerman University\n"
        "* B.E. (Honours) in Civil Engineering, Anna Maria Institute of Technology, 2015\n"
    )
    rows = [(e.degree, e.institution, e.end) for e in p.education]
    assert rows == [
        ("Ph.D.", "Kellerman University", "2027"),
        ("M.S.", "Kellerman University", None),
        ("B.E. (Honours)", "Anna Maria Institute of Technology", "2015"),
    ]


def test_a_centre_and_school_over_an_institute_of_technology_are_its_units():
    p = _cv(
        "Research Experience\n======\n"
        "* 2020 – Present: Graduate Research Assistant\n"
        "  * Freight Logistics Center, R. T. Okafor School of Systems Engineering\n"
        "  * Lakeshore Institute of Technology, Duluth, MN\n"
        "  * Advisor: Professor Hana Lindqvist\n"
    )
    (job,) = p.positions
    assert job.organization == "Lakeshore Institute of Technology"
    assert job.unit == "Freight Logistics Center, R. T. Okafor School of Systems Engineering"
    assert (job.title, job.start, job.end) == ("Graduate Research Assistant", "2020", "present")


def test_what_is_written_before_an_at_sign_is_the_role():
    p = _cv("Work experience\n======\n* Pricing & Demand Forecasting @ Marlow Freight, 03/2019 - 07/2021\n  * Built the weekly demand model\n")
    (job,) = p.positions
    assert (job.title, job.organization, job.start, job.end) == ("Pricing & Demand Forecasting", "Marlow Freight", "2019-03", "2021-07")


def test_a_doctorate_on_a_topic_and_a_degree_under_way():
    p = _cv(
        "Education\n======\n"
        "* Ph.D on Scheduling Algorithms for Rail Networks, Kellerman University, 2026 (expected)\n"
        "* M.A. in Philosophy, Kellerman University, ongoing\n"
    )
    phd, ma = p.education
    assert (phd.degree, phd.field) == ("Ph.D", "Scheduling Algorithms for Rail Networks")
    assert (ma.field, ma.start, ma.end) == ("Philosophy", None, "present")


def test_skills_in_a_nested_list_lose_their_category_items():
    p = _cv(
        "Skills\n======\n"
        "* Modelling\n  * Queueing theory and discrete-event simulation\n  * Integer programming\n"
        "* Programming\n  * Languages: Julia (JuMP, Flux), Rust\n"
    )
    assert list(p.skills) == ["Queueing theory and discrete-event simulation", "Integer programming", "Julia", "JuMP", "Flux", "Rust"]


def test_an_acronym_and_its_town_after_an_institute_is_the_organisation():
    p = _cv(
        "Work experience\n======\n"
        "* 2023 - Present: Postdoctoral Researcher\n"
        "  * Institute for Soft Matter Theory, LFZ Wendelstein, Germany\n"
    )
    (job,) = p.positions
    assert (job.organization, job.unit, job.location) == ("LFZ Wendelstein", "Institute for Soft Matter Theory", "Germany")


def test_a_site_templates_placeholder_skills_are_no_skills():
    p = _cv("Skills\n======\n* Skill 1\n* Skill 2\n  * Sub-skill 2.1\n* Fortran\n")
    assert list(p.skills) == ["Fortran"]


def test_a_title_item_and_an_employer_item_are_one_record_and_a_doctorate_told_twice_is_one():
    p = _cv(
        "Education\n======\n"
        "* Ph.D in Wind Energy Control, Kellerman University, 2027 (expected)\n\n"
        "Work experience\n======\n"
        "  * Autumn 2022: PhD researcher\n"
        "  * Kellerman University\n"
        "  * Supervisor: Dr. Tomasz Wielgosz\n"
    )
    assert not p.positions
    (phd,) = p.education
    assert (phd.institution, phd.field, phd.start, phd.end, phd.expected) == ("Kellerman University", "Wind Energy Control", "2022-09", "2027", True)
    assert phd.advisors == ("Tomasz Wielgosz",)


def test_a_title_item_and_an_employer_item_make_one_job():
    p = _cv("Work experience\n======\n* 2019 - 2021: Data Engineer\n* Marlow Freight\n* Built the pricing pipeline\n")
    (job,) = p.positions
    assert (job.title, job.organization, job.start, job.end) == ("Data Engineer", "Marlow Freight", "2019", "2021")


def test_awards_listed_under_positions_are_awards_and_a_doctorate_in_the_experience_list():
    p = extract(read_text(
        "# Marta Quispe\n\n"
        "# About Me\nI received my Ph.D. in Statistics from Kellerman University, UK, in 2017, under the supervision of Prof. Hana Lindqvist.\n\n"
        "# Experiences\n"
        "- *2020.09 – present*, Assistant Professor, School of Data Science, Lakeshore University, Duluth, USA\n"
        "- *2017.06*, Ph.D. (STATISTICS), School of Mathematics, Kellerman University, Newcastle upon Tyne, UK\n\n"
        "# Positions\n"
        "- *2024.05* Lakeshore Teaching Scholarship\n"
        "- *2022.12* Best Paper Award of the Data Science Congress 2022\n",
        path="about.md"))
    assert [(j.title, j.organization) for j in p.positions] == [("Assistant Professor", "Lakeshore University")]
    assert [(a.name, a.year) for a in p.awards] == [("Lakeshore Teaching Scholarship", 2024), ("Best Paper Award of the Data Science Congress 2022", 2022)]
    (phd,) = p.education  # the list's entry and the biography's sentence are one degree
    assert (phd.degree, phd.field, phd.institution, phd.location, phd.end) == ("Ph.D.", "STATISTICS", "Kellerman University", "Newcastle upon Tyne, UK", "2017-06")
    assert phd.advisors == ("Hana Lindqvist",)
