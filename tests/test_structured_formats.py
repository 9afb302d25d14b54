"""JSON Resume and ORCID records (issue 8): detected by content, extracted into the same
Profile as the text readers, and built into the same graph as the person's other
profiles."""

from __future__ import annotations

import json

from conftest import fixture
from kg.extract import extract_file
from kg.pipeline import build
from kg.read import read_text
from kg.read.detect import detect_format


def one(items, **want):
    found = [x for x in items if all(getattr(x, k) == v for k, v in want.items())]
    assert len(found) == 1, f"{want}: {items}"
    return found[0]


def test_detected_by_content_whatever_the_name():
    resume = fixture("resume_hanna.json").read_text(encoding="utf-8")
    orcid = fixture("orcid_hanna.json").read_text(encoding="utf-8")
    assert detect_format(resume, "cv.txt") == "jsonresume" and detect_format(orcid, "record") == "orcid"
    assert detect_format('{"name": "not a resume"}', "x.json") != "jsonresume"


def test_json_resume_facts():
    p = extract_file(fixture("resume_hanna.json"))
    assert (p.owner.name, p.owner.emails, p.owner.phones) == ("Hanna Virtanen", ("hanna.virtanen@example.fi",), ("+358 40 123 4567",))
    assert "https://github.com/hannav" in p.owner.urls
    phd = one(p.education, institution="Aalto University")
    assert (phd.degree, phd.degree_level, phd.field, phd.start, phd.end) == ("PhD", "phd", "Computer Science", "2021-09", "present")
    msc = one(p.education, institution="University of Helsinki")
    assert (msc.degree_level, msc.start, msc.end, msc.gpa) == ("master", "2019-09", "2021-06", "5/5")
    intern = one(p.positions, organization="Nokia Bell Labs")
    assert (intern.kind, intern.title, intern.start, intern.end) == ("internship", "Research Intern", "2022-06", "2022-09")
    assert one(p.positions, organization="Aalto University").end == "present"
    (paper,) = p.publications
    assert (paper.title, paper.authors, paper.owner_index, paper.year) == ("Elastic Stream Joins on Serverless Platforms", ("Hanna Virtanen",), 0, 2023)
    assert [(a.name, a.issuer, a.year) for a in p.awards] == [("Best Student Paper Award", "Middleware 2023", 2023)]
    assert p.skills == ("Rust", "Apache Flink") and p.projects[0].role == "Maintainer"


def test_orcid_record_facts():
    p = extract_file(fixture("orcid_hanna.json"))
    assert p.owner.name == "Hanna Virtanen" and p.owner.urls[0] == "https://orcid.org/0000-0002-9079-593X"
    dsc = one(p.education, institution="Aalto University")
    assert (dsc.unit, dsc.degree_level, dsc.start, dsc.end) == ("Department of Computer Science", "phd", "2021-09", "present")
    assert one(p.education, institution="University of Helsinki").end == "2021-06"
    lab = one(p.positions, organization="Nokia Bell Labs")
    assert (lab.unit, lab.kind, lab.start, lab.end) == ("Network Systems Lab", "internship", "2022-06", "2022-09")
    ckpt = one(p.publications, title="Checkpointing Serverless Streams")
    assert (ckpt.status, dict(ckpt.ids), ckpt.year) == ("preprint", {"arxiv": "2403.04321"}, 2024)
    assert dict(one(p.publications, year=2023).ids) == {"doi": "10.1145/0000000.0000001"}


def test_evidence_spans_hold_the_values():
    for name in ("resume_hanna.json", "orcid_hanna.json"):
        path = fixture(name)
        text = path.read_text(encoding="utf-8")
        p = extract_file(path)
        for item, value in [*((e, e.institution) for e in p.education), *((x, x.organization) for x in p.positions), *((b, b.title) for b in p.publications)]:
            assert value in text[item.evidence[0] : item.evidence[1]], (name, value)


def test_same_person_from_a_resume_and_an_orcid_record_is_one_node():
    r = build([fixture("resume_hanna.json"), fixture("orcid_hanna.json")])
    people = [p for p in r.resolution.people.values() if p.name == "Hanna Virtanen"]
    assert len(people) == 1 and sorted(people[0].owner_of) == sorted(d.doc.key for d in r.resolution.documents)
    assert len([pa for pa in r.resolution.papers.values() if pa.title == "Elastic Stream Joins on Serverless Platforms"]) == 1
    text = "\n".join(str(t) for q in r.quads for t in q)
    assert "https://orcid.org/0000-0002-9079-593X" in text and "+358" not in text


def test_a_broken_json_file_is_a_one_line_error(tmp_path):
    from kg.errors import InputError

    bad = tmp_path / "cv.json"
    bad.write_text('{"basics": {"name": "Ann"', encoding="utf-8")
    try:
        p = extract_file(bad)  # not valid JSON: read as the text it is
    except InputError as err:
        assert "cv.json" in str(err) and "\n" not in str(err)
    else:
        assert p.source.format != "jsonresume"
    data = json.loads(fixture("resume_hanna.json").read_text(encoding="utf-8"))
    data["education"] = "not a list"
    p = extract_file_text(json.dumps(data))
    assert p.education == () and p.owner.name == "Hanna Virtanen"


def extract_file_text(text: str):
    from kg.extract import extract

    return extract(read_text(text, path="x.json"))


def test_bibtex_facts():
    p = extract_file(fixture("papers_mixed.bib"))
    assert p.source.format == "bibtex" and p.owner.name is None  # two authors tie: no owner from the file alone
    elastic = one(p.publications, year=2023)
    assert elastic.authors == ("Hanna Virtanen", "Marek Kowalczyk", "Erik Lindqvist")
    assert dict(elastic.ids) == {"doi": "10.1145/0000000.0000001"}
    marks = one(p.publications, year=2022)
    assert marks.title == "Watermarks Revisited: Progress Tracking for Out-of-Order Streams" and marks.venue_normalized == "VLDB 2022"
    cold = one(p.publications, year=2024)
    assert cold.authors == ("Erik Lindqvist", "Lea Schönberg") and cold.status == "preprint" and dict(cold.ids) == {"arxiv": "2402.01234"}


def test_bibtex_owner_from_the_folder_and_one_graph_of_every_format():
    r = build([fixture("resume_hanna.json"), fixture("orcid_hanna.json"), fixture("papers_mixed.bib"), fixture("cv_plain.txt")])
    hanna = [p for p in r.resolution.people.values() if p.name == "Hanna Virtanen"]
    assert len(hanna) == 1 and len(hanna[0].owner_of) == 3  # résumé, ORCID record and the BibTeX file
    (paper,) = [pa for pa in r.resolution.papers.values() if pa.title == "Elastic Stream Joins on Serverless Platforms"]
    from kg.api import KnowledgeGraph

    g = KnowledgeGraph(r.dataset)
    co = dict(g.coauthors("Hanna Virtanen"))
    assert co == {"Erik Lindqvist": 1, "Marek Kowalczyk": 2}
    assert len(r.resolution.documents) == 4


def test_people_with_one_orcid_or_email_are_one_person_whatever_their_names(tmp_path):
    (tmp_path / "a.md").write_text("# About\nI am H. Virtanen, a PhD student.\n\nORCID: 0000-0002-9079-593X\n\n"
                                   "# Education\n- 2021 - present, Ph.D., Aalto University\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Virtanen, Hanna\nEmail: hv@example.fi\n\nEDUCATION\nM.Sc., University of Helsinki, 2019 - 2021\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Hanna V.\nContact: hv@example.fi\n\nEDUCATION\nB.Sc., University of Oulu, 2016 - 2019\n", encoding="utf-8")
    r = build([tmp_path / "a.md", fixture("orcid_hanna.json"), tmp_path / "b.txt", tmp_path / "c.txt"])
    owners = {d.doc.path.rsplit("/", 1)[-1]: d.owner for d in r.resolution.documents}
    assert owners["a.md"] == owners["orcid_hanna.json"]  # the same ORCID iD, written bare in a.md
    assert owners["b.txt"] == owners["c.txt"]  # the same e-mail address
    p = r.resolution.people[owners["a.md"]]
    assert any("ORCID" in why for why in p.reasons)


def test_a_folder_of_every_format_builds_one_graph(tmp_path):
    """An al-folio-like site and a pile of CVs of one person, one command."""
    import shutil

    from test_docx import make_cv
    from test_pdf import two_column_cv

    site = tmp_path / "hanna"
    (site / "_pages").mkdir(parents=True)
    (site / "_bibliography").mkdir()
    (site / "_pages" / "about.md").write_text("---\nlayout: about\ntitle: about\n---\n# Hanna Virtanen\n\nI am a PhD student at Aalto University. Email: hanna.virtanen@example.fi\n\n"
                                              "## Education\n- 2021 - present, Ph.D., Aalto University\n", encoding="utf-8")
    shutil.copy(fixture("papers_mixed.bib"), site / "_bibliography" / "papers.bib")
    shutil.copy(fixture("resume_hanna.json"), tmp_path / "resume.json")
    shutil.copy(fixture("orcid_hanna.json"), tmp_path / "orcid.json")
    two_column_cv(tmp_path / "cv.pdf")
    make_cv(tmp_path / "ferreira.docx")
    shutil.copy(fixture("profile.html"), tmp_path / "page.html")
    r = build([tmp_path])
    assert not r.summary.failures and r.summary.documents == 7
    formats = {d.doc.format for d in r.resolution.documents}
    assert {"bibtex", "jsonresume", "orcid", "markdown", "text", "html"} <= formats
    hanna = [p for p in r.resolution.people.values() if p.name == "Hanna Virtanen"]
    assert len(hanna) == 1 and len(hanna[0].owner_of) == 5  # about.md, papers.bib, resume, ORCID record, PDF CV
    assert [p for p in r.resolution.people.values() if p.name == "Tomás Ferreira"]


def test_an_unknown_binary_names_the_supported_formats(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "cv.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    r = subprocess.run([sys.executable, "-m", "kg", "extract", str(path)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "cv.xlsx" in r.stderr and "supported:" in r.stderr and "PDF" in r.stderr and "Word" in r.stderr


def test_owner_of_a_bibtex_file_given_on_the_command_line(tmp_path):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "kg", "extract", str(fixture("papers_mixed.bib")), "--owner", "Marek Kowalczyk"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["owner"]["name"] == "Marek Kowalczyk"
    assert [p["owner_index"] for p in data["publications"]] == [1, 0, None]
    b = build([fixture("papers_mixed.bib")], bib_owner="Marek Kowalczyk")
    (doc,) = b.resolution.documents
    assert b.resolution.people[doc.owner].name == "Marek Kowalczyk"
