"""PDF CVs (issue 8): a two-column CV made here reads its sections in reading order, and the
person merges with the same person's BibTeX file."""

from __future__ import annotations

from conftest import fixture
from minipdf import write_pdf

from kg.extract import extract_file
from kg.pipeline import build
from kg.read import read_document

LEFT = [
    "EDUCATION",
    "",
    "Ph.D. in Computer Science",
    "Aalto University, 2021 - 2025",
    "",
    "M.Sc. in Computer Science",
    "University of Helsinki, 2019 - 2021",
    "",
    "SKILLS",
    "Rust, Apache Flink, Kubernetes",
]
RIGHT = [
    "EXPERIENCE",
    "",
    "Research Intern, Nokia Bell Labs",
    "2022.06 - 2022.09, Espoo",
    "",
    "Software Engineer, Reaktor",
    "2018.01 - 2019.08, Helsinki",
    "",
    "PUBLICATIONS",
    "",
    "Elastic Stream Joins on Serverless Platforms.",
    "Hanna Virtanen, Marek Kowalczyk, and Erik Lindqvist.",
    "In Middleware 2023.",
]


def two_column_cv(path):
    lines = [(50, 740, 20, "Hanna Virtanen"), (50, 716, 10, "hanna.virtanen@example.fi  |  https://hannav.example.fi")]
    lines += [(50, 670 - 12 * i, 10, t) for i, t in enumerate(LEFT) if t]
    lines += [(320, 670 - 12 * i, 10, t) for i, t in enumerate(RIGHT) if t]
    write_pdf(path, [lines])


def test_two_columns_are_read_column_by_column(tmp_path):
    path = tmp_path / "cv.pdf"
    two_column_cv(path)
    text = read_document(path).original
    order = [text.index(s) for s in ("Hanna Virtanen", "EDUCATION", "University of Helsinki", "SKILLS", "EXPERIENCE", "Reaktor", "PUBLICATIONS")]
    assert order == sorted(order), text


def test_pdf_cv_facts(tmp_path):
    path = tmp_path / "Virtanen CV.pdf"
    two_column_cv(path)
    p = extract_file(path)
    assert p.owner.name == "Hanna Virtanen" and p.owner.emails == ("hanna.virtanen@example.fi",)
    assert [(e.institution, e.degree_level, e.start, e.end) for e in p.education] == [
        ("Aalto University", "phd", "2021", "2025"), ("University of Helsinki", "master", "2019", "2021")]
    orgs = {x.organization: x for x in p.positions}
    assert orgs["Nokia Bell Labs"].kind == "internship" and (orgs["Reaktor"].start, orgs["Reaktor"].end) == ("2018-01", "2019-08")
    (paper,) = p.publications
    assert paper.title == "Elastic Stream Joins on Serverless Platforms" and paper.authors == ("Hanna Virtanen", "Marek Kowalczyk", "Erik Lindqvist")


def test_pdf_and_bibtex_of_one_person_merge(tmp_path):
    folder = tmp_path / "hanna"
    folder.mkdir()
    two_column_cv(folder / "cv.pdf")
    (folder / "papers.bib").write_bytes(fixture("papers_mixed.bib").read_bytes())
    r = build([folder])
    hanna = [p for p in r.resolution.people.values() if p.name == "Hanna Virtanen"]
    assert len(hanna) == 1 and len(hanna[0].owner_of) == 2  # the BibTeX file takes the owner of the CV beside it
    assert len([pa for pa in r.resolution.papers.values() if pa.title == "Elastic Stream Joins on Serverless Platforms"]) == 1


def test_a_pdf_without_text_is_a_clear_error(tmp_path):
    import pytest

    from kg.errors import InputError

    path = tmp_path / "scan.pdf"
    write_pdf(path, [[]])
    with pytest.raises(InputError, match="scan.pdf: a PDF without a text layer"):
        extract_file(path)
