"""Paper lists of Markdown homepages written with hard line breaks (a backslash at the end
of a line), TeX marks between dollars, a heading per year, link lines with a remark, and
venues given as "Name (ACRONYM), year".  All texts here are written for these tests."""

from __future__ import annotations

from kg.extract import extract
from kg.read import read_text

_PAGE = r"""Hello! This is Mirela Santos (桑美蕾 in Chinese). I am a second-year Ph.D. student at the University of Porto.

# Publications

$^{\dagger}$ marks a corresponding author, $^{\star}$ equal contribution

## Surveys

- Robust Schedules for Tidal Turbine Arrays: A Survey \
  **Mirela Santos**, Tomas Reyes$^{\dagger}$, Ana Lobo \
  The list gathers the work on turbine scheduling of the last decade. Suggestions are welcome. \
  [**Paper**](https://arxiv.org/abs/2401.00001) [**Code**](https://example.org/code) <b>300+ papers</b> in the list!

### In the year of 2025:

- Coupled Wave Models for Array Planning \
  Ana Lobo$^{\star}$, **Mirela Santos$^{\star}$**, Tomas Reyes$^{\dagger}$ \
  Ocean Engineering Letters (**OEL**), 2025 \
  [**Paper**] (In Press)

- Fast Surrogates of Seabed Stress \
  **Mirela Santos**, Ana Lobo, Tomas Reyes$^{\dagger}$ \
  Marine Renewable Energy Symposium (**MRES**, <b>Oral</b>), 2025 \
  [**Paper**](https://arxiv.org/abs/2502.00002) [**Code**](https://example.org/fss) [**中文解读**](https://example.org/zh)

### In the year of 2024:

- Tidal$^2$-Net: Learning Flows Twice \
  Tomas Reyes, **Mirela Santos** \
  Coastal Computation Research (**CCR**), 2024 \
  [**Paper**] (Accepted)

### In the year of 2023:

- Sediment Maps from Sparse Soundings \
  **Mirela Santos**, Ana Lobo
"""


def _profile():
    return extract(read_text(_PAGE, path="santos.md"))


def test_hard_line_breaks_and_tex_marks():
    pubs = {p.title: p for p in _profile().publications}
    assert sorted(pubs) == [
        "Coupled Wave Models for Array Planning",
        "Fast Surrogates of Seabed Stress",
        "Robust Schedules for Tidal Turbine Arrays: A Survey",
        "Sediment Maps from Sparse Soundings",
        "Tidal²-Net: Learning Flows Twice",
    ]
    coupled = pubs["Coupled Wave Models for Array Planning"]
    assert coupled.authors == ("Ana Lobo", "Mirela Santos", "Tomas Reyes")
    assert coupled.equal_contribution == ("Ana Lobo", "Mirela Santos")
    assert coupled.corresponding == ("Tomas Reyes",)
    assert coupled.owner_index == 1


def test_year_headings_links_with_remarks_and_named_acronyms():
    pubs = {p.title: p for p in _profile().publications}
    survey = pubs["Robust Schedules for Tidal Turbine Arrays: A Survey"]
    assert survey.ids == (("arxiv", "2401.00001"),)  # the link line with a remark belongs to the survey
    assert (pubs["Coupled Wave Models for Array Planning"].venue_normalized, pubs["Coupled Wave Models for Array Planning"].year) == ("OEL 2025", 2025)
    surrogates = pubs["Fast Surrogates of Seabed Stress"]
    assert (surrogates.venue_normalized, surrogates.ids) == ("MRES 2025", (("arxiv", "2502.00002"),))
    assert pubs["Tidal²-Net: Learning Flows Twice"].venue_normalized == "CCR 2024"
    sediment = pubs["Sediment Maps from Sparse Soundings"]
    assert (sediment.venue, sediment.year) == (None, 2023)  # the year from the heading over it


def test_chinese_name_in_parentheses_with_a_note():
    owner = _profile().owner
    assert (owner.name, owner.other_names) == ("Mirela Santos", ("桑美蕾",))


def test_title_then_venue_on_one_line_over_the_authors():
    text = """# Publications

\\* indicates equal contribution

- Tidal Flows in Narrow Straits. arXiv 2025. <br>
Ana Lobo, **Mirela Santos**, Tomas Reyes<br>
[Paper](https://example.org/p1) [[Code]](https://example.org/c1)<br>

- Wave Fields: Learning from Buoys at Scale. **NeurIPS 2024 (spotlight)**. <br>
Tomas Reyes\\*, **Mirela Santos**\\*, Ana Lobo <br>
"""
    p = extract(read_text(text, path="santos.md"))
    assert [(x.title, x.venue_normalized, x.status, x.authors, x.equal_contribution) for x in p.publications] == [
        ("Tidal Flows in Narrow Straits", "arXiv 2025", "preprint", ("Ana Lobo", "Mirela Santos", "Tomas Reyes"), ()),
        ("Wave Fields: Learning from Buoys at Scale", "NeurIPS 2024", "published", ("Tomas Reyes", "Mirela Santos", "Ana Lobo"),
         ("Tomas Reyes", "Mirela Santos")),
    ]


def test_linked_titles_with_pandoc_superscripts_and_a_workshop_after_the_authors():
    text = """I am a second-year Ph.D. student at Lund University supervised by Prof. Ebba Holm. I receive my bachelor's degree from the Department of Physics, Uppsala University in 2021.

Publications
============
**Conference Paper**

- [Sparse Critics for Offline Control](https://example.org/a). **Nils Berg**^*^，Ebba Holm^*^, Oskar Lind. *Advances in Neural Information Processing Systems (NeurIPS)*, 2023.

**Journal Paper**

- [Robust Value Estimates in Noisy Plants](https://example.org/b). Oskar Lind, **Nils Berg**, Ebba Holm. *Neurocomputing*, 2024. (IF=5.7)

**Workshop Paper**

- [Safe Exploration for Small Robots](https://example.org/c). **Nils Berg**, Oskar Lind, Ebba Holm. 2nd Workshop on Safe Robot Learning at CoRL, 2022.
"""
    p = extract(read_text(text, path="berg.md"))
    assert [(x.title, x.authors, x.owner_index, x.equal_contribution, x.venue) for x in p.publications] == [
        ("Sparse Critics for Offline Control", ("Nils Berg", "Ebba Holm", "Oskar Lind"), 0, ("Nils Berg", "Ebba Holm"),
         "Advances in Neural Information Processing Systems (NeurIPS), 2023"),
        ("Robust Value Estimates in Noisy Plants", ("Oskar Lind", "Nils Berg", "Ebba Holm"), 1, (), "Neurocomputing, 2024"),
        ("Safe Exploration for Small Robots", ("Nils Berg", "Oskar Lind", "Ebba Holm"), 0, (), "2nd Workshop on Safe Robot Learning at CoRL, 2022"),
    ]
    assert [(e.institution, e.unit, e.degree_level, e.end) for e in p.education if e.degree_level == "bachelor"] == [
        ("Uppsala University", "Department of Physics", "bachelor", "2021")]


_TITLE_FIRST = """I'm Jun Park, a Ph.D. student at Lakeview University.

# Publications

## 2026
- <u>**Tidal Rubrics: Supervising Judgment Prediction.**</u> Ana Lobo, Tomas Reyes, **Jun Park**, Mirela Santos. <span style="color:red">**Findings of EMNLP 2026**</span>
- <u>**Do Waves Signal When They Break? Evidence from Buoys.**</u> Tomas Reyes, **Jun Park**\\*, Ana Lobo\\*. <span style="color:red">**ICML 2026 (Spotlight)**</span>

## 2025
- <u>**Think Straight or Think Again? Joint Learning of Tides, Currents, and Waves.**</u> **Jun Park**, Ana Lobo, Tomas Reyes. <span style="color:red">**Coastal Letters (IF=6.3)**</span>
- <u>**面向潮汐预测的知识增强模型.**</u> **朴俊**, 罗安, 雷托. <span style="color:red">**中文信息学报**</span>
"""


def test_a_bold_title_then_the_authors_then_the_venue():
    p = extract(read_text(_TITLE_FIRST, path="a.md"))
    got = [(x.title, x.authors, x.venue, x.year) for x in p.publications]
    assert got == [
        ("Tidal Rubrics: Supervising Judgment Prediction", ("Ana Lobo", "Tomas Reyes", "Jun Park", "Mirela Santos"), "Findings of EMNLP 2026", 2026),
        ("Do Waves Signal When They Break? Evidence from Buoys", ("Tomas Reyes", "Jun Park", "Ana Lobo"), "ICML 2026", 2026),
        ("Think Straight or Think Again? Joint Learning of Tides, Currents, and Waves", ("Jun Park", "Ana Lobo", "Tomas Reyes"), "Coastal Letters", 2025),
        ("面向潮汐预测的知识增强模型", ("朴俊", "罗安", "雷托"), "中文信息学报", 2025),
    ]
    assert [x.owner_index for x in p.publications] == [2, 1, 0, 0]


def test_a_journal_whose_name_starts_with_another():
    from kg.extract.venues import normalize_venue

    assert [normalize_venue(v) for v in ("Nature 2020", "Nature Communications 2020", "Science Advances, 2021", "Science China-Information Sciences 2023")] == [
        "Nature 2020", None, None, "SCIS 2023"]
    # inside a longer name: a conference of automation science, not the journal Science
    assert [normalize_venue(v) for v in ("IEEE Conference on Automation Science and Engineering (CASE), 2023", "Journal of Materials Science, 2020", "Published in Science, 2021", "In Nature, 2019")] == [
        "CASE 2023", None, "Science 2021", "Nature 2019"]


def test_a_long_venue_badge_before_a_linked_title():
    p = extract(read_text("# Publications\n- `ICLR 2024 Workshop on Tidal Agents` [Controlling Tidal Agents for Large-Scale Decisions](https://example.org/a), "
                          "**Jun Park**, Ana Lobo, Tomas Reyes, et al.\n", path="a.md"))
    assert [(x.title, x.authors[:2]) for x in p.publications] == [("Controlling Tidal Agents for Large-Scale Decisions", ("Jun Park", "Ana Lobo"))]


def test_a_bold_venue_before_a_row_of_links_separated_by_bars():
    p = extract(read_text(
        "# Publications\n\n<div class='paper-box'>\n<div class='paper-box-image'><div class=\"badge\">ICML 2024</div></div>\n"
        "<div class='paper-box-text' markdown=\"1\">\n\n**A Bandit Approach to Harbour Scheduling**\n\nYe Lin, **Tao Lin**, Mei Chen\n\n"
        "**ICML 2024** \\|\n[Paper](https://example.org/p.pdf) \\|\n[Code](https://example.org/code)\n</div>\n</div>\n\n"
        "<div class='paper-box'>\n<div class='paper-box-text' markdown=\"1\">\n\n**Open-World Agents That Plan Ahead**\n\n"
        "Mei Chen, **Tao Lin**\n\n**NeurIPS 2024 Open-World Agent Workshop** \\|\n[Paper](https://example.org/q.pdf)\n</div>\n</div>\n",
        path="a.md"))
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("A Bandit Approach to Harbour Scheduling", "ICML 2024", 2024),
        ("Open-World Agents That Plan Ahead", "NeurIPS 2024 Open-World Agent Workshop", 2024)]


def test_the_owner_in_code_spans_and_citations_with_a_linked_preprint_venue():
    p = extract(read_text(
        "I am a first-year PhD student at Lakeview University.\n\n# Publications\n\n"
        "-\t`Tao Lin`, Ye Lin, Mei Chen . TideZip: Compressing Tidal Records for Fast Models. [[arXiv]](https://arxiv.org/abs/2501.00001), 2025.\n\n"
        "-\tYe Lin, `Tao Lin`, Mei Chen. Harbour Maps: Cheap Mapping of Small Ports. [arXiv](https://arxiv.org/abs/2502.00002), 2025.\n"
        "[[Github]](https://example.org/code)\n\n"
        "-\tMei Chen, `Tao Lin`. Is Bigger Always Better? arXiv, 2024.\n", path="a.md"))
    assert p.owner.name == "Tao Lin"
    assert [(x.title, x.authors[:2], x.owner_index, x.venue_normalized) for x in p.publications] == [
        ("TideZip: Compressing Tidal Records for Fast Models", ("Tao Lin", "Ye Lin"), 0, "arXiv 2025"),
        ("Harbour Maps: Cheap Mapping of Small Ports", ("Ye Lin", "Tao Lin"), 1, "arXiv 2025"),
        ("Is Bigger Always Better?", ("Mei Chen", "Tao Lin"), 1, "arXiv 2024")]
