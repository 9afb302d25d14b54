"""Pages of static sites.  Jekyll (the AcadHomepage / academicpages shape): an about page
that pulls its sections in with ``{% include_relative %}`` and shows the site author's
sidebar from ``_config.yml``; and the HTML those themes put inside Markdown (a date
floated right in a ``<div>``, a dash written inside a list item).  Hugo Academic: a
publication page per paper, its authors' ``admin`` being the site owner of
``authors/admin/_index.md``.  All texts here are written for these tests."""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract, extract_file
from kg.inputs import expand_inputs
from kg.pipeline import build
from kg.read import read_document, read_text
from kg.read.site import assemble_page

_CONFIG = """title: "Hana's page"
author:
  name             : "Hana Kovalenko<br />(韩娜)"
  avatar           : "images/me.jpg"
  bio              : "PhD student"
  location         : "Leeds, UK"
  googlescholar    : "https://scholar.google.com/citations?user=HK0000AAAAJ"
  email            : "hana.kovalenko@{leeds.ac.uk; example.org}"
  github           : "hkoval"
  orcid            : "https://orcid.org/0000-0002-1825-0097"
  twitter          :
  researchgate     : "https://www.researchgate.net/profile/YOUR_PROFILE"
"""

_ABOUT = """---
permalink: /
title: ""
author_profile: true
---

{% assign url = "x" %}
<span class='anchor' id='about-me'></span>
{% include_relative includes/intro.md %}

{% include_relative includes/education.md %}

{% include_relative includes/pubs.md %}
"""

_INTRO = """I am a DPhil student at the Institute of Fluid Studies, University of Leeds, under the supervision of
<a href='https://scholar.google.com/citations?user=OTHER'>Petra Lindqvist (PhD)</a>.
Prior to this, I obtained my MRes degree at the Centre for Wave Physics, University of Bristol, under the supervision of Marek Dvorak,
and a BEng degree at University of Kent.
"""

_EDUCATION = """# <i class="fas fa-user-graduate"></i> Education

<div class="logo-box">
<h3><i>University of Leeds</i>, <div style="float:right;">2021-2025</div></h3>
<ul>
<li> - <b>D.Phil. in Fluid Dynamics and Applied Mathematics of Waves <div style="float:right;">(expected)</div></b> </li>
<li> - Institute of Fluid Studies</li>
</ul>
</div>

<div class="logo-box">
<h3><i>University of Bristol</i>, <div style="float:right;">2019-2020</div></h3>
<ul>
<li> <b>M.Res. in Wave Physics and Ocean Acoustic Sensing Methods <div style="float:right;">(Distinction)</div></b> </li>
<li> Centre for Wave Physics </li>
</ul>
</div>
"""

_PUBS = """# Publications

{% include_relative more/one.md %}
"""

_ONE = """- **Hana Kovalenko**, Petra Lindqvist. Breaking waves on sloping beaches. Journal of Fluid Studies, 2024.
- ``JFS 2023`` [Swash zone sediment under storms](https://example.org/b), **Hana Kovalenko**, Omar Haddad \\| [![](https://img.shields.io/badge/code)](https://example.org/c)
"""


def _site(root: Path) -> Path:
    (root / "_pages" / "includes" / "more").mkdir(parents=True)
    (root / "_config.yml").write_text(_CONFIG, encoding="utf-8")
    (root / "_pages" / "about.md").write_text(_ABOUT, encoding="utf-8")
    (root / "_pages" / "includes" / "intro.md").write_text(_INTRO, encoding="utf-8")
    (root / "_pages" / "includes" / "education.md").write_text(_EDUCATION, encoding="utf-8")
    (root / "_pages" / "includes" / "pubs.md").write_text(_PUBS, encoding="utf-8")
    (root / "_pages" / "includes" / "more" / "one.md").write_text(_ONE, encoding="utf-8")
    return root / "_pages" / "about.md"


def test_included_sections_are_read_into_the_page(tmp_path):
    doc = read_document(_site(tmp_path))
    assert "Institute of Fluid Studies" in doc.text and "Breaking waves on sloping beaches" in doc.text  # nested: pubs.md includes more/one.md
    assert "include_relative" not in doc.original


def test_site_author_names_the_owner_and_gives_contacts(tmp_path):
    p = extract_file(_site(tmp_path))
    assert p.owner.name == "Hana Kovalenko" and p.owner.other_names == ("韩娜",)
    assert set(p.owner.emails) == {"hana.kovalenko@leeds.ac.uk", "hana.kovalenko@example.org"}
    assert {"https://github.com/hkoval", "https://orcid.org/0000-0002-1825-0097", "https://scholar.google.com/citations?user=HK0000AAAAJ"} <= set(p.owner.urls)
    assert not any("OTHER" in u for u in p.owner.urls)  # the advisor's page, linked from "Petra Lindqvist (PhD)"
    assert not any("YOUR_PROFILE" in u for u in p.owner.urls)  # the theme's example, never filled in
    assert [pub.title for pub in p.publications] == ["Breaking waves on sloping beaches", "Swash zone sediment under storms"]
    assert p.publications[1].authors == ("Hana Kovalenko", "Omar Haddad")  # not "Omar Haddad |": the escaped bar starts the links


def test_site_author_only_for_a_page_that_shows_the_profile(tmp_path):
    _site(tmp_path)
    page = tmp_path / "_pages" / "plain.md"
    page.write_text("---\ntitle: Notes\nauthor_profile: false\n---\nSome notes.\n", encoding="utf-8")
    assert "site_author" not in (read_document(page).front_matter or {})
    (tmp_path / "_config.yml").write_text('author:\n  name: "Your Sidebar Name"\n  email: "none@example.org"\n', encoding="utf-8")
    assert "site_author" not in (read_document(tmp_path / "_pages" / "about.md").front_matter or {})  # the theme's placeholder


def test_education_of_the_theme(tmp_path):
    p = extract_file(_site(tmp_path))
    leeds = next(e for e in p.education if e.institution == "University of Leeds")
    assert (leeds.degree, leeds.degree_level, leeds.field, leeds.start, leeds.end, leeds.expected) == (
        "D.Phil.", "phd", "Fluid Dynamics and Applied Mathematics of Waves", "2021", "2025", True)
    assert leeds.unit == "Institute of Fluid Studies" and leeds.advisors == ("Petra Lindqvist",)
    bristol = next(e for e in p.education if e.institution == "University of Bristol")
    assert (bristol.degree, bristol.degree_level, bristol.start, bristol.end) == ("M.Res.", "master", "2019", "2020")
    assert bristol.advisors == ("Marek Dvorak",)  # from the biography's MRes clause, not given to the DPhil
    assert not p.positions  # "a DPhil student at …" is a course of study


def test_includes_stay_inside_the_site(tmp_path):
    (tmp_path / "secret.md").write_text("SECRET", encoding="utf-8")
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "loop.md").write_text("A {% include_relative loop.md %}", encoding="utf-8")
    absolute = f"{{% include_relative {tmp_path / 'secret.md'} %}}"
    out = assemble_page(tmp_path / "site" / "about.md", f"{{% include_relative ../secret.md %}}\n{absolute}\n"
                        "{% include_relative loop.md %}".encode(), 10**6).decode()
    assert "SECRET" not in out and "{% include_relative ../secret.md %}" in out and absolute in out
    assert out.count("A ") == 1  # the loop is inlined once, its own include of itself is left as written


def test_includes_count_toward_the_size_limit(tmp_path):
    (tmp_path / "big.md").write_text("x" * 5000, encoding="utf-8")
    out = assemble_page(tmp_path / "about.md", b"{% include_relative big.md %}", 1000)
    assert out == b"{% include_relative big.md %}"


def test_a_batch_reads_included_files_only_as_parts(tmp_path):
    _site(tmp_path)
    files, problems = expand_inputs([tmp_path / "_pages"])
    assert [f.name for f in files] == ["about.md"] and not problems
    alone, _ = expand_inputs([tmp_path / "_pages" / "includes" / "education.md"])
    assert [f.name for f in alone] == ["education.md"]  # named alone, it is read alone
    r = build([tmp_path / "_pages"])
    assert r.summary.documents == 1 and not r.summary.failures
    assert any(p.name == "Hana Kovalenko" for p in r.resolution.people.values())


def test_an_included_file_changed_is_a_changed_page(tmp_path):
    page = _site(tmp_path)
    before = read_document(page).sha256
    (tmp_path / "_pages" / "includes" / "more" / "one.md").write_text(_ONE.replace("2024", "2023"), encoding="utf-8")
    assert read_document(page).sha256 != before  # so a build's cache of the page is not reused


def test_a_date_floated_right_is_a_column_of_its_line():
    doc = read_text('<h3><i>University of Leeds</i>, <div style="float:right;">2021-2025</div></h3>\n<div style="float:right">Alone</div>\n', path="a.md")
    lines = doc.text.splitlines()
    assert lines[0].startswith("University of Leeds,") and lines[0].endswith("| 2021-2025")
    assert lines[1] == "Alone"  # at the start of a line there is nothing to be a column of


def test_an_undated_degree_item_under_a_dated_heading():
    # the first entry a list item, the next ones headings (as the theme's HTML renders)
    p = extract(read_text("# Education\n\n- University of York, 2021-2023\n  - PhD in Acoustics\n\n"
                          "### University of Kent, 2015-2018\n- B.Eng. in Electronic Engineering\n- School of Engineering\n\n"
                          "### University of Bath, 2018-2019\n- MSc in Data Science\n", path="a.md"))
    assert [(e.institution, e.degree, e.field, e.start, e.end) for e in p.education] == [
        ("University of York", "PhD", "Acoustics", "2021", "2023"), ("University of Kent", "B.Eng.", "Electronic Engineering", "2015", "2018"),
        ("University of Bath", "MSc", "Data Science", "2018", "2019")]


def test_awards_held_over_years_and_given_by_a_trust():
    p = extract(read_text("# Honors & Awards\n* <b>Hamlyn Studentship</b>, holder (~4/year), <span><i>The Helen Moss Trust</i>, 2017-18</span>\n"
                          "* <b>Scholarship</b>, holder (top 5%), <i>University of Kent</i>, 2015-17\n", path="a.md"))
    assert [(a.name, a.issuer, a.year) for a in p.awards] == [("Hamlyn Studentship", "The Helen Moss Trust", None), ("Scholarship", "University of Kent", None)]


_HUGO_OWNER = """---
title: Ines Duarte
first_name: Ines
last_name: Duarte
superuser: true
role: PhD Student
organizations:
  - name: University of Porto
social:
  - icon: envelope
    icon_pack: fas
    link: 'mailto:ines.duarte@example.org'
  - icon: orcid
    icon_pack: fab
    link: https://orcid.org/0000-0002-1825-0097
---

I am a PhD student at the University of Porto.
"""

_HUGO_PAPER = """---
title: 'Tidal Mixing in Narrow Estuaries'
authors:
- admin
- Rui Costa
- Joana Alves
author_notes:
- Equal contribution
- Equal contribution
date: '2022-06-01'
doi: '10.1000/tides.2022'
publication_types:
- article-journal
publication: '*Journal of Estuary Science*'
url_pdf: https://example.org/tides.pdf
url_preprint: https://arxiv.org/abs/2201.01234
---

Notes on the paper.
"""


def _hugo(root: Path) -> None:
    (root / "content" / "authors" / "admin").mkdir(parents=True)
    (root / "content" / "publication" / "tides").mkdir(parents=True)
    (root / "content" / "authors" / "admin" / "_index.md").write_text(_HUGO_OWNER, encoding="utf-8")
    (root / "content" / "publication" / "tides" / "index.md").write_text(_HUGO_PAPER, encoding="utf-8")


def test_a_hugo_publication_page_is_the_owners_paper(tmp_path):
    _hugo(tmp_path)
    p = extract_file(tmp_path / "content" / "publication" / "tides" / "index.md")
    assert p.owner.name == "Ines Duarte" and p.owner.emails == ("ines.duarte@example.org",)
    assert "https://orcid.org/0000-0002-1825-0097" in p.owner.urls
    [paper] = p.publications
    assert (paper.title, paper.authors, paper.owner_index, paper.venue, paper.year, paper.status) == (
        "Tidal Mixing in Narrow Estuaries", ("Ines Duarte", "Rui Costa", "Joana Alves"), 0, "Journal of Estuary Science", 2022, "published")
    assert dict(paper.ids) == {"doi": "10.1000/tides.2022", "arxiv": "2201.01234"}
    assert paper.equal_contribution == ("Ines Duarte", "Rui Costa")
    doc = read_document(tmp_path / "content" / "publication" / "tides" / "index.md")
    assert doc.original[paper.evidence[0]:paper.evidence[1]] == "Tidal Mixing in Narrow Estuaries"


def test_a_hugo_site_is_one_person(tmp_path):
    _hugo(tmp_path)
    r = build([tmp_path / "content"])
    owners = [p for p in r.resolution.people.values() if p.owner_of]
    assert [p.name for p in owners] == ["Ines Duarte"] and len(owners[0].owner_of) == 2


def test_a_placeholder_owner_is_no_owner(tmp_path):
    _hugo(tmp_path)
    (tmp_path / "content" / "authors" / "admin" / "_index.md").write_text(_HUGO_OWNER.replace("Ines Duarte", "Your Name"), encoding="utf-8")
    assert "site_author" not in read_document(tmp_path / "content" / "publication" / "tides" / "index.md").front_matter


_AL_FOLIO_CONFIG = """title: blank
first_name: Marta
middle_name: J.
last_name: Kowalczyk
email: marta.kowalczyk@example.edu
scholar_userid: qc6CJjYAAAAJ
orcid_id: 0000-0002-1825-0097
"""

_AL_FOLIO_ABOUT = """---
layout: about
title: about
permalink: /
subtitle: PhD student at <a href='#'>Warsaw University of Technology</a>.
---

I am a third-year PhD student at Warsaw University of Technology.
"""


def test_al_folio_owner_from_the_top_of_the_config(tmp_path):
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_bibliography").mkdir()
    (tmp_path / "_config.yml").write_text(_AL_FOLIO_CONFIG, encoding="utf-8")
    (tmp_path / "_pages" / "about.md").write_text(_AL_FOLIO_ABOUT, encoding="utf-8")
    (tmp_path / "_bibliography" / "papers.bib").write_text(
        "@inproceedings{k24, title={Sparse Probes}, author={Kowalczyk, Marta J. and Nowak, Piotr}, booktitle={ICLR}, year={2024}}\n", encoding="utf-8")
    p = extract_file(tmp_path / "_pages" / "about.md")
    assert p.owner.name == "Marta J. Kowalczyk" and p.owner.emails == ("marta.kowalczyk@example.edu",)
    assert {"https://scholar.google.com/citations?user=qc6CJjYAAAAJ", "https://orcid.org/0000-0002-1825-0097"} <= set(p.owner.urls)
    # the site's publication list takes that owner, and with it their contacts: one person
    r = build([tmp_path])
    owners = [q for q in r.resolution.people.values() if q.owner_of]
    assert [q.name for q in owners] == ["Marta J. Kowalczyk"] and len(owners[0].owner_of) == 2
    (tmp_path / "_config.yml").write_text("first_name: You\nmiddle_name: R.\nlast_name: Name\n", encoding="utf-8")
    assert extract_file(tmp_path / "_pages" / "about.md").owner.name is None  # the theme's placeholder


def test_a_front_matter_title_with_markup():
    p = extract(read_text("---\nlayout: about\ntitle: <strong>Austen</strong> Lamacraft\n---\n\nCondensed matter physicist.\n", path="about.md"))
    assert p.owner.name == "Austen Lamacraft"


def test_a_chinese_hugo_author_page_with_a_faculty_and_a_degree_under_way():
    text = ("---\ntitle: 林涛\nsuperuser: true\nrole: 硕士\neducation:\n  courses:\n    - course: 硕士\n      institution: 湖畔大学信息学部\n"
            "      year: 2026\n    - course: 学士\n      institution: 湖畔大学信息学部\n      year: 2023\n---\n\n"
            "我在2023年6月在中国杭州湖畔大学取得了工学学士学位。目前正在湖畔大学信息学部计算机与信息学院攻读硕士学位，研究方向包括目标检测。\n")
    p = extract(read_text(text, path="content/authors/admin/_index.md"))
    assert [(e.institution, e.unit, e.degree_level) for e in p.education] == [
        ("湖畔大学", "信息学部", "master"), ("湖畔大学", "信息学部", "bachelor")]
    # the biography alone: the degree under way and the one with the town before the university's name
    bio = extract(read_text(text.split("---\n\n")[1], path="bio.md"))
    assert sorted((e.institution, e.unit or "", e.degree_level, e.end) for e in bio.education) == [
        ("湖畔大学", "", "bachelor", "2023-06"), ("湖畔大学", "信息学部, 计算机与信息学院", "master", "present")]
