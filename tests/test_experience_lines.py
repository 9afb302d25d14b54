"""One-line experience entries: bold marks the title or the organisation, whichever it
is; a title in bold is not taken for the employer."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.read import read_text


def _md(line: str) -> tuple[str, str]:
    return f"# Jane Doe\n\n## Experience\n{line}\n", "home.md"


def _txt(line: str) -> tuple[str, str]:
    return f"Lena Hoffmann\n\nEXPERIENCE\n{line}\n", "cv.txt"


@pytest.mark.parametrize(
    "doc, org, title, location",
    [
        # bold marks the title or the organisation, whichever it is
        (_md("**Software Engineer**, Meta, 2023 – present"), "Meta", "Software Engineer", None),
        (_md("**Senior Software Engineer**, Stripe, 2020 – 2023"), "Stripe", "Senior Software Engineer", None),
        (_md("**Research Scientist**, Meta, 2023 – present"), "Meta", "Research Scientist", None),
        (_md("**Meta**, Software Engineer, 2023 – present"), "Meta", "Software Engineer", None),
        (_md("**Alibaba Cloud**, Hangzhou — Staff Engineer, 2019 – 2020"), "Alibaba Cloud", "Staff Engineer", "Hangzhou"),
        # a town the place list does not know, between an organisation and a known place, is part of the location
        (_txt("2022   Research Intern, Max Planck Institute for Informatics, Saarbrücken, Germany"),
         "Max Planck Institute for Informatics", "Research Intern", "Saarbrücken, Germany"),
        (_txt("2020   Engineer, Acme Robotics Inc., Santa Clara, CA"), "Acme Robotics Inc.", "Engineer", "Santa Clara, CA"),
        # after a job title, not an organisation: the word is the organisation, not a town
        (_txt("2021   Research Intern, Pinecone, USA"), "Pinecone", "Research Intern", "USA"),
        (_txt("2021   Research Intern, Pinecone Systems, USA"), "Pinecone Systems", "Research Intern", "USA"),
    ],
)
def test_organisation_title_and_place_of_a_position_line(doc, org, title, location):
    text, path = doc
    p = extract(read_text(text, path=path))
    assert [(x.organization, x.title, x.location) for x in p.positions] == [(org, title, location)]


_PHD = "- *2024.09 - Present*: Computer Science. [School of Computer Science, Fudan University](https://example.org)\n"
_BSC = "- *2020.09 - 2024.06*: Software Engineering. [School of Software, Fudan University](https://example.org)\n"


@pytest.mark.parametrize("entries", [[_PHD, _BSC], [_BSC, _PHD]], ids=["ongoing first", "ongoing last"])
def test_the_biography_names_the_degree_of_the_ongoing_entry(entries):
    text = "I am a second-year Ph.D. student in Computer Science at Fudan University.\n\n# Education\n" + "".join(entries)
    p = extract(read_text(text, path="index.md"))
    assert {(e.degree_level, e.start) for e in p.education} == {("phd", "2024-09"), (None, "2020-09")}
    assert len(p.education) == 2


def test_a_current_degree_named_in_the_biography_is_not_given_to_a_finished_entry():
    text = (
        "I am a Ph.D. student at Fudan University.\n\n"
        "# Education\n"
        "- *2016.09 - 2020.06*: Software Engineering. [School of Software, Fudan University](https://example.org)\n"
    )
    p = extract(read_text(text, path="index.md"))
    assert [(e.institution, e.degree_level, e.start) for e in p.education][0] == ("Fudan University", None, "2016-09")


NAME_ABOVE_DATES = """Maria Gonzalez
maria.gonzalez@example.edu | https://mgonzalez.example.org

EDUCATION
Universidad de Chile, Santiago, Chile
B.S. in Electrical Engineering, Mar 2015 – Dec 2019
Technische Universität München, Munich, Germany
M.Sc. in Informatics, Oct 2020 – Sep 2022
École Polytechnique Fédérale de Lausanne
Ph.D. in Computer Science, Sep 2022 – Present

EXPERIENCE
Research Intern, Microsoft Research
Jun 2023 – Aug 2023
Built a scheduler for serverless workflows.
Software Engineer, Google
2019 – 2020
Worked on storage.
"""


def test_each_entry_named_on_the_line_above_its_dates():
    p = extract(read_text(NAME_ABOVE_DATES, path="cv.txt"))
    assert [(e.institution, e.degree_level, e.field, e.start, e.end) for e in p.education] == [
        ("Universidad de Chile", "bachelor", "Electrical Engineering", "2015-03", "2019-12"),
        ("Technische Universität München", "master", "Informatics", "2020-10", "2022-09"),
        ("École Polytechnique Fédérale de Lausanne", "phd", "Computer Science", "2022-09", "present"),
    ]
    assert [(x.organization, x.title, x.start, x.end) for x in p.positions] == [
        ("Microsoft Research", "Research Intern", "2023-06", "2023-08"), ("Google", "Software Engineer", "2019", "2020")]


def test_an_unlabelled_address_beside_the_email_is_the_owners_page():
    p = extract(read_text(NAME_ABOVE_DATES, path="cv.txt"))
    assert p.owner.urls == ("https://mgonzalez.example.org",)
    lab = extract(read_text("Maria Gonzalez\nmaria@example.edu | Lab: https://lab.example.edu\n", path="cv.txt"))
    assert lab.owner.urls == ()


@pytest.mark.parametrize(
    "line, institution, unit, location",
    [
        ("2019 – present   Ph.D. in Computer Science, ETH Zurich", "ETH Zurich", None, None),
        ("2019 – present   Ph.D. in Computer Science, ETH Zurich, Department of Computer Science", "ETH Zurich", "Department of Computer Science", None),
        ("2013 – 2017      B.Sc. in Computer Science, University of California, Berkeley", "University of California, Berkeley", None, None),
        # not a known name: the place after the institution is its location
        ("2013 – 2017      B.Sc. in Computer Science, Alibaba University Hangzhou", "Alibaba University", None, "Hangzhou"),
        ("2013 – 2017      B.Sc. in Computer Science, University of Washington, Seattle", "University of Washington", None, "Seattle"),
    ],
)
def test_institution_names_that_end_with_a_place(line, institution, unit, location):
    """A name of the institution table that ends with a city ("ETH Zurich", "University of
    California, Berkeley") is one name; elsewhere a trailing place is the location."""
    e = extract(read_text(f"Lena Hoffmann\n\nEDUCATION\n{line}\n", path="cv.txt")).education[0]
    assert (e.institution, e.unit, e.location) == (institution, unit, location)


@pytest.mark.parametrize(
    "sentence, institution, degree, level, field, end",
    [
        ("Before CMU, I completed my B.Tech. in Computer Science and Engineering at IIT Bombay in 2021.",
         "IIT Bombay", "B.Tech.", "bachelor", "Computer Science and Engineering", "2021"),
        ("I obtained my bachelor's degree from IIT Delhi in 2019.", "IIT Delhi", "bachelor's", "bachelor", None, "2019"),
        ("I received my master’s degree in Statistics from Columbia University in 2020.", "Columbia University", "master’s", "master", "Statistics", "2020"),
    ],
)
def test_an_earlier_degree_told_in_the_biography(sentence, institution, degree, level, field, end):
    p = extract(read_text(f"Hi! I'm Arjun Mehta, a PhD student at Carnegie Mellon University. {sentence}\n", path="about.md"))
    e = next(x for x in p.education if x.institution == institution)
    assert (e.degree, e.degree_level, e.field, e.end) == (degree, level, field, end)


def test_an_html_table_header_row_is_no_entry():
    """The header row of an HTML table opens on the same line as the table: the row, the
    innermost element, is what the line is (it used to be read as the table, and the
    header "Years | Institution | Degree" became the first entry's institution)."""
    html = ("<!DOCTYPE html><html><body><h1>Nadia Haddad</h1><h2>Education</h2><table>"
            "<tr><th>Years</th><th>Institution</th><th>Degree</th></tr>"
            "<tr><td>2020 – present</td><td>University of Edinburgh</td><td>Ph.D. in Informatics</td></tr>"
            "<tr><td>2016 – 2020</td><td>American University of Beirut</td><td>B.E. in Computer Engineering</td></tr>"
            "</table><p>Supervisor: Prof. Ewan Clark</p></body></html>")
    p = extract(read_text(html, path="index.html"))
    assert [(e.institution, e.degree_level, e.start, e.advisors) for e in p.education] == [
        ("University of Edinburgh", "phd", "2020", ("Ewan Clark",)), ("American University of Beirut", "bachelor", "2016", ())]


@pytest.mark.parametrize(
    "entry, institution, degree, field, location",
    [
        # LinkedIn's "Degree - Short form, Field"; a town after the institution, but the campus of a
        # system of institutes is part of the name (IIT Madras and IIT Delhi are two institutions)
        ("Indian Institute of Technology, Madras\nBachelor of Technology - BTech, Electrical Engineering\n2011 - 2015",
         "Indian Institute of Technology, Madras", "Bachelor of Technology", "Electrical Engineering", None),
        ("Cochin University of Science and Technology, Kochi\nBachelor of Technology - BTech, Electrical Engineering\n2011 - 2015",
         "Cochin University of Science and Technology", "Bachelor of Technology", "Electrical Engineering", "Kochi"),
        ("University of Illinois Urbana-Champaign\nMaster of Science - MS, Computer Science\n2015 - 2017",
         "University of Illinois Urbana-Champaign", "Master of Science", "Computer Science", None),
        # a bold degree and subject, then the institution
        ("- **Ph.D., Computer Science**, University of Toronto, 2019 – 2024", "University of Toronto", "Ph.D.", "Computer Science", None),
        ("- **B.A.Sc., Engineering Science**, University of Toronto, 2015 – 2019", "University of Toronto", "B.A.Sc.", "Engineering Science", None),
    ],
)
def test_education_entries_degree_field_and_town(entry, institution, degree, field, location):
    p = extract(read_text(f"# Priya Raman\n\n## Education\n\n{entry}\n", path="cv.md"))
    (e,) = p.education
    assert (e.institution, e.degree, e.field, e.location, e.unit) == (institution, degree, field, location, None)


def test_the_cells_of_a_row_end_an_advisor_name_and_a_thesis_title():
    """Rows as a PDF résumé reads (cells four spaces apart): the advisor is not "Helen Marsh
    Sep", the thesis title stops before "Committee:", a GPA out of 10 is kept whole."""
    text = (
        "Rahul Venkataraman\n\nEDUCATION\n"
        "University of Michigan    Ann Arbor, MI\n"
        "Ph.D. in Electrical Engineering; Advisor: Prof. Helen Marsh    Sep 2019 – May 2024\n"
        "Thesis: Sparse Dataflow Accelerators. Committee: Prof. Ann Lee, Prof. Bo Chen\n"
        "Indian Institute of Technology Madras    Chennai, India\n"
        "B.Tech. in Electrical Engineering, GPA 9.2/10    Jul 2015 – May 2019\n"
    )
    p = extract(read_text(text, path="cv.txt"))
    assert [(e.institution, e.advisors, e.gpa, e.location) for e in p.education] == [
        ("University of Michigan", ("Helen Marsh",), None, "Ann Arbor, MI"),
        ("Indian Institute of Technology Madras", (), "9.2/10", "Chennai, India"),
    ]
    assert [x.title for x in p.publications] == ["Sparse Dataflow Accelerators"]


def test_a_description_after_a_blank_line_belongs_to_the_entry_above():
    """Paragraph spacing (a Word or HTML CV read from PDF) puts a blank line between an entry
    and its description; a paragraph of sentences is not the head of the next entry."""
    text = (
        "Lucía Ortega\n\nExperience\n\n"
        "Postdoctoral Researcher, ETH Zürich    Oct 2022 – present\n\n"
        "Department of Computer Science. Host: Prof. Andreas Krause.\n\n"
        "Research Scientist Intern, DeepMind    Jun 2021 – Sep 2021\n\n"
        "London, UK. Worked on offline reinforcement learning.\n"
    )
    p = extract(read_text(text, path="cv.txt"))
    assert [(x.organization, x.unit, x.supervisors, x.start) for x in p.positions] == [
        ("ETH Zürich", "Department of Computer Science", ("Andreas Krause",), "2022-10"),
        ("DeepMind", None, (), "2021-06"),
    ]


@pytest.mark.parametrize("heading, kind", [("Grants", "grants"), ("Research Funding", "grants"), ("Honors, Awards & Grants", "awards"),
                                           ("Grants and Awards", "awards"), ("Fellowships and Grants", "awards")])
def test_a_grants_section_lists_funded_projects(heading, kind):
    """Grants alone are funded research (a project with the owner's role); named with
    awards or fellowships, the section is awards."""
    from kg.extract.sections import section_kind

    assert section_kind(heading) == kind
    text = f"Ingrid Halvorsen\n\n{heading}\n2021–2025    NorLex: Lexical resources for Norwegian LLMs, Research Council of Norway, PI, NOK 12 million\n"
    p = extract(read_text(text, path="cv.txt"))
    if kind == "grants":
        assert [(x.name, x.role, x.start, x.end) for x in p.projects] == [("NorLex", "PI", "2021", "2025")] and not p.awards


def test_a_grant_named_by_its_quoted_title_is_a_project_not_an_award():
    text = ("Tomasz Wiśniewski\n\nGrants\n"
            "2022–2026\tSONATA grant “Fine-grained algorithms”, National Science Centre, Poland, PI\n"
            "2019–2021\tResearch award “Dynamic graphs”, Foundation for Polish Science, co-PI\n"
            "2017–2019\tERC Starting Grant: FINEALG, European Research Council, PI\n")
    p = extract(read_text(text, path="cv.txt"))
    assert [(x.name, x.role, x.start) for x in p.projects] == [
        ("Fine-grained algorithms", "PI", "2022"), ("Dynamic graphs", "co-PI", "2019"), ("ERC Starting Grant", "PI", "2017")]
    assert not p.awards
