"""LaTeX CV sources of the two common classes (issue 8): the header macros of the preamble
name the owner, and ``\\cventry`` arguments are read whether on one line or one per line."""

from __future__ import annotations

from conftest import fixture
from kg.extract import extract_file


def test_moderncv():
    p = extract_file(fixture("moderncv_brenner.tex"))
    assert (p.owner.name, p.owner.emails) == ("Lukas Brenner", ("lukas.brenner@example.de",))
    tum = [e for e in p.education if e.institution == "Technical University of Munich"][0]
    assert (tum.degree_level, tum.start, tum.end, tum.advisors) == ("phd", "2020", "2024", ("Sabine Roth",))
    assert [(x.organization, x.kind, x.start) for x in p.positions] == [("SAP", "internship", "2023")]
    (paper,) = p.publications
    assert (paper.title, paper.authors, paper.venue_normalized) == ("Learned Cardinalities for Streaming Joins", ("Lukas Brenner", "Sabine Roth"), "SIGMOD 2024")


def test_awesome_cv_one_argument_per_line():
    p = extract_file(fixture("awesomecv_okafor.tex"))
    assert p.owner.name == "Mira Okafor"
    (phd,) = p.education
    assert (phd.institution, phd.degree_level, phd.start, phd.end) == ("Stanford University", "phd", "2019-09", "2024-06")
    (job,) = p.positions
    assert (job.organization, job.title, job.start, job.end) == ("NVIDIA", "Research Scientist", "2024-07", "present")


def test_hugo_academic_author_page():
    """``content/authors/*/_index.md``: the YAML education, the role at the listed organisation, social links."""
    p = extract_file(fixture("hugo_author_index.md"))
    assert p.owner.name == "Nelson Bighetti" and p.owner.emails == ("nelson@example.edu",)
    assert "https://orcid.org/0000-0002-1825-0097" in p.owner.urls
    assert [(e.institution, e.degree_level, e.end) for e in p.education] == [
        ("Stanford University", "phd", "2012"), ("Massachusetts Institute of Technology", "master", "2009")]
    (job,) = p.positions
    assert (job.organization, job.title, job.end, job.kind) == ("Stanford University", "Professor of Artificial Intelligence", "present", "employment")
