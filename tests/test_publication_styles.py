"""Publication entries written authors first ("Authors. Title. In Venue."), on one line or
over several lines of a plain-text or PDF CV, read like title-first ones."""

from __future__ import annotations

import re

import pytest

from kg.extract import extract
from kg.read import read_text

ONE_LINE = "PUBLICATIONS\n\nHanna Virtanen, Marek Kowalczyk, and Erik Lindqvist. Elastic Stream Joins on Serverless Platforms. In Middleware 2023.\n"
LINES = ("PUBLICATIONS\n\nHanna Virtanen, Marek Kowalczyk, and Erik Lindqvist.\nElastic Stream Joins on Serverless Platforms.\nIn Middleware 2023.\n\n"
         "Ann Lee and Bo Lind.\nCold Caches for Warm Functions.\nIn OSDI 2022.\n")
TITLE_FIRST = "PUBLICATIONS\n\nElastic Stream Joins on Serverless Platforms.\nHanna Virtanen, Marek Kowalczyk, and Erik Lindqvist.\nIn Middleware 2023.\n"


@pytest.mark.parametrize("text", [ONE_LINE, LINES, TITLE_FIRST], ids=["one line", "several lines", "title first"])
def test_authors_first_or_title_first(text):
    p = extract(read_text(text, path="cv.txt"))
    first = p.publications[0]
    assert (first.title, first.authors, first.year) == (
        "Elastic Stream Joins on Serverless Platforms", ("Hanna Virtanen", "Marek Kowalczyk", "Erik Lindqvist"), 2023)
    assert "Middleware" in (first.venue or "")
    if text is LINES:
        second = p.publications[1]
        assert (second.title, second.authors, second.venue_normalized) == ("Cold Caches for Warm Functions", ("Ann Lee", "Bo Lind"), "OSDI 2022")


@pytest.mark.parametrize(
    "line, title, authors",
    [
        # a surname in capitals ends the author list: "Wei WANG." is the end of a part
        ("- Ann Lee, Bo Chen, Wei WANG. Fast Graphs for Everyone. OSDI 2023.", "Fast Graphs for Everyone", ("Ann Lee", "Bo Chen", "Wei WANG")),
        ("- ZHANG San, LI Si, WANG Wu. Fast Graphs for Everyone. OSDI 2023.", "Fast Graphs for Everyone", ("ZHANG San", "LI Si", "WANG Wu")),
        ("- Fast Graphs for Everyone. Ann Lee, Bo Chen, Wei WANG. OSDI 2023.", "Fast Graphs for Everyone", ("Ann Lee", "Bo Chen", "Wei WANG")),
        # a two-word title reads like one name; a list of several names is not a title
        ("- Bo Chen, Wei Wang. Faster Graphs. In ATC 2024.", "Faster Graphs", ("Bo Chen", "Wei Wang")),
        # an initial does not end a part
        ("- J. Garcia, Bo Chen. Fast Graphs for Everyone. OSDI 2023.", "Fast Graphs for Everyone", ("J. Garcia", "Bo Chen")),
    ],
)
def test_one_line_citations_with_capitals_and_short_titles(line, title, authors):
    p = extract(read_text(f"# Bo Chen\n\n## Publications\n{line}\n", path="home.md"))
    assert [(x.title, x.authors) for x in p.publications] == [(title, authors)]


FULL_THEN_SHORT = """# Publications

* **Sparse Kernels for Vector Search.** [PDF](https://example.org/a.pdf)
Ann Lee\\*, **Bo Chen**\\*, Carl Wu.
Conference on Neural Information Processing Systems.
***NeurIPS 2023, CCF-A.***

* **Elastic Training on Shared Clusters.** [PDF](https://example.org/b.pdf)
Gus Li, **Bo Chen**.
Science China Information Sciences.
***SCIS 2021, CCF-A.***

* **A Survey of Learned Index Structures.** [PDF](https://arxiv.org/abs/2402.12345)
**Bo Chen**, Dan Xu.
***Preprint.***
"""


def test_the_venue_in_full_then_its_short_form_with_the_year_belong_to_one_paper():
    pubs = extract(read_text(FULL_THEN_SHORT, path="index.md")).publications
    assert [(p.title, p.venue, p.venue_normalized, p.year, p.status) for p in pubs] == [
        ("Sparse Kernels for Vector Search", "Conference on Neural Information Processing Systems", "NeurIPS 2023", 2023, "published"),
        ("Elastic Training on Shared Clusters", "Science China Information Sciences", "SCIS 2021", 2021, "published"),
        ("A Survey of Learned Index Structures", "Preprint", None, 2024, "preprint"),  # the year of arXiv 2402.12345
    ]


def test_a_paper_known_only_by_its_arxiv_record_is_a_preprint_of_that_year():
    text = "# Publications\n\n- **Token Routing for Sparse Experts**\n  **Bo Chen**, Dan Xu\n  [arXiv](https://arxiv.org/abs/2509.01234)\n"
    (p,) = extract(read_text(text, path="index.md")).publications
    assert (p.title, p.venue, p.year, p.status, p.ids) == ("Token Routing for Sparse Experts", None, 2025, "preprint", (("arxiv", "2509.01234"),))


IEEE_NUMBERED = """Maria Gonzalez
maria.gonzalez@example.edu

PUBLICATIONS
[1] M. Gonzalez, A. Park, and R. Chen, "Learned Scheduling for Serverless Workflows," in Proc. USENIX NSDI, 2024.
[2] J. Liu, M. Gonzalez, and S. Kim, "Sparse Attention at Scale," arXiv preprint arXiv:2311.04567, 2023.
[3] M. Gonzalez, M. Gomez, and M. Gonzalez, "Two of a Kind," in OSDI, 2022.
"""


def test_numbered_citations_with_initials_and_the_owner_found_by_initials():
    pubs = extract(read_text(IEEE_NUMBERED, path="cv.txt")).publications
    assert [(p.title, p.authors[0], p.year, p.owner_index) for p in pubs] == [
        ("Learned Scheduling for Serverless Workflows", "M. Gonzalez", 2024, 0),
        ("Sparse Attention at Scale", "J. Liu", 2023, 1),
        ("Two of a Kind", "M. Gonzalez", 2022, None),  # two authors have the owner's initials: not guessed
    ]


@pytest.mark.parametrize("number", ["[1]", "1.", "(1)"])
def test_numbered_citations_authors_first(number):
    """"[1] T. Ferreira, M. Okonkwo. Title. In ACL 2023.": the number is not part of the first name."""
    text = (f"Tomás Ferreira\n\nPUBLICATIONS\n{number} T. Ferreira, M. Okonkwo. Sparse Attention for Long Documents. In ACL 2023.\n"
            "[2] T. Ferreira, L. Chen, M. Okonkwo. Efficient Retrieval with Learned Indexes. In EMNLP 2022.\n")
    pubs = extract(read_text(text, path="cv.txt")).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Sparse Attention for Long Documents", ("T. Ferreira", "M. Okonkwo"), 2023),
        ("Efficient Retrieval with Learned Indexes", ("T. Ferreira", "L. Chen", "M. Okonkwo"), 2022),
    ]


GBT = ("Name: Tomasz Wierzbicki\n\nPUBLICATIONS\n\n"
       "[1] Wierzbicki T, Kowalska A. Succinct Range Filters[C]//Proceedings of the 2024 International Conference on Management of Data. 2024: 1-14.\n"
       "[2] 王磊, 陈立新, Wierzbicki T. 基于学习的范围过滤器[J]. 软件学报, 2023, 34(2): 5-20.\n"
       "[3] 王磊，李明。一种弹性训练系统的设计与实现。计算机研究与发展，2022。\n")


def test_citations_in_the_chinese_standard_style():
    """GB/T 7714: "Authors. Title[J]. Journal, year, volume(issue): pages." with Chinese or
    English names, "，" and "。" or "," and "."; the year field ends the venue."""
    p = extract(read_text(GBT, path="cv.txt"))
    got = [(x.title, x.authors, x.owner_index, x.venue, x.year) for x in p.publications]
    assert got == [
        ("Succinct Range Filters", ("Wierzbicki T", "Kowalska A"), 0,
         "Proceedings of the 2024 International Conference on Management of Data. 2024", 2024),
        ("基于学习的范围过滤器", ("王磊", "陈立新", "Wierzbicki T"), 2, "软件学报, 2023", 2023),
        ("一种弹性训练系统的设计与实现", ("王磊", "李明"), None, "计算机研究与发展，2022", 2022),
    ]
    assert p.publications[0].venue_normalized == "SIGMOD 2024"


def test_an_author_list_that_runs_into_the_title_and_venue_is_one_citation():
    """"A*, B*, C, D. Title. MLSys 2025." as a list item: the last "name" is not the end of
    an author line, the line is a whole citation (it used to be read as authors only,
    and the paper was lost)."""
    text = ("# Publications\n\n- **Arjun Mehta**\\*, Chen Liu\\*, Kenji Watanabe, Sofia Lindgren. *Tiered Checkpointing for "
            "Trillion-Parameter Models*. MLSys 2025. [[paper]](https://arxiv.org/abs/2503.04567)\n")
    [pub] = extract(read_text(text, path="about.md")).publications
    assert (pub.title, pub.authors, pub.equal_contribution, pub.venue_normalized) == (
        "Tiered Checkpointing for Trillion-Parameter Models", ("Arjun Mehta", "Chen Liu", "Kenji Watanabe", "Sofia Lindgren"),
        ("Arjun Mehta", "Chen Liu"), "MLSys 2025")


@pytest.mark.parametrize("authors", ["Yiwen Luo and <b>Ann Kowalczyk</b>", "<b>Ann Kowalczyk</b>, Tariq Haddad, and Jignesh Patel"])
def test_authors_then_a_linked_title(authors):
    """"Authors. <a>Title</a>. Venue. Best Paper Award" on an HTML page: the names before the
    link are its authors (a short author list is not a badge), and the venue ends at its full stop."""
    html = (f"<h1>Ann Kowalczyk</h1><h2>Publications</h2><ol><li>{authors}. <a href='p/lazy.pdf'>Lazy Materialization "
            "of Training Views</a>. <i>SIGMOD 2023</i>. Best Paper Award</li></ol>")
    (pub,) = extract(read_text(html, path="index.html")).publications
    names = tuple(a.strip() for a in re.sub(r"</?b>", "", authors).replace(" and ", ", ").split(",") if a.strip())
    assert (pub.title, pub.authors, pub.venue, pub.venue_normalized) == ("Lazy Materialization of Training Views", names, "SIGMOD 2023", "SIGMOD 2023")
    assert pub.owner_index == names.index("Ann Kowalczyk")


def test_a_year_column_before_citations_and_authors_with_initials_a_and_i():
    """"2023    I. Halvorsen and P. Nakov. Title. Venue.": the year is a column of its own,
    "I." and "A." are initials (not the words), "In Proc. NeurIPS" does not end at "Proc."."""
    text = (
        "Ingrid Halvorsen\n\nSelected publications\n\n"
        "2023    I. Halvorsen and P. Nakov. Cross-lingual transfer for low-resource Nordic languages. Transactions of the ACL, 11:402–419.\n"
        "2020\tL. Ortega, A. Krause, I. Halvorsen. Risk-averse model-based exploration. In Proc. NeurIPS 2020.\n"
    )
    p = extract(read_text(text, path="cv.txt"))
    assert [(x.title, x.authors, x.owner_index, x.venue_normalized) for x in p.publications] == [
        ("Cross-lingual transfer for low-resource Nordic languages", ("I. Halvorsen", "P. Nakov"), 0, "TACL 2023"),
        ("Risk-averse model-based exploration", ("L. Ortega", "A. Krause", "I. Halvorsen"), 2, "NeurIPS 2020"),
    ]


APA = """# Dana Whitaker

## Publications

1. Whitaker, D. J., & Osei, K. (2023). Graph sampling for streaming recommendation. *Proceedings of the ACM Web Conference (WWW 2023)*, 112–121.
2. Osei, K., Whitaker, D. J., Lindqvist, M., & van Dijk, P. (2021). Measuring drift in click logs: A field study? *Transactions on Information Systems*, 39(2), 1–28. https://doi.org/10.1145/3400000
3. **Whitaker, D. J.**, Ferreira, P. (2024, March). Cold-start ranking with side information. arXiv preprint arXiv:2401.01234.
"""


def test_apa_citations():
    """Surname-first authors as written, the year in parentheses, then title and venue
    (without volume, pages and DOI link); the owner found by initials."""
    p = extract(read_text(APA, path="home.md"))
    assert [(x.title, x.authors, x.owner_index, x.venue, x.year) for x in p.publications] == [
        ("Graph sampling for streaming recommendation", ("Whitaker, D. J.", "Osei, K."), 0,
         "Proceedings of the ACM Web Conference (WWW 2023)", 2023),
        ("Measuring drift in click logs: A field study?", ("Osei, K.", "Whitaker, D. J.", "Lindqvist, M.", "van Dijk, P."), 1,
         "Transactions on Information Systems", 2021),
        ("Cold-start ranking with side information", ("Whitaker, D. J.", "Ferreira, P."), 0, "arXiv preprint arXiv:2401.01234", 2024),
    ]
    assert dict(p.publications[1].ids) == {"doi": "10.1145/3400000"}


_YEAR_AFTER_AUTHORS = """# Ilse Marchetti

## Papers
___+ denotes co-first authors with equal contribution___
___* denotes corresponding author___

- **Tomas Berg+**, **Ilse Marchetti+*** and Ana Ruiz. (2025) Sparse kernels for shape registration. (<font color=Blue>``Neural Information Processing Systems (NeurIPS) 2025, CCF-A``</font>).
- Ana Ruiz+, **Ilse Marchetti+** and Olof Sand*. (2022) Curve alignment under noise. Journal of Applied Statistics. https://doi.org/10.1080/02664763.2021.2003118.
- **Ilse Marchetti*** and Olof Sand. (2024) Clustering tracks in cells. Bioinformatics; 40(2): btad711. DOI : 10.1109/TCBB.2023.3305989. (CCF-B)
- **Ilse Marchetti** and Olof Sand. (2023) Functional kernels for mixed data. Transactions on Machine Learning Research (TMLR). Accepted.

## Preprints
- **Tomas Berg+** and **Ilse Marchetti+***. (arXiv 2026) FlowAlign: Registration by Flows arXiv:2601.01234.
- **Ilse Marchetti*** and Tomas Berg. (arXiv 2025) Signatures for curve classification. https://arxiv.org/abs/2507.01234.
"""


def test_authors_first_name_first_then_the_year_in_parentheses():
    """"Authors. (2025) Title. Venue.": the year after the author list, names written first
    name first, "+" marking co-first authors as its legend says, volume and links dropped
    from the venue, and "(arXiv 2025)" making a preprint."""
    p = extract(read_text(_YEAR_AFTER_AUTHORS, path="home.md"))
    assert [(x.title, x.venue, x.year, x.status, x.owner_index) for x in p.publications] == [
        ("Sparse kernels for shape registration", "Neural Information Processing Systems (NeurIPS) 2025", 2025, "published", 1),
        ("Curve alignment under noise", "Journal of Applied Statistics", 2022, "published", 1),
        ("Clustering tracks in cells", "Bioinformatics", 2024, "published", 0),
        ("Functional kernels for mixed data", "Transactions on Machine Learning Research (TMLR)", 2023, "published", 0),
        ("FlowAlign: Registration by Flows", "arXiv:2601.01234", 2026, "preprint", 1),
        ("Signatures for curve classification", "arXiv", 2025, "preprint", 0),
    ]
    first = p.publications[0]
    assert first.authors == ("Tomas Berg", "Ilse Marchetti", "Ana Ruiz")
    assert (first.equal_contribution, first.corresponding) == (("Tomas Berg", "Ilse Marchetti"), ("Ilse Marchetti",))


def test_a_lab_page_that_bolds_every_member_names_no_owner_position():
    text = "# Vision Lab\n\n## Publications\n\n1. **Choi, Y.**, **Koh, H.** (2025). Sparse tokens for video grounding. *BMVC 2025*.\n"
    p = extract(read_text(text, path="lab.md"))
    assert [(x.authors, x.owner_index) for x in p.publications] == [(("Choi, Y.", "Koh, H."), None)]


_PAPER_BOXES = """# Tove Lind

# 📝 Publications
Topics: Safety / Agents

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">NDSS 2025</div><img src='a.png' width="100%"></div></div>
<div class='paper-box-text' markdown="1">

[Fjord: Regulating Textual Inversion](https://arxiv.org/pdf/2308.10718)

Ola Wik, **Tove Lind** [*the corresponding author*], Per Berg, and Kari Holm

[[**Code-TBD**]]()

</div>
</div>

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">Applied Energy 2026</div><img src='b.png' width="100%"></div></div>
<div class='paper-box-text' markdown="1">

[Tidal Stability Analysis with Pre-trained Transformers](https://doi.org/10.1016/j.apenergy.2026.128028)

**Tove Lind**, Ke Zuo, Mingyang Sun

*Applied Energy*, 2026. (Top, SCI Q1, IF 12.2)
- Proposes a pre-trained generative Transformer for stability prediction.
</div>
</div>

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">Arxiv</div><img src='c.png' width="100%"></div></div>
<div class='paper-box-text' markdown="1">

[Glacier: Long Video Understanding](https://arxiv.org/abs/2405.13267) \\\\
**Tove Lind**<sup>*</sup>, Ane Dahl<sup>*</sup>, Eli Moss.  (BMVC 2024) <a href="https://github.com/x/y">code(+)data</a>

- Glacier is a diffusion-based augmentation method for long inputs.

</div>
</div>
"""


def test_each_paper_box_badge_labels_the_paper_after_it():
    """A badge opens its paper box: it is the venue of the paper that follows it, never of a
    stray line before it (a link label still to come "[[Code-TBD]]()", a paper's description,
    a "Topics:" line); "[*the corresponding author*]" after a name marks it; "(BMVC 2024)"
    after the author list's full stop is the venue, not part of the last name."""
    p = extract(read_text(_PAPER_BOXES, path="about.md"))
    got = [(x.title, x.venue, x.authors[-1:], x.corresponding) for x in p.publications]
    assert got == [
        ("Fjord: Regulating Textual Inversion", "NDSS 2025", ("Kari Holm",), ("Tove Lind",)),
        ("Tidal Stability Analysis with Pre-trained Transformers", "Applied Energy 2026", ("Mingyang Sun",), ()),
        ("Glacier: Long Video Understanding", "BMVC 2024", ("Eli Moss",), ()),
    ]
