"""Word CVs (issue 8): a .docx made here with python-docx reads into the same Profile as
the Markdown path — headings as sections, a table of positions, a bold self-name."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.extract import extract_file
from kg.read import read_document

docx = pytest.importorskip("docx")


def make_cv(path):
    d = docx.Document()
    d.add_heading("Tomás Ferreira", level=0)
    d.add_paragraph("Email: tomas.ferreira@example.pt")
    d.add_heading("Education", level=1)
    d.add_paragraph("Ph.D. in Computer Science, University of Porto, 2020 - 2024", style="List Bullet")
    d.add_paragraph("Advisor: Prof. Inês Carvalho")
    d.add_paragraph("M.Sc. in Informatics, University of Lisbon, 2018 - 2020", style="List Bullet")
    d.add_heading("Experience", level=1)
    table = d.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("2024 - present", "Postdoctoral Researcher", "INESC TEC"), ("2022.06 - 2022.09", "Research Intern", "Microsoft Research")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_heading("Publications", level=1)
    p = d.add_paragraph(style="List Number")
    p.add_run("Tomás Ferreira").bold = True
    p.add_run(", Inês Carvalho, and Rui Santos. Adaptive Replication for Edge Stores. In EuroSys 2024.")
    d.save(path)


def test_word_cv_facts(tmp_path):
    path = tmp_path / "Ferreira CV.docx"
    make_cv(path)
    p = extract_file(path)
    assert p.owner.name == "Tomás Ferreira" and p.owner.emails == ("tomas.ferreira@example.pt",)
    phd = [e for e in p.education if e.institution == "University of Porto"]
    assert phd and (phd[0].degree_level, phd[0].start, phd[0].end) == ("phd", "2020", "2024")
    assert [m.name for m in p.advisors] == ["Inês Carvalho"]
    orgs = {x.organization: x for x in p.positions}
    assert orgs["Microsoft Research"].kind == "internship" and orgs["INESC TEC"].end == "present"
    (paper,) = p.publications
    assert paper.authors == ("Tomás Ferreira", "Inês Carvalho", "Rui Santos") and paper.owner_index == 0
    assert paper.venue_normalized == "EuroSys 2024"


def test_word_evidence_points_into_the_text(tmp_path):
    path = tmp_path / "cv.docx"
    make_cv(path)
    doc = read_document(path)
    p = extract_file(path)
    for e in p.education:
        assert e.institution in doc.original[e.evidence[0] : e.evidence[1]]


def test_a_zip_that_is_not_a_word_file_is_a_clear_error(tmp_path):
    import zipfile

    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="cv.docx: looks like a ZIP archive.*supported"):
        extract_file(path)
